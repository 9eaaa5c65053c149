"""The stage contract: what one step of the pipeline reads and writes, checked against the record.

A stage declares its layers as record fields and mention kinds: "text", "metadata",
"sentences", "claims", "events", "country" (the article's own country, link/country.py), and
"mentions:<kind>" for each kind of mention ("mentions:actor"). `Pipeline` checks the order
when it is built (a stage cannot read a layer no earlier stage writes); `Stage.run` checks, for
every record, that the stage grew no layer it did not declare (it counts each layer's items
before and after, which costs one pass over the mentions). The loop, the counters and the timing live here, so a stage only
overrides `process`.

This module is a leaf: it imports nothing from rasid but the errors and, for type hints, the
record, so every stage can import it without an import circle.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, ClassVar

from rasid.errors import PipelineError

if TYPE_CHECKING:
    from rasid.record import Record

MENTION_KINDS = ("date", "quantity", "place", "actor", "weapon")
#: Every layer a stage may name in `reads` or `writes`.
LAYERS = frozenset(
    {"raw", "source", "text", "metadata", "sentences", "claims", "events", "country"}
    | {f"mentions:{kind}" for kind in MENTION_KINDS}
)
#: Layers a record has when a reader hands it over.
READER_LAYERS = frozenset({"raw", "source"})


def mentions(kind: str) -> str:
    """The layer name of one kind of mention: mentions("actor") == "mentions:actor"."""
    return f"mentions:{kind}"


_KIND = attrgetter("kind")


def layer_sizes(record: Record) -> Counter[str]:
    """How many items each countable layer of the record holds (sentences, mentions by kind,
    claims, events, the country once set): what a stage may only change in the layers it writes."""
    kinds = Counter(map(_KIND, record.mentions))  # counted in C, named once per kind
    sizes: Counter[str] = Counter({mentions(kind): n for kind, n in kinds.items()})
    sizes["sentences"] = len(record.sentences)
    sizes["claims"] = len(record.claims)
    sizes["events"] = len(record.events)
    sizes["country"] = int(record.country is not None)
    return sizes


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
    """One step of the pipeline. Override `process` (one record) or, rarely, `run` (the stream)."""

    name: ClassVar[str] = "stage"
    reads: ClassVar[frozenset[str]] = frozenset()
    writes: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        unknown = (cls.reads | cls.writes) - LAYERS
        if unknown:
            raise PipelineError(
                f"stage '{cls.name}' declares unknown layers {sorted(unknown)}; layers are {sorted(LAYERS)}"
            )

    def __init__(self) -> None:
        self.stats = StageStats()

    def stat(self, key: str, n: int = 1) -> None:
        self.stats.counters[key] += n

    def process(self, record: Record) -> Record:
        raise NotImplementedError(f"{type(self).__name__} must override process() or run()")

    def run(self, records: Iterable[Record]) -> Iterator[Record]:
        for record in records:
            before = layer_sizes(record)
            start = time.perf_counter()
            out = self.process(record)
            self.stats.seconds += time.perf_counter() - start
            self.stats.records += 1
            self.check_writes(before, layer_sizes(out))
            yield out

    def check_writes(self, before: Counter[str], after: Counter[str]) -> None:
        """Raise PipelineError when a layer the stage did not declare changed size."""
        changed = {layer for layer in before.keys() | after.keys() if before[layer] != after[layer]}
        undeclared = changed - self.writes
        if undeclared:
            raise PipelineError(f"stage '{self.name}' wrote {sorted(undeclared)}, which it does not declare")
