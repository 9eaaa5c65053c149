"""Quotation marks paired once per text (data/quote_marks.tsv), for every layer that asks.

The clause grammar asks whether a mark opens a quotation (and where it closes, to tell a
quoted name from something said); the claim finder asks which marks bound a quotation and
whether a word lies inside one. Both read the same `Quotations`, built once per `Doc`
(`Doc.quotations`) on the normalised text, where quotation marks are as written. The rules
that only ask whether a word stands in quotes or brackets (dates, places, numbers, quantities)
read the glyphs of the same file through `quote_marks()`: `any_opening`, `glyphs`, `brackets`.

Pairing, within a line: an open mark is pushed, a close mark pops the latest open one; a
straight mark opens and closes alike; a reverse mark (”) with nothing open opens a quotation
that the next reverse mark, or a “ right after a word, closes; a “ right after a word also
closes a quotation that another “ opened. A mark left without a pair is
read by its glyph: an open or straight mark opens, a close or straight mark closes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from rasid.lang.ar.clause_marks import char_class
from rasid.lang.ar.lexicon import DataFileError, load_rows

QUOTE_MARKS_FILE = "quote_marks.tsv"
KINDS = frozenset({"open", "close", "straight", "introducer", "open_bracket", "close_bracket"})
QUOTE_KINDS = frozenset({"open", "close", "straight"})
REVERSE = frozenset({"", "opens", "closes"})
PAIRED = {"yes": True, "no": False, "": None}


@dataclass(frozen=True)
class QuoteMarks:
    """The marks of data/quote_marks.tsv by kind: `opening`, `closing` and `straight` are the
    marks that `Quotations` pairs; the unpaired glyphs (‘ „ ’) and the brackets are read only by
    the rules that ask whether a word stands in quotes or brackets."""

    opening: frozenset[str]
    closing: frozenset[str]
    straight: frozenset[str]
    introducers: frozenset[str]
    reverse_opening: frozenset[str]
    reverse_closing: frozenset[str]
    unpaired_opening: frozenset[str]
    unpaired_closing: frozenset[str]
    open_brackets: frozenset[str]
    close_brackets: frozenset[str]

    @property
    def paired(self) -> frozenset[str]:
        """Every mark that takes part in a pair (not the introducers)."""
        return self.opening | self.closing | self.straight

    @property
    def any_opening(self) -> frozenset[str]:
        """Every quotation glyph that may open a quotation, paired or not, straight ones too."""
        return self.opening | self.unpaired_opening | self.straight

    @property
    def any_closing(self) -> frozenset[str]:
        """Every quotation glyph that may close a quotation, paired or not, straight ones too."""
        return self.closing | self.unpaired_closing | self.straight

    @property
    def glyphs(self) -> frozenset[str]:
        """Every quotation glyph of the file, paired or not (not the introducers, not brackets)."""
        return self.any_opening | self.any_closing

    @property
    def brackets(self) -> frozenset[str]:
        """The opening and closing brackets."""
        return self.open_brackets | self.close_brackets

    def balanced(self, text: str) -> bool:
        """Whether a stretch holds whole quotations only: as many open as close marks, and an
        even number of each straight mark (an actor name across half a quotation is none)."""
        opens = sum(text.count(m) for m in self.opening)
        closes = sum(text.count(m) for m in self.closing)
        return opens == closes and all(text.count(m) % 2 == 0 for m in self.straight)


@cache
def quote_marks() -> QuoteMarks:
    """The quotation marks of data/quote_marks.tsv (raises DataFileError on a bad row)."""
    by: dict[str, set[str]] = {
        k: set() for k in (*KINDS, "opens", "closes", "unpaired_open", "unpaired_close")
    }
    for row in load_rows(QUOTE_MARKS_FILE):
        mark, kind, reverse, paired = row["mark"], row["kind"], row["reverse"], row["paired"]
        if len(mark) != 1 or kind not in KINDS or reverse not in REVERSE or paired not in PAIRED:
            raise DataFileError(f"{QUOTE_MARKS_FILE} row {mark!r}: a mark is one character of a known kind")
        if (kind in QUOTE_KINDS) != (PAIRED[paired] is not None) or (reverse and not PAIRED[paired]):
            raise DataFileError(
                f"{QUOTE_MARKS_FILE} row {mark!r}: paired is yes or no for a quotation mark only"
            )
        if PAIRED[paired] is False:
            if kind == "straight":
                raise DataFileError(f"{QUOTE_MARKS_FILE} row {mark!r}: a straight mark is paired")
            by["unpaired_" + kind].add(mark)
            continue
        by[kind].add(mark)
        if reverse:
            by[reverse].add(mark)
    return QuoteMarks(
        opening=frozenset(by["open"]),
        closing=frozenset(by["close"]),
        straight=frozenset(by["straight"]),
        introducers=frozenset(by["introducer"]),
        reverse_opening=frozenset(by["opens"]),
        reverse_closing=frozenset(by["closes"]),
        unpaired_opening=frozenset(by["unpaired_open"]),
        unpaired_closing=frozenset(by["unpaired_close"]),
        open_brackets=frozenset(by["open_bracket"]),
        close_brackets=frozenset(by["close_bracket"]),
    )


@cache
def _mark_pattern() -> re.Pattern[str]:
    return re.compile(f"[{char_class(quote_marks().paired)}]")


class Quotations:
    """The quotations of one text: pairs of mark offsets (open, close), and lookups by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks = quote_marks()
        self.pairs: list[tuple[int, int]] = sorted(_pair(text, self.marks))
        self._close_of = dict(self.pairs)
        self._open_of = {c: o for o, c in self.pairs}
        self._opens = [o for o, _ in self.pairs]
        self._reach = list(accumulate((c for _, c in self.pairs), max))  # furthest close so far

    def close_of(self, pos: int) -> int | None:
        """The offset of the mark that closes the quotation opened at `pos`, if any."""
        return self._close_of.get(pos)

    def open_of(self, pos: int) -> int | None:
        """The offset of the mark that opened the quotation closed at `pos`, if any."""
        return self._open_of.get(pos)

    def opens(self, pos: int) -> bool:
        """The mark at `pos` opens a quotation: by the pair it makes, else by its glyph."""
        if pos in self._close_of:
            return True
        if pos in self._open_of:
            return False
        ch = self.text[pos : pos + 1]
        return ch in self.marks.opening or ch in self.marks.straight

    def closes(self, pos: int) -> bool:
        """The mark at `pos` closes a quotation: by the pair it makes, else by its glyph."""
        if pos in self._open_of:
            return True
        if pos in self._close_of:
            return False
        ch = self.text[pos : pos + 1]
        return ch in self.marks.closing or ch in self.marks.straight

    def inside(self, pos: int) -> bool:
        """Whether offset `pos` lies after the opening mark of a quotation and before its close."""
        k = bisect.bisect_left(self._opens, pos)  # the quotations opened before `pos`
        return k > 0 and self._reach[k - 1] > pos


