"""Find the words a gold item quotes in the record's text.

Gold quotes the *input*; the record's `text` is the cleaned article (title, a blank
line, the body paragraphs), so offsets differ and page furniture may be gone. A
quote is located in three steps:

1. Both texts are compared in Unicode NFC. The record text is normalised
   segment by segment (a starter and its combining marks) with a map back to the
   original offsets, so spans always refer to `record.text` itself.
2. The gold item names the k-th occurrence of its string in the input (0-based k,
   from `occurrence`). When the record text holds as many occurrences of the string
   as the input, the k-th occurrence there is taken: cleaning kept all of them and
   kept their order.
3. When the counts differ (cleaning dropped a header, menu or ticker that repeated
   the string, or duplicated the title), the occurrence is chosen by context: the
   record occurrence whose surrounding characters (whitespace collapsed, up to
   `CONTEXT` characters each side) agree longest with those around the input
   occurrence, ties going to the one nearest index k. With fewer than
   `MIN_CONTEXT` agreeing characters (the occurrence sat in removed furniture), or
   when the string is absent from the record text, the item is not located and
   counts as a miss.
"""

from __future__ import annotations

import re
import unicodedata

from rasid.evaluate.gold import Quote, Span, find_all, nfc

CONTEXT = 40
MIN_CONTEXT = 12
TAG_WINDOW = 4 * CONTEXT  # characters read each side, so that CONTEXT are left once tags are gone
_TAG = re.compile(r"<[^<>]*>")
_WS = re.compile(r"\s+")


def collapse(text: str) -> str:
    """NFC with every run of white space as one space, trimmed: how phrases are compared."""
    return _WS.sub(" ", nfc(text)).strip()


def nfc_with_map(text: str) -> tuple[str, list[int], list[int]]:
    """NFC of `text` and, per NFC character, the start and end offset of its source segment."""
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text))), list(range(1, len(text) + 1))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    seg_start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0:
            piece = unicodedata.normalize("NFC", text[seg_start:i])
            out.append(piece)
            starts.extend([seg_start] * len(piece))
            ends.extend([i] * len(piece))
            seg_start = i
    return "".join(out), starts, ends


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class Locator:
    """Maps quotes of one input onto one record text."""

    def __init__(self, input_text: str, record_text: str) -> None:
        self.input = nfc(input_text)
        self.record_text = record_text
        self.text, self._starts, self._ends = nfc_with_map(record_text)
        self._collapsed = collapse(self.text)
        self._cache: dict[str, tuple[list[int], list[int]]] = {}

    def _to_record(self, start: int, end: int) -> Span:
        return self._starts[start], self._ends[end - 1]

    def _positions(self, needle: str) -> tuple[list[int], list[int]]:
        if needle not in self._cache:
            self._cache[needle] = find_all(self.input, needle), find_all(self.text, needle)
        return self._cache[needle]

    @staticmethod
    def _context(text: str, start: int, end: int) -> tuple[str, str]:
        """The collapsed text before (reversed) and after an occurrence, markup tags left out (an
        HTML input's `</h1><p>` is no text of the record: a dateline's place under the headline is
        known by the headline's words before it)."""
        before = _TAG.sub(" ", text[max(0, start - TAG_WINDOW) : start])
        after = _TAG.sub(" ", text[end : end + TAG_WINDOW])
        return collapse(before)[::-1][:CONTEXT], collapse(after)[:CONTEXT]

    def locate(self, needle: str, index: int) -> Span | None:
        """Record span of the `index`-th (0-based) input occurrence of `needle`, or None."""
        needle = nfc(needle)
        in_pos, rec_pos = self._positions(needle)
        if not rec_pos or index >= len(in_pos):
            return None
        n = len(needle)
        if len(rec_pos) == len(in_pos):
            start = rec_pos[index]
            return self._to_record(start, start + n)
        left, right = self._context(self.input, in_pos[index], in_pos[index] + n)
        best: tuple[int, int, int] | None = None
        for j, pos in enumerate(rec_pos):
            r_left, r_right = self._context(self.text, pos, pos + n)
            score = _common_prefix(left, r_left) + _common_prefix(right, r_right)
            key = (score, -abs(j - index), -pos)
            if best is None or key > best:
                best = key
        assert best is not None
        if best[0] < MIN_CONTEXT:
            return None
        start = -best[2]
        return self._to_record(start, start + n)

    def spans(self, quote: Quote) -> tuple[Span, ...]:
        """Record spans of every occurrence the quote refers to that could be located."""
        found = (self.locate(quote.text, i) for i in quote.indexes)
        return tuple(dict.fromkeys(s for s in found if s is not None))

    def contains(self, phrase: str) -> bool:
        """Whether the phrase is in the record text, white space collapsed on both sides."""
        return collapse(phrase) in self._collapsed
