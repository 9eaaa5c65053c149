"""The article as the claim finder sees it: normalised tokens, sentences, quotes, mentions.

Everything is indexed on the normalised text (`text_view(record).norm`), where the data
files match; spans go back to the clean text only when a claim or mention is made. The
words are the shared Doc's (`rasid.lang.ar.doc`): one tokenisation for every stage; the
claim finder adds each punctuation mark between them as a token of its own, since quotes,
commas and colons bound sources and content.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cache, cached_property
from typing import NamedTuple

from rasid.lang.ar.clause_marks import clause_marks, commas
from rasid.lang.ar.doc import Word, doc_of
from rasid.lang.ar.markers import marker_words, markers
from rasid.lang.ar.quotes import quote_marks
from rasid.lang.ar.text import text_view
from rasid.record import Record
from rasid.relate.text import list_item

#: What bounds a comma segment besides the clause breaks of data/clause_marks.tsv (، , ؛ ;):
#: the colon, the dashes, round and square brackets.
SEGMENT_MARKS = frozenset(":-–—()[]")
WORD = "word"
PUNCT = "punct"


class ClaimToken(NamedTuple):
    """A word of the Doc or a visible mark between words (a named tuple: one per token of every
    article, and a frozen dataclass sets each field through `object.__setattr__`)."""

    start: int
    end: int
    text: str
    kind: str
    sent: int


class SpanRef(NamedTuple):
    """A mention seen on the normalised text (a named tuple, as `ClaimToken`)."""

    id: str
    start: int
    end: int
    named: bool = False


class ClaimText:
    """Tokens of the normalised text with sentence, quote and mention lookups."""

    def __init__(self, record: Record) -> None:
        self.record = record
        self.view = text_view(record)
        self.norm = self.view.norm
        sentences = record.sentences or self.view.sentences
        self.sent_spans = self._join_semicolons([self._to_norm(s, e) for s, e in sentences])
        starts = [s for s, _ in self.sent_spans]
        toks: list[ClaimToken] = []
        # Tokens come in text order, so each one's sentence (the last that starts at or before
        # it, else the first) is found by moving one index forward, not by a bisection per token.
        k, n_sents = 0, len(starts)
        doc = doc_of(record)
        for start, end, kind in _tokens(self.norm, doc.words):
            while k + 1 < n_sents and starts[k + 1] <= start:
                k += 1
            toks.append(ClaimToken(start, end, self.norm[start:end], kind, k))
        self.toks = toks
        self._tok_starts = [t.start for t in toks]
        self.sent_toks: list[tuple[int, int]] = []
        i = 0
        for k in range(len(self.sent_spans)):
            j = i
            while j < len(toks) and toks[j].sent == k:
                j += 1
            self.sent_toks.append((i, j))
            i = j
        self.actors = self._mentions("actor")
        self._actor_starts = [a.start for a in self.actors]
        self._actor_longest = max((a.end - a.start for a in self.actors), default=0)
        self.dates = self._mentions("date")
        self._date_starts = [d.start for d in self.dates]
        self._date_longest = max((d.end - d.start for d in self.dates), default=0)
        self.places = self._mentions("place")
        self.quantities = self._mentions("quantity")
        self._quantity_starts = [q.start for q in self.quantities]
        self._quantity_longest = max((q.end - q.start for q in self.quantities), default=0)
        self.quotations = doc.quotations
        self.quote_pairs = self._quotes()

    def _join_semicolons(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A sentence ending in the Arabic semicolon goes on, on the same line, into the next; a
        line ending in a colon goes on into the next line ("وقالت الوزارة في بيان:" and what it
        said), unless that line is a list item, which the casualty relater reads on its own."""
        out: list[tuple[int, int]] = []
        for s, e in spans:
            last = self.norm[out[-1][1] - 1 : out[-1][1]] if out else ""
            gap = self.norm[out[-1][1] : s] if out else ""
            if out and (
                (last in clause_marks().semicolons and "\n" not in gap)
                or (
                    last in quote_marks().introducers
                    and not gap.strip()
                    and gap.count("\n") <= 2
                    and not list_item(self.norm[s:e])
                )
            ):
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        return out

    def _to_norm(self, start: int, end: int) -> tuple[int, int]:
        nz = self.view.normalised
        return nz.from_original(start), nz.from_original(end)

    def _mentions(self, kind: str) -> list[SpanRef]:
        out = [
            SpanRef(m.id, *self._to_norm(*m.span), named=getattr(m, "name", None) is not None)
            for m in self.record.mentions_of(kind)
        ]
        if kind == "actor":  # an actor across a comma or half a quotation is not a name to build on
            out = [r for r in out if _well_formed(self.norm[r.start : r.end])]
        return sorted(out, key=lambda r: (r.start, -r.end))

    def add_actor(self, mention_id: str, start: int, end: int, named: bool = False) -> None:
        bisect.insort(self.actors, SpanRef(mention_id, start, end, named), key=lambda r: (r.start, -r.end))
        bisect.insort(self._actor_starts, start)
        self._actor_longest = max(self._actor_longest, end - start)

    def clean_span(self, start: int, end: int) -> tuple[int, int]:
        """Clean-text span of a normalised span, with the marks that end its last word (شخصاً)."""
        s, e = self.view.span(start, end)
        text = self.record.text
        while e < len(text) and unicodedata.category(text[e]) in ("Mn", "Lm"):
            e += 1
        return s, e

    # tokens

    def __len__(self) -> int:
        return len(self.toks)

    def tok_at(self, pos: int) -> int:
        """Index of the token that starts at or after normalised offset `pos`."""
        return bisect.bisect_left(self._tok_starts, pos)

    def text(self, i: int) -> str:
        return self.toks[i].text if 0 <= i < len(self.toks) else ""

    def is_comma(self, i: int) -> bool:
        """Token i is a comma of data/clause_marks.tsv (، ,); no token outside the text is one."""
        return self.text(i) in commas()

    def is_introducer(self, i: int) -> bool:
        """Token i is the colon that opens what is said (data/quote_marks.tsv, introducer):
        "وقال: ..." and a speaker's label, "مصادر طبية: مقتل 8"."""
        return self.text(i) in quote_marks().introducers

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].kind == WORD

    def sent_range(self, i: int) -> tuple[int, int]:
        return self.sent_toks[self.toks[i].sent]

    def same_line(self, i: int, j: int) -> bool:
        """Whether tokens i < j are on one line (no paragraph or line break between)."""
        return "\n" not in self.norm[self.toks[i].end : self.toks[j].start]

    def has(self, i: int, kind: str) -> bool:
        """Whether token i is a one-word marker of `kind`."""
        return self.text(i) in marker_words(kind)

    def phrase_at(self, i: int, kind: str) -> int:
        """Length in tokens of the longest marker phrase of `kind` starting at token i (0: none)."""
        best = 0
        for phrase in _by_first(kind).get(self.text(i), ()):
            n = len(phrase)
            if n > best and all(self.text(i + k) == w for k, w in enumerate(phrase)):
                best = n
        return best

    def is_complementizer(self, i: int) -> bool:
        """أن/إن/بأن (with or without a pronoun), unless a word before makes it a conjunction."""
        if not (self.has(i, "complementizer") or self.has(i, "complementizer_pronoun")):
            return False
        return not self.has(i - 1, "not_complementizer_before")

    def phrase_ending(self, i: int, kind: str) -> int:
        """Length of the longest marker phrase of `kind` that ends at token i (0: none)."""
        best = 0
        for phrase in _by_last(kind).get(self.text(i), ()):
            n = len(phrase)
            if (
                n > best
                and i - n + 1 >= 0
                and all(self.text(i - n + 1 + k) == w for k, w in enumerate(phrase))
            ):
                best = n
        return best

    def words_between(self, i: int, j: int) -> int:
        return sum(1 for k in range(i, j) if self.is_word(k))

    # quotes

    def _quotes(self) -> list[tuple[int, int]]:
        """Token index pairs (open, close) of the quotations the Doc paired (`Doc.quotations`):
        a quotation mark is a token of its own, at the mark's normalised offset."""
        return [(self.tok_at(o), self.tok_at(c)) for o, c in self.quotations.pairs]

    def is_quote(self, i: int) -> bool:
        """Token i is a quotation mark of data/quote_marks.tsv (open, close or straight)."""
        return self.text(i) in self.quotations.marks.paired

    def is_straight_quote(self, i: int) -> bool:
        """Token i is a straight mark ('"'), which opens and closes alike."""
        return self.text(i) in self.quotations.marks.straight

    @cached_property
    def _close_of(self) -> dict[int, int]:
        return dict(self.quote_pairs)

    @cached_property
    def _open_of(self) -> dict[int, int]:
        return {c: o for o, c in self.quote_pairs}

    def quote_open(self, i: int) -> int | None:
        """The opening quote of the quotation closed at token i, if any."""
        return self._open_of.get(i)

    def quote_close(self, i: int) -> int | None:
        """The closing quote of the quotation opened at token i, if any."""
        return self._close_of.get(i)

    def opens_quote(self, i: int) -> bool:
        """Token i opens a quotation: by the pair it makes, else by its glyph (« “ ")."""
        return self.is_quote(i) and self.quotations.opens(self.toks[i].start)

    def closes_quote(self, i: int) -> bool:
        """Token i closes a quotation: by the pair it makes, else by its glyph (» ” ")."""
        return self.is_quote(i) and self.quotations.closes(self.toks[i].start)

    def in_quote(self, i: int) -> bool:
        """Token i lies inside a quotation (between its marks)."""
        return 0 <= i < len(self.toks) and self.quotations.inside(self.toks[i].start)

    # mentions

    def actor_starting(self, i: int) -> SpanRef | None:
        """The actor mention that starts inside token i (after a clitic) or at it: named, then longest."""
        t = self.toks[i]
        found = self._actors_starting_in(t.start, t.end)
        return max(found, key=lambda a: (a.named, a.end - a.start)) if found else None

    def actors_in(self, start: int, end: int) -> list[SpanRef]:
        """Actor mentions overlapping [start, end), outermost first, no mention inside another."""
        near = self._actors_starting_in(start - self._actor_longest + 1, end)
        hits = [a for a in near if start < a.end]
        hits.sort(key=lambda a: (a.start, not a.named, -(a.end - a.start)))
        out: list[SpanRef] = []
        for a in hits:
            if out and a.start < out[-1].end:
                continue
            out.append(a)
        return out

    def _actors_starting_in(self, lo: int, hi: int) -> list[SpanRef]:
        """The actor mentions that start in [lo, hi), in their order (a slice, not a pass)."""
        return self.actors[
            bisect.bisect_left(self._actor_starts, lo) : bisect.bisect_left(self._actor_starts, hi)
        ]

    def inside_actor(self, pos: int) -> bool:
        """Whether normalised offset `pos` lies strictly inside an actor mention."""
        return any(
            a.start < pos < a.end for a in self._actors_starting_in(pos - self._actor_longest + 1, pos)
        )

    def named_within(self, outer: SpanRef) -> list[SpanRef]:
        """Named actor mentions inside another, outermost first: the bodies it belongs to."""
        inner = [
            a
            for a in self._actors_starting_in(outer.start, outer.end)
            if a.named
            and outer.start <= a.start
            and a.end <= outer.end
            and (a.start, a.end) != (outer.start, outer.end)
        ]
        return sorted(inner, key=lambda a: (a.start - a.end, a.start))

    def place_at(self, i: int) -> SpanRef | None:
        t = self.toks[i]
        for p in self.places:
            if p.start < t.end and t.start < p.end:
                return p
        return None

    def date_at(self, i: int) -> SpanRef | None:
        if not 0 <= i < len(self.toks):  # a preposition that ends the text has nothing after it
            return None
        t = self.toks[i]
        lo = bisect.bisect_left(self._date_starts, t.start - self._date_longest + 1)
        for d in self.dates[lo : bisect.bisect_right(self._date_starts, t.start)]:
            if d.start <= t.start < d.end:
                return d
        return None

    def counts_only(self, i: int, j: int) -> bool:
        """Whether tokens [i, j) all lie in quantity mentions (the number of "أربعة مصادر")."""
        return all(self._in_quantity(k) for k in range(i, j) if self.is_word(k))

    def has_count(self, i: int, j: int) -> bool:
        """Whether a token of [i, j) lies in a quantity mention (a figure in the clause)."""
        return any(self._in_quantity(k) for k in range(i, j) if self.is_word(k))

    def _in_quantity(self, k: int) -> bool:
        t = self.toks[k]
        lo = bisect.bisect_left(self._quantity_starts, t.start - self._quantity_longest)
        hi = bisect.bisect_right(self._quantity_starts, t.start)
        return any(t.end <= q.end for q in self.quantities[lo:hi])

    def dates_in(self, start: int, end: int) -> list[SpanRef]:
        return [d for d in self.dates if start <= d.start and d.end <= end]


