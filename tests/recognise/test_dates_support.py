"""Helpers (no tests) for the date tests: run DateStage on one text and summarise its date mentions."""

from __future__ import annotations

from typing import Any

from rasid.recognise.dates import DateStage
from rasid.record import DateMention, Published, Record


def run_dates(text: str, published: str | None = None) -> Record:
    given = Published.model_validate(
        {
            "value": published,
            "precision": "day" if published else None,
            "from": "given" if published else None,
        }
    )
    return DateStage().process(Record(id="t", text=text, published=given))


def dates(record: Record) -> list[DateMention]:
    return [m for m in record.mentions if isinstance(m, DateMention)]


def summary(m: DateMention) -> tuple[str, str | None, str | None, bool]:
    """(text, value, precision, relative) of a mention."""
    return m.text, m.value, m.precision, m.relative


def offset_of(m: DateMention) -> tuple[Any, ...] | None:
    return (m.offset.unit, m.offset.n, m.offset.weekday) if m.offset is not None else None


def range_of(m: DateMention) -> tuple[str | None, str | None] | None:
    return (m.range.from_, m.range.to) if m.range is not None else None
