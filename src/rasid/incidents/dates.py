"""Date windows: the days an event's date may mean, from its value and precision.

A day is itself; a week (`2016-W37`) its seven days; a month or a year all its days.
Two events may be one incident when their windows are at most one day apart, which
gives the issue's rule: ±1 day between two days, "within the week or month" otherwise.
An event without a date took place on or before its publication, often days before when
the report is a follow-up: its window is the `UNDATED_DAYS` days up to the publication day.

Reports are compared only within one calendar month (`period`, the month a window ends
in). Without that bound, reports a day apart chain without end: in a daily war every
day's strikes link to the next day's, the whole war becomes one component, and every
merge (the store's index, the batch's date sweep) must hold it whole. With it, a
component spans at most a month and a few days, whatever the corpus; the price is that
two reports of one event told with dates either side of a month's end (31 January,
1 February) stay apart.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

#: How far back an undated event may lie before its publication date (inclusive).
UNDATED_DAYS = 7
#: The largest gap, in days, between two compatible windows.
TOLERANCE = 1

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")

Window = tuple[dt.date, dt.date]


@lru_cache(maxsize=65536)
def window(value: str | None, published: str | None = None) -> Window | None:
    """The first and last day `value` may mean; None when neither it nor `published` says."""
    if value:
        w = _parse(value)
        if w is not None:
            return w
    if published:
        day = _parse(published[:10])
        if day is not None:
            return day[1] - dt.timedelta(days=UNDATED_DAYS - 1), day[1]
    return None


def _parse(value: str) -> Window | None:
    try:
        if m := _DAY.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def gap(a: Window, b: Window) -> int:
    """Days between two windows (0 when they overlap)."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def compatible(a: Window | None, b: Window | None) -> bool:
    """Unknown dates never contradict; known ones must lie within `TOLERANCE` days."""
    if a is None or b is None:
        return True
    return gap(a, b) <= TOLERANCE


def period(w: Window) -> int:
    """The calendar month `w` ends in (year × 12 + month − 1): reports are compared within one."""
    return w[1].year * 12 + w[1].month - 1


def same_period(a: Window | None, b: Window | None) -> bool:
    """Unknown dates reach every month; known ones must end in the same month."""
    return a is None or b is None or period(a) == period(b)


def days(w: Window) -> list[dt.date]:
    """Every day of a window widened by the tolerance: the blocking keys of an event."""
    start = w[0] - dt.timedelta(days=TOLERANCE)
    n = (w[1] - w[0]).days + 2 * TOLERANCE + 1
    return [start + dt.timedelta(days=i) for i in range(n)]


def recent(value: str | None, precision: str | None, published: str | None) -> bool:
    """An undated report (`published`) came out on the day `value` names or the day after.

    News reports the day's strike without a date ("قصف استهدف ..."): such a report is most
    likely about a strike of its own publication day or the day before, not of the rest of
    the week its window allows.
    """
    if precision != "day" or not value or not published:
        return False
    day, pub = _parse(value), _parse(published[:10])
    if day is None or pub is None:
        return False
    return 0 <= (pub[0] - day[0]).days <= TOLERANCE


def within(a: str | None, b: str | None) -> bool:
    """Two publication days are at most `TOLERANCE` days apart."""
    wa, wb = _parse((a or "")[:10]), _parse((b or "")[:10])
    return wa is not None and wb is not None and gap(wa, wb) <= TOLERANCE