def _pair(text: str, marks: QuoteMarks) -> list[tuple[int, int]]:
    """Pairs of mark offsets (open, close), within a line (see the module docstring)."""
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    straight: dict[str, int] = {}  # the open straight mark of each glyph
    reverse: int | None = None  # a ” that opened a quotation: nothing was open before it
    last = 0
    for found in _mark_pattern().finditer(text):
        pos, ch = found.start(), found.group()
        if text.find("\n", last, pos) != -1:
            stack.clear()
            straight.clear()
            reverse = None
        last = pos + 1
        if ch in marks.reverse_closing and reverse is not None and not stack and _ends_word(text, pos):
            pairs.append((reverse, pos))  # "”الصحة“ إن": the marks written the other way round
            reverse = None
        elif ch in marks.reverse_closing and stack and text[stack[-1]] == ch and _ends_word(text, pos):
            pairs.append((stack.pop(), pos))  # "“الدفاع المدني“،": the same mark opens and closes
        elif ch in marks.opening:
            stack.append(pos)
        elif ch in marks.closing and stack:
            pairs.append((stack.pop(), pos))
        elif ch in marks.reverse_opening:  # 'لـ”سكاي نيوز”', 'قوله” إن ...”': ” opens and closes
            if reverse is None:
                reverse = pos
            else:
                pairs.append((reverse, pos))
                reverse = None
        elif ch in marks.straight:
            if ch in straight:
                pairs.append((straight.pop(ch), pos))
            else:
                straight[ch] = pos
    return pairs


def _ends_word(text: str, pos: int) -> bool:
    """A mark right after a word and before a space or punctuation ("الصحة“ إن") closes."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return before.isalpha() and not after.isalpha()
