"""Actors that are things: a weapon the name tagger read as a person ("فجر انتحاري حزاما ناسفا"),
a building or post it read as an organisation ("هجوم استهدف مركز شرطة").

An accusative weapon phrase ("حزاما ناسفا", "صاروخا موجها") looks like a two-word name to the name
tagger, and as an actor it would become the attacker of every incident near it. An actor whose
words, read without the accusative ending (tanwin alif), are a weapon of data/weapons.tsv (the
weapons stage's file, read only) is no agent: the argument finder does not see it. Nor is an
actor that opens with a noun of a building or post (data/event_facility_nouns.tsv): "مركز
للشرطة" is the police station the attackers stormed.
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.normalise import normalise_string
from rasid.record import ActorMention

WEAPONS_FILE = "weapons.tsv"
FACILITIES_FILE = "event_facility_nouns.tsv"
CLITICS = ("و", "ف", "ب", "ل")
ARTICLE = "ال"


@cache
def weapon_phrases() -> frozenset[str]:
    """Every weapon phrase of the data file, normalised, without the article on any word."""
    out: set[str] = set()
    for row in load_rows(WEAPONS_FILE):
        out.add(" ".join(_bare(w) for w in normalise_string(row["form"]).split()))
    return frozenset(out)


def _bare(word: str) -> str:
    """A normalised word without the article and without an accusative ending ("حزاما" → "حزام")."""
    if word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 2:
        word = word[len(ARTICLE) :]
    if word.endswith("ا") and len(word) > 3:
        word = word[:-1]
    return word


def is_weapon(actor: ActorMention) -> bool:
    """Whether the actor's words name a weapon of the data file."""
    words = normalise_string(actor.text).split()
    return len(words) > 1 and " ".join(_bare(w) for w in words) in weapon_phrases()


@cache
def facility_nouns() -> frozenset[str]:
    """The normalised nouns of the facilities file."""
    return frozenset(row["form"] for row in load_rows(FACILITIES_FILE, normalise_columns=("form",)))


def is_facility(actor: ActorMention) -> bool:
    """Whether the actor opens with the noun of a building or post (its first word, a clitic off)."""
    words = normalise_string(actor.text).split()
    if len(words) < 2:
        return False
    first, nouns = words[0], facility_nouns()
    return first in nouns or (first[:1] in CLITICS and first[1:] in nouns)


def is_thing(actor: ActorMention) -> bool:
    """A weapon or a building the name tagger took for an actor: never an agent."""
    return is_weapon(actor) or is_facility(actor)
