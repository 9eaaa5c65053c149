"""Anonymous armed members named with their organisation (rasid.relate.events.members).

"مسلحون من تنظيم داعش", "مسلحون يعتقد أنهم من حركة الشباب": the organisation is the
perpetrator (hedged when the words suppose it); gunmen with no organisation stay gunmen.
The sentences are written for these tests; places and actors are injected.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import Actor, Place, perpetrator_names, run

GUNMEN = Actor("مسلحون", "gunmen", "NORP")
DIYALA = Place("ديالى", "Diyala")


@pytest.mark.parametrize(
    ("text", "org", "expected", "hedged"),
    [
        (
            "قتل خمسة مدنيين في هجوم شنه مسلحون من تنظيم داعش على قرية في ديالى.",
            Actor("تنظيم داعش", "Islamic State"),
            ["Islamic State"],
            False,
        ),
        (
            "قتل خمسة مدنيين في هجوم شنه مسلحون يعتقد أنهم من تنظيم داعش على قرية في ديالى.",
            Actor("تنظيم داعش", "Islamic State"),
            ["Islamic State"],
            True,
        ),
        (
            "قتل خمسة مدنيين في هجوم شنه مسلحون تابعون لتنظيم داعش على قرية في ديالى.",
            Actor("تنظيم داعش", "Islamic State"),
            ["Islamic State"],
            False,
        ),
        (  # an organisation after other words is not the gunmen's
            "قتل خمسة مدنيين في هجوم شنه مسلحون على قرية في ديالى حيث ينشط تنظيم داعش.",
            Actor("تنظيم داعش", "Islamic State"),
            ["gunmen"],
            False,
        ),
    ],
)
def test_gunmen_of_an_organisation_are_that_organisation(
    text: str, org: Actor, expected: list[str], hedged: bool
) -> None:
    r = run(text, places=[DIYALA], actors=[GUNMEN, org])
    assert [(perpetrator_names(r, e), e.actors.perpetrator_hedged) for e in r.events] == [(expected, hedged)]
