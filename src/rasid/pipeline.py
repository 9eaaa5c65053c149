"""Pipelines: an ordered list of stages (see `rasid.stage` for the contract each one keeps).

`Pipeline` checks the order when it is built, so a stage that needs sentences cannot run
before segmentation. Every stage keeps counters and its own processing time, which
`Pipeline.stats()` reports. `default_stages()` comes from the registry in `rasid.stages`.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable, Iterator, Sequence

from rasid.errors import DeadlineExceeded, PipelineError
from rasid.record import Record
from rasid.stage import READER_LAYERS, Stage, StageStats

__all__ = ["READER_LAYERS", "Pipeline", "Stage", "StageStats", "default_pipeline", "default_stages"]


class Pipeline:
    """An ordered list of stages whose layer requirements are checked on construction."""

    def __init__(self, stages: Sequence[Stage], *, provided: frozenset[str] = READER_LAYERS) -> None:
        available = set(provided)
        for stage in stages:
            missing = stage.reads - available
            if missing:
                raise PipelineError(
                    f"stage '{stage.name}' reads {sorted(missing)}, which no earlier stage writes"
                )
            available |= stage.writes
        self.stages = list(stages)

    def run(self, records: Iterable[Record], *, deadline: float | None = None) -> Iterator[Record]:
        """The records through every stage; past `deadline` (time.monotonic()) a stage boundary raises."""
        stream: Iterable[Record] = records
        for stage in self.stages:
            stream = stage.run(stream)
            if deadline is not None:
                stream = _within(stream, deadline, stage.name)
        for record in stream:
            yield record
            del record  # not held here while the collector freezes (the caller may have let it go)
            if _own_collector:
                freeze_loaded_data()

    def run_one(self, record: Record, *, deadline: float | None = None) -> Record:
        out = list(self.run([record], deadline=deadline))
        if len(out) != 1:
            raise PipelineError(f"pipeline returned {len(out)} records for one input")
        return out[0]

    def stats(self) -> dict[str, StageStats]:
        return {stage.name: stage.stats for stage in self.stages}


#: Whether the pipeline may tune this process's garbage collector (`own_the_collector`).
_own_collector = False


def own_the_collector() -> None:
    """Let the pipeline freeze what the stages loaded and space young collections in this process
    (`freeze_loaded_data`). Only for processes rasid owns: the `rasid` command and its worker
    processes call it; a program that imports rasid keeps its collector as it set it, since
    freezing would also make permanent any reference cycle of its own alive at a freeze."""
    global _own_collector
    _own_collector = True


#: Records through every stage so far in this process, and the count at which the collector's
#: long-lived objects are next frozen (`freeze_loaded_data`).
_finished = 0
_next_freeze = 1
#: No freezing after this many records: the tables and caches are loaded long before.
FREEZE_UNTIL = 1 << 12
#: Net new container objects between two young collections, once the tables are frozen (CPython's
#: default is 700: an article makes several thousand, and each young collection also walks the
#: large lists and dicts the stages are still building: about one a record at 700, costing 0.56
#: ms of a warm article, 0.27 ms at this threshold, timed with `gc.callbacks`).
YOUNG_THRESHOLD = 5000
_DEFAULT_YOUNG = 700


def freeze_loaded_data() -> None:
    """After the 1st, 2nd, 4th, 8th ... record of the process (up to `FREEZE_UNTIL`): collect,
    then move every object alive to the collector's permanent generation. What is alive then is
    mostly what the stages loaded and remember (the language tables, lexicons, models, per-word
    caches filling up over the first records): it lives as long as the process, and every full
    collection would walk it all again (about 170,000 objects: 0.5 ms of each article's time on
    average in the warm bench). Objects made later are collected as before, and frozen ones
    are still freed when nothing refers to them; only a cycle alive at a freeze (the record
    just finished, at most one per freeze) is never collected. At the first freeze, young
    collections are spaced to `YOUNG_THRESHOLD` unless the process chose its own threshold."""
    global _finished, _next_freeze
    _finished += 1
    if _finished == _next_freeze and _finished <= FREEZE_UNTIL:
        if _finished == 1:
            young, *older = gc.get_threshold()
            if young == _DEFAULT_YOUNG:
                gc.set_threshold(YOUNG_THRESHOLD, *older)
        _next_freeze *= 2
        gc.collect()
        gc.freeze()


def _within(records: Iterable[Record], deadline: float, after: str) -> Iterator[Record]:
    for record in records:
        if time.monotonic() > deadline:
            raise DeadlineExceeded(f"time budget exceeded after stage '{after}'")
        yield record


def default_stages() -> list[Stage]:
    """The default extraction stages, in order (readers run before them)."""
    from rasid.stages import default_stage_list

    return default_stage_list()


def default_pipeline() -> Pipeline:
    return Pipeline(default_stages())
