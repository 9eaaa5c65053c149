"""Tokens of one line of normalised text, and the phrase look-up the date grammar is built on.

A date never spans a line break, so the grammar works line by line. Words are runs of
letters, numbers runs of ASCII digits (normalisation has already mapped Arabic-Indic
digits), and every other non-space character is a token of its own. A proclitic (و، ب، ل،
ف…) may stick to the first word of an expression; the phrase look-up strips it and
reports where the expression really starts, so spans exclude the clitic.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar

from rasid.lang.ar.affixes import affixes
from rasid.recognise.dates.lexicon import DateLexicon, PhraseTable

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\s\w]|_")

T = TypeVar("T")


class DateToken(NamedTuple):
    """One token (a named tuple: the grammar makes one per token of every line)."""

    start: int
    end: int
    text: str  # lower-cased for Latin words
    kind: str  # "w" word, "d" digits, "p" punctuation


@dataclass(frozen=True)
class PhraseHit(Generic[T]):
    """A phrase found at token `i`: its payload, the token after it and its start offset."""

    payload: T
    end_tok: int
    start: int
    end: int
    key: tuple[str, ...]


def lines(norm: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line of the normalised text."""
    pos = 0
    for m in re.finditer(r"\n", norm):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(norm)


def tokenize(norm: str, start: int, end: int) -> list[DateToken]:
    out: list[DateToken] = []
    for m in _TOKEN.finditer(norm, start, end):
        text = m.group()
        kind = "d" if text.isdigit() and text.isascii() else ("p" if not text[0].isalnum() else "w")
        s, e = m.span()
        out.append(DateToken(s, e, text.lower(), kind))
    return out


class TokenView:
    """Tokens of one line with the look-ups the grammar needs."""

    def __init__(self, norm: str, toks: list[DateToken], lex: DateLexicon) -> None:
        self.norm = norm
        self.toks = toks
        self.lex = lex
        self._forms: dict[tuple[int, bool], list[tuple[str, int]]] = {}
        #: `phrase` answers by (table, token, clitic): the grammar asks the cue table at one
        #: token again for each role ("since", "period", "day_word"), about half its questions.
        self._phrases: dict[tuple[int, int, bool], PhraseHit[Any] | None] = {}

    def __len__(self) -> int:
        return len(self.toks)

    def tok(self, i: int) -> DateToken | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def text(self, i: int) -> str:
        t = self.tok(i)
        return t.text if t is not None else ""

    def is_punct(self, i: int, chars: Collection[str]) -> bool:
        """The token at i is a punctuation mark among `chars` (a string or a set of marks)."""
        t = self.tok(i)
        return t is not None and t.kind == "p" and t.text in chars

    def first_forms(self, i: int, clitic: bool) -> list[tuple[str, int]]:
        """The word at i, and (with `clitic`) the word without a leading proclitic, with start offsets."""
        cached = self._forms.get((i, clitic))
        if cached is not None:
            return cached
        t = self.toks[i]
        forms = [(t.text, t.start)]
        self._forms[(i, clitic)] = forms
        if clitic and t.kind == "w":
            forms.extend((form, t.start + offset) for form, offset in self.lex.clitic_forms(t.text))
        return forms

    def phrase(self, table: PhraseTable[T], i: int, clitic: bool = False) -> PhraseHit[T] | None:
        """The longest phrase of `table` starting at token i (a clitic allowed on its first word)."""
        key = (id(table), i, clitic)
        if key in self._phrases:
            return self._phrases[key]
        hit = self._phrase(table, i, clitic)
        self._phrases[key] = hit
        return hit

    def _phrase(self, table: PhraseTable[T], i: int, clitic: bool) -> PhraseHit[T] | None:
        if not 0 <= i < len(self.toks) or self.toks[i].kind == "p":
            return None
        firsts = [(f, s) for f, s in self.first_forms(i, clitic) if f in table.firsts]
        if not firsts:
            return None
        n_max = min(max(table.firsts[f] for f, _ in firsts), len(self.toks) - i)
        for n in range(n_max, 0, -1):
            rest = self.toks[i + 1 : i + n]
            if any(t.kind == "p" for t in rest):
                continue
            tail = tuple(t.text for t in rest)
            for form, start in firsts:
                payload = table.entries.get((form, *tail))
                if payload is not None:
                    return PhraseHit(payload, i + n, start, self.toks[i + n - 1].end, (form, *tail))
        return None

    def cue(self, i: int, role: str, clitic: bool = False) -> PhraseHit[frozenset[str]] | None:
        hit = self.phrase(self.lex.cues, i, clitic)
        return hit if hit is not None and role in hit.payload else None

    def bare_word(self, i: int) -> str:
        """The word at i with a leading و/ف stripped (for context checks)."""
        t = self.tok(i)
        if t is None or t.kind != "w":
            return ""
        if t.text[:1] in affixes("conjunction_clitic") and len(t.text) > 3:
            return t.text[1:]
        return t.text
