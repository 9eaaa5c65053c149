"""The side an accusation blames for an incident told before it (data/event_blame_words.tsv).

"قتل 12 شخصا في انفجار سيارة مفخخة ... واتهمت الحكومة تنظيم داعش بالوقوف وراء الهجوم": the
accusation's own noun ("الهجوم") points back at the incident and opens none, so no trigger
carries the accused to it. An incident whose words name no agent takes the accused of such an
accusation in its own sentence or the next; the accused is only what the accuser says
(`discourse.accused_ids` marks it hedged), so it is never carried on to other incidents.

Some blame words name the side after them and blame by themselves, whatever verb reports them:
"قال قائد الشرطة إن اللوم من المرجح أن يقع على عاتق طالبان الباكستانية" (a claim of stance
assert). The blamed side is the first actor after the word in the claim's content, and the
incident takes it hedged as well.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.record import ActorMention, Claim
from rasid.relate.events.agents import may_carry_out
from rasid.relate.events.args import ACCUSE, ArgContext, _outermost
from rasid.relate.events.merge import Incident
from rasid.relate.text import words_in_set

BLAME_FILE = "event_blame_words.tsv"
BLAME_SENTENCES = 1  # how many sentences after the incident's own the accusation may stand
SIDES = ("before", "after")


@cache
def blame_words() -> dict[str, str]:
    """The normalised forms of the data file, each with the side its blamed actor stands on."""
    out: dict[str, str] = {}
    for row in load_rows(BLAME_FILE, normalise_columns=("form",)):
        if row["side"] not in SIDES:
            raise DataFileError(f"{BLAME_FILE} row {row['form']!r}: side must be before or after")
        out[row["form"]] = row["side"]
    return out


@dataclass(frozen=True)
class BlameHit:
    """The first blame word of a claim's content that counts for its stance."""

    sentence: int  # the sentence of the claim's cue
    claim: Claim
    start: int
    end: int
    side: str


@dataclass(frozen=True)
class BlameHits:
    """The article's blame hits in the order of their sentences, with those sentences."""

    hits: tuple[BlameHit, ...]
    sentences: tuple[int, ...]


def blame_hits(ctx: ArgContext) -> BlameHits:
    """Every claim's blame word, in the order of the claims' sentences: read once per article."""
    doc = ctx.doc
    words = blame_words()
    found = words_in_set(doc, words)
    indexes = [w.i for w, _ in found]
    out: list[BlameHit] = []
    for claim in ctx.claims:
        lo, hi = claim.content.span
        for w, form in found[bisect.bisect_left(indexes, doc.word_at(lo)) :]:
            if w.start >= hi:
                break
            if words[form] == "after" or claim.stance == ACCUSE:
                out.append(BlameHit(doc.sentence_of(claim.cue.span[0]), claim, w.start, w.end, words[form]))
                break
    hits = tuple(sorted(out, key=lambda h: h.sentence))
    return BlameHits(hits, tuple(h.sentence for h in hits))


def blamed_for_told(ctx: ArgContext, inc: Incident, hits: BlameHits) -> list[ActorMention]:
    """The actor an accusation of the incident's sentence or the next blames (`hits`: the
    article's `blame_hits`): named before a blame word of side `before` in a claim of stance
    accuse, or after one of side `after` in a claim of any stance."""
    doc = ctx.doc
    first = min(doc.sentence_of(m.core[0]) for m in inc.mentions)
    last = max(doc.sentence_of(m.core[0]) for m in inc.mentions) + BLAME_SENTENCES
    for hit in hits.hits[bisect.bisect_left(hits.sentences, first) :]:
        if hit.sentence > last:
            break
        hi = hit.claim.content.span[1]
        pool = (
            _named_after(ctx, hit.end, hi)
            if hit.side == "after"
            else _named_before(ctx, hit.claim, hit.start)
        )
        pool = [a for a in pool if a.id not in ctx.sources and may_carry_out(a, inc.family)]
        if pool:
            return pool[:1]
    return []


def _named_before(ctx: ArgContext, claim: Claim, blame: int) -> list[ActorMention]:
    """The actors between the claim's cue (or its content's start) and the blame word: the accused
    may stand between the cue and a content that starts at the blame word ("اتهم الجيش جماعة
    تابعة لـ… بالوقوف وراء الهجوم")."""
    lo = claim.content.span[0]
    cue_end = claim.cue.span[1]
    start = cue_end if cue_end <= lo else lo
    return _outermost([a for a in ctx.starting_in(ctx.actors, start, blame) if a.name and a.span[1] <= blame])


def _named_after(ctx: ArgContext, end: int, hi: int) -> list[ActorMention]:
    """The actors after the blame word to the content's end, in text order."""
    return _outermost([a for a in ctx.starting_in(ctx.actors, end, hi) if a.name and a.span[1] <= hi])


def blamed_ids(ctx: ArgContext, hits: BlameHits) -> frozenset[str]:
    """The actors named after a blame word of side `after` in any claim's content (`hits`: the
    article's `blame_hits`): only the source's supposition (`discourse.accused_ids` adds them to
    the accused)."""
    return frozenset(
        a.id
        for h in hits.hits
        if h.side == "after"
        for a in _named_after(ctx, h.end, h.claim.content.span[1])
        if a.id not in ctx.sources
    )
