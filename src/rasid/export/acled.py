"""ACLED's columns and codes, and how rasid's values map onto them.

Conventions (also in the README, "Exports"):
- `event_date`: ISO date. A week or a month is coded at its middle day, as ACLED codes
  events known only to the week or month; `time_precision` 1 day, 2 week (or an undated
  event placed in the days before publication), 3 month or coarser.
- `iso`: ISO 3166 numeric code; `region`: ACLED's region names; `country`: English name
  (`data/countries.tsv`, built from GeoNames).
- `geo_precision`: 1 a town, neighbourhood or facility; 2 a district or countryside
  ("part of a region"); 3 a governorate or country.
- `inter1`/`inter2`: 1 state forces (registry actors with a state role, GPE actors),
  coded 8 when acting outside their own country; 2–8 from `data/acled_inter.tsv`;
  7 civilians; 6 protesters; empty when the actor is not coded. `interaction` joins the
  two codes, lower first ("17"), or the one code followed by 0 ("20").
- `fatalities`: ACLED's conservative rule: the lowest killed total any report in force
  gives, as written ("about 20", "more than 20": 20); vague words count as ACLED counts
  them (several 3, tens 10, hundreds 100, thousands 1000).
- `source_scale` is left empty: rasid does not know an outlet's reach.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rasid.incidents.facts import Actor

COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

#: How ACLED counts a vague figure (its codebook: "tens" 10, "hundreds" 100).
VAGUE_COUNT = {"several": 3, "tens": 10, "hundreds": 100, "thousands": 1000}

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

_DATA = resources.files("rasid.export") / "data"


@dataclass(frozen=True)
class Country:
    iso3: str
    numeric: int
    name: str
    region: str


def _rows(name: str) -> list[dict[str, str]]:
    path = Path(str(_DATA / name))
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def countries() -> dict[str, Country]:
    return {
        r["iso3"]: Country(r["iso3"], int(r["iso_numeric"]), r["name"], r["region"])
        for r in _rows("countries.tsv")
    }


@cache
def _curated_inter() -> dict[str, int]:
    return {r["name"]: int(r["inter"]) for r in _rows("acled_inter.tsv")}


@cache
def _state_actors() -> frozenset[str]:
    """Registry actors that are a state or its forces (a GPE row, or a row with a state role)."""
    from rasid.lang.ar.lexicon import load_rows

    return frozenset(r["name"] for r in load_rows("actors.tsv") if r["type"] == "GPE" or r["role"])


def inter_code(actor: Actor, event_country: str | None) -> int | None:
    """ACLED's inter code of an actor, None when rasid cannot say."""
    code = _curated_inter().get(actor.name)
    if code is None and (actor.name in _state_actors() or actor.type == "GPE"):
        code = 1
    if code is None and actor.parent in _state_actors():
        code = 1
    if code == 1 and actor.country and event_country and actor.country != event_country:
        return 8
    return code


def interaction(inter1: int | None, inter2: int | None) -> str:
    if inter1 is None:
        return ""
    if inter2 is None:
        return f"{inter1}0"
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


def event_date(value: str | None, precision: str | None) -> tuple[str, int]:
    """(ISO day, time_precision) for a date value of any precision."""
    from rasid.incidents.dates import window

    w = window(value) if value else None
    if w is None:
        return "", 3
    first, last = w
    middle = first + (last - first) // 2
    if precision == "day":
        return first.isoformat(), 1
    if precision in ("week", "reported"):
        return middle.isoformat(), 2
    if precision == "month":
        return dt.date(
            first.year, first.month, min(15, calendar.monthrange(first.year, first.month)[1])
        ).isoformat(), 3
    return middle.isoformat(), 3


def geo_precision(place_precision: str | None) -> int | None:
    return {
        "facility": 1,
        "neighbourhood": 1,
        "city": 1,
        "admin2": 2,
        "admin1": 3,
        "country": 3,
    }.get(place_precision or "")


def event_id(iso3: str | None, key: str) -> str:
    """ACLED-style id: the country's alpha-3 and a number stable for the same event or incident."""
    number = int(hashlib.sha1(key.encode()).hexdigest()[:12], 16) % 10**9
    return f"{iso3 or 'XXX'}{number}"


def count(value: float | None, vague: str | None, low: int) -> int:
    """A figure as ACLED counts it: the number as written ("about 20", "more than 20": 20),
    a vague word by ACLED's convention, else the lowest bound."""
    if value is not None:
        return int(value)
    return VAGUE_COUNT.get(vague or "", low)
