"""The gazetteer: Arabic place names to places, loaded once from the language data files.

Three files meet here: gazetteer.tsv (compiled from GeoNames and countries.tsv by
scripts/build_gazetteer.py), place_aliases.tsv (curated: governorates, regions,
neighbourhoods, facilities) and place_stoplist.tsv (names that are also ordinary words,
and phrases such as "قوات سوريا الديمقراطية" that hide a place name). One
`PhraseMatcher` finds all of them in a normalised article.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Literal, cast

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.match import Clitic, PhraseMatcher, load_clitics, phrase_key
from rasid.lang.ar.normalise import normalise_string

Precision = Literal["country", "admin1", "admin2", "city", "neighbourhood", "facility"]
Needs = Literal["never", "type", "cue"]
PRECISIONS: frozenset[str] = frozenset({"country", "admin1", "admin2", "city", "neighbourhood", "facility"})
NEEDS: frozenset[str] = frozenset({"never", "type", "cue"})
#: Countries whose towns are named in the news without a place word often enough that
#: every GeoNames town there counts on its own (the others' villages need "مدينة" etc.).
CORE_COUNTRIES: frozenset[str] = frozenset({"SYR", "IRQ", "YEM", "LBN", "PSE", "LBY"})
#: Towns outside the core countries smaller than this need a place word before them.
SMALL_TOWN = 20000
#: The English name of a commune row ends so (build_communes.py): "Timekten commune".
COMMUNE_SUFFIX = " commune"
#: Below this (GeoNames says 0 for many Syrian and Yemeni villages) a name needs a place
#: word even in the core countries ("مودية" is also "leading to"); above it a locative.
HAMLET = 1000


def is_commune(name: str, precision: str) -> bool:
    """Whether a compiled gazetteer row (its English name and precision) is a commune."""
    return precision == "admin2" and name.endswith(COMMUNE_SUFFIX)


@dataclass(frozen=True)
class Place:
    """One place under one Arabic name."""

    name_ar: str
    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    precision: Precision
    geonames_id: int | None = None
    population: int = 0
    parent: str | None = None
    needs: Needs | None = None
    source: Literal["geonames", "alias"] = "geonames"

    @property
    def base_name(self) -> str:
        """The name without "Governorate"/"Region"/"countryside", to compose other names."""
        for suffix in (" Governorate", " Region", " countryside", " District", COMMUNE_SUFFIX):
            if self.name.endswith(suffix):
                return self.name[: -len(suffix)]
        return self.name

    def default_needs(self) -> Needs | None:
        """The evidence this place needs when the stoplist says nothing about its name."""
        if self.needs is not None:
            return self.needs
        if self.source == "geonames" and self.precision == "admin1":
            return "cue"  # a compiled province (build_admin.py)
        if self.source == "geonames" and self.precision == "admin2":
            return "type"  # a compiled district: often an ordinary word ("دوري"), named after its admin word
        if self.precision == "city" and self.source == "geonames" and self.population < SMALL_TOWN:
            if self.country not in CORE_COUNTRIES or self.population < HAMLET:
                return "type"
            return "cue"
        return None

    @property
    def commune(self) -> bool:
        """A commune compiled from a package without a point (build_communes.py), placed at its
        daira's or cercle's point: read only in its own country's news."""
        return self.source == "geonames" and is_commune(self.name, self.precision)

    @property
    def small(self) -> bool:
        """A GeoNames town that needs evidence by default (see `default_needs`)."""
        return (
            self.needs is None
            and self.source == "geonames"
            and self.precision == "city"
            and (self.population < SMALL_TOWN)
        )


@dataclass(frozen=True)
class Blocker:
    """A phrase that hides the place names inside it (an organisation, an idiom)."""

    phrase: str


@dataclass(frozen=True)
class Anaphor:
    """A noun standing for a country named elsewhere in the article ("المملكة")."""

    word: str
    countries: tuple[str, ...]


Entry = Place | Blocker | Anaphor


def _float(row: dict[str, str], col: str, name: str) -> float:
    try:
        return float(row[col])
    except ValueError as exc:
        raise DataFileError(f"{name}: bad {col} {row[col]!r} for {row['name_ar']!r}") from exc


def _gazetteer_places() -> list[Place]:
    out: list[Place] = []
    for row in load_rows("gazetteer.tsv"):
        if row["precision"] not in PRECISIONS:
            raise DataFileError(f"gazetteer.tsv: bad precision {row['precision']!r} for {row['name_ar']!r}")
        out.append(
            Place(
                name_ar=row["name_ar"],
                name=row["name"],
                country=row["country"],
                admin1=row["admin1"] or None,
                lat=_float(row, "lat", "gazetteer.tsv"),
                lon=_float(row, "lon", "gazetteer.tsv"),
                precision=cast(Precision, row["precision"]),
                geonames_id=int(row["geonames_id"]) or None,
                population=int(row["population"] or 0),
            )
        )
    return out


