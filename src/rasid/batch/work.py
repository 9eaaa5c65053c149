"""What runs on a worker: one partition from its inputs to Parquet parts and a done-marker.

The pipeline is loaded once per process (`worker_pipeline`, cached) and a Dask worker
loads it when it starts (`PipelineLoader`), so no task pays for the language data and
nothing but the partition's description travels to the worker (the plugin lives in
`rasid.batch.cluster`, with the rest of the Dask code). Records stream from the
readers through the pipeline into `rasid.tables.rows` and out in chunks: a worker holds
one record and at most a chunk of rows per table at a time.
"""

from __future__ import annotations

import functools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from rasid.batch.output import Output, PartWriter
from rasid.batch.plan import Partition
from rasid.batch.sources import partition_items
from rasid.clean.stage import site_memory
from rasid.pipeline import Pipeline
from rasid.read import Failure
from rasid.record import Record
from rasid.runner import process_one

#: A short Arabic report run once when a worker starts, so lazily loaded data is loaded
#: before the first real task (and its cost is not counted in any partition).
_WARM_UP = "غارة على سوق\n\nقتل خمسة مدنيين في غارة جوية على سوق مدينة إدلب أمس الثلاثاء."


@functools.cache
def worker_pipeline() -> Pipeline:
    """The default pipeline of this process, loaded and warmed up on first use."""
    from rasid.pipeline import default_pipeline
    from rasid.read import read_string

    pipeline = default_pipeline()
    pipeline.run_one(read_string(_WARM_UP, uri="<warm-up>"))
    return pipeline


@dataclass
class PartitionResult:
    """What the client hears back about a partition (counts only, never rows)."""

    name: str
    skipped: bool = False
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def records(self) -> int:
        return self.rows.get("records", 0)

    @property
    def failures(self) -> int:
        return self.rows.get("failures", 0)


class PartitionError(Exception):
    """A partition whose task failed for good (its worker killed again and again, a bug).

    It stays unmarked, so a rerun tries it again.
    """

    def __init__(self, name: str, problem: str) -> None:
        self.name = name
        self.problem = problem
        super().__init__(f"{name}: {problem}")


def run_partition(partition: Partition, out: str, published: str | None = None) -> PartitionResult:
    """Extract one partition into OUT unless its marker says it is already done."""
    output = Output(out)
    name = partition.name
    earlier = finished(output, name)
    if earlier is not None:
        return earlier
    start = time.perf_counter()
    pipeline = worker_pipeline()
    writer = PartWriter(output, name)
    with site_memory():  # per partition, so a rerun of it trims its pages the same way
        for item in partition_items(partition):
            if isinstance(item, Failure):
                writer.add("failures", [failure_row(item)])
                continue
            if published is not None:
                item.given_published = published
            done = process_one(item, pipeline)
            if isinstance(done, Failure):
                writer.add("failures", [failure_row(done)])
                continue
            for table, table_rows in record_rows(done).items():
                writer.add(table, table_rows)
    counts = writer.close()
    seconds = time.perf_counter() - start
    output.write_json(output.done_marker(name), {"partition": name, "rows": counts})
    return PartitionResult(name, seconds=seconds, rows=counts)


def record_rows(record: Record) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows for one record: STORE's flattening, the record itself, its incident facts."""
    from rasid.incidents import facts_from_record
    from rasid.tables import rows

    tables = rows(record)
    tables["documents"] = [
        {
            "doc_id": record.id,
            "content_type": record.content_type,
            "record": record.to_json(),
            "raw": record.raw,
        }
    ]
    tables["facts"] = [
        {"doc_id": record.id, "key": f.key, "facts": json.dumps(f.to_dict(), ensure_ascii=False)}
        for f in facts_from_record(record)
    ]
    return tables


def finished(output: Output, name: str) -> PartitionResult | None:
    """The result a finished partition recorded in its marker, None when it is not done."""
    if not output.is_done(name):
        return None
    return PartitionResult(name, skipped=True, rows=output.read_json(output.done_marker(name))["rows"])


def failure_row(failure: Failure) -> dict[str, Any]:
    return {"source": failure.source, "problem": failure.problem}
