"""One `Doc` per record: the words of the clean article, its sentences, units and clauses.

Built once per record after segmentation (`doc_of(record)`, which the segment stage calls) and
read by the relaters, so no stage splits the article into words on its own again:

- `words`: the matcher's words of the normalised text (`rasid.lang.ar.match.words`), each
  with its span in the clean text and in the normalised copy, its normalised letters, its
  sentence and clause, and its clitic readings (`Word.readings`, computed once per word form);
- `sentences`: the segmentation's spans; `units`: sentences joined across an Arabic
  semicolon (reports put the place of a strike after "؛"), the title, when the article
  has one, being unit 0;
- clauses: cut at the commas and semicolons of data/clause_marks.tsv; `same_clause(a, b)` is
  one subtraction;
- `quotations`: the quotation marks of the normalised text paired once
  (`rasid.lang.ar.quotes.Quotations`, marks in data/quote_marks.tsv): the clause grammar and the
  claim finder ask the same pairs which mark opens a quotation and where it closes.

Every lookup by clean-text offset is a bisection, so rules cost no pass over the article.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from functools import cached_property
from typing import Any, NamedTuple, Protocol

from rasid.lang.ar.clause_marks import clause_marks
from rasid.lang.ar.match import offsets, proclitic_readings, words
from rasid.lang.ar.quotes import Quotations
from rasid.lang.ar.text import HasText, TextView, text_view

_END = 2**62  # past the end of any text


class _WordFields(NamedTuple):
    i: int
    start: int
    end: int
    nstart: int
    nend: int
    norm: str
    sentence: int = -1
    clause: int = 0


class Word(_WordFields):
    """One word: its index, clean-text span, normalised span, normalised letters, sentence
    (index into `Doc.sentences`, -1 before the first) and clause (clause marks before it).
    Immutable; a named tuple, since a Doc makes one per word of every article."""

    @cached_property
    def readings(self) -> tuple[tuple[str, str], ...]:
        """(proclitic, rest) readings of the word, the unsplit word first (computed once per
        form, and kept on the word: the relaters ask for them hundreds of times an article)."""
        return proclitic_readings(self.norm)


class Sourced(HasText, Protocol):
    """A record as far as the Doc is concerned."""

    title: str | None
    sentences: list[tuple[int, int]]


class Doc:
    """Words, sentences, units and clauses of one clean text, with lookups by clean offset."""

    def __init__(
        self, view: TextView, sentences: Sequence[tuple[int, int]], title: str | None = None
    ) -> None:
        self.view = view
        #: Analyses that modules reading the Doc build once per Doc (e.g. "clauses"); kept here,
        #: not in a module-level table, so they go with the Doc.
        self.analyses: dict[str, object] = {}
        self.text = view.text
        self.norm = view.norm
        self.sentences = list(sentences) or list(view.sentences)
        self._sentence_starts = [s for s, _ in self.sentences]
        self._breaks = _marks_before(self.text, clause_marks().clause_breaks)
        self.words: list[Word] = []
        # A word is never empty, so its clean span is the first character's start and the last
        # one's end (`view.span`, without its checks: this loop runs once per word).
        starts, ends = view.normalised.starts, view.normalised.ends
        sentence_starts, breaks, norm = self._sentence_starts, self._breaks, self.norm
        k, n_sentences = -1, len(sentence_starts)
        for i, (s, e) in enumerate(words(norm)):
            cs, ce = starts[s], ends[e - 1]
            while k + 1 < n_sentences and sentence_starts[k + 1] <= cs:
                k += 1
            self.words.append(Word(i, cs, ce, s, e, norm[s:e], k, breaks[cs]))
        self._starts = [w.start for w in self.words]
        self.title_end = _title_end(self.text, title)
        self.units = self._units()
        self._unit_starts = [s for s, _ in self.units]

    def _units(self) -> list[tuple[int, int]]:
        units: list[tuple[int, int]] = []
        joining = False
        joiners = tuple(clause_marks().semicolons)  # a sentence ending in one goes on in the next
        for s, e in self.sentences:
            in_title = s < self.title_end
            if joining and units and not in_title:
                units[-1] = (units[-1][0], e)
            else:
                units.append((s, e))
            joining = self.text[s:e].rstrip().endswith(joiners)
        if self.title_end:  # the title is one unit even when it holds a full stop
            body = [(s, e) for s, e in units if s >= self.title_end]
            units = [(0, self.title_end), *body]
        return units

    @cached_property
    def quotations(self) -> Quotations:
        """The quotations of the article, offsets in the normalised text (`Word.nstart`)."""
        return Quotations(self.norm)

    # Words.

    def word_at(self, pos: int) -> int:
        """Index of the first word that ends after clean offset `pos` (len(words) if none)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.words[i].end > pos:
            return i
        return i + 1

    def words_in(self, start: int, end: int) -> list[Word]:
        """Words that lie inside the clean span [start, end)."""
        i = self.word_at(start)
        stop = bisect.bisect_left(self._starts, end, i)  # the words from i on that start before `end`
        return [w for w in self.words[i:stop] if w.end <= end]

    def words_starting_in(self, lo: int, hi: int) -> list[Word]:
        """Words whose clean start lies in [lo, hi)."""
        return self.words[bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)]

    def words_between(self, a: int, b: int) -> int:
        """How many words lie between clean offsets a and b (a <= b)."""
        if b <= a:
            return 0
        return max(0, self.word_at(b) - self.word_at(a))

    def gap(self, a: int, b: int) -> str:
        """The clean text between offsets a and b."""
        return self.text[a:b] if a < b else ""

    # Sentences, units, clauses.

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence that starts at or before clean offset `pos` (-1 before the first)."""
        return bisect.bisect_right(self._sentence_starts, pos) - 1

    def unit_of(self, pos: int) -> int:
        i = bisect.bisect_right(self._unit_starts, pos) - 1
        return i if i > 0 else 0

    def unit_bounds(self, pos: int) -> tuple[int, int]:
        """[lo, hi) of the offsets whose unit is the one of `pos` (the first unit starts at 0)."""
        u = self.unit_of(pos)
        lo = self._unit_starts[u] if u > 0 else 0
        hi = self._unit_starts[u + 1] if u + 1 < len(self._unit_starts) else _END
        return lo, hi

    def in_title(self, pos: int) -> bool:
        return pos < self.title_end

    def clause_of(self, pos: int) -> int:
        """How many clause marks stand before clean offset `pos`: equal numbers, same clause."""
        breaks = self._breaks  # one longer than the text: its last entry counts every mark
        if 0 <= pos < len(breaks):
            return breaks[pos]
        return breaks[-1] if pos > 0 else 0

    def same_clause(self, a: int, b: int) -> bool:
        """No clause mark between clean offsets a and b."""
        return self.clause_of(a) == self.clause_of(b)


def _marks_before(text: str, marks: Collection[str]) -> list[int]:
    """How many characters of `marks` stand before each offset of `text`, one entry longer than
    the text: built from the few marks' offsets, not by reading every character."""
    found = sorted(k for mark in marks if len(mark) == 1 for k in offsets(text, mark))
    out: list[int] = []
    for n, pos in enumerate(found):
        out += [n] * (pos + 1 - len(out))
    out += [len(found)] * (len(text) + 1 - len(out))
    return out


def _title_end(text: str, title: str | None) -> int:
    title = (title or "").strip()
    return len(title) if title and text.startswith(title) else 0


def doc_of(record: Sourced) -> Doc:
    """The record's Doc, built once (after segmentation) and rebuilt if its text or sentences change."""
    doc: Any = record.working.get("doc")
    if (
        not isinstance(doc, Doc)
        or doc.text is not record.text
        or record.working.get("doc_sentences") is not record.sentences
        or doc.title_end != _title_end(record.text, record.title)
    ):
        doc = record.working["doc"] = Doc(text_view(record), record.sentences, record.title)
        record.working["doc_sentences"] = record.sentences
    return doc
