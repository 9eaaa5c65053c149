"""The clause and sentence marks of data/clause_marks.tsv (rasid.lang.ar.clause_marks)."""

from __future__ import annotations

import pytest

from rasid.lang.ar.clause_marks import clause_marks, commas
from rasid.lang.ar.lexicon import DataFileError
from rasid.lang.ar.text import sentence_spans


def test_the_marks_are_read_by_kind() -> None:
    marks = clause_marks()
    assert commas() == frozenset("،,")
    assert marks.semicolons == frozenset("؛;")
    assert marks.clause_breaks == frozenset("،,؛;")
    assert marks.full_stops == frozenset(".")
    assert marks.stops == frozenset("!?؟")
    assert marks.sentence_ends == frozenset("؛.!?؟")
    assert marks.every == frozenset("،,؛;.!?؟")


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_the_arabic_semicolon_ends_a_sentence_and_the_latin_one_does_not() -> None:
    assert sentences("سقطت القذيفة؛ ثم انسحبت القوات") == ["سقطت القذيفة؛", "ثم انسحبت القوات"]
    assert sentences("سقطت القذيفة; ثم انسحبت القوات") == ["سقطت القذيفة; ثم انسحبت القوات"]
    assert sentences("وصل الوفد، ثم عاد") == ["وصل الوفد، ثم عاد"]


def test_a_full_stop_between_digits_ends_no_sentence() -> None:
    assert sentences("بلغ عدد النازحين 12.500 شخص. ثم توقف القصف") == [
        "بلغ عدد النازحين 12.500 شخص.",
        "ثم توقف القصف",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال: «توقف القصف!» وغادر", ["قال: «توقف القصف!»", "وغادر"]),
        ("(انتهت الجولة الأولى.) ثم بدأت الثانية", ["(انتهت الجولة الأولى.)", "ثم بدأت الثانية"]),
        # the closing marks come from data/quote_marks.tsv, whose close_bracket rows include "}"
        ("{انتهت الجولة الأولى.} ثم بدأت الثانية", ["{انتهت الجولة الأولى.}", "ثم بدأت الثانية"]),
        ("هل عاد الهدوء؟’ سأل المراسل", ["هل عاد الهدوء؟’", "سأل المراسل"]),
    ],
)
def test_closing_quotes_and_brackets_after_a_sentence_end_belong_to_its_sentence(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ({"mark": "،،", "kind": "comma", "sentence": "no"}, "one character"),
        ({"mark": "-", "kind": "dash", "sentence": "no"}, "known kind"),
        ({"mark": "،", "kind": "comma", "sentence": ""}, "sentence yes or no"),
        ({"mark": "!", "kind": "stop", "sentence": "no"}, "ends a sentence"),
    ],
)
def test_a_bad_clause_mark_row_is_refused(
    monkeypatch: pytest.MonkeyPatch, row: dict[str, str], problem: str
) -> None:
    import rasid.lang.ar.clause_marks as module

    clause_marks.cache_clear()
    monkeypatch.setattr(module, "load_rows", lambda *a, **k: (row,))
    with pytest.raises(DataFileError, match=problem):
        clause_marks()
    clause_marks.cache_clear()
