"""Second-level units written from knowledge, for the gazetteer build (build time only).

GeoNames has no admin-2 table for Saudi Arabia or Egypt, and many Saudi governorate seats,
Egyptian markaz towns and Iraqi district and sub-district seats come without an Arabic
name in cities500. data/admin2_known.tsv lists them with their usual Arabic spellings and
the point of their seat. The rows have no population: as small places they need a place
word before them (Place.default_needs: "محافظة الخفجي", "قضاء المقدادية", "مركز ديروط"),
so a name that is also an ordinary word is not read as a place on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rasid.lang.ar.lexicon import read_rows
from rasid.lang.ar.normalise import normalise_string

KNOWN_PATH = Path(__file__).resolve().parent / "data" / "admin2_known.tsv"
PRECISIONS = frozenset({"admin2", "city"})


@dataclass(frozen=True)
class KnownUnit:
    """One unit of data/admin2_known.tsv under one of its Arabic names."""

    name_ar: str
    name: str
    country: str  # ISO alpha-3
    admin1: str
    lat: float
    lon: float
    precision: str


def known_units(path: Path | None = None) -> Iterator[KnownUnit]:
    """Every (unit, Arabic name) of the file, in its order; raises ValueError on a bad row."""
    for row in read_rows(path or KNOWN_PATH):
        if row["precision"] not in PRECISIONS:
            raise ValueError(f"admin2_known.tsv: bad precision {row['precision']!r} for {row['name_ar']!r}")
        for name in row["name_ar"].split("|"):
            yield KnownUnit(
                name.strip(),
                row["name"],
                row["country"],
                row["admin1"],
                float(row["lat"]),
                float(row["lon"]),
                row["precision"],
            )


def new_known_units(
    units: Iterator[KnownUnit] | list[KnownUnit], known: set[str], clean_arabic: Callable[[str], str | None]
) -> list[KnownUnit]:
    """The units under the names no compiled or curated place holds (normalised), cleaned;
    a name the cleaner refuses is a mistake in the file (ValueError)."""
    out: list[KnownUnit] = []
    seen = set(known)
    for u in units:
        clean = clean_arabic(u.name_ar)
        if clean is None:
            raise ValueError(f"admin2_known.tsv: {u.name_ar!r} is not a plain Arabic name")
        key = normalise_string(clean)
        if key in seen:
            continue
        seen.add(key)
        out.append(KnownUnit(clean, u.name, u.country, u.admin1, u.lat, u.lon, u.precision))
    return out
