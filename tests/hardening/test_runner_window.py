"""With worker processes, inputs are read only a bounded window ahead of the results."""

from __future__ import annotations

from collections.abc import Iterator

from rasid.pipeline import Pipeline
from rasid.read import Failure, read_string
from rasid.record import Record
from rasid.runner import IN_FLIGHT_PER_WORKER, cpu_count, run_records


def test_inputs_are_not_read_ahead_without_bound() -> None:
    read: list[int] = []

    def inputs() -> Iterator[Record | Failure]:
        for i in range(60):
            read.append(i)
            yield read_string(f"خبر رقم {i}\n\nنص الخبر.", uri=f"{i}.txt")

    workers = min(2, cpu_count())
    results = run_records(inputs(), workers=workers, pipeline=Pipeline([]))
    first = next(results)
    assert len(read) <= workers * IN_FLIGHT_PER_WORKER + 1  # Pool.imap would have read all 60
    rest = list(results)
    assert [r.source.uri for r in [first, *rest] if isinstance(r, Record)] == [f"{i}.txt" for i in range(60)]
