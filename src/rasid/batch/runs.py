"""`SortedRuns`: an external sort, for rows too many to hold at once on the client.

Rows are kept `run_rows` at a time, sorted and written as one Parquet file (a run) in a
local folder; `merged()` then reads every run `READ_ROWS` rows at a time and merges them
in order (`heapq.merge`, stable: equal keys keep the order they were added in within a
run, and the earlier run first). With more than `fan_in` runs, each `fan_in` of them are
first merged into one (as often as needed), so the open files and their buffers stay
bounded however many rows there are.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

#: Rows kept in memory before they are sorted and written out as a run.
RUN_ROWS = 2000
#: Rows read at a time from each run while merging (a run's row groups are this size), and
#: runs merged at once: merging holds at most FAN_IN × READ_ROWS rows.
READ_ROWS = 128
FAN_IN = 32


class SortedRuns:
    """Rows of one `schema` in, the same rows out sorted by the columns `keys`."""

    def __init__(
        self,
        folder: Path,
        schema: pa.Schema,
        keys: tuple[str, ...],
        *,
        run_rows: int | None = None,
        fan_in: int | None = None,
    ) -> None:
        self.folder = folder
        self.schema = schema
        self.key = itemgetter(*keys)
        self.run_rows = run_rows or RUN_ROWS
        self.fan_in = max(2, fan_in or FAN_IN)
        self.runs: list[Path] = []
        self._written = 0
        self._rows: list[dict[str, Any]] = []
        folder.mkdir(parents=True, exist_ok=True)

    def add(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= self.run_rows:
            self._flush()

    def merged(self) -> Iterator[dict[str, Any]]:
        """Every row added, in key order (run after run merged; nothing is held whole)."""
        if self._rows:
            self._flush()
        while len(self.runs) > self.fan_in:  # a pass merges each `fan_in` runs into one, in order
            groups = [self.runs[i : i + self.fan_in] for i in range(0, len(self.runs), self.fan_in)]
            self.runs = [self._write(self._merge(group)) for group in groups]
            for path in (p for group in groups for p in group):
                path.unlink()
        yield from self._merge(self.runs)

    def _flush(self) -> None:
        rows, self._rows = self._rows, []
        rows.sort(key=self.key)
        self.runs.append(self._write(rows))

    def _write(self, rows: Iterable[dict[str, Any]]) -> Path:
        path = self.folder / f"run-{self._written:06d}.parquet"
        self._written += 1
        with pq.ParquetWriter(path, self.schema) as writer:
            for batch in batched(rows, self.run_rows):
                # row groups of READ_ROWS: a reader decodes a whole row group at a time
                writer.write_table(pa.Table.from_pylist(batch, schema=self.schema), row_group_size=READ_ROWS)
        pa.default_memory_pool().release_unused()  # Arrow's allocator keeps freed pages otherwise
        return path

    def _merge(self, runs: list[Path]) -> Iterator[dict[str, Any]]:
        return heapq.merge(*(_read(path) for path in runs), key=self.key)


def _read(path: Path) -> Iterator[dict[str, Any]]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=READ_ROWS):
        yield from batch.to_pylist()


def batched(rows: Iterable[dict[str, Any]], n: int) -> Iterator[list[dict[str, Any]]]:
    """Lists of at most n rows (the last one shorter; none for no rows)."""
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch
