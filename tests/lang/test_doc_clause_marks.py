"""The Doc counts the clause marks before every offset (`clause_of`, `same_clause`)."""

from __future__ import annotations

from itertools import accumulate

from rasid.lang.ar.clause_marks import clause_marks
from rasid.lang.ar.doc import _marks_before

MARKS = clause_marks().clause_breaks


def test_the_count_before_each_offset() -> None:
    text = "قال،ثم؛ ذهب,"
    assert _marks_before(text, MARKS) == [0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 3]


def test_the_count_agrees_with_reading_every_character() -> None:
    for text in ("", "،", "،،", "بلا فاصلة", "أولا، ثانيا؛ ثالثا, رابعا;"):
        assert _marks_before(text, MARKS) == [0, *accumulate(c in MARKS for c in text)]
