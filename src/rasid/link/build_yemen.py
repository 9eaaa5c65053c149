"""Yemen's sub-districts (عزل, admin-3), for the gazetteer build (build time only).

GeoNames lists Yemen's 333 districts but none of their 2,234 sub-districts (uzlahs), which
the news names for villages, front lines and valleys ("عزلة الأقروض", "المتينة"). The
`yemen-regions-py` package (MIT) lists them with their Arabic names under their districts,
without coordinates: a sub-district is placed here at its district's point, taken from the
rows compiled before it (GeoNames' districts with the Arabic names of data/admin_names_ar.tsv,
and its towns). Only names of two words or more that no other row or curated place holds are
added: a sub-district named after its district's seat stays the town, and one-word names are
too often ordinary words ("نيسان" April, "قاعدة" a base, "الناحية" the sub-district). The rows have no population: as small places
they need a place word before them (Place.default_needs), "قرية المتينة", "عزلة بني سيف".
The package's villages (41,000 names, many of them ordinary words) are not compiled.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.normalise import normalise_string

#: "كمران (جزيرة كمران)", "بني جامع(ربع عدية)": the package's own gloss in brackets is dropped.
_GLOSS = re.compile(r"\s*\(.*?\)\s*")
#: District rows a sub-district may be placed at, best first: the district itself, else its seat.
_DISTRICT_PRECISIONS = ("admin2", "city")
#: The fewest letters a sub-district's name may have ("خنه" is too short to trust).
MIN_LETTERS = 4


@dataclass(frozen=True)
class SubDistrict:
    """One sub-district with its district and governorate as the package spells them."""

    name_ar: str
    name: str
    district_ar: str
    governorate_ar: str


@dataclass(frozen=True)
class Anchor:
    """A compiled row a sub-district can be placed at (the fields of GazetteerRow it needs)."""

    name_ar: str
    admin1: str
    lat: float
    lon: float
    precision: str
    population: int


def package_data() -> Path:
    """The data file of the installed yemen-regions-py package."""
    import yemen_regions_py

    return Path(yemen_regions_py.__file__).resolve().parent / "data" / "yemen-info.json"


def sub_districts(path: Path | None = None) -> Iterator[SubDistrict]:
    """Every sub-district of the package's data, in its order."""
    data: dict[str, Any] = json.loads((path or package_data()).read_text(encoding="utf-8"))
    for gov in data["governorates"]:
        for district in gov["districts"]:
            for uzlah in district.get("uzaal", []):
                yield SubDistrict(uzlah["name_ar"], uzlah["name_en"], district["name_ar"], gov["name_ar"])


def district_points(rows: Iterable[Anchor]) -> dict[str, Anchor]:
    """Yemeni rows by normalised Arabic name, a district before a town, then the larger town."""
    best: dict[str, Anchor] = {}
    for row in rows:
        if row.precision not in _DISTRICT_PRECISIONS:
            continue
        key = normalise_string(row.name_ar)
        old = best.get(key)
        if old is None or _rank(row) < _rank(old):
            best[key] = row
    return best


def _rank(row: Anchor) -> tuple[int, int, float, float]:
    return (_DISTRICT_PRECISIONS.index(row.precision), -row.population, row.lat, row.lon)


def sub_district_names(
    units: Iterable[SubDistrict],
    points: Mapping[str, Anchor],
    known: set[str],
    clean_arabic: Callable[[str], str | None],
) -> list[tuple[str, SubDistrict, Anchor]]:
    """(Arabic name, sub-district, the point it is placed at) for every sub-district whose name is
    new, plain Arabic, not a word of place_context.tsv, and whose district is placed."""
    context = {normalise_string(r["word"]) for r in load_rows("place_context.tsv")}
    named: list[tuple[str, SubDistrict]] = []
    for unit in units:
        name = clean_arabic(_GLOSS.sub(" ", unit.name_ar).strip())
        if name is not None and " " in name and sum(c.isalpha() for c in name) >= MIN_LETTERS:
            named.append((name, unit))  # one word is too often an ordinary one ("نيسان", "قاعدة")
    # "بني محمد" is a sub-district of several districts: a name the package gives twice is no one place
    counts = Counter(normalise_string(name) for name, _unit in named)
    out: list[tuple[str, SubDistrict, Anchor]] = []
    for name, unit in named:
        key = normalise_string(name)
        district = normalise_string(_GLOSS.sub(" ", unit.district_ar).strip())
        point = points.get(district)
        if point is None or counts[key] > 1 or key in known or key in context or key == district:
            continue
        out.append((name, unit, point))
    return out
