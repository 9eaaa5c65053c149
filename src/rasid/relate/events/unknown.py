"""Incidents whose attacker the text says it cannot name (data/event_unknown_agents.tsv).

"استهدفت طائرة مسيّرة مجهولة سيارة", "قُتل عنصر نتيجة قصف جوي مجهول": the article answers
the question of the perpetrator with "unknown". Such an incident keeps no perpetrator unless its
own clauses name one; the agent of an earlier incident of its family, of the previous sentence or
of the title is not carried onto it (an article listing earlier unclaimed drone strikes names
their attacker for none of them). An actor the recogniser already reads as unidentified
("مسلحون مجهولون") is handled by `args.unidentified`; this covers the arms and the attack nouns
that are no actor.
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.clause import Clauses
from rasid.lang.ar.lexicon import load_forms
from rasid.relate.events.args import ArgContext
from rasid.relate.events.triggers import EventMention
from rasid.relate.text import in_set

UNKNOWN_FILE = "event_unknown_agents.tsv"
AGENT_GAP = 1  # words between an arm and the word ("طائرة مسيرة مجهولة"); none after a trigger


@cache
def unknown_words() -> frozenset[str]:
    """The normalised forms of the data file."""
    return load_forms(UNKNOWN_FILE)


def said_unknown(ctx: ArgContext, cs: Clauses, m: EventMention, agents: list[tuple[int, int]]) -> bool:
    """An unknown-word right after the mention's trigger, or after an arm (`agents`: clean spans of
    the agent words) of the mention's clause, at most AGENT_GAP words after it."""
    clause = cs.at(m.core[0])
    if clause is None:
        return False
    if _unknown_after(ctx, m.end, clause.end, 0):  # "قصف جوي مجهول"; not "استهداف سيارة مجهولة"
        return True
    arms = [e for s, e in agents if clause.start <= s and e <= clause.end]
    return any(_unknown_after(ctx, end, clause.end, AGENT_GAP) for end in arms)


def _unknown_after(ctx: ArgContext, end: int, limit: int, gap: int) -> bool:
    words = unknown_words()
    i = ctx.doc.word_at(end)
    for w in ctx.doc.words[i : i + gap + 1]:
        if w.start >= limit or not ctx.same_clause(end, w.start):
            return False
        if in_set(w.norm, words) is not None:
            return True
    return False
