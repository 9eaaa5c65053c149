"""The default stage list: clean, segment, then the mention recognisers in order."""

from __future__ import annotations

from rasid.pipeline import Stage


def default_stage_list() -> list[Stage]:
    from rasid.clean import CleanStage
    from rasid.lang.ar.segment import SegmentStage
    from rasid.recognise.actors import ActorStage
    from rasid.recognise.dates import DateStage
    from rasid.recognise.places import PlaceStage
    from rasid.recognise.quantities import QuantityStage
    from rasid.recognise.weapons import WeaponStage
    from rasid.relate.claims import ClaimStage
    from rasid.relate.events import EventStage

    return [
        CleanStage(),
        SegmentStage(),
        DateStage(),
        QuantityStage(),
        PlaceStage(),
        ActorStage(),
        WeaponStage(),
        ClaimStage(),
        EventStage(),
    ]