def _tokens(norm: str, words: Sequence[Word]) -> Iterator[tuple[int, int, str]]:
    """The Doc's words, with every other visible character between them a token of its own."""
    pos = 0
    for w in words:
        yield from _marks(norm, pos, w.nstart)
        yield w.nstart, w.nend, WORD
        pos = w.nend
    yield from _marks(norm, pos, len(norm))


def _marks(norm: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    for k in range(start, end):
        if not norm[k].isspace():
            yield k, k + 1, PUNCT


@cache
def clause_punct() -> frozenset[str]:
    """The marks that end a comma segment: the clause breaks, the colon, dashes and brackets."""
    return clause_marks().clause_breaks | SEGMENT_MARKS


def _well_formed(text: str) -> bool:
    if any(ch in clause_punct() and ch not in "()" for ch in text):
        return False
    return quote_marks().balanced(text)


@cache
def _by_first(kind: str) -> dict[str, list[tuple[str, ...]]]:
    """The marker phrases of a kind by their first word (a token is tried against its own only)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in markers()[kind]:
        out.setdefault(phrase[0], []).append(phrase)
    return out


@cache
def _by_last(kind: str) -> dict[str, list[tuple[str, ...]]]:
    """The marker phrases of a kind by their last word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in markers()[kind]:
        out.setdefault(phrase[-1], []).append(phrase)
    return out
