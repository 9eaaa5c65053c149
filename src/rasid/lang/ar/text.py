"""The text layer: the clean article seen through normalisation, and its sentences.

Recognisers search `TextView.norm` (normalised) and report spans of the clean text
through `TextView.span`, so no layer ever quotes normalised characters. Words, units and
clauses are the Doc's (`rasid.lang.ar.doc`).
"""

from __future__ import annotations

import re
from functools import cache, cached_property
from typing import Any, Protocol

from rasid.lang.ar.clause_marks import char_class, clause_marks
from rasid.lang.ar.normalise import Normalised, normalise
from rasid.lang.ar.quotes import quote_marks


@cache
def _sentence_end() -> re.Pattern[str]:
    """A run of sentence ends with the closing marks after it, or line breaks.

    The ends are the marks of data/clause_marks.tsv whose `sentence` column says yes (full stops,
    question and exclamation marks, the Arabic semicolon; not the comma, which separates
    clauses); a full stop between two digits is a thousands or decimal separator ("43.552
    قتيلا"), not a sentence end. The closing quotation marks and brackets of
    data/quote_marks.tsv after the run belong to the sentence it ends.
    """
    marks, quotes = clause_marks(), quote_marks()
    stops = f"[{char_class(marks.sentence_ends - marks.full_stops)}]"
    full_stop = f"[{char_class(marks.full_stops & marks.sentence_ends)}]"
    closing = f"[{char_class(quotes.any_closing | quotes.close_brackets)}]"
    return re.compile(rf"(?:{stops}|{full_stop}(?!\d)|(?<!\d){full_stop})+{closing}*|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Non-empty sentence spans of `text`, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _sentence_end().finditer(text):
        end = m.end() if not m.group().startswith("\n") else m.start()
        _append_trimmed(text, start, end, spans)
        start = m.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


class TextView:
    """Normalised copy of a clean text, with its sentences."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.normalised: Normalised = normalise(text)

    @property
    def norm(self) -> str:
        return self.normalised.text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Clean-text span of a normalised-text span."""
        return self.normalised.to_original(start, end)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentence_spans(self.text)


class HasText(Protocol):
    """A record as far as its text view is concerned."""

    text: str
    working: dict[str, Any]


def text_view(record: HasText) -> TextView:
    """The normalised view of a record's clean text, built once and rebuilt if the text changes."""
    view = record.working.get("view")
    if not isinstance(view, TextView) or view.text is not record.text:
        view = record.working["view"] = TextView(record.text)
    return view
