"""The side an accusation blames for an incident told before it (data/event_blame_words.tsv).

"قتل 12 شخصا في انفجار سيارة مفخخة ... واتهمت الحكومة تنظيم داعش بالوقوف وراء الهجوم": the
accusation's own noun ("الهجوم") points back at the incident and opens none, so no trigger
carries the accused to it. An incident whose words name no agent takes the accused of such an
accusation in its own sentence or the next; the accused is only what the accuser says
(`discourse.accused_ids` marks it hedged), so it is never carried on to other incidents.
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.lexicon import load_rows
from rasid.record import ActorMention
from rasid.relate.events.agents import may_carry_out
from rasid.relate.events.args import ACCUSE, ArgContext, _outermost
from rasid.relate.events.merge import Incident
from rasid.relate.text import in_set

BLAME_FILE = "event_blame_words.tsv"
BLAME_SENTENCES = 1  # how many sentences after the incident's own the accusation may stand


@cache
def blame_words() -> frozenset[str]:
    """The normalised forms of the data file."""
    return frozenset(row["form"] for row in load_rows(BLAME_FILE, normalise_columns=("form",)))


def blamed_for_told(ctx: ArgContext, inc: Incident) -> list[ActorMention]:
    """The actor named before a blame word in an accusation of the incident's sentence or the next."""
    doc = ctx.doc
    first = min(doc.sentence_of(m.core[0]) for m in inc.mentions)
    last = max(doc.sentence_of(m.core[0]) for m in inc.mentions) + BLAME_SENTENCES
    words = blame_words()
    for claim in ctx.claims:
        if claim.stance != ACCUSE or not first <= doc.sentence_of(claim.cue.span[0]) <= last:
            continue
        lo, hi = claim.content.span
        blame = next(
            (
                w.start
                for w in doc.words[doc.word_at(lo) :]
                if w.start < hi and in_set(w.norm, words) is not None
            ),
            None,
        )
        if blame is None:
            continue
        # the accused may stand between the cue and a content that starts at the blame word
        # ("اتهم الجيش جماعة تابعة لـ… بالوقوف وراء الهجوم")
        cue_end = claim.cue.span[1]
        start = cue_end if cue_end <= lo else lo
        pool = _outermost(
            [a for a in ctx.starting_in(ctx.actors, start, blame) if a.name and a.span[1] <= blame]
        )
        pool = [a for a in pool if a.id not in ctx.sources and may_carry_out(a, inc.family)]
        if pool:
            return pool[:1]
    return []
