"""Mentions that count raids and mentions that name a period of strikes.

A trigger counted by a number ("غارتين", "أربع غارات") tells the raids of an incident the
article already named, as an ordinal does ("غارة ثالثة"). A trigger whose clause names a
period ("منذ مطلع الشهر": a span that runs to the publication day) or an escalation
("تصعيداً في القصف") is a campaign: it holds many incidents, so it is a tally event and takes
no place from another clause. A trigger in the relative clause of a trigger whose toll is
told ("ارتفاع حصيلة القصف الجوي الذي استهدف مركز الإيواء") tells the same earlier incident: it is
a toll mention too, so neither takes the day the toll was told. A period after a superlative
("أكثر الهجمات دموية منذ سنة 2003") is the record the incident sets, not a period of strikes.
"""

from __future__ import annotations

from rasid.record import DateMention
from rasid.relate.events.args import ArgContext, record_period
from rasid.relate.events.triggers import ATTACK, EventMention
from rasid.relate.text import SpanSet, in_set, words_in_set


def mark_counts_and_periods(ctx: ArgContext, mentions: list[EventMention]) -> None:
    """Set `counted` on triggers a quantity counts and `period` on attack triggers of a period."""
    quantities = SpanSet(q.span for q in ctx.record.mentions_of("quantity"))
    for m in mentions:
        if quantities.overlaps(*m.core):
            m.counted = True
        if m.family == ATTACK and not m.title and _in_period(ctx, m):
            m.period = True


#: Words from a toll mention to the trigger of its relative clause ("القصف الجوي الذي استهدف").
RELATIVE_WINDOW = 3


def spread_tolls(ctx: ArgContext, mentions: list[EventMention]) -> None:
    """Set `toll` on a trigger that opens the relative clause of a toll mention of its segment."""
    for m in mentions:
        if not m.toll:
            continue
        for o in mentions:
            if o.core[0] <= m.core[1] or not ctx.same_segment(m.core[0], o.core[0]):
                continue
            between = ctx.doc.words_starting_in(m.core[1], o.core[0])
            if len(between) <= RELATIVE_WINDOW and any(in_set(w.norm, ctx.lex.relatives) for w in between):
                o.toll = True
            break  # only the next trigger after the toll mention


def _in_period(ctx: ArgContext, m: EventMention) -> bool:
    """An open span of time or an escalation word in the trigger's clause."""
    near = [d for d in ctx.in_segment(ctx.dates, m.core[0]) if ctx.same_clause(d.span[0], m.core[0])]
    if any(_open_span(ctx, d) and not record_period(ctx, d) for d in near):
        return True
    lo, hi = ctx.segments.bounds(m.core[0])
    for w, _ in words_in_set(ctx.doc, ctx.lex.periods):  # the article's few period words
        if lo <= w.start < hi and ctx.same_clause(w.start, m.core[0]):
            return True
    return False


def _open_span(ctx: ArgContext, d: DateMention) -> bool:
    """A span from a past time up to the publication day ("منذ مطلع تشرين الأول")."""
    if d.range is None or not d.range.from_:
        return False
    published = ctx.record.published.value
    return d.range.to is None or (published is not None and d.range.to == published[:10])
