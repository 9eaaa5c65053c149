"""Stages and pipelines: a plain list of generator steps over records.

Each stage declares the layers it reads and writes; `Pipeline` checks the order when it
is built, so a stage that needs sentences cannot run before segmentation. Every stage
keeps counters and its own processing time, which `Pipeline.stats()` reports.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from rasid.errors import DeadlineExceeded, PipelineError
from rasid.record import Record

#: Layers a record has when a reader hands it over.
READER_LAYERS = frozenset({"raw", "source"})


@dataclass
class StageStats:
    records: int = 0
    seconds: float = 0.0
    counters: Counter[str] = field(default_factory=Counter)

    def merge(self, other: StageStats) -> None:
        self.records += other.records
        self.seconds += other.seconds
        self.counters.update(other.counters)


class Stage:
    """One step of the pipeline. Override `process` (one record) or `run` (the stream)."""

    name: ClassVar[str] = "stage"
    reads: ClassVar[frozenset[str]] = frozenset()
    writes: ClassVar[frozenset[str]] = frozenset()

    def __init__(self) -> None:
        self.stats = StageStats()

    def stat(self, key: str, n: int = 1) -> None:
        self.stats.counters[key] += n

    def process(self, record: Record) -> Record:
        raise NotImplementedError(f"{type(self).__name__} must override process() or run()")

    def run(self, records: Iterable[Record]) -> Iterator[Record]:
        for record in records:
            start = time.perf_counter()
            out = self.process(record)
            self.stats.seconds += time.perf_counter() - start
            self.stats.records += 1
            yield out


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
        yield from stream

    def run_one(self, record: Record, *, deadline: float | None = None) -> Record:
        out = list(self.run([record], deadline=deadline))
        if len(out) != 1:
            raise PipelineError(f"pipeline returned {len(out)} records for one input")
        return out[0]

    def stats(self) -> dict[str, StageStats]:
        return {stage.name: stage.stats for stage in self.stages}


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
