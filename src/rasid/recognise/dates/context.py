"""Context rules of the date grammar: blocking words, quoted names, ranges, خلال and tense.

These look around an expression rather than at it: the word before "اليوم" that makes it
"that day", the بين/من that opens a range, the future verb that sends a bare weekday forward.
"""

from __future__ import annotations

import bisect
import itertools
from functools import cache

from rasid.lang.ar.clause_marks import clause_marks
from rasid.lang.ar.quotes import quote_marks
from rasid.recognise.dates.expr import DateExpr
from rasid.recognise.dates.lexicon import DateLexicon
from rasid.recognise.dates.tokens import TokenView

_FUTURE_LOOKBACK = 10
_QUOTED_NAME_WORDS = 2


@cache
def _clause_ends() -> frozenset[str]:
    """The marks a future marker does not reach past: every mark of data/clause_marks.tsv and
    the colon that introduces what is said (data/quote_marks.tsv)."""
    return clause_marks().every | quote_marks().introducers


@cache
def _quotes() -> tuple[str, str]:
    """The glyphs that open and that close a quoted name (data/quote_marks.tsv, paired or not)."""
    marks = quote_marks()
    return "".join(sorted(marks.any_opening)), "".join(sorted(marks.any_closing))


class ContextRules:
    """Look-arounds shared by the grammar rules; `v` is the line's tokens."""

    def __init__(self, view: TokenView) -> None:
        self.v = view
        self.lex: DateLexicon = view.lex

    def _blocked(self, form: str, k: int, nxt: int) -> bool:
        blockers = self.lex.blockers
        after = blockers.get((form, "next"), frozenset())
        before = blockers.get((form, "prev"), frozenset())
        return (
            self.v.bare_word(nxt) in after or self.v.text(nxt) in after or self.v.bare_word(k - 1) in before
        )

    def _ends_quoted_name(self, k: int, nxt: int) -> bool:
        """«الخليج اليوم»: a relative day word closing a short quoted name is part of the name."""
        v = self.v
        opening, closing = _quotes()
        if not v.is_punct(nxt, closing):
            return False
        for j in range(k - 1, max(-1, k - 1 - _QUOTED_NAME_WORDS), -1):
            if v.is_punct(j, opening):
                return True
            if v.toks[j].kind == "p":
                return False
        return False

    def _context(self, exprs: list[DateExpr]) -> None:
        """Ranges between neighbouring expressions, خلال, and the tense around bare weekdays."""
        v = self.v
        starts = [t.start for t in v.toks]
        for e in exprs:
            k = bisect.bisect_right(starts, e.start) - 1
            e.during = v.cue(k - 1, "during", clitic=True) is not None if k > 0 else False
            bare = e.rel_days is None and not e.has_calendar and e.weekday_dir is None
            if e.weekday is not None and bare:
                e.future = self._future_before(k)
        for a, b in itertools.pairwise(exprs):
            if a.range_end is not None or b.range_start is not None:
                continue
            if self._joined(a, b) and (a.since or self._opened(a)):
                a.range_end, b.range_start = b, a

    def _joined(self, a: DateExpr, b: DateExpr) -> bool:
        between = self.v.norm[a.end : b.start].split()
        if len(between) != 1:
            return False
        word = between[0]
        if word in ("-", "–", "و"):
            return True
        roles = self.lex.cues.entries.get((word.removeprefix("و"),), frozenset())
        return "to" in roles

    def _opened(self, a: DateExpr) -> bool:
        v = self.v
        starts = [t.start for t in v.toks]
        k = bisect.bisect_right(starts, a.start) - 1
        if v.toks[k].start < a.start:  # a clitic glued to the first word: "وبين" is not an opener
            return False
        return self._opener_at(k)

    def _opener_at(self, k: int) -> bool:
        """True when بين / ما بين / من stands right before token k."""
        v = self.v
        for n in (1, 2):
            if k - n < 0:
                break
            cue = v.phrase(self.lex.cues, k - n, clitic=True)
            if cue is not None and cue.end_tok == k and ({"between", "from"} & cue.payload):
                return True
        return False

    def _future_before(self, k: int) -> bool:
        """A future marker (سوف، المقرر، a سـ-verb) earlier in the same clause."""
        v = self.v
        for j in range(k - 1, max(-1, k - 1 - _FUTURE_LOOKBACK), -1):
            t = v.toks[j]
            if t.kind == "p" and t.text in _clause_ends():
                return False
            if t.kind != "w":
                continue
            if v.cue(j, "future", clitic=True) is not None:
                return True
            if self._future_verb(v.bare_word(j)):
                return True
        return False

    def _future_verb(self, word: str) -> bool:
        lex = self.lex
        if len(word) < 4 or not word.startswith(lex.future_prefixes):
            return False
        if word.endswith(lex.not_verb_endings):  # a plural noun ("سترات"), no verb
            return False
        return not word.startswith(lex.not_future_prefixes)
