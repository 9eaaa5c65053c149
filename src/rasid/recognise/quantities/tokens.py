"""Reading the text around a number: tokens and words before and after it on its line, the word
at an offset past quotes and brackets, and the spans of the quantities found so far."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from itertools import accumulate
from typing import NamedTuple

from rasid.lang.ar.letters import EXTENDED_LETTERS, LETTERS
from rasid.lang.ar.numbers import particles
from rasid.lang.ar.quotes import quote_marks

TOKEN = re.compile(rf"[{LETTERS}{EXTENDED_LETTERS}]+|\d+(?:[.,]\d+)*|[^\s\w]|[A-Za-z_]+")
WORD = re.compile(f"[{LETTERS}{EXTENDED_LETTERS}]+")
SPACE = " \t\u00a0"


@cache
def opening_marks() -> tuple[frozenset[str], frozenset[str]]:
    """(openers, straight quotes) of data/quote_marks.tsv. Opening quotes and brackets may stand
    between a number and its noun ('16 “هجوما عدائيا”'); a straight quote opens only after a
    space ('"الأطلس 24" جريدة' closes a name after the number)."""
    marks = quote_marks()
    return marks.opening | marks.unpaired_opening | marks.open_brackets, marks.straight


class Tok(NamedTuple):
    """One token of a line (a named tuple: the finders make one per token read near a number)."""

    start: int
    end: int
    text: str


def tokens_after(norm: str, pos: int, n: int) -> list[Tok]:
    """Up to `n` tokens from `pos` on the same line."""
    line_end = norm.find("\n", pos)
    out: list[Tok] = []
    for m in TOKEN.finditer(norm, pos, len(norm) if line_end < 0 else line_end):
        out.append(Tok(m.start(), m.end(), m.group()))
        if len(out) == n:
            break
    return out


def tokens_before(norm: str, pos: int, n: int) -> list[Tok]:
    """Up to `n` tokens ending at or before `pos` on the same line, nearest last."""
    line_start = max(norm.rfind("\n", 0, pos) + 1, pos - 120)
    return [Tok(m.start(), m.end(), m.group()) for m in TOKEN.finditer(norm, line_start, pos)][-n:]


def before_number(norm: str, start: int) -> list[Tok]:
    """Tokens before a number, without a clitic preposition or article standing before it."""
    toks = tokens_before(norm, start, 10)
    if toks and toks[-1].text in particles().prefixes:
        toks = toks[:-1]
    return toks


def word_at(norm: str, pos: int) -> re.Match[str] | None:
    """The Arabic word at `pos`, after spaces and opening quotes."""
    start = pos
    openers, straight = opening_marks()
    while pos < len(norm):
        ch = norm[pos]
        opening = ch in straight and pos > start and norm[pos - 1] in SPACE
        if not (ch in SPACE or ch in openers or opening):
            break
        pos += 1
    return WORD.match(norm, pos)


class Spans:
    """The spans of quantities found so far, asked about overlaps in log time: every word of an
    article is asked once, so a scan of all spans per word would make the stage quadratic."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, end)  # the spans that start before `end`
        return k > 0 and self._reach[k - 1] > start


def inside(spans: Spans, start: int, end: int) -> bool:
    return spans.overlaps(start, end)
