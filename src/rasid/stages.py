"""The stage registry: every stage by name, and the default order a pipeline runs them in.

A pipeline can be assembled, reordered or trimmed by name (`stages_named(["clean",
"segment", "dates"])`) without importing the stage modules by hand. Adding a stage to
rasid means writing its class (see `rasid.stage.Stage`), listing it in `FACTORIES` and, if
the default pipeline should run it, placing its name in `DEFAULT_ORDER`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rasid.clean import CleanStage
from rasid.errors import PipelineError
from rasid.recognise.actors import ActorStage
from rasid.recognise.dates import DateStage
from rasid.recognise.places import PlaceStage
from rasid.recognise.quantities import QuantityStage
from rasid.recognise.weapons import WeaponStage
from rasid.relate.claims import ClaimStage
from rasid.relate.events import EventStage
from rasid.segment import SegmentStage
from rasid.stage import Stage

#: Stage factories by name (a factory takes no arguments and returns a fresh stage).
FACTORIES: dict[str, Callable[[], Stage]] = {
    cls.name: cls
    for cls in (
        CleanStage,
        SegmentStage,
        DateStage,
        QuantityStage,
        PlaceStage,
        ActorStage,
        WeaponStage,
        ClaimStage,
        EventStage,
    )
}

#: The order the default pipeline runs the stages in (readers run before them).
DEFAULT_ORDER: tuple[str, ...] = (
    "clean",
    "segment",
    "dates",
    "quantities",
    "places",
    "actors",
    "weapons",
    "claims",
    "events",
)


def make_stage(name: str) -> Stage:
    """A fresh stage of the given name; an unknown name is a PipelineError listing the known ones."""
    factory = FACTORIES.get(name)
    if factory is None:
        raise PipelineError(f"no stage named {name!r}; stages are {', '.join(FACTORIES)}")
    return factory()


def stages_named(names: Iterable[str]) -> list[Stage]:
    """Fresh stages for the given names, in the given order."""
    return [make_stage(name) for name in names]


def default_stage_list() -> list[Stage]:
    """Fresh stages in the default order."""
    return stages_named(DEFAULT_ORDER)
