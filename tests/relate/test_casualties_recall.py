"""Casualty figures that unseen outlets write and rasid used to miss (issue 12, fourth round).

Tolls whose subject stands past a parenthesis, its own numbers or a first predicate; a bare total
right before its breakdown; breakdown lists that go on past a member's noun phrase; numbers in
words after their noun ("شرطيين اثنين"، "أطفالها الأربعة"); "عدد آخر"; counts glued to their noun
or in brackets; daily reports as tallies. The sentences are written for these tests; rows are
(words, status, group, value, qualifier, vague, part_of, cumulative) as in
test_casualties_clauses.py.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import text_casualty_rows

Row = tuple[object, ...]


_rows = text_casualty_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the toll's subject past a parenthesis between commas; the bare total before its breakdown
            "ارتفع عدد قتلى الكمين، صباح أمس الأحد، إلى 38 على الأقل، بينهم 30 من عناصر الحرس الوطني، وثمانية مدنيين.",
            [
                ("38 على الأقل", "killed", "people", 38.0, "at_least", None, None, False),
                ("30 من عناصر", "killed", "fighters", 30.0, "exact", None, 0, False),
                ("ثمانية مدنيين", "killed", "civilians", 8.0, "exact", None, 0, False),
            ],
        ),
        (  # a second predicate of the same toll, its status noun coordinated
            "ترتفع الحصيلة الإجمالية للقتلى منذ بداية المعارك إلى 912، والجرحى إلى 3050.",
            [
                ("912", "killed", "people", 912.0, "exact", None, None, True),
                ("3050", "injured", "people", 3050.0, "exact", None, None, True),
            ],
        ),
        (  # the toll's subject holds a date; the count comes after it and a comma
            "أعلنت الوزارة ارتفاع عدد ضحايا الحرب على الإقليم منذ 3 مارس، إلى 4 آلاف و120.",
            [("4 آلاف و120", "killed", "people", 4120.0, "exact", None, None, True)],
        ),
        (  # "حتى الساعة" is "so far", and the total opens a quotation before its breakdown
            "قال الوزير إن حصيلة القتلى في القصف بلغت حتى الساعة «212 من بينهم 31 طفلا».",
            [
                ("212", "killed", "people", 212.0, "exact", None, None, False),
                ("31 طفلا", "killed", "children", 31.0, "exact", None, 0, False),
            ],
        ),
        (  # a breakdown list goes on past a member's "من" phrase, not past a place
            "قتل 40 شخصاً بينهم 25 مقاتلاً من الفصائل و15 مدنياً.",
            [
                ("40 شخصاً", "killed", "people", 40.0, "exact", None, None, False),
                ("25 مقاتلاً", "killed", "fighters", 25.0, "exact", None, 0, False),
                ("15 مدنياً", "killed", "civilians", 15.0, "exact", None, 0, False),
            ],
        ),
        (
            "قتل ستة مدنيين بينهم طفلان في قرية الوادي وثلاثة مدنيين في البلدة.",
            [
                ("ستة مدنيين", "killed", "civilians", 6.0, "exact", None, None, False),
                ("طفلان", "killed", "children", 2.0, "exact", None, 0, False),
                ("ثلاثة مدنيين", "killed", "civilians", 3.0, "exact", None, None, False),
            ],
        ),
    ],
)
def test_toll_predicates_and_breakdowns(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a number in words after its plural noun, nothing after it to count
            "أسفر الكمين عن مقتل جنديين اثنين ومدني وإصابة ثلاثة آخرين.",
            [
                ("جنديين اثنين", "killed", "fighters", 2.0, "exact", None, None, False),
                ("مدني", "killed", "civilians", 1.0, "exact", None, None, False),
                ("ثلاثة آخرين", "injured", "fighters", 3.0, "exact", None, None, False),
            ],
        ),
        (  # a definite number after a possessed noun: his three sons
            "استشهد المزارع مع أبنائه الثلاثة في قصف على الحقل.",
            [("أبنائه الثلاثة", "killed", "people", 3.0, "exact", None, None, False)],
        ),
        (
            "قتلت امرأة وأطفالها الخمسة في غارة على المخيم.",
            [
                ("امرأة", "killed", "women", 1.0, "exact", None, None, False),
                ("أطفالها الخمسة", "killed", "children", 5.0, "exact", None, None, False),
            ],
        ),
        (  # "another number": several more, its noun its own
            "قتل جندي وأصيب عدد آخر نتيجة انفجار لغم.",
            [
                ("جندي", "killed", "fighters", 1.0, "exact", None, None, False),
                ("عدد آخر", "injured", "people", None, None, "several", None, False),
            ],
        ),
        (  # two others: a dual, and after a dual it only agrees with it
            "استشهد فتى وأصيب آخران برصاص الجنود.",
            [("آخران", "injured", "people", 2.0, "exact", None, None, False)],
        ),
        (
            "قتل 4 أشخاص وجرح مدنيان آخران في الغارة.",
            [
                ("4 أشخاص", "killed", "people", 4.0, "exact", None, None, False),
                ("مدنيان", "injured", "civilians", 2.0, "exact", None, None, False),
            ],
        ),
        (  # a count before "بين قتيل وجريح" takes the pair's status: one figure, not two
            "قال مسؤولون إن التفجير أوقع ما لا يقل عن 31 شخصاً بين قتيل وجريح.",
            [("ما لا يقل عن 31 شخصاً", "killed_or_injured", "people", 31.0, "at_least", None, None, False)],
        ),
        (  # a count glued to its noun or to the status word, and a count in brackets
            "قُتل 17مدنيا وأصيب (9) أطفال في القصف، ما رفع الضحايا إلى أكثر من 60 منذ بدء الهجوم.",
            [
                ("17مدنيا", "killed", "civilians", 17.0, "exact", None, None, False),
                ("(9) أطفال", "injured", "children", 9.0, "exact", None, None, False),
                ("أكثر من 60", "killed", "people", 60.0, "more_than", None, None, True),
            ],
        ),
        (
            "تسببت الغارات بمقتل44 شخصا في المحافظة.",
            [("44 شخصا", "killed", "people", 44.0, "exact", None, None, False)],
        ),
        (  # a plural verb after the count, a noun of lives, bodies, visitors, commanders
            "قال المرصد إن خمسة مواطنين في المدينة لقوا حتفهم.",
            [("خمسة مواطنين", "killed", "civilians", 5.0, "exact", None, None, False)],
        ),
        (
            "فقد 8 عمال حياتهم في انفجار المستودع.",
            [("8 عمال", "killed", "people", 8.0, "exact", None, None, False)],
        ),
        (
            "انتشلت فرق الإنقاذ 9 جثامين من تحت الأنقاض، وانتشلت أمس 20 جثمانا.",
            [("20 جثمانا", "killed", "people", 20.0, "exact", None, None, False)],
        ),
        (
            "أصيب 35 زائراً في تفجير استهدف الحافلة، بينهم قياديان في الحركة.",
            [
                ("35 زائراً", "injured", "people", 35.0, "exact", None, None, False),
                ("قياديان", "injured", "fighters", 2.0, "exact", None, 0, False),
            ],
        ),
        (  # an unlisted sound plural right after killing or abduction counts people; not after injury
            "أعلنت الشرطة مقتل 6 صيادين واختطاف 4 مهندسين، وتضرر 3 مستودعات.",
            [
                ("6 صيادين", "killed", "people", 6.0, "exact", None, None, False),
                ("4 مهندسين", "missing", "people", 4.0, "exact", None, None, False),
            ],
        ),
        (
            "أصيب 7 مهندسين في الهجوم.",
            [],
        ),
        (  # execution, assassination and detention verbs and nouns
            "أعدم التنظيم 5 رهائن، وأعلن اغتيال 2 من القادة، واحتجزت الشرطة 40 مهاجرا.",
            [
                ("5 رهائن", "killed", "people", 5.0, "exact", None, None, False),
                ("2 من القادة", "killed", "people", 2.0, "exact", None, None, False),
                ("40 مهاجرا", "detained", "people", 40.0, "exact", None, None, False),
            ],
        ),
        (  # broken plurals of people listed as data
            "قتل 12 من الرعاة وخطف 5 ركاب على الطريق.",
            [
                ("12 من الرعاة", "killed", "people", 12.0, "exact", None, None, False),
                ("5 ركاب", "missing", "people", 5.0, "exact", None, None, False),
            ],
        ),
        (  # a daily report is a tally; one incident "خلال" a month's day is not made one by a date
            "أعلنت الوزارة مقتل 36 شخصاً وإصابة مئة وعشرة خلال أربع وعشرين ساعة.",
            [
                ("36 شخصاً", "killed", "people", 36.0, "exact", None, None, True),
                ("مئة وعشرة", "injured", "people", 110.0, "exact", None, None, True),
            ],
        ),
        (
            "أعلنت الوزارة ارتفاع حصيلة عدوان الاحتلال على المدينة إلى 310 قتلى و900 جريح.",
            [
                ("310 قتلى", "killed", "people", 310.0, "exact", None, None, True),
                ("900 جريح", "injured", "people", 900.0, "exact", None, None, True),
            ],
        ),
    ],
)
def test_postposed_elided_and_glued_counts(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقع الانفجار قرب مبنى البلدية بمديرية السبعين صباح اليوم.",  # a district's name
        "سجل المهاجم في الدقيقة 75 هدف الفوز.",  # a match minute, no count
        "قتل ثمانية مدنيين جميعهم من أفراد عائلة واحدة.",  # which family, not one victim
    ],
)
def test_no_extra_figure(text: str) -> None:
    rows = _rows(text)
    assert all(row[0] not in ("بمديرية السبعين", "75 هدف", "عائلة واحدة") for row in rows)
    assert len(rows) == (1 if "ثمانية" in text else 0)
