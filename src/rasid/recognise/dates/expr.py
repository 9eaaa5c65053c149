"""Date expressions as the grammar reads them: the parts they state, before any resolution."""

from __future__ import annotations

from dataclasses import dataclass, field

from rasid.recognise.dates.lexicon import Month


@dataclass(eq=False)
class DateExpr:
    """A date expression as written: its normalised span and the parts it states."""

    start: int
    end: int
    day: int | None = None
    day_to: int | None = None  # "بين 1 و5 آذار"
    month: int | None = None
    month_to: int | None = None  # "بين جانفي ومارس"
    year: int | None = None
    hijri: bool = False  # day/month/year above are Hijri
    rel_days: int | None = None  # اليوم 0, أمس -1 ...
    weekday: int | None = None
    weekday_dir: int | None = None  # modifier on a weekday: -1 الماضي, +1 المقبل
    unit: str | None = None  # relative unit: "الشهر الماضي" month -1, "منذ 3 أيام" day -3
    unit_n: int | None = None
    year_rel: int | None = None  # "العام الماضي" after a day and month
    month_dir: int | None = None  # modifier on a month or day without a year
    part_of_day: str | None = None
    period: bool = False  # منتصف/مطلع/نهاية… before the date
    since: bool = False  # منذ: a period from the date up to publication
    during: bool = False  # خلال: the whole period
    future: bool = False  # a future verb governs a bare weekday
    range_start: DateExpr | None = field(default=None, repr=False)
    range_end: DateExpr | None = field(default=None, repr=False)

    def __copy__(self) -> DateExpr:
        """A shallow copy, as `copy.copy` makes it, without its reduce protocol: the grammar
        copies the expression read so far once per rule it tries at every token that may start one."""
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        return twin

    @property
    def has_calendar(self) -> bool:
        return self.month is not None or self.year is not None


@dataclass
class CalendarParts:
    """The calendar part of an expression."""

    start: int
    day: int | None = None
    day_to: int | None = None
    month: int | None = None
    month_to: int | None = None
    year: int | None = None
    hijri: bool = False
    year_rel: int | None = None
    month_dir: int | None = None
    unit: str | None = None
    unit_n: int | None = None

    def copy_into(self, e: DateExpr) -> None:
        e.day, e.day_to, e.month, e.month_to = self.day, self.day_to, self.month, self.month_to
        e.year, e.hijri = self.year, self.hijri
        e.year_rel, e.month_dir = self.year_rel, self.month_dir
        if self.unit is not None:
            e.unit, e.unit_n = self.unit, self.unit_n


@dataclass(frozen=True)
class MonthHit:
    month: Month
    tok: int
    end_tok: int
    glossed: bool
    start: int
