"""Numeric ranges and counts after a definite noun (issues 11 and 12, q21; tests/gold/README.md).

A range is one quantity with no single value and its two ends as written; a number in words with
the article counts the definite noun before it, or follows a qualifier. Sentences written for
these tests; rows as in test_quantities_phrases.py.
"""

from __future__ import annotations

import pytest
from tests.recognise.test_quantities_phrases import Row, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل بين 12 و18 شخصا في الهجوم", [("بين 12 و18 شخصا", None, "exact", 12, 18, None, "شخصا")]),
        ("أصيب ما بين 30 إلى 40 مدنيا", [("ما بين 30 الي 40 مدنيا", None, "exact", 30, 40, None, "مدنيا")]),
        ("نزح من 6 إلى 9 عائلات", [("من 6 الي 9 عايلات", None, "exact", 6, 9, None, "عايلات")]),
        (
            "كان القارب يقل ما يتراوح بين 70 و75 راكبا",
            [("ما يتراوح بين 70 و75 راكبا", None, "exact", 70, 75, None, "راكبا")],
        ),
        ("قتل نحو 60 أو 70 شخصا", [("نحو 60 او 70 شخصا", None, "about", 60, 70, None, "شخصا")]),
        ("وصلت حوالي ست أو سبع سيارات", [("حوالي ست او سبع سيارات", None, "about", 6, 7, None, "سيارات")]),
        # the scale written after the second end is the first's too
        ("نزح بين 4 و6 آلاف شخص", [("بين 4 و6 الاف شخص", None, "exact", 4000, 6000, None, "شخص")]),
        (
            "قتل نحو مليون أو مليوني شخص",
            [("نحو مليون او مليوني شخص", None, "about", 1000000, 2000000, None, "شخص")],
        ),
        # not ranges: a list of two counts, an age, two years, a number and "or more"
        (
            "قتل أربعة جنود و6 مدنيين",
            [("اربعه جنود", 4, "exact", 4, 4, None, "جنود"), ("6 مدنيين", 6, "exact", 6, 6, None, "مدنيين")],
        ),
        ("تتراوح أعمارهم بين 5 و8 سنوات", []),
        ("بين عامي 2010 و2012", []),
        ("قتل 5 أو أكثر", [("5 او اكثر", 5, "at_least", 5, None, None, None)]),
        ("بين 9 و7 أشخاص", [("7 اشخاص", 7, "exact", 7, 7, None, "اشخاص")]),  # a range rises
    ],
)
def test_ranges(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصلت جثث القتلى الخمسة إلى المستشفى", [("القتلي الخمسه", 5, "exact", 5, 5, None, "القتلي")]),
        ("وشيع الأهالي الضحايا الأربعة", [("الضحايا الاربعه", 4, "exact", 4, 4, None, "الضحايا")]),
        (
            "ومن بين الركاب الخمسة والثلاثين طفلان",
            [
                ("الركاب الخمسه والثلاثين", 35, "exact", 35, 35, None, "الركاب"),
                ("طفلان", 2, "exact", 2, 2, None, "طفلان"),
            ],
        ),
        ("ونقل المصابين الـ17 إلى المستشفى", [("المصابين ال17", 17, "exact", 17, 17, None, "المصابين")]),
        (
            "تجاوز عدد الضحايا الخمسين قتيلا",
            [("تجاوز عدد الضحايا الخمسين قتيلا", 50, "more_than", 51, None, None, "قتيلا")],
        ),
        # not counts: a definite unit of time, an ordinal or name in digits, a weekday
        ("خلال الأيام الخمسة الماضية", []),
        ("في الدورة الـ14 للمؤتمر", []),
        ("وصل الوفد اليوم الاثنين", []),
    ],
)
def test_counts_after_a_definite_noun(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a count of others in the next clause: the oblique form is a count of two
            "أسفر الكمين عن مقتل شرطيين وإصابة خمسة آخرين",
            [("شرطيين", 2, "exact", 2, 2, None, "شرطيين"), ("خمسه اخرين", 5, "exact", 5, 5, None, "اخرين")],
        ),
        (
            "أسفر الكمين عن مقتل شرطيين كانا في الطريق",
            [("شرطيين", 2, "exact", 2, 2, None, "شرطيين")],
        ),  # a dual verb
        ("أسفر الكمين عن مقتل شرطيين كانوا في الطريق", []),  # a plural verb
        ("أسفر الكمين عن مقتل شرطيين في الطريق", []),  # a plural as well: no count
        ("أسفر الكمين عن مقتل شرطيين وإصابة العشرات", [("العشرات", None, None, 20, 99, "tens", None)]),
    ],
)
def test_oblique_dual_before_a_count_of_others(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقط عشرات إلى مئات الجرحى", [("عشرات الي ميات الجرحي", None, None, 20, 999, "tens", "الجرحي")]),
        ("نزح المئات أو الآلاف", [("الميات او الالاف", None, None, 200, 9999, "hundreds", None)]),
        # "و" lists two vague counts
        (
            "أصيب عشرات وقتل مئات الأشخاص",
            [
                ("عشرات", None, None, 20, 99, "tens", None),
                ("ميات الاشخاص", None, None, 200, 999, "hundreds", "الاشخاص"),
            ],
        ),
    ],
)
def test_vague_ranges(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits joined by a hyphen before a counted noun: one range (q22)
        ("قتل 20-25 مدنيا في القصف", [("20-25 مدنيا", None, "exact", 20, 25, None, "مدنيا")]),
        ("أصيب بين 4-6 أشخاص بجروح", [("بين 4-6 اشخاص", None, "exact", 4, 6, None, "اشخاص")]),
        ("نزح نحو 30–40 ألف شخص", [("نحو 30–40 الف شخص", None, "about", 30000, 40000, None, "شخص")]),
        # scores: falling ends, a score cue before, the other side after, nothing counted after
        ("فاز الفريق 4-2 على ضيفه", []),
        ("انتهى اللقاء بنتيجة 1-2 حصة لكل فريق", []),
        ("خسر الفريق 0-3 أمام منافسه", []),
        ("تقدم الضيوف 1-3 في الشوط الأول", []),
        ("خسر 0-1 ليحل ثالثا", []),
        ("خسر 1-2 ليحل ثالثا", []),
        # a duration range is no count
        ("استمر القصف 20-30 دقيقة", []),
    ],
)
def test_hyphen_ranges(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite number with no noun before it, then "the others" / "the remaining" (q22)
        ("توفي شاب وجرح الأربعة الآخرون", [("الاربعه الاخرون", 4, "exact", 4, 4, None, None)]),
        ("بينما يرقد الخمسة المتبقون في المستشفى", [("الخمسه المتبقون", 5, "exact", 5, 5, None, None)]),
        ("خلال الأيام الخمسة الآخرين", []),  # a unit before it: no count
        # "واحدة" after a noun whose first letter is و (a listed noun, no preposition)
        ("سجلت المستشفيات وفاة واحدة", [("وفاه واحده", 1, "exact", 1, 1, None, "وفاه")]),
        ("فاز بهدف واحد", []),  # a preposition glued to the noun: no count
    ],
)
def test_counts_with_the_noun_left_out_or_of_one(text: str, expected: list[Row]) -> None:
    assert found(text) == expected
