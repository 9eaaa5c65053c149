"""Whether a figure is cumulative: a running tally that a period reaches (a cumulative marker or
a date range in its sentence, a date naming a month or a year), not an incident's toll."""

from __future__ import annotations

from dataclasses import dataclass

from rasid.lang.ar.doc import Doc
from rasid.record import DateMention, Record
from rasid.relate.casualties.words import CasualtyText, Victims, casualty_words

DATE_WORDS = 8  # words between a figure and the date that makes it a period's tally
CUMULATIVE_PRECISION = frozenset({"month", "year"})


def cumulative_marks(t: CasualtyText, record: Record) -> dict[int, set[int]]:
    """For each unit that speaks of a period, the clauses its period is named in."""
    marked: dict[int, bool] = {}
    clauses: dict[int, set[int]] = {}

    def mark(pos: int) -> None:
        u = t.doc.unit_of(pos)
        if marked.get(u, True):
            marked[u] = True
            clauses.setdefault(u, set()).add(t.doc.clause_of(pos))

    for s, _, kind in t.markers:
        if kind == "incident":
            marked[t.doc.unit_of(s)] = False
    for s, _, kind in t.markers:
        if kind == "cumulative":
            mark(s)
    for d in record.mentions_of("date"):  # a stated period: "بين 3 و5 تشرين الثاني"
        if d.range is not None and d.range.from_ != d.range.to:
            mark(d.span[0])
    return {u: c for u, c in clauses.items() if marked[u]}


def _cumulative_units(t: CasualtyText, record: Record) -> set[int]:
    """Units whose figures are running tallies (see the module docstring)."""
    return set(cumulative_marks(t, record))


def in_period(t: CasualtyText, marks: dict[int, set[int]], apart: _Apart, v: Victims) -> bool:
    """The period reaches the figure: it is named in the figure's clause or an earlier one of its
    unit ("منذ بداية العام، قتل 50"), or in a later clause that counts no figure of its own, when
    the figure's clause names no day ("وثقت مقتل 231278 مدنيا ...، موضحة أن ... منذ 13 عاما" is a
    tally; "استشهاد 4 من عناصره ...، ما يرفع الحصيلة إلى 425 منذ ..." and "قتل ثلاثة مدنيين أمس
    السبت ...، حيث يشهد السودان منذ أبريل 2023 حربا" are incidents)."""
    clause = t.doc.clause_of(v.start)
    if (v.unit, clause) in apart.dated:
        return any(c <= clause for c in marks.get(v.unit, ()))
    return any(c <= clause or (v.unit, c) not in apart.counted for c in marks.get(v.unit, ()))


@dataclass
class _Apart:
    """Clauses that keep a later clause's period apart: (unit, clause) pairs."""

    counted: set[tuple[int, int]]  # clauses with a figure of their own
    dated: set[tuple[int, int]]  # clauses that name a day


def figures_apart(t: CasualtyText, record: Record, figures: list[Victims]) -> _Apart:
    counted = {(v.unit, t.doc.clause_of(v.start)) for v in figures}
    dated = {
        (t.doc.unit_of(d.span[0]), t.doc.clause_of(d.span[0]))
        for d in record.mentions_of("date")
        if d.precision == "day" and d.range is None
    }
    return _Apart(counted, dated)


def period_dated(t: CasualtyText, record: Record, v: Victims) -> bool:
    """The date nearest to the figure, within a few words, names a month, a year or a period."""

    def gap(d: DateMention) -> int:
        if d.span[0] >= v.end:
            return t.doc.words_between(v.end, d.span[0])
        return t.doc.words_between(d.span[1], v.start)

    near = [d for d in t.dates_by_unit.get(t.doc.unit_of(v.start), []) if gap(d) <= DATE_WORDS]
    if not near:
        return False
    d = min(near, key=gap)
    return d.precision in CUMULATIVE_PRECISION


def cumulative_units(record: Record, doc: Doc, words: CasualtyText | None = None) -> set[int]:
    """Units of the article that speak of a period rather than one incident (`words`: the
    record's `casualty_words`, read here when not given)."""
    return _cumulative_units(casualty_words(record, doc) if words is None else words, record)
