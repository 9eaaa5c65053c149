"""Actors that are things: a weapon the name tagger read as a person ("فجر انتحاري حزاما ناسفا"),
a building or post it read as an organisation ("هجوم استهدف مركز شرطة").

An accusative weapon phrase ("حزاما ناسفا", "صاروخا موجها") looks like a two-word name to the name
tagger, and as an actor it would become the attacker of every incident near it. The weapons stage
has already found the phrase (it reads the accusative forms too), so an actor whose words lie
inside a weapon mention of the record is no agent: the argument finder does not see it. An actor
that only overlaps one ("طائرة مسيرة إسرائيلية") names who fired it and stays. Nor is an actor
that opens with a noun of a building or post (data/event_facility_nouns.tsv): "مركز للشرطة" is
the police station the attackers stormed.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.lexicon import load_forms
from rasid.lang.ar.normalise import normalise_string
from rasid.record import ActorMention, Record

FACILITIES_FILE = "event_facility_nouns.tsv"


@dataclass(frozen=True)
class WeaponSpans:
    """The record's weapon spans, sorted (the matcher's phrases do not overlap)."""

    starts: list[int]
    ends: list[int]

    def covers(self, start: int, end: int) -> bool:
        """Whether one weapon span holds [start, end) whole."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.ends[i]


def weapon_spans(record: Record) -> WeaponSpans:
    """The spans of the record's weapon mentions, asked about once per actor."""
    spans = sorted(w.span for w in record.mentions_of("weapon"))
    return WeaponSpans([s for s, _ in spans], [e for _, e in spans])


def is_weapon(actor: ActorMention, weapons: WeaponSpans) -> bool:
    """Whether the actor's words are a weapon the weapons stage found."""
    return weapons.covers(*actor.span)


@cache
def _clitics() -> tuple[str, ...]:
    """The one-letter clitics a facility noun may carry ("وبمقر", "بمقر"): the conjunctions and
    prepositions of data/affixes.tsv (و ف ب ل)."""
    return affixes("conjunction_clitic") + affixes("preposition_clitic")


@cache
def facility_nouns() -> frozenset[str]:
    """The normalised nouns of the facilities file."""
    return load_forms(FACILITIES_FILE)


def is_facility(actor: ActorMention) -> bool:
    """Whether the actor opens with the noun of a building or post (its first word, a clitic off)."""
    words = normalise_string(actor.text).split()
    if len(words) < 2:
        return False
    first, nouns = words[0], facility_nouns()
    return first in nouns or (first[:1] in _clitics() and first[1:] in nouns)


def is_thing(actor: ActorMention, weapons: WeaponSpans) -> bool:
    """A weapon or a building the name tagger took for an actor: never an agent."""
    return is_weapon(actor, weapons) or is_facility(actor)
