"""EventStage: perpetrators named indirectly, and agents not carried to another incident.

- an arm with a pronoun ("مقاتليها", "قواتهم") is the owner's: the actor named before it;
- "حمّلت X Y مسؤوليتها" after a trigger names Y as the one who did it;
- a longer actor wins over one inside it ("التحالف بقيادة السعودية", not "السعودية");
- an actor after "و" opens a new clause ("غارات ... وروسيا تنفي") and is not the agent;
- an incident dated over a year away, or over a closed span of days, takes no earlier agent;
- a strike told in answer to another ("رداً على الغارة"), or by its own side, passes its agent to
  no later incident.
The sentences are written for these tests; places, actors and claims are injected.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import Actor, Place, Said, perpetrator_names, run

SARMIN = Place("سرمين", "Sarmin")
GROUP = Actor("الجماعة", "Houthis")
RUSSIA = Actor("روسية", "Russia", "GPE", "RUS")


def _rows(text: str, actors: list[Actor], claims: list[Said]) -> list[tuple[str, list[str | None]]]:
    r = run(text, places=[SARMIN], actors=actors, claims=claims)
    return [(r.text[e.trigger.span[0] : e.trigger.span[1]], perpetrator_names(r, e)) for e in r.events]


@pytest.mark.parametrize(
    ("text", "actors", "claims", "expected"),
    [
        (  # the announcer's own fighters
            "أعلنت الجماعة في بيان أن مقاتليها استهدفوا موقعاً عسكرياً في بلدة سرمين.",
            [GROUP],
            [Said("أعلنت", "مقاتليها استهدفوا موقعاً عسكرياً في بلدة سرمين", "announce", "الجماعة")],
            [("استهدفوا", ["Houthis"])],
        ),
        (  # "قواتهم": their forces
            "قال الحوثيون إن قواتهم استهدفت موقعاً عسكرياً في بلدة سرمين.",
            [Actor("الحوثيون", "Houthis")],
            [Said("قال", "قواتهم استهدفت موقعاً عسكرياً في بلدة سرمين", "assert", "الحوثيون")],
            [("استهدفت", ["Houthis"])],
        ),
    ],
)
def test_events_agents_owner_of_arm(
    text: str, actors: list[Actor], claims: list[Said], expected: list[tuple[str, list[str | None]]]
) -> None:
    assert _rows(text, actors, claims) == expected


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (  # the accused comes last before "مسؤوليتها"
            "قتل عشرة مدنيين في الغارة التي استهدفت سوق بلدة سرمين، وهي غارة حمّلت الحكومة قوات"
            " المعارضة مسؤوليتها.",
            [Actor("الحكومة", "Syrian government"), Actor("قوات المعارضة", "Syrian armed opposition")],
            ["Syrian armed opposition"],
        ),
        (  # no responsibility word: nobody is named
            "قتل عشرة مدنيين في الغارة التي استهدفت سوق بلدة سرمين، وطالبت الحكومة قوات المعارضة بالانسحاب.",
            [Actor("الحكومة", "Syrian government"), Actor("قوات المعارضة", "Syrian armed opposition")],
            [],
        ),
    ],
)
def test_events_agents_blamed(text: str, actors: list[Actor], expected: list[str]) -> None:
    r = run(text, places=[SARMIN], actors=actors)
    assert perpetrator_names(r, r.events[0]) == expected


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (  # the coalition, not the state inside its name
            "التحالف بقيادة السعودية قصف بلدة سرمين.",
            [
                Actor("التحالف بقيادة السعودية", "Saudi-led coalition"),
                Actor("السعودية", "Saudi Arabia", "GPE"),
            ],
            ["Saudi-led coalition"],
        ),
        (  # "وروسيا تنفي": a new subject, not the agent of the strikes
            "غارات سرمين وروسيا تنفي.",
            [Actor("روسيا", "Russia", "GPE", "RUS")],
            [],
        ),
        (  # an agent right after the trigger still counts
            "غارات روسيا على سوق بلدة سرمين.",
            [Actor("روسيا", "Russia", "GPE", "RUS")],
            ["Russia"],
        ),
    ],
)
def test_events_agents_which_actor(text: str, actors: list[Actor], expected: list[str]) -> None:
    r = run(text, places=[SARMIN], actors=actors)
    assert perpetrator_names(r, r.events[0]) == expected


KAFRNABL = Place("كفرنبل", "Kafr Nabl")
FIRST = "قتل ثلاثة مدنيين في غارات روسية على بلدة سرمين أمس. وكانت بلدة كفرنبل قد شهدت "


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("غارات في آب 2019 قتل فيها عشرة مدنيين.", [["Russia"], [], []]),  # years before
        ("بين 3 و8 شباط الماضي غارات قتل فيها عشرة مدنيين.", [["Russia"], []]),  # a span counted
        ("غارات في شباط الماضي قتل فيها عشرة مدنيين.", [["Russia"], ["Russia"], ["Russia"]]),  # weeks before
    ],
)
def test_events_agents_inherited_within_period(rest: str, expected: list[list[str]]) -> None:
    r = run(FIRST + rest, places=[SARMIN, KAFRNABL], actors=[RUSSIA])
    assert [perpetrator_names(r, e) for e in r.events] == expected


@pytest.mark.parametrize(
    ("middle", "claims"),
    [
        ("وأعلنت الجماعة أن مقاتليها استهدفوا موقعاً عسكرياً رداً على الغارة.", []),  # an answer
        (  # a side telling of its own act
            "وأعلنت الجماعة أن مقاتليها استهدفوا موقعاً عسكرياً.",
            [Said("وأعلنت", "مقاتليها استهدفوا موقعاً عسكرياً", "announce", "الجماعة")],
        ),
    ],
)
def test_events_agents_not_passed_on(middle: str, claims: list[Said]) -> None:
    text = f"قتل مدنيان في غارة روسية على بلدة سرمين. {middle} وشهدت بلدة كفرنبل غارات يوم السبت."
    r = run(text, places=[SARMIN, KAFRNABL], actors=[RUSSIA, GROUP], claims=claims)
    assert [perpetrator_names(r, e) for e in r.events] == [["Russia"], ["Houthis"], ["Russia"]]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the aircraft word carries ب: what the strike was made with, so the agent is carried on
        ("وبعد يومين استهدفت بالطيران المسير سوقاً في بلدة كفرنبل.", [["Russia"], ["Russia"]]),
        # the aircraft word is the subject: an agent the text names without saying whose
        ("وبعد يومين استهدف الطيران المسير سوقاً في بلدة كفرنبل.", [["Russia"], []]),
    ],
)
def test_an_aircraft_word_after_bi_is_the_instrument_not_an_unnamed_agent(
    second: str, expected: list[list[str]]
) -> None:
    r = run(
        "قتل ثلاثة مدنيين في غارات روسية على بلدة سرمين أمس. " + second,
        places=[SARMIN, KAFRNABL],
        actors=[RUSSIA],
    )
    assert [perpetrator_names(r, e) for e in r.events] == expected
