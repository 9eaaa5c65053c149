"""Calendar rules of the date grammar: numeric dates, day-month-year, glossed months, years.

A calendar date is what a reader could put on a calendar without the publication date,
except that a month and day written without a year ("30 أيلول الماضي") still need one.
"""

from __future__ import annotations

import itertools
from datetime import date

from rasid.lang.ar.clause_marks import commas
from rasid.recognise.dates.context import ContextRules
from rasid.recognise.dates.expr import CalendarParts, DateExpr, MonthHit
from rasid.recognise.dates.lexicon import Month

MAX_DAY_RANGE = 31
_NUMERIC_SEPARATORS = "/-."
_GLOSS_SEPARATORS = "/-–—"


class CalendarRules(ContextRules):
    """Rules that read calendar dates at a token."""

    def _calendar_tail(self, e: DateExpr, j: int) -> int:
        """An explicit day and month after a weekday or relative day ("الاثنين 15 شباط").

        After a comma the date is a mention of its own ("مساء أمس الأحد، 9 جمادى الآخرة"),
        unless الموافق ties it to the day ("الاثنين، الموافق 15 شباط").
        """
        v = self.v
        jj = j + 1 if v.is_punct(j, commas()) else j
        same = v.cue(jj, "same_as")
        if same is not None:
            jj = same.end_tok
        elif jj != j:
            return j
        cal = self._calendar(jj, False, allow_bare_year=False)
        if cal is None or cal[0].day is None:
            return j
        cal[0].copy_into(e)
        return cal[1]

    def _calendar(self, k: int, first: bool, *, allow_bare_year: bool) -> tuple[CalendarParts, int] | None:
        v = self.v
        numeric = self._numeric(k)
        if numeric is not None:
            return numeric
        day, kk, start = self._day(k, first)
        if day is not None:
            cal = CalendarParts(start, day=day)
            kk = self._day_range(cal, kk)
            of = v.cue(kk, "of")
            if of is not None:
                kk = of.end_tok
            rel_month = self._relative_month(kk) or self._current_month_after_day(k, kk)
            if rel_month is not None:
                cal.unit, cal.unit_n = "month", rel_month[0]
                return cal, rel_month[1]
            sep = self._glued_separator(kk)  # "12/فبراير/2024", "15-ديسمبر-2025"
            if sep is not None:
                kk += 1
            month_word = v.cue(kk, "month_word")  # "15 من شهر آذار"
            month = self._month(month_word.end_tok if month_word is not None else kk, False)
            if month is None:
                return None
            if sep is not None:
                month = self._past_separator(month, sep)
            return self._after_month(cal, month, context=True)
        month_word = v.cue(k, "month_word", clitic=first)
        mk = month_word.end_tok if month_word is not None else k
        month = self._month(mk, first and month_word is None)
        if month is None:
            return self._year_alone(k, first, allow_bare_year)
        cal = CalendarParts(month_word.start if month_word is not None else month.start)
        return self._after_month(cal, month, context=month_word is not None)

    def _day(self, k: int, first: bool) -> tuple[int | None, int, int]:
        """A day of the month (digits 1-31 or an ordinal word) at token k."""
        v = self.v
        t = v.tok(k)
        if t is None:
            return None, k, -1
        if t.kind == "d" and len(t.text) <= 2 and 1 <= int(t.text) <= MAX_DAY_RANGE:
            if k > 0 and v.is_punct(k - 1, _NUMERIC_SEPARATORS + ":") and v.toks[k - 1].end == t.start:
                return None, k, -1  # the tail of "13:41" or "4-0"
            return int(t.text), k + 1, t.start
        ordinal = v.phrase(self.lex.ordinals, k, clitic=first)
        if ordinal is not None:
            return ordinal.payload, ordinal.end_tok, ordinal.start
        return None, k, -1

    def _glued_separator(self, k: int) -> str | None:
        """The numeric separator at k when it touches the words on both sides: the day and the
        month name of "12/فبراير/2024" are written as one numeric date's parts."""
        v = self.v
        t, before, after = v.tok(k), v.tok(k - 1), v.tok(k + 1)
        if t is None or before is None or after is None or not v.is_punct(k, _NUMERIC_SEPARATORS):
            return None
        return t.text if before.end == t.start and t.end == after.start else None

    def _past_separator(self, month: MonthHit, sep: str) -> MonthHit:
        """The month of "12/فبراير/2024" with the same separator after it, before a glued year."""
        year = self.v.tok(month.end_tok + 1)
        if self._glued_separator(month.end_tok) != sep or year is None or year.kind != "d":
            return month
        return MonthHit(month.month, month.tok, month.end_tok + 1, month.glossed, month.start)

    def _day_range(self, cal: CalendarParts, k: int) -> int:
        """ "1 و5 آذار", "1-5 آذار", "من 1 إلى 5 آذار": a second day closing a range."""
        v = self.v
        joiner = v.text(k) in ("و", "-", "–") or v.cue(k, "to") is not None
        t = v.tok(k + 1)
        if not joiner or t is None or t.kind != "d" or len(t.text) > 2:
            return k
        day_to = int(t.text)
        if cal.day is None or not cal.day < day_to <= MAX_DAY_RANGE:
            return k
        of = v.cue(k + 2, "of")
        if self._month(of.end_tok if of else k + 2, False) is None:
            return k
        cal.day_to = day_to
        return k + 2

    def _month_range(self, first: MonthHit) -> MonthHit | None:
        """ "بين جانفي ومارس 2019", "من آذار إلى أيار": a second month sharing the year that follows."""
        v, j = self.v, first.end_tok
        if not self._opener_at(first.tok):
            return None
        if v.text(j) in ("و", "-", "–") or v.cue(j, "to") is not None:
            second = self._month(j + 1, False)
        else:
            second = self._month(j, True) if v.text(j).startswith("و") else None
        if (
            second is None
            or second.month.hijri != first.month.hijri
            or second.month.number <= first.month.number
        ):
            return None
        return second

    def _current_month_after_day(self, k: int, kk: int) -> tuple[int, int] | None:
        """ "يوم 15 الجاري": a day number followed directly by الجاري/الحالي is in the current month."""
        v = self.v
        mod = v.phrase(self.lex.modifiers, kk)
        if mod is None or mod.payload.kind != "current" or v.toks[k].kind != "d" or kk != k + 1:
            return None
        return 0, mod.end_tok

    def _relative_month(self, k: int) -> tuple[int, int] | None:
        """ "الشهر الجاري" after a day: (month offset, next token)."""
        unit = self.v.phrase(self.lex.definite_units, k)
        if unit is None or unit.payload != "month":
            return None
        mod = self.v.phrase(self.lex.modifiers, unit.end_tok)
        if mod is None or mod.payload.kind == "epithet":
            return None
        return mod.payload.offset, mod.end_tok

    def _month(self, k: int, clitic: bool) -> MonthHit | None:
        """A month name at k with an optional gloss: "أيلول (سبتمبر)", "آذار/مارس", "يناير كانون الثاني"."""
        v = self.v
        hit = v.phrase(self.lex.months, k, clitic=clitic)
        if hit is None:
            return None
        m, j = hit.payload, hit.end_tok
        if v.is_punct(j, "("):
            gloss = v.phrase(self.lex.months, j + 1)
            if gloss is not None and v.is_punct(gloss.end_tok, ")") and self._same_month(m, gloss.payload):
                return MonthHit(m, k, gloss.end_tok + 1, True, hit.start)
        if v.is_punct(j, _GLOSS_SEPARATORS):
            gloss = v.phrase(self.lex.months, j + 1)
            if gloss is not None and self._same_month(m, gloss.payload):
                return MonthHit(m, k, gloss.end_tok, True, hit.start)
        gloss = v.phrase(self.lex.months, j)  # no separator: "في يناير كانون الثاني 2018"
        if gloss is not None and self._same_month(m, gloss.payload):
            return MonthHit(m, k, gloss.end_tok, True, hit.start)
        return MonthHit(m, k, j, False, hit.start)

    @staticmethod
    def _same_month(a: Month, b: Month) -> bool:
        return a.number == b.number and a.hijri == b.hijri

    def _after_month(
        self, cal: CalendarParts, month: MonthHit, *, context: bool
    ) -> tuple[CalendarParts, int] | None:
        """The year, "العام الماضي" or modifier after a month; checks that the month is a month here."""
        v, lex = self.v, self.lex
        m, j = month.month, month.end_tok
        cal.month, cal.hijri = m.number, m.hijri
        context = context or month.glossed or cal.day is not None
        if not m.hijri and v.cue(month.tok - 1, "in", clitic=True) is not None:
            context = True
        if cal.day is None:
            english = self._month_day_year(j)
            if english is not None:
                cal.day, cal.year, j = english
                return cal, j
            second = self._month_range(month)
            if second is not None:
                cal.month_to, j, context = second.month.number, second.end_tok, True
        year = self._year_part(j, m.hijri)
        if year is not None:
            cal.year, cal.year_rel, j = year
            return cal, j
        mod = v.phrase(lex.modifiers, j)
        if mod is not None:
            context = True
            if mod.payload.kind != "epithet":
                cal.month_dir = mod.payload.offset
            j = mod.end_tok
        if m.needs_context and not context:
            return None
        return cal, j

    def _month_day_year(self, j: int) -> tuple[int, int, int] | None:
        """ "August 19, 2024": a day and a year after the month."""
        v = self.v
        t = v.tok(j)
        if t is None or t.kind != "d" or len(t.text) > 2 or not 1 <= int(t.text) <= MAX_DAY_RANGE:
            return None
        jj = j + 2 if v.is_punct(j + 1, commas()) else j + 1
        y = v.tok(jj)
        if y is None or y.kind != "d" or len(y.text) != 4 or not is_gregorian_year(int(y.text)):
            return None
        return int(t.text), int(y.text), jj + 1

    def _year_part(self, j: int, hijri: bool) -> tuple[int | None, int | None, int] | None:
        """(year, relative year, next token) after a month: "2016", "من العام 2011", "العام الماضي"."""
        v, lex = self.v, self.lex
        jj = j + 1 if v.is_punct(j, commas()) else j
        of = v.cue(jj, "of")
        if of is not None:
            jj = of.end_tok
        cue = v.cue(jj, "year")
        yk = cue.end_tok if cue is not None else jj
        t = v.tok(yk)
        if t is not None and t.kind == "d" and len(t.text) == 4:
            year = int(t.text)
            if (hijri and is_hijri_year(year)) or (not hijri and is_gregorian_year(year)):
                return year, None, self._era(yk + 1, hijri)
            return None
        this = v.cue(jj, "this")
        uk = this.end_tok if this is not None else jj
        unit = v.phrase(lex.definite_units, uk)
        if unit is None or unit.payload != "year":
            return None
        mod = v.phrase(lex.modifiers, unit.end_tok)
        if mod is not None and mod.payload.kind != "epithet":
            return None, mod.payload.offset, mod.end_tok
        if this is not None:
            return None, 0, unit.end_tok
        return None

    def _era(self, k: int, hijri: bool) -> int:
        """Skip "هـ"/"هجري" after a Hijri year or "م"/"ميلادي" after a Gregorian one."""
        era = self.v.cue(k, "hijri" if hijri else "gregorian", clitic=True)
        return era.end_tok if era is not None else k

    def _year_alone(self, k: int, first: bool, allow_bare: bool) -> tuple[CalendarParts, int] | None:
        """ "عام 2011", "سنة 1437 هـ", and a bare year after منذ or a period word ("منذ 2014")."""
        v = self.v
        cue = v.cue(k, "year", clitic=first)
        yk = cue.end_tok if cue is not None else k
        t = v.tok(yk)
        if t is None or t.kind != "d" or len(t.text) != 4:
            return None
        year = int(t.text)
        start = cue.start if cue is not None else t.start
        if v.cue(yk + 1, "hijri", clitic=True) is not None and is_hijri_year(year):
            return CalendarParts(start, year=year, hijri=True), self._era(yk + 1, True)
        if (cue is not None or allow_bare) and is_gregorian_year(year):
            return CalendarParts(start, year=year), self._era(yk + 1, False)
        return None

    def _numeric(self, k: int) -> tuple[CalendarParts, int] | None:
        """15/2/2016, 15.02.2016, 2016-02-15, 2021.06.14: three numbers joined by one separator."""
        v = self.v
        toks = v.toks[k : k + 5]
        if len(toks) < 5 or [t.kind for t in toks] != ["d", "p", "d", "p", "d"]:
            return None
        sep = toks[1].text
        if sep not in _NUMERIC_SEPARATORS or toks[3].text != sep:
            return None
        if any(a.end != b.start for a, b in itertools.pairwise(toks)):
            return None
        if self._glued_number(k - 1, toks[0].start, before=True) or self._glued_number(k + 5, toks[4].end):
            return None
        a, b, c = (t.text for t in toks[0::2])
        if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
            y, m, d = int(a), int(b), int(c)
        elif len(c) == 4 and len(a) <= 2 and len(b) <= 2:
            d, m, y = int(a), int(b), int(c)
            if m > 12 >= d:
                d, m = m, d  # month first: 2/15/2016
        else:
            return None
        if not is_gregorian_year(y) or not is_valid_date(y, m, d):
            return None
        return CalendarParts(toks[0].start, day=d, month=m, year=y), k + 5

    def _glued_number(self, k: int, pos: int, *, before: bool = False) -> bool:
        """True when the numeric date touches more text: "1.2.3.4", "v15/2/2016", "15/2/2016/7"."""
        v = self.v
        t = v.tok(k)
        if t is None or (t.end != pos if before else t.start != pos):
            return False
        if t.kind != "p":
            return True
        beyond = v.tok(k - 1 if before else k + 1)
        touching = beyond is not None and (beyond.end == t.start if before else beyond.start == t.end)
        return touching and t.text in _NUMERIC_SEPARATORS and beyond is not None and beyond.kind == "d"


def is_gregorian_year(y: int) -> bool:
    return 1000 <= y <= 2100


def is_hijri_year(y: int) -> bool:
    return 1300 <= y <= 1600


def is_valid_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True
