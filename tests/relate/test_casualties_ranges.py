"""Casualty figures from ranges and from counts after a definite noun (issues 11 and 12, q21).

A range gives one figure with its two ends and no single value; a count after a definite noun is
a figure of its own only when no earlier count of the article has its value (tests/gold/README.md).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import run, words


def rows(text: str) -> list[tuple[object, ...]]:
    """(words, status, value, qualifier, low, high) of every casualty of the text."""
    r = run(text)
    return [
        (words(r, c.span), c.status, c.value, c.qualifier, c.low, c.high)
        for e in r.events
        for c in e.casualties
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل ما بين 12 إلى 15 شخصا في قصف استهدف السوق.",
            [("ما بين 12 إلى 15 شخصا", "killed", None, "exact", 12, 15)],
        ),
        (
            "أسفر الانفجار عن مقتل نحو 30 أو 40 مدنيا.",
            [("نحو 30 أو 40 مدنيا", "killed", None, "about", 30, 40)],
        ),
    ],
)
def test_a_range_is_one_figure_with_its_ends(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the definite count repeats the four killed: no second figure
            "قتل أربعة جنود في هجوم على حاجز. ونقلت جثث الجنود الأربعة إلى المستشفى.",
            [("أربعة جنود", "killed", 4.0, "exact", 4, 4)],
        ),
        (  # no earlier count of five: the definite count is the figure
            "شيع الأهالي القتلى الخمسة الذين سقطوا في قصف القرية.",
            [("القتلى الخمسة", "killed", 5.0, "exact", 5, 5)],
        ),
    ],
)
def test_a_definite_count_is_new_or_a_repeat(text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative clause between the count and مصرعهم
            "لقي 9 أشخاص كانوا يعملون في المصنع مصرعهم في الحريق.",
            [("9 أشخاص", "killed", 9.0, "exact", 9, 9)],
        ),
        (  # a breakdown word between them
            "لقي 14 مدنيا معظمهم نساء حتفهم في القصف.",
            [("14 مدنيا", "killed", 14.0, "exact", 14, 14)],
        ),
        ("لقي الرئيس 6 وفود في قصره.", []),  # no fate noun: a meeting
    ],
)
def test_a_fate_verb_takes_the_status_noun_closing_its_clause(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert rows(text) == expected
