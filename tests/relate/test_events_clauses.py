"""EventStage: arguments come from the trigger's own clause, and back-references join their incident.

- a subject between the previous mention and a verb trigger is its agent ("... الهجوم، غير أن
  القوات الأمنية اعتقلت"); an agent after the trigger does not cross a comma;
- the displaced are not perpetrators; "مصدره مواقع X" names the side that fired; "دورية لقوات
  النظام" after a verb is the target's owner, not the agent;
- two triggers joined by "و" are one incident; a date in the trigger's clause beats a nearer
  one in another clause; an event whose sentence names no place takes the lead's place;
- "رداً على الغارة" points back at the strike told before; "غارة نفذتها طائرة مسيرة" spans the agent.
The sentences are written for these tests; places and actors are injected.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import Actor, Place, mention_text, perpetrator_names, run

import rasid

SARMIN = Place("سرمين", "Sarmin")
BINNISH = Place("بنش", "Binnish")
FORCES = Actor("القوات الأمنية", "security forces")
REGIME = Actor("قوات النظام", "Syrian government")


def _rows(text: str, places: list[Place], actors: list[Actor]) -> list[tuple[object, ...]]:
    r = run(text, places=places, actors=actors)
    return [
        (
            e.type,
            e.trigger.text,
            mention_text(r, e.place),
            r.mention(e.date).value if e.date else None,  # type: ignore[union-attr]
            perpetrator_names(r, e),
        )
        for e in r.events
    ]


@pytest.mark.parametrize(
    ("text", "places", "actors", "expected"),
    [
        (  # the subject of the verb stands after the earlier mention, in the verb's own clause
            "ولم تتبن أي جهة الهجوم، غير أن القوات الأمنية اعتقلت أمس أربعة مشتبهين في بلدة سرمين.",
            [SARMIN],
            [FORCES],
            [
                # an assault is not made shelling by forces on the ground ("القوات")
                ("attack_on_civilians", "الهجوم", "سرمين", "2024-03-10", []),
                ("arrest", "اعتقلت", "سرمين", "2024-03-10", ["security forces"]),
            ],
        ),
        (  # the families who fled did not make anyone flee
            "هاجم التنظيم بلدة سرمين يوم السبت، ونزحت 200 عائلة من البلدة.",
            [SARMIN],
            [Actor("التنظيم", "Islamic State")],
            [
                ("armed_clash", "هاجم التنظيم", "سرمين", "2024-03-09", ["Islamic State"]),
                ("displacement", "نزحت", "سرمين", "2024-03-09", []),
            ],
        ),
        (
            "أسفر قصف مدفعي مصدره مواقع قوات النظام عن مقتل مدني في بلدة سرمين.",
            [SARMIN],
            [REGIME],
            [("shelling", "قصف مدفعي", "سرمين", None, ["Syrian government"])],
        ),
        (
            "قتل جنديان في كمين استهدف دورية لقوات النظام قرب بلدة سرمين.",
            [SARMIN],
            [REGIME],
            [("armed_clash", "كمين", "سرمين", None, []), ("shelling", "استهدف", "سرمين", None, [])],
        ),
        (
            "قتل مدنيان في غارة نفذتها طائرة مسيرة على بلدة سرمين.",
            [SARMIN],
            [],
            [("airstrike", "غارة نفذتها طائرة", "سرمين", None, [])],
        ),
    ],
)
def test_events_clauses_perpetrators(
    text: str, places: list[Place], actors: list[Actor], expected: list[tuple[object, ...]]
) -> None:
    assert _rows(text, places, actors) == expected


@pytest.mark.parametrize(
    ("text", "places", "actors", "expected"),
    [
        (  # "و" joins two means of one attack: the place and date after the second are the first's
            "قتل 12 مدنياً في غارات جوية وقصف مدفعي استهدف بلدة سرمين يوم السبت.",
            [SARMIN],
            [],
            [("airstrike", "غارات جوية", "سرمين", "2024-03-09", [])],
        ),
        (  # the day of the statement is in another clause than the strikes
            "أعلن الدفاع المدني اليوم، في بيان مقتضب، مقتل مدنيين في غارات استهدفت أطراف بلدة سرمين"
            " الشرقية يوم السبت.",
            [SARMIN],
            [],
            [("airstrike", "غارات", "سرمين", "2024-03-09", [])],
        ),
        (  # no place in the arrest's sentence: the place of the lead
            "غارات على سرمين\n\nقتل ثلاثة مدنيين في غارات على بلدة سرمين يوم السبت.\n\n"
            "واعتقلت الشرطة ثلاثة أشخاص يوم الأحد.",
            [SARMIN, Place("سرمين", "Sarmin", occurrence=2)],
            [Actor("الشرطة", "police")],
            [
                ("airstrike", "غارات", "سرمين", "2024-03-09", []),
                ("arrest", "اعتقلت الشرطة", "سرمين", "2024-03-10", ["police"]),
            ],
        ),
        (  # "رداً على الغارة" is the strike of the first sentence, not a strike on Binnish
            "قصف متبادل في إدلب\n\nقتل مدنيان في غارة على بلدة سرمين مساء الأحد.\n\n"
            "وقصفت المدفعية، رداً على الغارة، مواقع في بلدة بنش.",
            [SARMIN, BINNISH],
            [],
            [
                ("airstrike", "غارة", "سرمين", "2024-03-10", []),
                ("shelling", "قصفت المدفعية", "بنش", "2024-03-10", []),
            ],
        ),
    ],
)
def test_events_clauses_incidents(
    text: str, places: list[Place], actors: list[Actor], expected: list[tuple[object, ...]]
) -> None:
    assert _rows(text, places, actors) == expected


def test_an_event_without_a_place_takes_the_title_place_not_the_dateline_city() -> None:
    text = (
        "حرائق تلتهم حقول القمح في بلدة كفرحمام\n\n"
        "بيروت – وكالة المرصد | السبت 9 آذار 2024\n\n"
        "اندلعت حرائق واسعة بعد قصف مدفعي إسرائيلي صباح اليوم، وفق ما أفاد الدفاع المدني."
    )
    record = rasid.extract(text)
    [event] = [e for e in record.events if e.type == "shelling"]
    assert event.place is not None and record.mention(event.place).text == "كفرحمام"
