"""The output folder of a batch: Parquet parts per table, done-markers, and reading back.

Layout under OUT (a local folder or an fsspec URL that every worker can reach)::

    _batch.json                      the inputs and partition size the batch was planned with
    records/part-000003-…-00000.parquet   one or more chunk files per partition and table
    mentions/ events/ casualties/ claims/ failures/
    _done/part-000003-….json         written last: the partition is finished (its row counts)
    incidents/incidents.parquet      incidents across the whole output, rewritten each run

A partition writes every chunk to a temporary name and renames it, then writes its
marker the same way. Chunk names depend only on the partition and the chunk number, so a
partition redone after a crash overwrites what it left and never adds a second copy.
Chunks are written every `CHUNK_ROWS` rows, which keeps a worker's memory flat; each chunk
has the column types its own values show, and `read_table` unifies them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

#: The tables of `rasid.tables.rows`; then whole records (`documents`: the rasid/1 JSON and
#: the raw input, for `rasid ingest --from-parquet`), incident facts (`facts`: one
#: `rasid.incidents.EventFacts` per event, as JSON) and the inputs that failed.
ROW_TABLES = ("records", "mentions", "events", "casualties", "claims")
TABLES = (*ROW_TABLES, "documents", "facts", "failures")
DONE = "_done"
MANIFEST = "_batch.json"

#: Rows (or bytes of text, whichever comes first) kept per table before they are written
#: out as one chunk file.
CHUNK_ROWS = 5000
CHUNK_BYTES = 16 << 20


class Output:
    """An output folder on any fsspec file system."""

    def __init__(self, url: str) -> None:
        from fsspec.core import url_to_fs

        self.url = url
        self.fs, self.root = url_to_fs(url)

    def path(self, *parts: str) -> str:
        return "/".join([self.root.rstrip("/"), *parts])

    def write_bytes(self, path: str, data: bytes) -> None:
        """Write under a temporary name, then rename: readers see all of it or nothing."""
        tmp = f"{path}.tmp-{uuid.uuid4().hex}"
        self.fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
        with self.fs.open(tmp, "wb") as fh:
            fh.write(data)
        self.fs.mv(tmp, path)

    def write_json(self, path: str, value: Any) -> None:
        self.write_bytes(path, json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8"))

    def read_json(self, path: str) -> Any:
        with self.fs.open(path, "rb") as fh:
            return json.loads(fh.read())

    def exists(self, path: str) -> bool:
        return bool(self.fs.exists(path))

    def done_marker(self, partition_name: str) -> str:
        return self.path(DONE, f"{partition_name}.json")

    def is_done(self, partition_name: str) -> bool:
        return self.exists(self.done_marker(partition_name))

    def write_table(self, path: str, table: pa.Table) -> None:
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink, compression="zstd")
        self.write_bytes(path, sink.getvalue().to_pybytes())

    def parts(self, table: str) -> list[str]:
        """The chunk files of a table, in plan order (partition, then chunk)."""
        folder = self.path(table)
        if not self.fs.isdir(folder):
            return []
        names = [p for p in self.fs.ls(folder, detail=False) if p.endswith(".parquet")]
        return sorted(names, key=lambda p: p.rsplit("/", 1)[-1])

    def finished_parts(self, table: str) -> Iterator[str]:
        """Chunk files of finished partitions only (a crashed partition's chunks are ignored)."""
        for part in self.parts(table):
            name = part.rsplit("/", 1)[-1]
            partition = name.rsplit("-", 1)[0]
            if self.is_done(partition):
                yield part


class PartWriter:
    """Rows of one partition into chunk files per table, CHUNK_ROWS rows at a time."""

    def __init__(self, output: Output, partition_name: str, *, chunk_rows: int = CHUNK_ROWS) -> None:
        self.output = output
        self.partition = partition_name
        self.chunk_rows = chunk_rows
        self.buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.sizes: dict[str, int] = dict.fromkeys(TABLES, 0)
        self.chunks: dict[str, int] = dict.fromkeys(TABLES, 0)
        self.counts: dict[str, int] = dict.fromkeys(TABLES, 0)

    def add(self, table: str, rows: list[dict[str, Any]]) -> None:
        buffer = self.buffers[table]
        buffer.extend(rows)
        self.counts[table] += len(rows)
        self.sizes[table] += sum(len(v) for row in rows for v in row.values() if isinstance(v, str | bytes))
        if len(buffer) >= self.chunk_rows or self.sizes[table] >= CHUNK_BYTES:
            self._flush(table)

    def close(self) -> dict[str, int]:
        """Write what is left; the caller writes the marker after this returns."""
        for table in TABLES:
            if self.buffers[table]:
                self._flush(table)
        return dict(self.counts)

    def _flush(self, table: str) -> None:
        rows = self.buffers[table]
        name = f"{self.partition}-{self.chunks[table]:05d}.parquet"
        self.output.write_table(self.output.path(table, name), to_arrow(rows))
        self.chunks[table] += 1
        self.buffers[table] = []
        self.sizes[table] = 0


def to_arrow(rows: list[dict[str, Any]]) -> pa.Table:
    """Rows of flat scalars as a table; columns keep first-seen order, absent keys are null."""
    columns = dict.fromkeys(key for row in rows for key in row)
    return pa.table({c: pa.array([_scalar(row.get(c)) for row in rows]) for c in columns})


def _scalar(value: Any) -> Any:
    """Nested values the flattening left (lists, dicts) are kept as JSON text."""
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False)
    return value


def read_table(url: str, table: str) -> pa.Table:
    """A whole table of a batch output, finished partitions only, with one unified schema."""
    output = Output(url)
    if table == "incidents":
        path = output.path("incidents", "incidents.parquet")
        return _read(output, path) if output.exists(path) else pa.table({})
    tables = [_read(output, part) for part in output.finished_parts(table)]
    if not tables:
        return pa.table({})
    schema = pa.unify_schemas([t.schema for t in tables], promote_options="permissive")
    return pa.concat_tables([_conform(t, schema) for t in tables])


def iter_table_rows(url: str, table: str, *, batch_rows: int = 1000) -> Iterator[dict[str, Any]]:
    """Rows of a table one batch at a time, for consumers that must not hold the table."""
    output = Output(url)
    for part in output.finished_parts(table):
        with output.fs.open(part, "rb") as fh:
            for batch in pq.ParquetFile(fh).iter_batches(batch_size=batch_rows):
                yield from batch.to_pylist()


def _read(output: Output, path: str) -> pa.Table:
    with output.fs.open(path, "rb") as fh:
        return pq.read_table(fh)


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    columns = []
    for field in schema:
        if field.name in table.column_names:
            columns.append(table.column(field.name).cast(field.type))
        else:
            columns.append(pa.nulls(table.num_rows, field.type))
    return pa.Table.from_arrays(columns, schema=schema)
