"""Every event type maps to the ACLED and PLOVER codes of DESIGN.md's taxonomy table."""

from __future__ import annotations

from typing import get_args

import pytest

from rasid.record import EventType
from rasid.relate.events.lexicon import event_lexicon, taxonomy_codes

ER = "Explosions/Remote violence"
VAC = "Violence against civilians"
SD = "Strategic developments"


@pytest.mark.parametrize(
    ("event_type", "state", "acled", "plover"),
    [
        ("airstrike", False, [ER, "Air/drone strike"], "ASSAULT"),
        ("shelling", False, [ER, "Shelling/artillery/missile attack"], "ASSAULT"),
        ("explosion", False, [ER, "Remote explosive/landmine/IED"], "ASSAULT"),
        ("suicide_bombing", False, [ER, "Suicide bomb"], "ASSAULT"),
        ("chemical_attack", False, [ER, "Chemical weapon"], "ASSAULT"),
        ("armed_clash", False, ["Battles", "Armed clash"], "FIGHT"),
        ("territory_change", True, ["Battles", "Government regains territory"], "FIGHT"),
        ("territory_change", False, ["Battles", "Non-state actor overtakes territory"], "FIGHT"),
        ("attack_on_civilians", False, [VAC, "Attack"], "ASSAULT"),
        ("massacre", False, [VAC, "Attack"], "ASSAULT"),
        ("abduction", False, [VAC, "Abduction/forced disappearance"], "ASSAULT"),
        ("arrest", False, [SD, "Arrests"], "COERCE"),
        ("protest", False, ["Protests", "Peaceful protest"], "PROTEST"),
        ("campaign", False, None, "PROTEST"),
        ("military_intervention", False, [SD, "Change to group/activity"], "MOBILIZE"),
        ("agreement", False, [SD, "Agreement"], "AGREE"),
        ("authorization", False, [SD, "Agreement"], "AGREE"),
        ("cooperation", False, None, "COOPERATE"),
        ("request", False, None, "REQUEST"),
        ("displacement", False, None, None),
        ("aid", False, None, "AID"),
    ],
)
def test_events_taxonomy_codes(
    event_type: str, state: bool, acled: list[str] | None, plover: str | None
) -> None:
    assert taxonomy_codes(event_type, state=state) == (acled, plover)


def test_events_taxonomy_covers_every_type() -> None:
    assert set(event_lexicon().taxonomy) == set(get_args(EventType))
