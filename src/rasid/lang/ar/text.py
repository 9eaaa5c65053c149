"""The text layer: the clean article seen through normalisation, and its sentences.

Recognisers search `TextView.norm` (normalised) and report spans of the clean text
through `TextView.span`, so no layer ever quotes normalised characters. Words, units and
clauses are the Doc's (`rasid.lang.ar.doc`).
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any, Protocol

from rasid.lang.ar.normalise import Normalised, normalise

# Sentence ends: full stops, question and exclamation marks (Arabic and Latin), the Arabic
# semicolon, and line breaks. The Arabic comma separates clauses, not sentences. A full stop
# between two digits is a thousands or decimal separator ("43.552 قتيلا"), not a sentence end.
_SENTENCE_END = re.compile(r"(?:[!?؟؛]|\.(?!\d)|(?<!\d)\.)+[\"”»’')\]]*|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Non-empty sentence spans of `text`, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
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
