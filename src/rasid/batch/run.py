"""`run_batch`: plan a corpus, run its partitions in this process or on Dask, then incidents.

The partition size is fixed the first time an output folder is used and kept in its
manifest, so every rerun plans the very same partitions and skips the finished ones. A
folder started with other inputs (or another publication date) is refused rather than
mixed.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rasid.batch.output import MANIFEST, Output
from rasid.batch.plan import Partition, plan, total_bytes
from rasid.batch.work import PartitionError, PartitionResult, run_partition
from rasid.errors import RasidError

#: Input bytes per partition when `--partitions` is not given: a few thousand text
#: articles or a few hundred HTML pages, a minute or two of one core.
DEFAULT_PARTITION_BYTES = 8 << 20

#: `--scheduler local-sync`: every partition in this process, one after the other.
IN_PROCESS = "local-sync"

MANIFEST_FORMAT = "rasid-batch/1"


class BatchError(RasidError):
    """The batch cannot start (e.g. the output folder holds a batch of other inputs)."""


@dataclass
class BatchSummary:
    out: str
    planned: int = 0
    ran: int = 0
    skipped: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    rows: Counter[str] = field(default_factory=Counter)
    incidents: int | None = None
    seconds: float = 0.0

    @property
    def complete(self) -> bool:
        return not self.failed


def run_batch(
    inputs: list[str],
    out: str,
    *,
    scheduler: str | None = None,
    partitions: int | None = None,
    workers: int | None = None,
    published: str | None = None,
    on_result: Callable[[PartitionResult | PartitionError], None] | None = None,
    incidents: bool = True,
) -> BatchSummary:
    """Extract every input into OUT; see the package docstring for the layout.

    With `incidents` False the incident tables are not (re)written: a benchmark measures
    the extraction and the merging apart (`write_incidents` does the latter).
    """
    start = time.perf_counter()
    output = Output(out)
    size = partition_bytes(output, inputs, partitions=partitions, published=published)
    planned = plan(inputs, bytes_per_partition=size)
    summary = BatchSummary(out=out)
    for result in _results(_counted(planned, summary), out, published, scheduler=scheduler, workers=workers):
        if isinstance(result, PartitionResult):
            summary.skipped += result.skipped
            summary.ran += not result.skipped
            summary.rows.update(result.rows)
        else:
            summary.failed[result.name] = result.problem
        if on_result is not None:
            on_result(result)
    if summary.complete and incidents:
        from rasid.batch.incidents import write_incidents

        summary.incidents = write_incidents(out)
    summary.seconds = time.perf_counter() - start
    return summary


def _counted(partitions: Iterable[Partition], summary: BatchSummary) -> Iterator[Partition]:
    for partition in partitions:
        summary.planned += 1
        yield partition


def _results(
    partitions: Iterable[Partition],
    out: str,
    published: str | None,
    *,
    scheduler: str | None,
    workers: int | None,
) -> Iterator[PartitionResult | PartitionError]:
    if scheduler == IN_PROCESS:
        for partition in partitions:
            try:
                yield run_partition(partition, out, published)
            except Exception as exc:  # as on Dask: the other partitions go on
                yield PartitionError(partition.name, f"{type(exc).__name__}: {exc}")
        return
    from rasid.batch.cluster import run_on_dask

    yield from run_on_dask(partitions, out, published, scheduler=scheduler, workers=workers)


def partition_bytes(
    output: Output, inputs: list[str], *, partitions: int | None, published: str | None
) -> int:
    """The partition size of this output folder: from its manifest, or fixed now and recorded."""
    path = output.path(MANIFEST)
    if output.exists(path):
        manifest = output.read_json(path)
        if manifest.get("inputs") != inputs or manifest.get("published") != published:
            raise BatchError(
                f"{output.url}: holds a batch of other inputs ({' '.join(manifest.get('inputs', []))}"
                f"{', published ' + manifest['published'] if manifest.get('published') else ''}); "
                "use another --out"
            )
        if partitions is not None and manifest.get("partitions") != partitions:
            raise BatchError(
                f"{output.url}: was planned with --partitions {manifest.get('partitions')}; "
                "rerun with the same value or use another --out"
            )
        return int(manifest["bytes_per_partition"])
    size = DEFAULT_PARTITION_BYTES
    if partitions is not None:
        size = max(1, math.ceil(total_bytes(inputs) / max(1, partitions)))
    output.write_json(
        path,
        {
            "format": MANIFEST_FORMAT,
            "inputs": inputs,
            "published": published,
            "partitions": partitions,
            "bytes_per_partition": size,
        },
    )
    return size
