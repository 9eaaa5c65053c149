"""EventStage on the hard cases: one event per incident, its arguments, denials and threats.

The sentences are written for these tests; places, actors and claims are injected
(events_support) so that only the events stage is under test.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import (
    Actor,
    Place,
    Said,
    casualty_rows,
    mention_text,
    perpetrator_names,
    run,
)

IDLIB = Place("إدلب", "Idlib", 35.93, 36.63)
ALEPPO = Place("حلب", "Aleppo", 36.20, 37.16)


def test_events_incidents_two_in_one_sentence() -> None:
    r = run(
        "قتل خمسة مدنيين في غارة جوية على بلدة سرمين، في حين أصيب ثلاثة أطفال بقصف مدفعي على قرية النيرب.",
        places=[Place("سرمين", "Sarmin"), Place("النيرب", "al-Nayrab")],
    )
    got = [(e.type, e.trigger.text, mention_text(r, e.place), casualty_rows(r, e)) for e in r.events]
    assert got == [
        (
            "airstrike",
            "غارة جوية",
            "سرمين",
            [("خمسة مدنيين", "killed", "civilians", 5.0, "exact", None, None, False)],
        ),
        (
            "shelling",
            "قصف مدفعي",
            "النيرب",
            [("ثلاثة أطفال", "injured", "children", 3.0, "exact", None, None, False)],
        ),
    ]


def test_events_incidents_title_joins_body() -> None:
    r = run(
        "غارات روسية على حلب\n\nشنت طائرات روسية غارات على أحياء مدينة حلب أمس، ما أدى إلى مقتل سبعة مدنيين.",
        places=[ALEPPO, Place("حلب", "Aleppo", 36.20, 37.16, occurrence=2)],
    )
    assert len(r.events) == 1
    e = r.events[0]
    assert (e.type, e.trigger.text, e.trigger.span[0] > len(r.title or "")) == (
        "airstrike",
        "شنت طائرات روسية غارات",
        True,
    )
    assert (mention_text(r, e.place), r.mention(e.date).value, perpetrator_names(r, e)) == (
        "حلب",
        "2024-03-10",
        ["Russia"],
    )
    assert casualty_rows(r, e) == [("سبعة مدنيين", "killed", "civilians", 7.0, "exact", None, None, False)]


def test_events_incidents_anaphora_joins() -> None:
    r = run(
        "قصفت مقاتلات روسية حي الكلاسة في حلب اليوم. وأدى هذا القصف إلى دمار واسع. "
        "كما قصفت المدفعية قرية كفرنبل في ريف إدلب.",
        places=[
            Place("الكلاسة", "al-Kallaseh", precision="neighbourhood"),
            ALEPPO,
            Place("كفرنبل", "Kafr Nabl"),
            IDLIB,
        ],
        actors=[Actor("مقاتلات روسية", "Russian Air Force", country="RUS")],
    )
    got = [(e.type, e.trigger.text, mention_text(r, e.place)) for e in r.events]
    assert got == [("airstrike", "قصفت مقاتلات روسية", "الكلاسة"), ("shelling", "قصفت المدفعية", "كفرنبل")]


def test_events_incidents_similar_is_new() -> None:
    r = run(
        "أغارت طائرات روسية على بلدة كفرنبل. وتعرضت بلدة سراقب لغارات مماثلة.",
        places=[Place("كفرنبل", "Kafr Nabl"), Place("سراقب", "Saraqib")],
        actors=[Actor("طائرات روسية", "Russian Air Force", country="RUS")],
    )
    got = [(e.type, mention_text(r, e.place), perpetrator_names(r, e)) for e in r.events]
    assert got == [
        ("airstrike", "كفرنبل", ["Russian Air Force"]),
        ("airstrike", "سراقب", ["Russian Air Force"]),
    ]


@pytest.mark.parametrize(
    ("text", "negated", "hypothetical"),
    [
        ("نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مستشفى في مدينة إدلب.", True, False),
        ("هدد الجيش بقصف مواقع المسلحين في البلدة إذا لم ينسحبوا.", False, True),
        ("قد يقصف الجيش مواقع المسلحين في البلدة.", False, True),
        ("وكان الجيش قد قصف مواقع المسلحين في البلدة.", False, False),
        ("تعتزم الحكومة توقيع اتفاق مع المعارضة.", False, True),
        ("لم تشن الطائرات أي غارة على المدينة.", True, False),
    ],
)
def test_events_incidents_modality(text: str, negated: bool, hypothetical: bool) -> None:
    r = run(text)
    assert [(e.negated, e.hypothetical) for e in r.events] == [(negated, hypothetical)]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("قصفت الطائرات الحربية البلدة.", "airstrike"),
        ("قصفت المدفعية البلدة.", "shelling"),
        ("قصفت القوات البلدة بالبراميل المتفجرة.", "airstrike"),
        ("قصفت القوات البلدة بغاز الكلور.", "chemical_attack"),
        ("وقع هجوم كيميائي على البلدة.", "chemical_attack"),
        ("انفجرت سيارة مفخخة في السوق.", "explosion"),
        ("فجر انتحاري نفسه في السوق.", "suicide_bombing"),
        ("اندلعت اشتباكات بين الفصائل في البلدة.", "armed_clash"),
        ("سيطر المسلحون على البلدة.", "territory_change"),
        ("أعدم المسلحون ثلاثة رجال.", "attack_on_civilians"),
        ("شن الأمن حملة اعتقالات في البلدة.", "arrest"),
        ("نظم الأهالي وقفة احتجاجية أمام المبنى.", "protest"),
        ("أعلنت الأطراف هدنة في البلدة.", "agreement"),
        ("بدأت روسيا شن غارات جوية في سوريا.", "military_intervention"),
    ],
)
def test_events_incidents_types(text: str, event_type: str) -> None:
    assert [e.type for e in run(text).events] == [event_type]


@pytest.mark.parametrize(
    "text",
    [
        "تقع البلدة تحت سيطرة المعارضة منذ سنوات.",  # a state of control, not a capture
        "زار الوزير مجلس التعاون الخليجي.",
        "قال المسؤول إن الخطة تستهدف دعم العلاقات.",  # "تستهدف" with no attack around it
    ],
)
def test_events_incidents_no_event(text: str) -> None:
    assert run(text).events == []


def test_events_incidents_perpetrator_from_adjective() -> None:
    r = run("قتل ثلاثة أطفال جراء قصف روسي استهدف قرية في ريف إدلب.", places=[IDLIB])
    assert [(e.trigger.text, perpetrator_names(r, e), mention_text(r, e.place)) for e in r.events] == [
        ("قصف روسي", ["Russia"], "إدلب")
    ]


def test_events_incidents_target_is_not_perpetrator() -> None:
    r = run(
        "استهدفت قوات النظام مواقع تنظيم الدولة في البادية.",
        actors=[Actor("قوات النظام", "Syrian government"), Actor("تنظيم الدولة", "Islamic State")],
    )
    e = r.events[0]
    assert (perpetrator_names(r, e), [r.mention(i).name for i in e.actors.target]) == (
        ["Syrian government"],
        ["Islamic State"],
    )


def test_events_incidents_claim_and_date() -> None:
    text = "أعلن المرصد أمس أن غارات جوية استهدفت بلدة معرة النعمان أول أمس السبت وقتلت أربعة مدنيين."
    r = run(
        text,
        places=[Place("معرة النعمان", "Maarrat al-Numan")],
        actors=[Actor("المرصد", "Syrian Observatory for Human Rights")],
        claims=[
            Said(
                "أعلن",
                "غارات جوية استهدفت بلدة معرة النعمان أول أمس السبت وقتلت أربعة مدنيين",
                "announce",
                "المرصد",
                date="أمس",
            )
        ],
    )
    e = r.events[0]
    assert (e.trigger.text, e.claim, mention_text(r, e.date), r.mention(e.date).value) == (
        "غارات جوية",
        "c1",
        "أول أمس السبت",
        "2024-03-09",
    )
    assert [(c.claim, c.value) for c in e.casualties] == [("c1", 4.0)]


def test_events_incidents_weapons_listed() -> None:
    r = run(
        "ألقت المروحيات براميل متفجرة وقنابل عنقودية على حي الشعار.", places=[Place("الشعار", "al-Sha'ar")]
    )
    e = r.events[0]
    assert (e.type, [(r.mention(w).name, r.mention(w).banned) for w in e.weapons]) == (
        "airstrike",
        [("barrel bomb", False), ("cluster munitions", True)],
    )
