"""The article as the events and casualties relaters see it: words, sentence units and segments.

Words are the matcher's words of the normalised text, each with its clean-text span, so every
rule can measure distances in words and report spans of the clean text. A *unit* is a sentence
of the segmentation, joined with the next one across an Arabic semicolon (reports put the place
of a strike after "؛"). The title, when the article has one, is unit 0 and is flagged.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.match import ARTICLE, load_clitics, words
from rasid.lang.ar.text import text_view
from rasid.record import Record

_END = 2**62  # past the end of any text

#: A sentence ending in one of these is continued by the next one.
_JOINERS = ("؛", ";")


@dataclass(frozen=True)
class Word:
    """One word: its index, clean-text span, normalised span and normalised letters."""

    i: int
    start: int
    end: int
    nstart: int
    nend: int
    norm: str


@cache
def _clitic_forms() -> tuple[tuple[str, str], ...]:
    """(form, article mode) of every proclitic, longest first."""
    return tuple((c.form, c.article) for c in load_clitics())


@cache
def readings(word: str) -> tuple[str, ...]:
    """The ways a normalised word may be read: as written, without a proclitic, without the article."""
    out: list[str] = [word]
    for form, mode in _clitic_forms():
        if word.startswith(form) and len(word) - len(form) >= 2:
            rest = word[len(form) :]
            if mode == "contracted":
                out.append(ARTICLE + rest)
            out.append(rest)
    for w in list(out):
        if w.startswith(ARTICLE) and len(w) > len(ARTICLE) + 1:
            out.append(w[len(ARTICLE) :])
    seen: dict[str, None] = dict.fromkeys(out)
    return tuple(seen)


def in_set(word: str, forms: frozenset[str] | Mapping[str, object]) -> str | None:
    """The first reading of `word` found in `forms`, or None."""
    for r in readings(word):
        if r in forms:
            return r
    return None


class Doc:
    """Words, units and title of one record, with lookups by clean-text offset."""

    def __init__(self, record: Record) -> None:
        self.record = record
        view = text_view(record)
        self.text = record.text
        self.norm = view.norm
        self.words: list[Word] = []
        for i, (s, e) in enumerate(words(self.norm)):
            cs, ce = view.span(s, e)
            self.words.append(Word(i, cs, ce, s, e, self.norm[s:e]))
        self._starts = [w.start for w in self.words]
        self.title_end = self._title_end(record)
        self.units = self._units(record)
        self._unit_starts = [s for s, _ in self.units]

    @staticmethod
    def _title_end(record: Record) -> int:
        title = (record.title or "").strip()
        if title and record.text.startswith(title):
            return len(title)
        return 0

    def _units(self, record: Record) -> list[tuple[int, int]]:
        sentences = list(record.sentences) or list(text_view(record).sentences)
        units: list[tuple[int, int]] = []
        joining = False
        for s, e in sentences:
            in_title = s < self.title_end
            if joining and units and not in_title:
                units[-1] = (units[-1][0], e)
            else:
                units.append((s, e))
            joining = self.text[s:e].rstrip().endswith(_JOINERS)
        if self.title_end:  # the title is one unit even when it holds a full stop
            body = [(s, e) for s, e in units if s >= self.title_end]
            units = [(0, self.title_end), *body]
        return units

    # Lookups.

    def word_at(self, pos: int) -> int:
        """Index of the first word that ends after clean offset `pos` (len(words) if none)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.words[i].end > pos:
            return i
        return i + 1

    def words_in(self, start: int, end: int) -> list[Word]:
        """Words that lie inside the clean span [start, end)."""
        i = self.word_at(start)
        out: list[Word] = []
        while i < len(self.words) and self.words[i].start < end:
            if self.words[i].end <= end:
                out.append(self.words[i])
            i += 1
        return out

    def words_starting_in(self, lo: int, hi: int) -> list[Word]:
        """Words whose clean start lies in [lo, hi)."""
        return self.words[bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)]

    def unit_of(self, pos: int) -> int:
        i = bisect.bisect_right(self._unit_starts, pos) - 1
        return max(i, 0)

    def unit_bounds(self, pos: int) -> tuple[int, int]:
        """[lo, hi) of the offsets whose unit is the one of `pos` (the first unit starts at 0)."""
        u = self.unit_of(pos)
        lo = self._unit_starts[u] if u > 0 else 0
        hi = self._unit_starts[u + 1] if u + 1 < len(self._unit_starts) else _END
        return lo, hi

    def in_title(self, pos: int) -> bool:
        return pos < self.title_end

    def words_between(self, a: int, b: int) -> int:
        """How many words lie between clean offsets a and b (a <= b)."""
        if b <= a:
            return 0
        return max(0, self.word_at(b) - self.word_at(a))

    def gap(self, a: int, b: int) -> str:
        """The clean text between offsets a and b."""
        return self.text[a:b] if a < b else ""


class SpanSet:
    """Spans that do not change, asked "does any of you overlap [start, end)?" in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end: list[int] = []
        for _, e in ordered:
            self._max_end.append(max(e, self._max_end[-1]) if self._max_end else e)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # the spans that start before `end`
        return i > 0 and self._max_end[i - 1] > start


def contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def first(items: Iterable[object]) -> object | None:
    return next(iter(items), None)
