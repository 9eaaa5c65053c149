"""The day the lead names: the date of an incident no sentence of its own dates.

A report says when once, in its lead ("لقي 3 مواطنين حتفهم ... اليوم الأحد 11/8/2019",
"استهدفت جماعة الحوثي، اليوم الاثنين، الأحياء السكنية"), and tells the rest of the incident
(the ambush, the quoted statement) without a date. When no incident of the lead carries that day
(the lead's trigger is a word the events stage does not know, or its day is told in the sentence
after it: "اندلعت اشتباكات ..." then "وشهدت مناطق العاصمة، ليل الاثنين ..."), the lead's own incident
takes the first day its head names, up to the sentence after the lead. A day ahead of publication (a plan), a claim's day
(the statement's, not the incident's) and the period of a record are no such day.
"""

from __future__ import annotations

from collections.abc import Callable

from rasid.lang.ar.doc import Doc
from rasid.record import DateMention
from rasid.relate.events.args import ArgContext, record_period


def lead_day(ctx: ArgContext, doc: Doc, lead: int, dateline: Callable[[int], bool]) -> DateMention | None:
    """The first day-precision date of the body's head (its units up to the one after the lead,
    datelines and bylines left out) that may be an incident's day, else None."""
    first = 1 if doc.title_end else 0
    for d in ctx.dates:
        unit = doc.unit_of(d.span[0])
        if not first <= unit <= lead + 1 or d.precision != "day" or not d.value or dateline(unit):
            continue
        if (d.offset is not None and d.offset.n > 0) or d.id in ctx.claim_dates or record_period(ctx, d):
            continue
        return d
    return None
