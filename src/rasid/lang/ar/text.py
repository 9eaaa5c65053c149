"""The text layer: the clean article seen through normalisation, sentences and tokens.

Recognisers search `TextView.norm` (normalised) and report spans of the clean text
through `TextView.span`, so no layer ever quotes normalised characters.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Protocol

from rasid.lang.ar.normalise import Normalised, normalise

# Sentence ends: full stops, question and exclamation marks (Arabic and Latin), the Arabic
# semicolon, and line breaks. The Arabic comma separates clauses, not sentences.
_SENTENCE_END = re.compile(r"[.!?؟؛]+[\"”»’')\]]*|\n+")
_TOKEN = re.compile(r"\w+(?:[.,٫٬]\d+)*|[^\w\s]", re.UNICODE)
_CLAUSE_END = re.compile(r"[،,;؛:]")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


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


def tokens(text: str) -> list[Token]:
    """Word, number and punctuation tokens (quotes «» “” and ، ؛ ؟ are tokens of their own)."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split `text[start:end]` at commas and semicolons into clause spans."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _CLAUSE_END.finditer(text, start, end):
        _append_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _append_trimmed(text, pos, end, spans)
    return spans


class TextView:
    """Normalised copy of a clean text, with its sentences and tokens."""

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

    @cached_property
    def tokens(self) -> list[Token]:
        return tokens(self.text)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence span (clean text) holding offset `pos`, or the whole text."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0:
            s, e = self.sentences[i]
            if pos < e:
                return s, e
        return 0, len(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]


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
