"""Armed units and machines named by a state's adjective: "توغلت قوة إسرائيلية", "دورية تركية".

The actor recogniser names the forces it knows ("طائرات حربية روسية" → the Russian Air Force);
a unit noun it has no entry for, followed by a state's adjective, still says whose the unit is.
Such a phrase becomes an actor of that state (data/event_arms.tsv for the nouns, the adjectives
of data/actor_nisba.tsv read through `rasid.relate.nisba`), so the event's agent is not lost.
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.doc import Doc
from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.match import ARTICLE
from rasid.record import ActorMention, Record
from rasid.relate.nisba import StateAdjective, adjective_actor
from rasid.relate.text import SpanSet, words_in_set

ARMS_FILE = "event_arms.tsv"
ARM_GAP = 1  # words between the noun and the adjective ("طائرة مسيرة أميركية")


@cache
def arm_nouns() -> frozenset[str]:
    """The normalised unit nouns of the data file, with and without the article."""
    forms = {row["form"] for row in load_rows(ARMS_FILE, normalise_columns=("form",))}
    return frozenset(forms | {ARTICLE + f for f in forms})


def add_arm_actors(record: Record, doc: Doc) -> list[ActorMention]:
    """Add an actor for every unit noun + state adjective no actor covers yet; return them."""
    covered = SpanSet(a.span for a in record.mentions_of("actor"))
    nouns = arm_nouns()
    added: list[ActorMention] = []
    words = doc.words
    for w, _ in words_in_set(doc, nouns):
        if covered.overlaps(w.start, w.end):
            continue
        i = w.i
        for k in range(i + 1, min(i + 2 + ARM_GAP, len(words))):
            adj = words[k]
            if not one_phrase(record.text, doc, words[k - 1].end, adj.start):
                break
            found = adjective_actor(adj.norm)
            if found is None:
                continue
            if covered.overlaps(w.start, adj.end):
                break
            added.append(add_state_actor(record, (w.start, adj.end), found))
            break
    return added


def one_phrase(text: str, doc: Doc, end: int, start: int) -> bool:
    """Whether the words ending at `end` and starting at `start` can be one phrase: one clause, or
    a single line break of a hard-wrapped capture ("ضربة نفذتها طائرة\nأمريكية") with no
    punctuation before it: a paragraph does not end on a noun that still wants its adjective."""
    if doc.sentence_of(end - 1) == doc.sentence_of(start) and doc.same_clause(end - 1, start):
        return True
    gap = text[end:start]
    return 0 < gap.count("\n") <= 2 and not gap.strip() and text[end - 1].isalpha()


def add_state_actor(record: Record, span: tuple[int, int], found: StateAdjective) -> ActorMention:
    """Add to the record the actor a state's adjective names, over the clean span `span`."""
    actor = ActorMention(
        id=record.next_mention_id(),
        span=span,
        text=record.text[span[0] : span[1]],
        type="GPE" if found.state else "ORG",
        name=found.name,
        country=found.country,
    )
    record.mentions.append(actor)
    return actor
