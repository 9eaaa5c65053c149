"""Casualty figures with no digit that unseen outlets write (issue 12, fifth round).

An oblique form that is a dual or a plural ("مجندين") counts two where a count is meant; a
definite number after a possessed noun in digits ("ركابها الـ45"). The sentences are written
for these tests; rows are (words, status, group, value, qualifier, vague, part_of, cumulative)
as in test_casualties_clauses.py.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import text_casualty_rows

Row = tuple[object, ...]


_rows = text_casualty_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # victims with no number open the breakdown: its total is the killed one before
            "أعلنت المنظمة مقتل 11 شخصا وإصابة 25 آخرين في القصف. وقالت إن الهجوم أسفر عن سقوط ضحايا بينهم أربعة أطفال.",
            [
                ("11 شخصا", "killed", "people", 11.0, "exact", None, None, False),
                ("25 آخرين", "injured", "people", 25.0, "exact", None, None, False),
                ("أربعة أطفال", "killed", "children", 4.0, "exact", None, 0, False),
            ],
        ),
        (  # "بين المصابين" still names its own status
            "أعلنت المنظمة مقتل 11 شخصا وإصابة 25 آخرين في القصف. ومن بين المصابين ستة أطفال.",
            [
                ("11 شخصا", "killed", "people", 11.0, "exact", None, None, False),
                ("25 آخرين", "injured", "people", 25.0, "exact", None, None, False),
                ("ستة أطفال", "injured", "children", 6.0, "exact", None, 1, False),
            ],
        ),
    ],
)
def test_victims_breakdown_details_the_killed(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # digits with the article after "all" and a possessed noun
            "انفجرت عبوة بالحافلة ما أسفر عن مقتل جميع ركابها الـ45 في الطريق.",
            [("جميع ركابها الـ45", "killed", "people", 45.0, "exact", None, None, False)],
        ),
        (
            "افتتح المؤتمر دورته الـ12 في العاصمة بعد مقتل 3 أشخاص.",
            [("3 أشخاص", "killed", "people", 3.0, "exact", None, None, False)],
        ),
        (  # a toll whose verb is "يعادل", the count in "cases"
            "وأضافت الوزارة أن العدد الإجمالي للجرحى يعادل 1.250 حالة حتى الآن.",
            [("1.250 حالة", "injured", "people", 1250.0, "exact", None, None, True)],
        ),
        (  # a toll verb in the present tense
            "وتبلغ حصيلة القتلى منذ بداية الشهر 340 شخصا.",
            [("340 شخصا", "killed", "people", 340.0, "exact", None, None, True)],
        ),
    ],
)
def test_possessed_digits_and_toll_verbs(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a qualifier after an oblique form: a count is meant, two
            "أعلن الجيش أن الهجوم أسفر عن مقتل مجندين على الأقل وإصابة ثلاثة آخرين.",
            [
                ("مجندين على الأقل", "killed", "fighters", 2.0, "at_least", None, None, False),
                ("ثلاثة آخرين", "injured", "fighters", 3.0, "exact", None, None, False),
            ],
        ),
        (  # the same noun counted two before: "آخرين" after it is two more
            "قتل شرطيان اثنان في الكمين وأصيب شرطيين آخرين بجروح.",
            [
                ("شرطيان اثنان", "killed", "fighters", 2.0, "exact", None, None, False),
                ("شرطيين آخرين", "injured", "fighters", 2.0, "exact", None, None, False),
            ],
        ),
        (  # a dual with no plural of its form
            "سقطت قذيفة على مدرسة في المدينة ما أسفر عن إصابة طالبين.",
            [("طالبين", "injured", "people", 2.0, "exact", None, None, False)],
        ),
    ],
)
def test_counts_without_digits(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أسفر القصف عن مقتل مدنيين وإصابة آخرين.", []),  # a bare plural: no count
        (  # another noun after the dual: no agreement, a plural
            "أسفر القصف عن مقتل شرطيين اثنين وإصابة مدنيين آخرين.",
            [("شرطيين اثنين", "killed", "fighters", 2.0, "exact", None, None, False)],
        ),
        ("خرج المحتجون إلى الشوارع طالبين بالإفراج عن المعتقلين.", []),  # "demanding"
        ("هاجمت طالبان مركزا للشرطة في الولاية.", []),  # the Taliban
    ],
)
def test_plurals_that_count_nothing(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a verb right after a bare count is no noun: the count of the injured, its noun left out
            "وقال مصدر طبي: قتل 9 مدنيين، وأصيب 21 يتلقون العلاج في المستشفى.",
            [
                ("9 مدنيين", "killed", "civilians", 9.0, "exact", None, None, False),
                ("21", "injured", "people", 21.0, "exact", None, None, False),
            ],
        ),
        (  # staff ("كوادر") are people; medical staff are medics
            "واستشهد 12 من الكوادر الطبية منذ بداية الحرب، و5 من الكوادر العاملة في الإغاثة.",
            [
                ("12 من الكوادر", "killed", "medics", 12.0, "exact", None, None, True),
                ("5 من الكوادر", "killed", "people", 5.0, "exact", None, None, True),
            ],
        ),
        (  # a feminine status noun names women
            "ارتفعت الحصيلة إلى 300 شهيد بينهم 40 طفلا و25 شهيدة.",
            [
                ("300 شهيد", "killed", "people", 300.0, "exact", None, None, False),
                ("40 طفلا", "killed", "children", 40.0, "exact", None, 0, False),
                ("25 شهيدة", "killed", "women", 25.0, "exact", None, 0, False),
            ],
        ),
        (  # "ما بين قتيل وجريح" past a comma splits the count before it: one figure
            "وسقط 340 مدنيا، ما بين قتيل وجريح، بنيران القوات في المدينة منذ بداية العام.",
            [("340 مدنيا", "killed_or_injured", "civilians", 340.0, "exact", None, None, True)],
        ),
    ],
)
def test_counts_and_what_follows(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected
