"""Casualty figures read through their clause and the sentences around them (issue 12).

Tolls as a clause's predicate, inflected and elided counted nouns, pairs of statuses, the reach
of a period, breakdowns across sentences and the claim a figure takes. The sentences are
written for these tests; rows are (words, status, group, value, qualifier, vague, part_of,
cumulative) as in test_casualties_figures.py.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import Actor, Place, Said, casualty_rows, figure_sources, run

Row = tuple[object, ...]


def _rows(text: str, **kw: object) -> list[Row]:
    places = [Place("المدينة", "the city")] if "المدينة" in text else []
    r = run(text, places=places, **kw)  # type: ignore[arg-type]
    return [row for e in r.events for row in casualty_rows(r, e)]


_sources = figure_sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the toll is the subject, the count after "إلى" its predicate, far from the noun
            "ارتفع عدد قتلى الغارات التي استهدفت سوق المدينة الشعبي صباح اليوم إلى 23.",
            [("23", "killed", "people", 23.0, "exact", None, None, False)],
        ),
        (  # an update of one incident's toll is no running tally, even "since" the morning
            "ارتفعت حصيلة ضحايا الانفجار في المدينة منذ صباح أمس إلى 17 قتيلاً.",
            [("17 قتيلاً", "killed", "people", 17.0, "exact", None, None, False)],
        ),
        (
            "غارات تحصد أرواح 12 مدنياً في المدينة.",
            [("12 مدنياً", "killed", "civilians", 12.0, "exact", None, None, False)],
        ),
        (  # duals of nouns listed in the singular
            "قتل مجندان وأصيبت مواطنتان في هجوم على المدينة.",
            [
                ("مجندان", "killed", "fighters", 2.0, "exact", None, None, False),
                ("مواطنتان", "injured", "civilians", 2.0, "exact", None, None, False),
            ],
        ),
        (  # a possessive pronoun on the counted noun
            "أعلنت الحركة مقتل 4 من عناصرها في اشتباكات في المدينة.",
            [("4 من عناصرها", "killed", "fighters", 4.0, "exact", None, None, False)],
        ),
        (  # the accusative of a singular noun and of a people's adjective
            "لقي 23 متمرداً مصرعهم في معارك في المدينة.",
            [("23 متمرداً", "killed", "fighters", 23.0, "exact", None, None, False)],
        ),
        (
            "قتل 14 يمنياً في قصف على المدينة.",
            [("14 يمنياً", "killed", "people", 14.0, "exact", None, None, False)],
        ),
        (  # the noun left out after a casualty word
            "أسفر القصف على المدينة عن مقتل تسعة وإصابة 20 آخرين.",
            [
                ("تسعة", "killed", "people", 9.0, "exact", None, None, False),
                ("20 آخرين", "injured", "people", 20.0, "exact", None, None, False),
            ],
        ),
        (
            "قتل خمسة مدنيين وأصيب نحو 50 في قصف على المدينة.",
            [
                ("خمسة مدنيين", "killed", "civilians", 5.0, "exact", None, None, False),
                ("نحو 50", "injured", "people", 50.0, "about", None, None, False),
            ],
        ),
        (  # killed and injured before one count
            "أدى الانفجار إلى مقتل وإصابة 11 شخصاً في المدينة.",
            [("11 شخصاً", "killed_or_injured", "people", 11.0, "exact", None, None, False)],
        ),
        (  # a killed word with its own count is no pair
            "قالت مصادر إن سبعة أشخاص قتلوا وأصيب 30 آخرين في المدينة.",
            [
                ("سبعة أشخاص", "killed", "people", 7.0, "exact", None, None, False),
                ("30 آخرين", "injured", "people", 30.0, "exact", None, None, False),
            ],
        ),
        (  # the next clause's status word is not the count's
            "قتل ثلاثة مدنيين فيما أصيب 20 بجروح في قصف على المدينة.",
            [
                ("ثلاثة مدنيين", "killed", "civilians", 3.0, "exact", None, None, False),
                ("20", "injured", "people", 20.0, "exact", None, None, False),
            ],
        ),
        (  # a number in words after its noun
            "قال مصدر طبي إن متظاهرين اثنين قتلا في المدينة.",
            [("متظاهرين اثنين", "killed", "people", 2.0, "exact", None, None, False)],
        ),
        (  # victims split between two statuses: one figure, not one dead and one wounded
            "أدى القصف إلى سقوط ضحايا بين قتيل وجريح في المدينة.",
            [("ضحايا بين قتيل وجريح", "killed_or_injured", "people", None, None, None, None, False)],
        ),
        (  # with neither a count nor a victims word before it the pair is how they fell, no figure
            "فجر المقاتلون عبوة في الدورية وأوقعوا أفرادها بين قتيل وجريح.",
            [],
        ),
    ],
)
def test_casualties_clauses_rows(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a period after the figure, in a clause of its own with no day: a report's tally
            "وثقت الشبكة مقتل 96 مدنياً في المدينة، مشيرة إلى أن القصف مستمر منذ ثلاثة أشهر.",
            [("96 مدنياً", "killed", "civilians", 96.0, "exact", None, None, True)],
        ),
        (  # the period belongs to the later clause's own figure; the 4 are one incident
            "قتل 4 مقاتلين في اشتباكات في المدينة، ما يرفع حصيلة القتلى إلى 425 منذ بداية الحرب.",
            [
                ("4 مقاتلين", "killed", "fighters", 4.0, "exact", None, None, False),
                ("425", "killed", "people", 425.0, "exact", None, None, True),
            ],
        ),
        (  # a figure whose clause names its day is one incident, whatever the background says
            "قتل ثلاثة مدنيين أمس الأحد في قصف على المدينة، حيث تشهد البلاد حرباً منذ عام 2023.",
            [("ثلاثة مدنيين", "killed", "civilians", 3.0, "exact", None, None, False)],
        ),
    ],
)
def test_casualties_clauses_period_reach(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


def test_casualties_clauses_breakdown_of_the_sentence_before_inherits() -> None:
    text = "وثق المرصد مقتل 120 مدنياً في المدينة منذ بداية الشهر. وبين الضحايا 30 طفلاً و20 امرأة."
    r = run(
        text,
        places=[Place("المدينة", "the city")],
        actors=[Actor("المرصد", "Observatory")],
        claims=[Said("وثق", "مقتل 120 مدنياً في المدينة منذ بداية الشهر", source="المرصد")],
    )
    assert [row for e in r.events for row in casualty_rows(r, e)] == [
        ("120 مدنياً", "killed", "civilians", 120.0, "exact", None, None, True),
        ("30 طفلاً", "killed", "children", 30.0, "exact", None, 0, True),
        ("20 امرأة", "killed", "women", 20.0, "exact", None, 0, True),
    ]
    assert _sources(r) == [("120 مدنياً", "المرصد"), ("30 طفلاً", "المرصد"), ("20 امرأة", "المرصد")]


def test_casualties_clauses_breakdown_naming_a_status_finds_its_total() -> None:
    text = (
        "قتل رجلان وأصيب سبعة آخرون في قصف على المدينة. ونزح نحو 300 شخص من الحي. "
        "وقال طبيب إن بين المصابين ثلاثة أطفال."
    )
    assert _rows(text) == [
        ("رجلان", "killed", "men", 2.0, "exact", None, None, False),
        ("سبعة آخرون", "injured", "men", 7.0, "exact", None, None, False),
        ("ثلاثة أطفال", "injured", "children", 3.0, "exact", None, 1, False),
        ("نحو 300 شخص", "displaced", "people", 300.0, "about", None, None, False),
    ]


def test_casualties_clauses_claim_closing_the_sentence() -> None:
    text = "قتل خمسة مدنيين وأصيب 12 آخرون في قصف على المدينة، كما أفاد الدفاع المدني."
    r = run(
        text,
        places=[Place("المدينة", "the city")],
        actors=[Actor("الدفاع المدني", "Civil Defence")],
        claims=[Said("أفاد", "الدفاع المدني", source="الدفاع المدني")],
    )
    assert _sources(r) == [("خمسة مدنيين", "الدفاع المدني"), ("12 آخرون", "الدفاع المدني")]


def test_casualties_clauses_sentence_going_on_with_a_report() -> None:
    text = (
        "وأفادت الوكالة بأن القوات اعتقلت 11 شاباً من المدينة. "
        "كما داهمت القوات قرية مجاورة واعتقلت 6 شبان. "
        "واعتقلت القوات 4 شبان آخرين في بلدة ثالثة."
    )
    r = run(
        text,
        places=[Place("المدينة", "the city")],
        actors=[Actor("الوكالة", "Agency")],
        claims=[Said("أفادت", "القوات اعتقلت 11 شاباً من المدينة", source="الوكالة")],
    )
    assert _sources(r) == [("11 شاباً", "الوكالة"), ("6 شبان", "الوكالة"), ("4 شبان", None)]
