"""Casualty figures: status, group, breakdowns (part_of), running tallies and singular victims.

The sentences are written for these tests; each row is (words, status, group, value, qualifier,
vague, part_of, cumulative) of one casualty of the event the figures belong to.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import Place, casualty_rows, run

Row = tuple[object, ...]


def _rows(text: str) -> list[list[Row]]:
    r = run(text, places=[Place("المدينة", "the city")] if "المدينة" in text else [])
    return [casualty_rows(r, e) for e in r.events if e.casualties]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل أكثر من 2000 شخص، بينهم 452 طفلاً و200 امرأة، في القصف على المدينة.",
            [
                [
                    ("أكثر من 2000 شخص", "killed", "people", 2000.0, "more_than", None, None, False),
                    ("452 طفلاً", "killed", "children", 452.0, "exact", None, 0, False),
                    ("200 امرأة", "killed", "women", 200.0, "exact", None, 0, False),
                ]
            ],
        ),
        (
            "ارتفعت حصيلة ضحايا الغارات الروسية على المدينة منذ بداية الشهر إلى 45 قتيلاً.",
            [[("45 قتيلاً", "killed", "people", 45.0, "exact", None, None, True)]],
        ),
        (
            "سقط عشرات القتلى والجرحى في انفجار سيارة مفخخة وسط المدينة.",
            [[("عشرات القتلى", "killed_or_injured", "people", None, None, "tens", None, False)]],
        ),
        (
            "قتل 25 مدنياً وأصيب 60 آخرون في غارات على المدينة.",
            [
                [
                    ("25 مدنياً", "killed", "civilians", 25.0, "exact", None, None, False),
                    ("60 آخرون", "injured", "civilians", 60.0, "exact", None, None, False),
                ]
            ],
        ),
        (
            "لقي سبعة أطفال مصرعهم، وأصيب 12 شخصاً بجروح في قصف على المدينة.",
            [
                [
                    ("سبعة أطفال", "killed", "children", 7.0, "exact", None, None, False),
                    ("12 شخصاً", "injured", "people", 12.0, "exact", None, None, False),
                ]
            ],
        ),
        (
            "قتل طفل وأصيب رجل في قصف على المدينة.",
            [
                [
                    ("طفل", "killed", "children", 1.0, "exact", None, None, False),
                    ("رجل", "injured", "men", 1.0, "exact", None, None, False),
                ]
            ],
        ),
        (
            "قتل عدد من عناصر قوات النظام في اشتباكات مع الفصائل في المدينة.",
            [[("عدد من عناصر", "killed", "fighters", None, None, "several", None, False)]],
        ),
        (
            "أصيب 15 من الدفاع المدني في غارة على المدينة.",
            [[("15 من الدفاع", "injured", "medics", 15.0, "exact", None, None, False)]],
        ),
        (
            "أسفرت الغارات على المدينة عن نزوح أكثر من 3000 شخص.",
            [[("أكثر من 3000 شخص", "displaced", "people", 3000.0, "more_than", None, None, False)]],
        ),
    ],
)
def test_casualties_figures_rows(text: str, expected: list[list[Row]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the toll of one strike rises: still one incident
            "ارتفع عدد ضحايا الغارة على سوق المدينة إلى 23 قتيلاً.",
            [[("23 قتيلاً", "killed", "people", 23.0, "exact", None, None, False)]],
        ),
        (  # the wounded who died
            "ارتفعت الحصيلة إلى 24 قتيلاً بعد وفاة ثلاثة جرحى من ضحايا الغارة على المدينة.",
            [
                [
                    ("24 قتيلاً", "killed", "people", 24.0, "exact", None, None, False),
                    ("ثلاثة جرحى", "killed", "people", 3.0, "exact", None, None, False),
                ]
            ],
        ),
        (  # a bare count after the toll's noun
            "قتل 20 شخصاً في القصف على المدينة، فيما بلغ عدد الجرحى نحو 150.",
            [
                [
                    ("20 شخصاً", "killed", "people", 20.0, "exact", None, None, False),
                    ("نحو 150", "injured", "people", 150.0, "about", None, None, False),
                ]
            ],
        ),
        (  # people counted by nationality; a dual joined to a breakdown
            "استشهد ثمانية فلسطينيين بينهم أربعة أطفال وسيدتان في غارة على المدينة.",
            [
                [
                    ("ثمانية فلسطينيين", "killed", "people", 8.0, "exact", None, None, False),
                    ("أربعة أطفال", "killed", "children", 4.0, "exact", None, 0, False),
                    ("سيدتان", "killed", "women", 2.0, "exact", None, 0, False),
                ]
            ],
        ),
        (  # a status word of another clause does not reach past "أن"
            "نزح أكثر من 5000 شخص من المدينة، وأشار المكتب إلى أن أقل من مئة عائلة بقيت في المدينة.",
            [[("أكثر من 5000 شخص", "displaced", "people", 5000.0, "more_than", None, None, False)]],
        ),
    ],
)
def test_casualties_figures_tolls(text: str, expected: list[list[Row]]) -> None:
    assert _rows(text) == expected


def test_casualties_figures_elaboration() -> None:
    rows = _rows("وثق المرصد مقتل 35 شخصاً خلال الشهر الماضي في المدينة، حيث قضى 3 أشخاص تحت التعذيب.")
    assert rows == [
        [
            ("35 شخصاً", "killed", "people", 35.0, "exact", None, None, True),
            ("3 أشخاص", "killed", "people", 3.0, "exact", None, 0, True),
        ]
    ]


def test_casualties_figures_sum_of_later_sentences() -> None:
    r = run(
        "قتل 11 مدنياً في غارات على ريف حلب اليوم. وقتل ستة مدنيين في غارة على بلدة تل رفعت. "
        "كما قتل خمسة مدنيين في غارة على مدينة مارع.",
        places=[
            Place("ريف حلب", "Aleppo countryside"),
            Place("تل رفعت", "Tell Rifaat"),
            Place("مارع", "Marea"),
        ],
    )
    holding = [casualty_rows(r, e) for e in r.events if e.casualties]
    assert holding == [
        [
            ("11 مدنياً", "killed", "civilians", 11.0, "exact", None, None, False),
            ("ستة مدنيين", "killed", "civilians", 6.0, "exact", None, 0, False),
            ("خمسة مدنيين", "killed", "civilians", 5.0, "exact", None, 0, False),
        ]
    ]
    assert len(r.events) == 3  # the strikes stay events of their own


def test_casualties_figures_no_victims() -> None:
    r = run("شنت الطائرات أكثر من 30 غارة على 6 أحياء في المدينة، ودمرت عدداً من المنازل.")
    assert [e.casualties for e in r.events] == [[]]


def test_casualties_figures_tally_gets_an_event() -> None:
    r = run("وثقت الشبكة مقتل 86 مدنياً بينهم 16 طفلاً خلال شهر تشرين الثاني.")
    assert [(e.type, e.trigger.text, casualty_rows(r, e)) for e in r.events] == [
        (
            "attack_on_civilians",
            "مقتل",
            [
                ("86 مدنياً", "killed", "civilians", 86.0, "exact", None, None, True),
                ("16 طفلاً", "killed", "children", 16.0, "exact", None, 0, True),
            ],
        )
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("عبر نحو نصف مليون لاجئ الحدود منذ اندلاع القتال في المدينة.", "نحو نصف مليون لاجئ"),
        ("وصل 1200 لاجئا إلى المخيمات بعد القصف على المدينة.", "1200 لاجئا"),
    ],
)
def test_casualties_refugees_counted_in_the_singular_are_displaced(text: str, figure: str) -> None:
    rows = [row for event in _rows(text) for row in event]
    assert [(row[0], row[1]) for row in rows] == [(figure, "displaced")]