def _alias_places() -> list[Place]:
    out: list[Place] = []
    for row in load_rows("place_aliases.tsv"):
        precision, needs = row["precision"], row["needs"]
        if precision not in PRECISIONS or (needs and needs not in NEEDS):
            raise DataFileError(f"place_aliases.tsv: bad precision/needs for {row['name_ar']!r}")
        out.append(
            Place(
                name_ar=row["name_ar"],
                name=row["name"],
                country=row["country"],
                admin1=row["admin1"] or None,
                lat=_float(row, "lat", "place_aliases.tsv"),
                lon=_float(row, "lon", "place_aliases.tsv"),
                precision=cast(Precision, precision),
                geonames_id=int(row["geonames_id"]) if row["geonames_id"] else None,
                parent=row["parent"] or None,
                needs=cast(Needs, needs) if needs else None,
                source="alias",
            )
        )
    return out


def _glued_form(name: str, heads: tuple[str, ...]) -> str | None:
    """The name written with its head joined to the next word ("أبو قرقاص" -> "أبوقرقاص"), or None."""
    first, _space, rest = name.partition(" ")
    if not rest or " " in rest or normalise_string(first) not in heads:
        return None
    return first + rest


class Gazetteer:
    """All place names, the stoplist and the matcher over them."""

    def __init__(
        self,
        places: list[Place],
        stoplist: dict[str, Needs],
        anaphors: list[Anaphor],
        glued: tuple[str, ...] = (),
        glue_heads: tuple[str, ...] = (),
    ) -> None:
        self.places = places
        self.stoplist = stoplist
        self.countries: dict[str, Place] = {}
        for p in places:
            if p.precision == "country":
                self.countries.setdefault(p.country, p)
        self.glue_heads = tuple(phrase_key(h) for h in glue_heads)
        entries: list[tuple[str, Entry]] = [(p.name_ar, p) for p in places]
        # "أبوقرقاص", "امدرمان": a name head some writers join to the rest of the name.
        entries += [(glued_name, p) for p in places if (glued_name := _glued_form(p.name_ar, glue_heads))]
        entries += [
            (phrase, Blocker(phrase))
            for phrase, needs in stoplist.items()
            if needs == "never" and " " in phrase
        ]
        entries += [(a.word, a) for a in anaphors]
        # Compass words typed without their space ("جنوبصنعاء") are read like proclitics.
        self.glued = frozenset(glued)
        #: The same compass words typed onto a name's end ("تعزجنوب"), longest first.
        self.glued_after = tuple(sorted(self.glued, key=lambda w: (-len(w), w)))
        clitics = load_clitics() + tuple(
            Clitic(w, "none", (w,)) for w in sorted(glued, key=lambda w: (-len(w), w))
        )
        self.matcher: PhraseMatcher[Entry] = PhraseMatcher(entries, clitics=clitics)

    def needs(self, phrase: str) -> Needs | None:
        """What the stoplist asks of a name (normalised phrase), or None; a glued name
        ("ابوسليم") asks what its spaced form asks."""
        key = phrase_key(phrase)
        found = self.stoplist.get(key)
        if found is None and " " not in key:
            head = next((h for h in self.glue_heads if key.startswith(h) and len(key) > len(h) + 1), None)
            if head is not None:
                return self.stoplist.get(phrase_key(f"{head} {key[len(head) :]}"))
        return found

    def lookup(self, phrase: str) -> list[Place]:
        """The places stored under exactly this name."""
        return [e for e in self.matcher.lookup(phrase) if isinstance(e, Place)]

    @classmethod
    def load(cls) -> Gazetteer:
        return default_gazetteer()


@cache
def place_stoplist() -> Mapping[str, Needs]:
    """What place_stoplist.tsv asks of each name (by phrase key), read and checked once: the
    gazetteer and the actor finder's country votes (`recognise.actors.lexicon`) share it."""
    stoplist: dict[str, Needs] = {}
    for row in load_rows("place_stoplist.tsv", normalise_columns=("name_ar",)):
        if row["needs"] not in NEEDS:
            raise DataFileError(f"place_stoplist.tsv: bad needs {row['needs']!r} for {row['name_ar']!r}")
        stoplist[phrase_key(row["name_ar"])] = cast(Needs, row["needs"])
    return MappingProxyType(stoplist)


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer of the shipped data files (built once per process)."""
    stoplist = dict(place_stoplist())
    context = load_rows("place_context.tsv", normalise_columns=("word",))
    anaphors = [
        Anaphor(row["word"], tuple(row["value"].split("|"))) for row in context if row["kind"] == "anaphor"
    ]
    glued = tuple(sorted({row["word"] for row in context if row["kind"] == "compass"}))
    heads = tuple(sorted({row["word"] for row in context if row["kind"] == "glued_head"}))
    return Gazetteer(_gazetteer_places() + _alias_places(), stoplist, anaphors, glued, heads)
