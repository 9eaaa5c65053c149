"""The dates stage: every calendar day, week, month or year the article names, as date mentions.

Expressions are found by the grammar in grammar.py (this package) on the normalised text and
resolved against the publication date (resolve.py states the conventions). When
the record has no publication date, a dateline at the top of the body (or one the clean
stage removed as furniture) supplies one. A
weekday that contradicts the resolved day is a record warning, never a silent correction; the
one correction made, a full date whose weekday fits the same day of the publication's year
a few days before publication (a typo in the year), is warned too (resolve.py).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.text import text_view
from rasid.recognise.dates.dateline import find_dateline
from rasid.recognise.dates.expr import DateExpr
from rasid.recognise.dates.grammar import find_date_expressions
from rasid.recognise.dates.lexicon import DateLexicon, date_lexicon
from rasid.recognise.dates.resolve import Resolution, Resolver, period_bounds
from rasid.record import DateMention, DateRange, Published, Record
from rasid.stage import Stage

TATWEEL = "\u0640"


def _removed_dateline(record: Record, lex: DateLexicon) -> date | None:
    """The day a dateline names that cleaning took out of the text ("15 شباط 2016" alone
    under the title is furniture, but it still dates the article). Where the head shows several,
    one labelled as the publication ("نشر بتاريخ") comes first and one labelled as an update or
    the site's clock ("آخر تحديث") last (data/dateline_labels.tsv)."""
    found: list[tuple[int, date]] = []
    for piece in record.removed:
        if piece.reason != "dateline":
            continue
        norm = normalise_string(piece.text)
        day = find_dateline(norm, find_date_expressions(norm, lex))
        if day is not None:
            found.append((_label_rank(norm), day))
    return min(found, key=lambda x: x[0])[1] if found else None


def _label_rank(norm: str) -> int:
    """0 for a line that opens with a publication label, 2 for an update label, 1 otherwise."""
    kinds = [kind for label, kind in dateline_labels() if norm.lstrip().startswith(label)]
    return 0 if "published" in kinds else 2 if "updated" in kinds else 1


@cache
def dateline_labels() -> tuple[tuple[str, str], ...]:
    """(normalised label, kind) rows of data/dateline_labels.tsv."""
    rows = load_rows("dateline_labels.tsv", normalise_columns=("form",))
    for row in rows:
        if row["kind"] not in ("published", "updated"):
            raise DataFileError(f"dateline_labels.tsv: bad kind {row['kind']!r}")
    return tuple((row["form"], row["kind"]) for row in rows)


def parse_anchor(value: str | None) -> date | None:
    """The publication day of an ISO value ("2016-02-15", "2016-02-15T10:00:00"), or None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class DateStage(Stage):
    """Adds date mentions and resolves them against record.published (or a dateline)."""

    name = "dates"
    reads = frozenset({"text", "metadata"})
    writes = frozenset({"mentions:date", "metadata"})

    def process(self, record: Record) -> Record:
        lex = date_lexicon()
        view = text_view(record)
        exprs = find_date_expressions(view.norm, lex)
        anchor = parse_anchor(record.published.value)
        if anchor is None:
            anchor = find_dateline(view.norm, exprs) or _removed_dateline(record, lex)
            if anchor is not None:
                record.published = Published.model_validate(
                    {"value": anchor.isoformat(), "precision": "day", "from": "text"}
                )
                self.stat("dateline")
        names = {wd.number: wd.name for wd in lex.weekdays.entries.values()}
        resolver = Resolver(anchor, names)
        spans: dict[int, tuple[int, int]] = {}
        resolved: dict[int, Resolution] = {}
        for e in exprs:
            spans[id(e)] = _with_marks(record.text, view.span(e.start, e.end))
            s, t = spans[id(e)]
            resolved[id(e)] = resolver.resolve(e, record.text[s:t])
        for e in exprs:
            res = resolved[id(e)]
            s, t = spans[id(e)]
            record.mentions.append(
                DateMention(
                    id=record.next_mention_id(),
                    span=(s, t),
                    text=record.text[s:t],
                    value=res.value,
                    precision=res.precision,
                    relative=res.relative,
                    range=_range(e, res, resolved, anchor),
                    offset=res.offset,
                    part_of_day=e.part_of_day,
                    hijri=res.hijri,
                )
            )
            record.warnings.extend(res.warnings)
            self.stat("dates")
            self.stat("unresolved" if res.value is None else "resolved")
        return record


def _with_marks(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Extend a span over the diacritics and tatweel that end its last word ("عاماً", "هـ")."""
    start, end = span
    while end < len(text) and (text[end] == TATWEEL or unicodedata.category(text[end]) == "Mn"):
        end += 1
    return start, end


def _range(
    e: DateExpr, res: Resolution, resolved: dict[int, Resolution], anchor: date | None
) -> DateRange | None:
    """The period an expression spans: a joined pair, منذ (up to publication), a day range, خلال."""
    if e.range_end is not None:
        start, end = res.value, resolved[id(e.range_end)].value
    elif e.range_start is not None:
        start, end = resolved[id(e.range_start)].value, res.value
    elif e.since:
        start, end = res.value, anchor.isoformat() if anchor is not None else None
    elif e.day_to is not None and res.value is not None and res.precision == "day":
        start, end = res.value, f"{res.value[:8]}{e.day_to:02d}"
    elif e.month_to is not None and res.value is not None and res.precision == "month" and not e.hijri:
        start, end = res.value, f"{res.value[:5]}{e.month_to:02d}"
    elif e.during and res.value is not None and res.precision in ("week", "month", "year"):
        start, end = period_bounds(res.value, res.precision)
    else:
        return None
    if start is None and end is None:
        return None
    return DateRange.model_validate({"from": start, "to": end})
