"""Resolving a date expression against the publication date (the anchor).

Conventions (documented choices, see also grammar.py):
- A weekday alone is the most recent such day on or before the anchor; with المقبل/القادم,
  or after a future marker (سوف، سـ-verb, من المقرر…), the first one strictly after it;
  with الماضي/الفائت the most recent one strictly before it. Its offset is
  DateOffset(unit="week", n=direction, weekday=w): n=0 on or before, +1 after, -1 before.
  "الخميس من الأسبوع المقبل" is the Thursday of the ISO week n weeks from the anchor's week
  (same offset shape: the type has no field to tell the two readings apart).
- A relative day word names its weekday for a check only: "أول أمس السبت" keeps the day two
  days before the anchor, and a different weekday adds a warning.
- A full date whose weekday contradicts it but fits the same day and month of the anchor's
  year (or the year before), at most `TYPO_DAYS` before the anchor, has a typo in its year:
  "السبت 4 يناير 2002" in a report of 5 January 2020 is 2020-01-04, with a warning.
- A day and month without a year: with الماضي the latest occurrence strictly before the
  anchor, with المقبل the next one strictly after, with "العام الماضي" the anchor's year - 1,
  with الجاري/الحالي the anchor's year; alone, the anchor's year unless that puts it more than
  three months after the anchor (then the year before): news mostly looks back.
- A month without a year follows the same rules at month precision; "منتصف/مطلع/أواخر"
  before a month or year keep that month or year (no finer precision).
- A Hijri month without a day has the precision "month" of the Gregorian month in which its
  first day falls; `hijri` keeps the Hijri "YYYY-MM"; a Hijri year alone gives the Gregorian
  year of its 1 Muharram. Conversions use hijridate (Umm al-Qura, 1343-1500 AH).
- Without an anchor every relative expression keeps value None, relative True and, where the
  offset type can say it, its offset; precision is still given.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from rasid.recognise.dates.expr import DateExpr
from rasid.record import DateOffset

#: How far after the anchor a date without a year may fall before it is read as last year's.
LOOKAHEAD_MONTHS = 3


@dataclass
class Resolution:
    value: str | None = None
    precision: str | None = None
    relative: bool = False
    offset: DateOffset | None = None
    hijri: str | None = None
    warnings: list[str] = field(default_factory=list)


# --- calendar arithmetic ---------------------------------------------------------------------


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + n
    return idx // 12, idx % 12 + 1


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def period_bounds(value: str, precision: str) -> tuple[str, str]:
    """First and last day (ISO) of a day, week, month or year value."""
    if precision == "day":
        return value, value
    if precision == "week":
        year, week = value.split("-W")
        first = date.fromisocalendar(int(year), int(week), 1)
        return first.isoformat(), (first + timedelta(days=6)).isoformat()
    if precision == "month":
        y, m = (int(x) for x in value.split("-"))
        return f"{value}-01", f"{value}-{_calendar.monthrange(y, m)[1]:02d}"
    return f"{value}-01-01", f"{value}-12-31"


def hijri_to_gregorian(y: int, m: int, d: int) -> date | None:
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def gregorian_to_hijri(d: date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# --- resolution -------------------------------------------------------------------------------


#: How many days before publication a full date whose weekday only fits the publication's year
#: may lie, to be read as a typo in its year.
TYPO_DAYS = 31


class Resolver:
    """Resolves expressions against one anchor; `weekday_names` label warnings (0=Monday)."""

    def __init__(self, anchor: date | None, weekday_names: dict[int, str]) -> None:
        self.anchor = anchor
        self.names = weekday_names

    def resolve(self, e: DateExpr, text: str) -> Resolution:
        if e.year is not None:
            res = self._absolute(e, text)
        elif e.month is not None:
            res = self._named_without_year(e, text)
        elif e.unit is not None:
            res = self._unit(e)
        elif e.rel_days is not None:
            res = self._relative_day(e, text)
        elif e.weekday is not None:
            res = self._weekday(e)
        else:
            res = Resolution()
        return res

    # absolute dates

    def _absolute(self, e: DateExpr, text: str) -> Resolution:
        assert e.year is not None
        if e.hijri:
            return self._hijri_absolute(e.year, e.month, e.day)
        res = Resolution(value=_iso(e.year, e.month, e.day), precision=_precision(e))
        if e.day is not None and e.month is not None:
            d = _safe_date(e.year, e.month, e.day)
            typo = self._year_typo(d, e.weekday)
            if typo is not None:
                assert d is not None
                res.value = typo.isoformat()
                res.warnings.append(
                    f"date '{text}' resolved to {d.isoformat()}, a {self.names[d.weekday()]}, but names "
                    f"{self.names[typo.weekday()]}: read as {typo.isoformat()}, a typo in the year"
                )
            else:
                self._check_weekday(res, d, e.weekday, text, relative=False)
        return res

    def _year_typo(self, d: date | None, weekday: int | None) -> date | None:
        """The same day and month in the publication's year (or the year before), when the named
        weekday contradicts `d` but fits that day and it lies days before publication: "السبت 4
        يناير 2002" in a report of 5 January 2020 is Saturday 4 January 2020 (4 January 2002 was
        a Friday)."""
        if d is None or weekday is None or d.weekday() == weekday or self.anchor is None:
            return None
        for year in (self.anchor.year, self.anchor.year - 1):
            near = _safe_date(year, d.month, d.day)
            if (
                near is not None
                and near.year != d.year
                and near.weekday() == weekday
                and -1 <= (self.anchor - near).days <= TYPO_DAYS
            ):
                return near
        return None

    def _hijri_absolute(self, y: int, m: int | None, d: int | None, *, relative: bool = False) -> Resolution:
        res = Resolution(hijri=_iso(y, m, d), relative=relative)
        g = hijri_to_gregorian(y, m or 1, d or 1)
        if g is None:
            return res
        if d is not None:
            res.value, res.precision = g.isoformat(), "day"
        elif m is not None:
            res.value, res.precision = _iso(g.year, g.month), "month"
        else:
            res.value, res.precision = _iso(g.year), "year"
        return res

    # day and month without a year

    def _named_without_year(self, e: DateExpr, text: str) -> Resolution:
        assert e.month is not None
        precision = "day" if e.day is not None else "month"
        offset = DateOffset(unit="year", n=e.year_rel, weekday=None) if e.year_rel is not None else None
        res = Resolution(precision=precision, relative=True, offset=offset)
        if self.anchor is None:
            return res
        if e.hijri:
            h = gregorian_to_hijri(self.anchor)
            if h is None:
                return res
            year = self._pick_year(e, (h[0], h[1], h[2]))
            out = self._hijri_absolute(year, e.month, e.day, relative=True)
            out.offset = offset
            return out
        ref = self.anchor
        if e.rel_days is not None:
            ref = self.anchor + timedelta(days=e.rel_days)
        year = self._pick_year(e, (ref.year, ref.month, ref.day))
        if e.day is None:
            res.value = _iso(year, e.month)
            return res
        d = _safe_date(year, e.month, e.day)
        if d is None:
            return res
        res.value = d.isoformat()
        if e.rel_days is not None and d != ref:
            res.warnings.append(
                f"relative date '{text}' names {d.isoformat()} but resolves to {ref.isoformat()}"
            )
        self._check_weekday(res, d, e.weekday, text, relative=True)
        return res

    def _pick_year(self, e: DateExpr, ref: tuple[int, int, int]) -> int:
        """The year of a month (and day) written without one, relative to `ref` (y, m, d)."""
        assert e.month is not None
        y = ref[0]
        if e.year_rel is not None:
            return y + e.year_rel
        here = (e.month, e.day or 0)
        now = (ref[1], ref[2] if e.day is not None else 0)
        if e.month_dir is not None and e.month_dir < 0:
            year = y if here < now else y - 1
            return year + e.month_dir + 1
        if e.month_dir is not None and e.month_dir > 0:
            year = y if here > now else y + 1
            return year + e.month_dir - 1
        if e.month_dir == 0:
            return y
        return y - 1 if e.month - ref[1] > LOOKAHEAD_MONTHS else y

    # relative units, days and weekdays

    def _unit(self, e: DateExpr) -> Resolution:
        assert e.unit is not None and e.unit_n is not None
        offset = DateOffset(unit=e.unit, n=e.unit_n, weekday=e.weekday)
        precision = "day" if e.day is not None or e.weekday is not None else e.unit
        res = Resolution(precision=precision, relative=True, offset=offset)
        a = self.anchor
        if a is None:
            return res
        if e.unit == "day":
            res.value = (a + timedelta(days=e.unit_n)).isoformat()
        elif e.unit == "week" and e.weekday is not None:
            year, week, _ = (a + timedelta(weeks=e.unit_n)).isocalendar()
            res.value = date.fromisocalendar(year, week, e.weekday + 1).isoformat()
        elif e.unit == "week":
            res.value = iso_week(a + timedelta(weeks=e.unit_n))
        elif e.unit == "month":
            y, m = add_months(a.year, a.month, e.unit_n)
            if e.day is None:
                res.value = _iso(y, m)
            else:
                d = _safe_date(y, m, e.day)
                res.value = d.isoformat() if d is not None else None
        else:
            res.value = _iso(a.year + e.unit_n)
        return res

    def _relative_day(self, e: DateExpr, text: str) -> Resolution:
        assert e.rel_days is not None
        offset = DateOffset(unit="day", n=e.rel_days, weekday=e.weekday)
        res = Resolution(precision="day", relative=True, offset=offset)
        if self.anchor is None:
            return res
        d = self.anchor + timedelta(days=e.rel_days)
        res.value = d.isoformat()
        self._check_weekday(res, d, e.weekday, text, relative=True)
        return res

    def _weekday(self, e: DateExpr) -> Resolution:
        assert e.weekday is not None
        direction = e.weekday_dir if e.weekday_dir is not None else (1 if e.future else 0)
        res = Resolution(
            precision="day", relative=True, offset=DateOffset(unit="week", n=direction, weekday=e.weekday)
        )
        if self.anchor is None:
            return res
        a = self.anchor
        back = (a.weekday() - e.weekday) % 7  # days back to the most recent one, 0 = the anchor
        if direction == 0:
            d = a - timedelta(days=back)
        elif direction < 0:
            d = a - timedelta(days=back or 7) - timedelta(weeks=-direction - 1)
        else:
            ahead = (e.weekday - a.weekday()) % 7 or 7
            d = a + timedelta(days=ahead) + timedelta(weeks=direction - 1)
        res.value = d.isoformat()
        return res

    def _check_weekday(
        self, res: Resolution, d: date | None, weekday: int | None, text: str, *, relative: bool
    ) -> None:
        if d is None or weekday is None or d.weekday() == weekday:
            return
        kind = "relative date" if relative else "date"
        res.warnings.append(
            f"{kind} '{text}' resolved to {d.isoformat()}, a {self.names[d.weekday()]}, "
            f"but names {self.names[weekday]}"
        )


def _precision(e: DateExpr) -> str:
    if e.day is not None:
        return "day"
    return "month" if e.month is not None else "year"
