"""A state's adjective right after an event noun names the perpetrator: "قصف روسي" → Russia.

The actor recogniser finds forces ("الطيران الروسي"), but an adjective on the event noun itself
("قصف روسي", "غارات روسية", "مجازر روسية", "قصف جوي روسي") names no force, only the state.
This module reads the adjectives of data/actor_nisba.tsv (the actor recogniser's file, read
only) and the English country names of data/countries.tsv, and gives the actor the adjective
stands for: the state, or the group an adjective points at ("حوثية" → Houthis).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.normalise import normalise_string
from rasid.relate.text import in_set

NISBA_FILE = "actor_nisba.tsv"
COUNTRIES_FILE = "countries.tsv"


@dataclass(frozen=True)
class StateAdjective:
    name: str
    country: str | None
    state: bool


@cache
def country_names() -> dict[str, str]:
    """The English name of each country (ISO alpha-3 → "Sudan")."""
    return {row["iso3"]: row["name"] for row in load_rows(COUNTRIES_FILE)}


@cache
def country_adjectives() -> dict[str, str]:
    """The English adjective of each state (ISO alpha-3 → "Sudanese"), its first row's."""
    out: dict[str, str] = {}
    for row in load_rows(NISBA_FILE):
        if row.get("country"):
            out.setdefault(row["country"], row["adjective"])
    return out


@cache
def state_adjectives() -> dict[str, StateAdjective]:
    """Every indefinite form of every adjective (normalised), with the actor it names."""
    countries = country_names()
    out: dict[str, StateAdjective] = {}
    for row in load_rows(NISBA_FILE):
        country = row.get("country") or None
        actor = row.get("actor") or None
        name = actor or (countries.get(country) if country else None)
        if not name:
            continue
        entry = StateAdjective(name, country, actor is None)
        for base in row["bases"].split("|"):
            base = normalise_string(base.strip())
            if not base:
                continue
            for ending in ("", *affixes("adjective_form")):  # the base, then its inflected forms
                out.setdefault(base + ending, entry)
    return out


def adjective_actor(word: str) -> StateAdjective | None:
    """The actor a normalised word names as a state's adjective, or None."""
    table = state_adjectives()
    found = in_set(word, table)
    return table[found] if found is not None else None
