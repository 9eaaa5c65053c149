"""Police nouns the actor recogniser leaves untagged: "وأطلقت قوات الشرطة الغاز", "الشرطة ألقت القبض".

The recogniser names a bare force noun after the article's own state only when it can tell that
state; when it cannot, the police that fired or arrested would be nobody and the incident would
have no agent. A police noun of data/event_police.tsv that no actor covers becomes the police of
the article's own country, as the actors stage decided it (`Record.country`, link/country.py:
"Sudanese Police", belonging to Sudan, the name the actors stage gives a state's police), so the
argument finder reads it like any other actor. With no such country nothing is added.
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.doc import Doc
from rasid.lang.ar.lexicon import load_rows
from rasid.record import ActorMention, Record
from rasid.relate.nisba import country_adjectives, country_names
from rasid.relate.text import SpanSet, in_set

POLICE_FILE = "event_police.tsv"


@cache
def police_words() -> tuple[dict[str, str], frozenset[str]]:
    """The head nouns (normalised, with their English noun) and the lead nouns before them."""
    rows = load_rows(POLICE_FILE, normalise_columns=("form",))
    heads = {r["form"]: r["english"] for r in rows if r["lead"] != "yes"}
    leads = frozenset(r["form"] for r in rows if r["lead"] == "yes")
    return heads, leads


def add_police_actors(record: Record, doc: Doc) -> list[ActorMention]:
    """Add the article's police over every uncovered police noun; return the actors added."""
    heads, leads = police_words()
    country = record.country  # the actors stage's (link/country.py)
    adjective = country_adjectives().get(country or "")
    if country is None or adjective is None:
        return []
    covered = SpanSet(a.span for a in record.mentions_of("actor"))
    added: list[ActorMention] = []
    words = doc.words
    for i, w in enumerate(words):
        head = in_set(w.norm, heads)
        if head is None or covered.overlaps(w.start, w.end):
            continue
        start = w.start
        if i > 0 and _leads_into(doc, covered, leads, i):
            start = words[i - 1].start
        actor = ActorMention(
            id=record.next_mention_id(),
            span=(start, w.end),
            text=record.text[start : w.end],
            type="ORG",
            name=f"{adjective} {heads[head]}",
            country=country,
            parent=country_names().get(country),
        )
        record.mentions.append(actor)
        added.append(actor)
    return added


def _leads_into(doc: Doc, covered: SpanSet, leads: frozenset[str], i: int) -> bool:
    """Whether the word before the head is a lead noun of its phrase ("قوات" of "قوات الشرطة")."""
    lead, head = doc.words[i - 1], doc.words[i]
    return (
        in_set(lead.norm, leads) is not None
        and doc.same_clause(lead.start, head.start)
        and not covered.overlaps(lead.start, lead.end)
    )
