"""The date grammar: finds date expressions in normalised text, without resolving them.

One expression is one mention ("يوم الخميس المقبل", "أول أمس السبت", "30 أيلول (سبتمبر)
العام الماضي", "فجر اليوم"). An expression is read as optional prefixes, one core and
optional suffixes, and the longest reading wins:

    expr     := [منذ] [part-of-day | period [part-of-day]] [يوم] core [part-of-day adverb]
    core     := relday [weekday] [، | الموافق] [calendar-with-day]   اليوم، أمس السبت، اليوم الإثنين 13 أيار
              | weekday [/weekday] [modifier | من الأسبوع modifier] [calendar-with-day]
              | calendar                                   15 شباط 2016، آذار/مارس، عام 2011، 15/2/2016
              | [هذا] definite-unit modifier                 الشهر الماضي، هذا العام
              | (منذ | قبل | بعد) [approx] count unit         منذ ثلاثة أيام، قبل عامين
    calendar := numeric | day [(و|-|إلى) day] [من] (month [gloss] | الشهر modifier | الجاري) [year-part | modifier]
              | [شهر] month [gloss] [(و|إلى) month] [day [،] year | year-part | modifier]
              | year-cue year [era] | year era | year (after منذ or a period word)

A Hijri date and its Gregorian equivalent ("... 1437 هـ الموافق 21 حزيران 2016") are two
mentions, as analysts annotate them. Pairs joined by و/إلى/حتى after بين/من/منذ become
ranges (each end keeps its own mention).
Words come from the data files (see lexicon.py). Ambiguous month words (آب، تموز، مارس،
Hijri months…) need date context: a day, a year, a gloss, a modifier, "شهر", or for a
Gregorian month the preposition في.
Nothing here knows the publication date; resolve.py turns expressions into values.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from rasid.lang.ar.numbers import match_number
from rasid.recognise.dates.calendar_rules import CalendarRules, is_gregorian_year
from rasid.recognise.dates.expr import DateExpr
from rasid.recognise.dates.lexicon import DateLexicon, date_lexicon
from rasid.recognise.dates.tokens import TokenView, lines, tokenize

_NIGHT_PARTS = frozenset({"night", "midnight"})
#: The word and digit runs of tokens.tokenize (its other tokens are single marks).
_RUNS = re.compile(r"[^\W\d_]+|\d+")
_MAX_COUNT = 500


def find_date_expressions(norm: str, lex: DateLexicon | None = None) -> list[DateExpr]:
    """Every date expression of a normalised text, left to right, non-overlapping."""
    lex = lex or date_lexicon()
    out: list[DateExpr] = []
    for start, end in lines(norm):
        if not _may_hold_date(norm, start, end, lex):
            continue
        view = TokenView(norm, tokenize(norm, start, end), lex)
        out.extend(e for e in _LineParser(view).parse() if not _names_a_place(norm, e, lex))
    return out


def _names_a_place(norm: str, e: DateExpr, lex: DateLexicon) -> bool:
    """A day and month with no year right after a street, road or district word ("طريق 21 أكتوبر",
    "بحي 7 يوليو"): the place is named after a national day; no day of the article is meant."""
    if e.day is None or e.month is None or e.year is not None or e.weekday is not None:
        return False
    before = norm[: e.start].split()
    if not before:
        return False
    word = before[-1]
    return word in lex.name_heads or (word[:1] in _PROCLITICS and word[1:] in lex.name_heads)


#: One-letter proclitics a name head may carry ("بطريق"، "وشارع"، "لحي"، "فمدينة").
_PROCLITICS = "وبلف"


def _may_hold_date(norm: str, start: int, end: int, lex: DateLexicon) -> bool:
    """Whether any token of the line can open an expression: ASCII digits, or a word (or run of
    other digits) that `may_start`. Most lines of an article have none, and are not tokenised."""
    for text in set(_RUNS.findall(norm, start, end)):
        if (text.isascii() and text.isdigit()) or lex.may_start(text.lower()):
            return True
    return False


class _LineParser(CalendarRules):
    """The grammar over one line of tokens."""

    # --- driver -----------------------------------------------------------------------------

    def parse(self) -> list[DateExpr]:
        out: list[DateExpr] = []
        i = 0
        while i < len(self.v):
            found = self._at(i)
            if found is None:
                i += 1
                continue
            exprs, i = found
            out.extend(exprs)
        self._context(out)
        return out

    def _at(self, i: int) -> tuple[list[DateExpr], int] | None:
        t = self.v.toks[i]
        if t.kind == "p" or (t.kind == "w" and not self._may_start(i)):
            return None
        best: tuple[list[DateExpr], int] | None = None
        for rule in (self._compound, self._year_pair):
            found = rule(i)
            if found is not None and (best is None or found[1] > best[1]):
                best = found
        return best

    def _may_start(self, i: int) -> bool:
        return self.lex.may_start(self.v.toks[i].text)

    # --- the expression -----------------------------------------------------------------------

    def _compound(self, i: int) -> tuple[list[DateExpr], int] | None:
        v, lex = self.v, self.lex
        e = DateExpr(-1, -1)
        k, start = i, -1

        def advance(hit_start: int, next_tok: int) -> None:
            nonlocal k, start
            if start < 0:
                start = hit_start
            k = next_tok

        since = v.cue(k, "since", clitic=True)
        if since is not None:
            e.since = True
            advance(since.start, since.end_tok)
        part = v.phrase(lex.day_parts, k, clitic=k == i)
        if part is not None and part.payload.prefix:
            e.part_of_day = part.payload.part
            advance(part.start, part.end_tok)
        else:
            period = v.cue(k, "period", clitic=k == i)
            if period is not None:
                e.period = True
                advance(period.start, period.end_tok)
                part = v.phrase(lex.day_parts, k)
                if part is not None and part.payload.prefix:
                    e.part_of_day = part.payload.part
                    advance(part.start, part.end_tok)
        day_word = v.cue(k, "day_word", clitic=k == i)
        if day_word is not None and self._day_core_follows(day_word.end_tok):
            advance(day_word.start, day_word.end_tok)
        allow_bare_year = start >= 0 and e.part_of_day is None

        best: tuple[DateExpr, int, int] | None = None
        cores: tuple[Callable[[DateExpr, int, bool], tuple[int, int] | None], ...] = (
            self._core_relday,
            self._core_weekday,
            self._core_unit,
            self._core_offset,
        )
        for core in cores:
            trial = copy.copy(e)
            found = core(trial, k, k == i)
            if found is not None and (best is None or found[0] > best[1]):
                best = (trial, found[0], found[1])
        trial = copy.copy(e)
        cal = self._calendar(k, k == i, allow_bare_year=allow_bare_year)
        if cal is not None and (best is None or cal[1] > best[1]):
            cal[0].copy_into(trial)
            best = (trial, cal[1], cal[0].start)
        if best is None:
            return None
        e, j, core_start = best
        if e.part_of_day is not None and e.unit is not None and e.unit != "day":
            return None  # "مساء الشهر الماضي" is not a day
        if start < 0:
            start = core_start
        j = self._suffixes(e, j)
        e.start, e.end = start, v.toks[j - 1].end
        return [e], j

    def _day_core_follows(self, k: int) -> bool:
        """The word يوم belongs to the date only before a weekday, a relative day or a day number."""
        v, lex = self.v, self.lex
        if v.phrase(lex.weekdays, k) is not None or v.phrase(lex.relative_days, k) is not None:
            return True
        if v.phrase(lex.ordinals, k) is not None:
            return True
        t = v.tok(k)
        return t is not None and t.kind == "d"

    def _suffixes(self, e: DateExpr, j: int) -> int:
        v, lex = self.v, self.lex
        is_day = e.rel_days is not None or e.weekday is not None or e.day is not None
        part = v.phrase(lex.day_parts, j)
        if is_day and e.part_of_day is None and part is not None and part.payload.suffix:
            e.part_of_day = part.payload.part
            j = part.end_tok
        return j

    # --- cores --------------------------------------------------------------------------------

    def _core_relday(self, e: DateExpr, k: int, first: bool) -> tuple[int, int] | None:
        v, lex = self.v, self.lex
        hit = v.phrase(lex.relative_days, k, clitic=first)
        if (
            hit is None
            or self._blocked(" ".join(hit.key), k, hit.end_tok)
            or self._ends_quoted_name(k, hit.end_tok)
        ):
            return None
        e.rel_days = hit.payload
        j = hit.end_tok
        wd = v.phrase(lex.weekdays, j)
        if wd is not None:
            e.weekday = wd.payload.number
            j = wd.end_tok
        return self._calendar_tail(e, j), hit.start

    def _core_weekday(self, e: DateExpr, k: int, first: bool) -> tuple[int, int] | None:
        v, lex = self.v, self.lex
        hit = v.phrase(lex.weekdays, k, clitic=first)
        if hit is None:
            return None
        after_day_word = v.cue(k - 1, "day_word", clitic=True) is not None
        if not after_day_word and self._blocked(" ".join(hit.key), k, hit.end_tok):
            return None
        e.weekday = hit.payload.number
        j = hit.end_tok
        second = v.phrase(lex.weekdays, j + 1)
        night = e.part_of_day in _NIGHT_PARTS
        if second is not None and (v.is_punct(j, "/-–") or (night and v.text(j) in ("و", "على"))):
            j = second.end_tok
        elif night and v.tok(j) is not None and v.text(j).startswith("و"):
            joined = v.phrase(lex.weekdays, j, clitic=True)
            if joined is not None:
                j = joined.end_tok
        mod = v.phrase(lex.modifiers, j)
        if mod is not None and mod.payload.kind != "epithet":
            e.weekday_dir = mod.payload.offset
            j = mod.end_tok
        else:
            j = self._week_of(e, j)
        return self._calendar_tail(e, j), hit.start

    def _week_of(self, e: DateExpr, j: int) -> int:
        """ "الاثنين من الأسبوع المقبل": the weekday in a relative week."""
        v, lex = self.v, self.lex
        of = v.cue(j, "of")
        unit = v.phrase(lex.definite_units, of.end_tok) if of is not None else None
        if unit is None or unit.payload != "week":
            return j
        mod = v.phrase(lex.modifiers, unit.end_tok)
        if mod is None or mod.payload.kind == "epithet":
            return j
        e.unit, e.unit_n = "week", mod.payload.offset
        return mod.end_tok

    def _core_unit(self, e: DateExpr, k: int, first: bool) -> tuple[int, int] | None:
        v, lex = self.v, self.lex
        this = v.cue(k, "this", clitic=first)
        kk = this.end_tok if this is not None else k
        unit = v.phrase(lex.definite_units, kk, clitic=first and this is None)
        if unit is None:
            return None
        mod = v.phrase(lex.modifiers, unit.end_tok)
        if mod is not None and mod.payload.kind != "epithet":
            e.unit, e.unit_n = unit.payload, mod.payload.offset
            j = mod.end_tok
        elif this is not None or e.period:  # "هذا العام", "منذ بداية العام": the current one
            e.unit, e.unit_n = unit.payload, 0
            j = unit.end_tok
        else:
            return None
        return j, this.start if this is not None else unit.start

    def _core_offset(self, e: DateExpr, k: int, first: bool) -> tuple[int, int] | None:
        v, lex = self.v, self.lex
        start = -1
        if e.since:
            sign, kk = -1, k
        else:
            before, after = v.cue(k, "before", clitic=first), v.cue(k, "after", clitic=first)
            cue = before or after
            if cue is None:
                return None
            sign, kk, start = (-1 if before is not None else 1), cue.end_tok, cue.start
        approx = v.cue(kk, "approx")
        if approx is not None:
            kk = approx.end_tok
        num = self._count(kk)
        if num is not None:
            unit = v.phrase(lex.count_units, num[1])
            count: int | None = num[0]
        else:
            unit = v.phrase(lex.count_units, kk)
            count = unit.payload.count if unit is not None else None
        if unit is None or count is None or not 1 <= count <= _MAX_COUNT:
            return None
        if not e.since and (v.cue(unit.end_tok, "of") or v.text(unit.end_tok) == "علي"):
            return None  # "قبل يومين من الانتخابات" counts from an event, not from publication
        e.unit, e.unit_n = unit.payload.unit, sign * count
        if start < 0:
            start = v.toks[kk].start
        return unit.end_tok, start

    def _count(self, k: int) -> tuple[int, int] | None:
        """An integer count (digits or words) at token k, and the token after it."""
        t = self.v.tok(k)
        if t is None or t.kind == "p":
            return None
        m = match_number(self.v.norm, t.start)
        if m is None or m.start != t.start or not float(m.value).is_integer():
            return None
        j = k
        while j < len(self.v) and self.v.toks[j].start < m.end:
            j += 1
        return int(m.value), j

    def _year_pair(self, i: int) -> tuple[list[DateExpr], int] | None:
        """ "عامي 2011 و2014": two years, each a mention, joined as a range."""
        v = self.v
        cue = v.cue(i, "year_pair", clitic=True)
        if cue is None:
            return None
        a, joiner, b = v.tok(cue.end_tok), v.tok(cue.end_tok + 1), v.tok(cue.end_tok + 2)
        if a is None or joiner is None or b is None or joiner.text != "و":
            return None
        if a.kind != "d" or b.kind != "d" or len(a.text) != 4 or len(b.text) != 4:
            return None
        if not (is_gregorian_year(int(a.text)) and is_gregorian_year(int(b.text))):
            return None
        first = DateExpr(cue.start, a.end, year=int(a.text))
        second = DateExpr(b.start, b.end, year=int(b.text))
        first.range_end, second.range_start = second, first
        return [first, second], cue.end_tok + 3
