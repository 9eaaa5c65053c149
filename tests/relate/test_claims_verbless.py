"""Attributions without a reporting verb of their own (issue 12, src10): sentences written for the test.

A preposition or connective, an optional statement noun (حصيلة، رواية), optional adjectives and a
relative verb of issuing carrying the noun's pronoun (أعلنتها، أصدرتها), then the source: a figure in
the clause it attributes gets that source. A criterion after حسب/وفق (الخطة، القانون) and the idiom
"على حد سواء" attribute nothing.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import named_sources_in_order as _sources

import rasid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a toll that the ministry announced, with no verb of saying
            "نشرة الأخبار\nقتل 12 مدنيا في غارة على البلدة، في حصيلة أعلنتها وزارة الصحة الفلسطينية.",
            [("12 مدنيا", "Palestinian Ministry of Health")],
        ),
        (  # the toll with an adjective before the verb of issuing
            "نشرة الأخبار\nأصيب 17 شخصا في القصف، في حصيلة أولية نشرتها وزارة الصحة الفلسطينية.",
            [("17 شخصا", "Palestinian Ministry of Health")],
        ),
        (  # the toll after ل, an adjective, then the verb of issuing
            "نشرة الأخبار\nوقتل 9 أشخاص في القصف، وفقا لحصيلة جديدة نشرتها وزارة الصحة اللبنانية.",
            [("9 أشخاص", "Lebanese Ministry of Public Health")],
        ),
        (
            "نشرة الأخبار\nوقتل 16 شخصا في القصف، بحسب حصيلة رسمية أعلنتها وزارة الصحة اللبنانية.",
            [("16 شخصا", "Lebanese Ministry of Public Health")],
        ),
        (  # "latest" glued to the ل of وفقا, then the toll and the one who issued it
            "نشرة الأخبار\nوقتل 30 شخصا في القصف، وفقا لآخر حصيلة أصدرتها وزارة الصحة اللبنانية.",
            [("30 شخصا", "Lebanese Ministry of Public Health")],
        ),
        (  # the same with the toll's owner after ل and no verb
            "نشرة الأخبار\nوقتل 21 شخصا في القصف، وفقا لآخر حصيلة لوزارة الصحة اللبنانية.",
            [("21 شخصا", "Lebanese Ministry of Public Health")],
        ),
        (  # "as X puts it"
            "نشرة الأخبار\nقتل 5 جنود في الهجوم، على حد قول الجيش الإسرائيلي.",
            [("5 جنود", "Israel Defense Forces")],
        ),
        (
            "نشرة الأخبار\nقتل 8 عناصر في الكمين، على حد تعبير الجيش الإسرائيلي.",
            [("8 عناصر", "Israel Defense Forces")],
        ),
        (  # "according to X's account"
            "نشرة الأخبار\nقتل 9 مدنيين حسب رواية الدفاع المدني السوري.",
            [("9 مدنيين", "Syrian Civil Defence")],
        ),
        (  # "according to what X published"
            "نشرة الأخبار\nوقتل 11 شخصا في الانفجار، بحسب ما نشرته وكالة الأنباء السورية.",
            [("11 شخصا", "SANA")],
        ),
        (  # وفقًا written with its tanwin
            "نشرة الأخبار\nوقتل 14 شخصا في الانفجار، وفقًا لوزارة الصحة العراقية.",
            [("14 شخصا", "Iraqi Ministry of Health")],
        ),
        (  # the relay to the body's spokesman keeps the body that announced the toll
            "نشرة الأخبار\nوأعلن الجيش الإسرائيلي مقتل 3 جنود، على لسان الناطق باسمه أفيخاي أدرعي.",
            [("3 جنود", "Israel Defense Forces")],
        ),
    ],
)
def test_verbless_attribution(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _sources(rasid.extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # agency copy: the speaker, a colon, the toll
            "نشرة الأخبار\nمصادر طبية: مقتل 8 أشخاص في قصف على خان يونس.",
            [("8 أشخاص", "medical sources")],
        ),
        (
            "نشرة الأخبار\nمصدر أمني: سقوط 3 قتلى في الانفجار.",
            [("3 قتلى", "security source")],
        ),
        (  # the speaker in brackets closes the clause with the figure
            "نشرة الأخبار\nقتل 15 فلسطينيا في غزة منذ صباح اليوم (وزارة الصحة).",
            [("15 فلسطينيا", "Palestinian Ministry of Health")],
        ),
    ],
)
def test_speaker_named_by_punctuation(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _sources(rasid.extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a dateline's outlet before a colon, then no toll
        "نشرة الأخبار\nغزة - شبكة الأخبار: في الوقت الذي قتل فيه 5 أشخاص.",
        # the brackets inside the clause: an aside, not its speaker
        "نشرة الأخبار\nقتل 15 فلسطينيا في غزة (وزارة الصحة) منذ صباح اليوم.",
        # another name of the group before the brackets
        'نشرة الأخبار\nقتل 4 جنود في هجوم لتنظيم "الدولة الإسلامية" (داعش).',
    ],
)
def test_punctuation_that_names_no_speaker(text: str) -> None:
    r = rasid.extract(text)
    assert r.claims == []
    assert {name for _, name in _sources(r)} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نشرة الأخبار\nأصيب 7 أشخاص في الحادث حسب الخطة.", [("7 أشخاص", None)]),
        ("نشرة الأخبار\nقتل 4 أشخاص في الحادث، وفقا للقانون.", [("4 أشخاص", None)]),
        ("نشرة الأخبار\nأصيب 10 مدنيين وجنود على حد سواء.", [("10 مدنيين", None)]),
        (  # a toll with no one who issued it
            "نشرة الأخبار\nقتل 6 أشخاص في الانفجار، في حصيلة غير نهائية.",
            [("6 أشخاص", None)],
        ),
    ],
)
def test_no_source_where_nothing_is_attributed(text: str, expected: list[tuple[str, str | None]]) -> None:
    r = rasid.extract(text)
    assert _sources(r) == expected
    assert r.claims == []


def test_any_statement_noun_before_a_verb_of_issuing() -> None:
    r = rasid.extract("نشرة الأخبار\nووفقا لتحقيقات أولية نقلتها إذاعة الجيش، فإن الجندي قتل بنيران صديقة.")
    assert [(c.cue.text, r.mention(c.source).text) for c in r.claims if c.source] == [
        ("ووفقا", "إذاعة الجيش")
    ]
