"""Third round of issue 12's perpetrators and dates (rasid.relate.events: arms, blame, the lead's
date), run through the whole pipeline as `rasid extract` runs it, and the blame rule with its
claim injected:

- a state's adjective on the line after its unit noun (a hard-wrapped capture) still names the unit;
- police nouns without a state's adjective ("رجال الشرطة", "قوات الشرطة") name the article's
  state's security forces, "الأمن" with one ("برصاص الأمن السعودي") that state;
- an accusation that blames an incident told before it ("بالوقوف وراء الهجوم") gives that incident
  its accused as a hedged perpetrator, carried to no other incident;
- the lead whose date an undated incident takes is the first body line that tells an incident,
  not a byline under the title.
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.relate.events_support import Actor, Place, Said, perpetrator_names, run

from rasid.api import extract
from rasid.record import Record

PUBLISHED = "2024-03-11"


def _rows(r: Record) -> list[tuple[str, str, list[str | None], bool, str | None]]:
    return [
        (
            e.type,
            r.text[e.trigger.span[0] : e.trigger.span[1]],
            perpetrator_names(r, e),
            e.actors.perpetrator_hedged,
            r.mention(e.date).value if e.date else None,  # type: ignore[union-attr]
        )
        for e in r.events
    ]


def test_a_state_adjective_on_the_next_line_of_a_wrapped_capture_names_the_aircraft() -> None:
    text = "قتل رجلان في محافظة البيضاء أمس في هجوم يعتقد مسؤولون أنه ضربة نفذتها طائرة\nأمريكية بدون طيار على سيارتهما."
    assert _rows(extract(text, published=PUBLISHED)) == [
        ("airstrike", "ضربة نفذتها طائرة\n\nأمريكية", ["United States"], True, "2024-03-10")
    ]


def test_police_without_a_state_adjective_are_the_article_states_police() -> None:
    text = "قتل شاب برصاص رجال الشرطة في مدينة الزقازيق بمحافظة الشرقية اليوم."
    assert _rows(extract(text, published=PUBLISHED)) == [
        ("attack_on_civilians", "قتل", ["Egyptian Police"], False, "2024-03-11")
    ]


def test_security_with_a_state_adjective_in_the_title_names_that_states_forces() -> None:
    text = "مقتل شاب برصاص الأمن السعودي في القطيف\n\nخرج المئات في مسيرة احتجاجية بالقطيف أمس."
    assert _rows(extract(text, published=PUBLISHED))[0] == (
        "attack_on_civilians",
        "مقتل",
        ["Saudi Arabia"],  # "الأمن" is a unit of data/event_arms.tsv: the adjective's state
        False,
        "2024-03-10",
    )


def test_an_accusation_blaming_the_attack_told_before_gives_a_hedged_perpetrator() -> None:
    text = (
        "قتل 12 شخصا في انفجار سيارة مفخخة في سوق مدينة كركوك صباح اليوم. "
        "واتهمت الحكومة العراقية تنظيم داعش بالوقوف وراء الهجوم. "
        "وفي حادث منفصل، قتل شرطي في انفجار عبوة ناسفة في مدينة الموصل مساء."
    )
    r = run(
        text,
        places=[Place("كركوك", "Kirkuk", 35.47, 44.39), Place("الموصل", "Mosul", 36.34, 43.13)],
        actors=[Actor("الحكومة العراقية", "Iraqi government", "GPE"), Actor("تنظيم داعش", "Islamic State")],
        claims=[Said("واتهمت", "تنظيم داعش بالوقوف وراء الهجوم", "accuse", "الحكومة العراقية")],
    )
    assert [(t, w, p, h) for t, w, p, h, _ in _rows(r)] == [
        ("explosion", "انفجار", ["Islamic State"], True),
        ("explosion", "انفجار", [], False),  # another bombing: the accusation is not its agent
    ]


def test_an_accusation_without_a_blame_word_names_no_agent_of_an_earlier_incident() -> None:
    text = "قتل 12 شخصا في انفجار سيارة مفخخة في سوق مدينة كركوك صباح اليوم. واتهمت الحكومة العراقية تنظيم داعش بالإرهاب."
    r = run(
        text,
        places=[Place("كركوك", "Kirkuk", 35.47, 44.39)],
        actors=[Actor("الحكومة العراقية", "Iraqi government", "GPE"), Actor("تنظيم داعش", "Islamic State")],
        claims=[Said("واتهمت", "تنظيم داعش بالإرهاب", "accuse", "الحكومة العراقية")],
    )
    assert [(w, p) for _, w, p, _, _ in _rows(r)] == [("انفجار", [])]


def test_an_undated_incident_takes_the_date_of_the_first_body_line_that_tells_one() -> None:
    text = (
        "إصابة شابين برصاص قوات الاحتلال في الضفة\n\nلوسيل\n\nرام الله - قنا\n\n"
        "أصيب شابان فلسطينيان مساء اليوم بجروح خطيرة عقب استهداف قوات الاحتلال الإسرائيلي لمركبتهما "
        "على حاجز زعترة جنوبي نابلس.\n\n"
        "كما اعتقلت قوات الاحتلال الإسرائيلي أربعة شبان من بلدة الطور بالقدس."
    )
    rows = _rows(extract(text, published=PUBLISHED))
    assert [d for *_, d in rows] == ["2024-03-11", "2024-03-11"]
    assert rows[1][:2] == ("arrest", "اعتقلت قوات الاحتلال الإسرائيلي")  # the bylines are not the lead
