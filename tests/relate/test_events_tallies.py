"""EventStage: which events hold running tallies (`cumulative`), and which stay incidents.

A tally event (a period's toll with no incident of its own) is marked so the scorer and the
exports can tell it from an incident; an incident whose toll rises keeps cumulative=False.
The sentences are written for these tests; places, actors and claims are injected.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import Place, run


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (  # a period's toll with no incident named: an event made to hold the tally
            "بلغ عدد القتلى المدنيين في المحافظة منذ بداية العام الماضي 312 قتيلاً.",
            [],
            [("attack_on_civilians", True, [True])],
        ),
        (  # an incident whose toll rises: one incident, its day named
            "ارتفعت حصيلة ضحايا الغارة الجوية على بلدة سرمين أمس إلى 14 قتيلاً.",
            [Place("سرمين", "Sarmin")],
            [("airstrike", False, [False])],
        ),
        (  # an incident and, in another sentence, the tally of the period: two events
            "قتل أربعة مدنيين في غارة جوية على بلدة سرمين أمس. "
            "وبلغ عدد القتلى المدنيين في المحافظة منذ بداية العام الماضي 312 قتيلاً.",
            [Place("سرمين", "Sarmin")],
            [("airstrike", False, [False]), ("attack_on_civilians", True, [True])],
        ),
        (  # people displaced over a period: the displacement holds a tally only
            "ونزح أكثر من 40 ألف شخص من قرى الريف الجنوبي منذ بداية الشهر الماضي.",
            [],
            [("displacement", True, [True])],
        ),
        (  # a displacement of one day stays an incident
            "نزحت 300 عائلة من بلدة سرمين أمس.",
            [Place("سرمين", "Sarmin")],
            [("displacement", False, [False])],
        ),
    ],
)
def test_events_tallies_flag(
    text: str, places: list[Place], expected: list[tuple[str, bool, list[bool]]]
) -> None:
    r = run(text, places=places)
    got = [(e.type, e.cumulative, [c.cumulative for c in e.casualties]) for e in r.events]
    assert got == expected
