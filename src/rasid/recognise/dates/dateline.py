"""Finding the publication date in a dateline at the top of the article body.

Agencies open a report with "PLACE - DATE" ("دمشق - 15 شباط 2016", "بيروت، 3 آذار/مارس 2019
(رويترز)") and pages often show the date alone on a line near the title. Only a full
day (day, month and year written out, Gregorian or Hijri) on one of the first lines counts.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from rasid.lang.ar.clause_marks import commas
from rasid.recognise.dates.expr import DateExpr
from rasid.recognise.dates.resolve import hijri_to_gregorian
from rasid.recognise.dates.tokens import lines

#: How many non-empty lines from the top are searched (the title is the first).
DATELINE_LINES = 6
#: Words allowed before the date (the place and agency of the dateline, "تعز – شبكة X | الأحد").
MAX_WORDS_BEFORE = 6
#: Words allowed after a date that opens its line without a separator ("30 يونيو 2025").
MAX_WORDS_AFTER = 5
_OPENERS = "-–—|(/"
_OTHER_SEPARATORS = "-–—:|/"  # with the commas of data/clause_marks.tsv


@cache
def _separators() -> str:
    """What may stand between a dateline's place or agency and its date ("بيروت، 3 آذار")."""
    return _OTHER_SEPARATORS + "".join(sorted(commas()))


def find_dateline(norm: str, exprs: list[DateExpr]) -> date | None:
    """The publication date a dateline gives, or None."""
    top = [(s, e) for s, e in lines(norm) if norm[s:e].strip()][:DATELINE_LINES]
    for e in exprs:
        line = next(((s, t) for s, t in top if s <= e.start < t), None)
        if line is None or not _is_full_day(e):
            continue
        before, after = norm[line[0] : e.start].strip(), norm[e.end : line[1]].strip()
        if before:
            words = [w for w in before.split() if w.strip(_separators())]
            ok = len(words) <= MAX_WORDS_BEFORE and before[-1] in _separators()
        else:
            ok = not after or after[0] in _OPENERS or len(after.split()) <= MAX_WORDS_AFTER
        if ok:
            assert e.year is not None and e.month is not None and e.day is not None
            return hijri_to_gregorian(e.year, e.month, e.day) if e.hijri else date(e.year, e.month, e.day)
    return None


def _is_full_day(e: DateExpr) -> bool:
    relative = e.rel_days is not None or e.unit is not None or e.year_rel is not None
    return None not in (e.year, e.month, e.day) and not relative
