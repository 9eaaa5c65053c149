"""Actors that are things: a weapon the name tagger read as a person ("فجر انتحاري حزاما ناسفا").

An accusative weapon phrase ("حزاما ناسفا", "صاروخا موجها") looks like a two-word name to the name
tagger, and as an actor it would become the attacker of every incident near it. The weapons stage
has already found the phrase (it reads the accusative forms too), so an actor whose words lie
inside a weapon mention of the record is no agent: the argument finder does not see it. An actor
that only overlaps one ("طائرة مسيرة إسرائيلية") names who fired it and stays.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from rasid.record import ActorMention, Record


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
