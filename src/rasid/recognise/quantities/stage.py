"""The quantities stage: a QuantityMention for every quantity of the clean text."""

from __future__ import annotations

from rasid.lang.ar.normalise import normalise_char
from rasid.lang.ar.text import text_view
from rasid.recognise.quantities.finder import find_quantities
from rasid.record import QuantityMention, Record
from rasid.stage import Stage


def _clean_span(record: Record, start: int, end: int) -> tuple[int, int]:
    """Clean-text span of a normalised span, with the diacritics that close its last word."""
    s, e = text_view(record).span(start, end)
    while e < len(record.text) and normalise_char(record.text[e]) == "":
        e += 1
    return s, e


class QuantityStage(Stage):
    """Adds a QuantityMention for every count in the clean text."""

    name = "quantities"
    reads = frozenset({"text"})
    writes = frozenset({"mentions:quantity"})

    def __init__(self, *, money: bool = False) -> None:
        super().__init__()
        self.money = money

    def process(self, record: Record) -> Record:
        for q in find_quantities(text_view(record).norm, money=self.money):
            start, end = _clean_span(record, q.start, q.end)
            unit = record.span_text(_clean_span(record, *q.unit)) if q.unit else None
            record.mentions.append(
                QuantityMention(
                    id=record.next_mention_id(),
                    span=(start, end),
                    text=record.text[start:end],
                    value=q.value,
                    qualifier=q.qualifier,
                    low=q.low,
                    high=q.high,
                    vague=q.vague,
                    unit=unit,
                )
            )
            self.stat("vague" if q.vague else "numeric")
        return record
