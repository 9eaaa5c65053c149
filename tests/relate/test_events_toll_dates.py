"""EventStage: the day of an incident whose toll a statement tells, and records compared with.

"أعلنت الوزارة، اليوم الاثنين، ارتفاع حصيلة ضحايا الانفجار": the statement is dated, the
explosion happened before it; the claim's date is the day the toll was told, not the day
of the incident (data/event_triggers.tsv, role `toll`). "أكثر الهجمات دموية منذ سنة 2003"
compares the incident with a record: the period is neither a period of strikes (a tally)
nor the incident's day (role `superlative`). The sentences are written for these tests
after the wording of real reports; places and claims are injected.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import Place, Said, mention_text, run

PUBLISHED = "2017-10-16"  # a Monday


@pytest.mark.parametrize(
    ("cue", "content", "before", "place", "published", "expected"),
    [
        (  # the toll of the explosion is told on Monday: the explosion has no day of its own here
            "أعلن",
            "ارتفاع حصيلة ضحايا الانفجار الذي ضرب العاصمة مقديشو إلى 276 قتيلا",
            "أعلن وزير الإعلام، اليوم الاثنين، ",
            Place("مقديشو", "Mogadishu"),
            PUBLISHED,
            ("explosion", None),
        ),
        (  # the day its relative clause names
            "أعلنت",
            "حصيلة التفجير الذي ضرب سوقاً شعبية في مدينة الصدر مساء أمس الاثنين ارتفعت إلى 35 قتيلا",
            "أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، أن ",
            Place("مدينة الصدر", "Sadr City"),
            "2021-07-20",
            ("explosion", "2021-07-19"),
        ),
        (  # "القصف الجوي الذي استهدف": the trigger of the relative clause tells the same earlier strike
            "كشفت",
            "ارتفاع حصيلة القصف الجوي الذي استهدف مركز إيواء المهاجرين بتاجوراء إلى 53 قتيلا",
            "كشفت منظمة الصحة العالمية، اليوم الجمعة، عن ",
            Place("تاجوراء", "Tajura"),
            "2019-07-05",
            ("airstrike", None),
        ),
        (  # a strike told without a toll keeps the claim's day
            "أعلنت",
            "غارة جوية استهدفت سوقاً في مدينة سراقب وقتلت 12 مدنياً",
            "أعلنت وزارة الصحة، اليوم الاثنين، أن ",
            Place("سراقب", "Saraqib"),
            PUBLISHED,
            ("airstrike", "2017-10-16"),
        ),
    ],
)
def test_the_day_a_toll_is_told_is_not_the_incidents(
    cue: str, content: str, before: str, place: Place, published: str, expected: tuple[str, str | None]
) -> None:
    claim_date = before.split("، ")[1]
    r = run(
        before + content + ".",
        places=[place],
        claims=[Said(cue, content, date=claim_date)],
        published=published,
    )
    assert [(e.type, r.mention(e.date).value if e.date else None) for e in r.events] == [expected]


def test_a_record_since_a_year_is_no_tally_and_no_day() -> None:
    # the event: no period of strikes, no day from the record (the figure's own flag is the
    # casualty stage's: a year near a count still marks it)
    r = run(
        "ارتفعت حصيلة تفجير الكرادة إلى 292 قتيلا، ويعد الهجوم أكثر الهجمات دموية في بغداد منذ سنة 2003.",
        places=[Place("الكرادة", "Karrada", precision="neighbourhood")],
        published="2016-07-07",
    )
    assert [(e.type, e.cumulative, e.date) for e in r.events] == [("explosion", False, None)]


def test_a_record_with_the_superlative_after_the_trigger() -> None:
    r = run(
        "قتل 40 شخصا في تفجير الكرادة أمس، في الهجوم الأعنف في بغداد منذ سنة 2003.",
        places=[Place("الكرادة", "Karrada", precision="neighbourhood")],
        published="2016-07-07",
    )
    assert [
        (e.cumulative, mention_text(r, e.date), [c.cumulative for c in e.casualties]) for e in r.events
    ] == [(False, "أمس", [False])]


def test_a_period_without_a_superlative_stays_a_tally() -> None:
    r = run(
        "ارتفعت حصيلة الهجمات في بغداد منذ سنة 2003 إلى آلاف القتلى.",
        published="2016-07-07",
    )
    assert [(e.cumulative, mention_text(r, e.date)) for e in r.events] == [(True, "منذ سنة 2003")]


def test_an_earlier_event_told_as_background_is_its_own_incident() -> None:
    # "الذي سبق أن انفجرت شاحنة عنده في 14 أكتوبر 2017": the junction's earlier bombing, with its
    # own day; the attack of the sentence takes neither that day nor that incident
    r = run(
        "انفجرت سيارتان مفخختان قرب تقاطع زوبي في مقديشو أمس السبت. "
        "ووقع الهجوم عند تقاطع زوبي الذي سبق أن انفجرت شاحنة مفخخة عنده في 14 أكتوبر 2017 ما أدى إلى مقتل 512 شخصا.",
        places=[Place("مقديشو", "Mogadishu")],
        published="2022-10-30",
    )
    got = [(e.type, r.mention(e.date).value if e.date else None) for e in r.events]
    assert got == [("explosion", "2022-10-29"), ("explosion", "2017-10-14")]


def test_a_class_compared_with_is_no_event() -> None:
    # "الأكبر جراء هجوم منفرد": any single attack, the class the toll is compared with
    r = run(
        "انفجرت شاحنة مفخخة في مقديشو أمس الأول السبت وقتل 276 شخصا. "
        "وتعد حصيلة القتلى الأكبر جراء هجوم منفرد في تاريخ البلاد.",
        places=[Place("مقديشو", "Mogadishu")],
        published=PUBLISHED,
    )
    assert [(e.type, e.trigger.text, r.mention(e.date).value if e.date else None) for e in r.events] == [
        ("explosion", "انفجرت", "2017-10-14")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "قتل 20 مدنيا في أعنف هجوم على المدينة منذ أشهر.",  # the incident itself
        "تلقت المدينة الحصة الأكبر من الغارات، إذ قتل فيها 20 مدنيا.",  # a share of the strikes told
    ],
)
def test_a_superlative_does_not_drop_the_incident_it_describes(text: str) -> None:
    assert len(run(text, published=PUBLISHED).events) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # duals and the accusative of bombing triggers (data/event_triggers.tsv)
        ("قتل 13 شخصا في تفجيرين انتحاريين في سوق ببغداد أمس.", ("suicide_bombing", "تفجيرين انتحاريين")),
        (
            "ارتفعت حصيلة ضحايا التفجيرين الانتحاريين إلى 21 قتيلا.",
            ("suicide_bombing", "التفجيرين الانتحاريين"),
        ),
        ("ارتفعت حصيلة ضحايا التفجيرين إلى 21 قتيلا.", ("explosion", "التفجيرين")),
        ("هز انفجاران العاصمة مساء أمس.", ("explosion", "انفجاران")),
    ],
)
def test_dual_and_accusative_triggers(text: str, expected: tuple[str, str]) -> None:
    r = run(text, published=PUBLISHED)
    assert [(e.type, e.trigger.text) for e in r.events] == [expected]


def test_the_first_attack_of_its_kind_since_years_is_no_tally() -> None:
    # "أول هجوم من نوعه منذ سنوات": a record the incident sets (data/casualty_markers.tsv, "من نوعه")
    r = run(
        "قتل 13 شخصا في تفجير انتحاري في سوق ببغداد اليوم في أول هجوم من نوعه منذ سنوات.",
        published=PUBLISHED,
    )
    assert [(e.type, e.cumulative, [c.cumulative for c in e.casualties]) for e in r.events] == [
        ("suicide_bombing", False, [False])
    ]


def test_a_caption_does_not_stand_for_the_incident() -> None:
    # "من آثار تفجير الكرادة في بغداد": a photo caption names the bombing; the sentence that tells
    # it gives the trigger that stands for the incident. (The caption is printed once here: a
    # caption over its alt text, "من آثار تفجير الكرادة" then the same words and more, is dropped
    # by the clean stage as a caption pair before any event is sought.)
    places = [Place("بغداد", "Baghdad", 33.3, 44.4, occurrence=n) for n in (1, 2, 3)] + [
        Place("الكرادة", "Karrada", 33.3, 44.4, precision="neighbourhood", occurrence=n) for n in (1, 2)
    ]
    r = run(
        "ارتفاع حصيلة تفجير بغداد إلى أكثر من 100 قتيل\n\nمن آثار تفجير الكرادة في بغداد\n"
        "ذكر مسؤول في وزارة الداخلية أن حصيلة الهجوم بسيارة مفخخة على حي الكرادة في بغداد اليوم الأحد"
        " ارتفعت إلى أكثر من 100 قتيل.",
        places=places,
        published="2016-07-03",
    )
    assert [(e.type, e.trigger.text) for e in r.events] == [("explosion", "سيارة مفخخة")]


def test_an_agent_word_inside_a_place_name_types_nothing() -> None:
    # "ساحة الطيران" is a square in Baghdad: "الطيران" in it is no air force, so the attack is no airstrike
    r = run(
        "قتل 26 شخصا على الأقل في هجوم نفذه انتحاريان يرتديان حزامين ناسفين في بغداد."
        " ووقع الهجوم في ساحة الطيران، وهي مركز تجاري مهم.",
        places=[
            Place("ساحة الطيران", "Tayaran Square", 33.3, 44.4, precision="facility"),
            Place("بغداد", "Baghdad", 33.3, 44.4),
        ],
        published="2018-01-15",
    )
    assert [(e.type, e.trigger.text) for e in r.events] == [("attack_on_civilians", "هجوم")]
