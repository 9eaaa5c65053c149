"""EventStage: who carried an event out, and who did not.

- an agent after a relative verb joins the trigger ("غارة شنتها مسيرة إسرائيلية");
- the source of an announcement is the perpetrator only when it announces the act itself
  ("أعلنت روسيا بدء شن غارات"), not when it reports it ("وفق ما أعلنه المرصد", "أعلن المرصد أن");
- an actor the text cannot name ("مسلحون مجهولون") leaves the perpetrator unknown.
The sentences are written for these tests; places, actors and claims are injected.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import Actor, Place, Said, perpetrator_names, run

SARMIN = Place("سرمين", "Sarmin")
RUSSIA = Actor("روسيا", "Russia", "GPE", "RUS")
SOHR = Actor("المرصد", "Syrian Observatory for Human Rights")


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "قتل ثلاثة مدنيين في غارة شنتها مسيرة إسرائيلية على بلدة سرمين.",
            [Actor("مسيرة إسرائيلية", "Israeli Air Force", country="ISR")],
            ("غارة شنتها مسيرة إسرائيلية", ["Israeli Air Force"]),
        ),
        (
            "أصيب خمسة مدنيين في الهجمات التي نفذها التنظيم على بلدة سرمين.",
            [Actor("التنظيم", "Islamic State")],
            ("الهجمات التي نفذها التنظيم", ["Islamic State"]),
        ),
        (  # no agent after the relative verb: the trigger does not grow
            "قتل مدنيان في الغارة التي شنتها أمس على بلدة سرمين.",
            [],
            ("الغارة", []),
        ),
    ],
)
def test_events_perpetrators_relative_clause(
    text: str, actors: list[Actor], expected: tuple[str, list[str]]
) -> None:
    r = run(text, places=[SARMIN], actors=actors)
    e = r.events[0]
    assert (e.trigger.text, perpetrator_names(r, e)) == expected


@pytest.mark.parametrize(
    ("text", "actors", "claim", "expected"),
    [
        (  # the announcer names its own act
            "أعلنت روسيا بدء شن غارات على بلدة سرمين.",
            [RUSSIA],
            Said("أعلنت", "بدء شن غارات على بلدة سرمين", "announce", "روسيا"),
            ["Russia"],
        ),
        (  # a monitor reports a strike after the fact: the cue follows the content
            "قتل أربعة مدنيين في غارات على بلدة سرمين، وفق ما أعلنه المرصد.",
            [SOHR],
            Said("أعلنه", "قتل أربعة مدنيين في غارات على بلدة سرمين", "announce", "المرصد"),
            [],
        ),
        (  # a monitor announces that strikes happened: "أن" opens the reported clause
            "أعلن المرصد أن غارات استهدفت بلدة سرمين.",
            [SOHR],
            Said("أعلن", "غارات استهدفت بلدة سرمين", "announce", "المرصد"),
            [],
        ),
    ],
)
def test_events_perpetrators_announcer(
    text: str, actors: list[Actor], claim: Said, expected: list[str]
) -> None:
    r = run(text, places=[SARMIN], actors=actors, claims=[claim])
    assert [perpetrator_names(r, e) for e in r.events] == [expected]


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (
            "اغتال مسلحون مجهولون مدنياً في بلدة سرمين.",
            [Actor("مسلحون مجهولون", "unidentified gunmen", "NORP")],
            [],
        ),
        (
            "اغتال مسلحون من التنظيم مدنياً في بلدة سرمين.",
            [Actor("مسلحون من التنظيم", "Islamic State")],
            ["Islamic State"],
        ),
    ],
)
def test_events_perpetrators_unidentified(text: str, actors: list[Actor], expected: list[str]) -> None:
    r = run(text, places=[SARMIN], actors=actors)
    assert [perpetrator_names(r, e) for e in r.events] == [expected]
