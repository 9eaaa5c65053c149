"""Actors that are things: a weapon the name tagger read as a person ("فجر انتحاري حزاما ناسفا").

An accusative weapon phrase ("حزاما ناسفا", "صاروخا موجها") looks like a two-word name to the name
tagger, and as an actor it would become the attacker of every incident near it. The weapons stage
has already found the phrase (it reads the accusative forms too), so an actor whose words overlap
a weapon mention of the record is no agent: the argument finder does not see it.
"""

from __future__ import annotations

from rasid.record import ActorMention, Record
from rasid.relate.text import SpanSet


def weapon_spans(record: Record) -> SpanSet:
    """The spans of the record's weapon mentions, asked about once per actor."""
    return SpanSet(w.span for w in record.mentions_of("weapon"))


def is_weapon(actor: ActorMention, weapons: SpanSet) -> bool:
    """Whether the actor's words are (part of) a weapon the weapons stage found."""
    return weapons.overlaps(*actor.span)
