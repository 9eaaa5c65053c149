"""The output folder of a batch: Parquet parts per table, done-markers, and reading back.

Layout under OUT (a local folder or an fsspec URL that every worker can reach)::

    _batch.json                      the inputs and partition size the batch was planned with
    records/part-000003-…-00000.parquet   one or more chunk files per partition and table
    mentions/ events/ casualties/ claims/ failures/
    _done/part-000003-….json         written last: the partition is finished (its row counts)
    incidents/incidents.parquet      incidents across the whole output, rewritten each run
    incidents/incident_members.parquet  one row per (incident, document, event)

A partition writes every chunk to a temporary name and renames it, then writes its
marker the same way. Chunk names depend only on the partition and the chunk number, so a
partition redone after a crash overwrites what it left and never adds a second copy.
Chunks are written every `CHUNK_ROWS` rows, which keeps a worker's memory flat; every chunk
of a table has the same schema (`table_schema`).
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

#: The tables of `rasid.tables.rows`; then whole records (`documents`: the rasid/1 JSON and
#: the raw input, for `rasid ingest --from-parquet`), incident facts (`facts`: one
#: `rasid.incidents.EventFacts` per event, as JSON) and the inputs that failed.
ROW_TABLES = ("records", "mentions", "events", "casualties", "claims")
TABLES = (*ROW_TABLES, "documents", "facts", "failures")
#: Written by `rasid.batch.incidents` across the whole output, under OUT/incidents/.
INCIDENT_TABLES = ("incidents", "incident_members")
DONE = "_done"
MANIFEST = "_batch.json"

#: Rows (or bytes of text, whichever comes first) kept per table before they are written
#: out as one chunk file.
CHUNK_ROWS = 2000
CHUNK_BYTES = 1 << 20


class Output:
    """An output folder on any fsspec file system."""

    def __init__(self, url: str) -> None:
        from fsspec.core import url_to_fs

        self.url = url
        self.fs, self.root = url_to_fs(url)

    def path(self, *parts: str) -> str:
        return "/".join([self.root.rstrip("/"), *parts])

    @contextmanager
    def atomic(self, path: str) -> Iterator[Any]:
        """A file to write `path` through: a hidden temporary name, renamed once it is whole."""
        folder, name = path.rsplit("/", 1)
        tmp = f"{folder}/.{name}.tmp-{uuid.uuid4().hex}"  # hidden: dataset readers skip it
        self.fs.makedirs(folder, exist_ok=True)
        with self.fs.open(tmp, "wb") as fh:
            yield fh
        self.fs.mv(tmp, path)

    def write_bytes(self, path: str, data: bytes) -> None:
        with self.atomic(path) as fh:
            fh.write(data)

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
        """Parquet straight into a hidden temporary file, then renamed (no copy held in memory)."""
        with self.atomic(path) as fh:
            pq.write_table(table, fh, compression="zstd")

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
        self.buffers[table] = []
        self.sizes[table] = 0
        self.output.write_table(self.output.path(table, name), to_arrow(table, rows))
        del rows
        self.chunks[table] += 1
        pa.default_memory_pool().release_unused()  # keep a long-running worker's footprint flat


#: The columns of the tables `rasid.tables` does not make.
_OWN_SCHEMAS = {
    "documents": pa.schema(
        [
            ("doc_id", pa.string()),
            ("content_type", pa.string()),
            ("record", pa.string()),
            ("raw", pa.binary()),
        ]
    ),
    "facts": pa.schema([("doc_id", pa.string()), ("key", pa.string()), ("facts", pa.string())]),
    "failures": pa.schema([("source", pa.string()), ("problem", pa.string())]),
}


@functools.cache
def table_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table: `rasid.tables.COLUMNS` typed as the store types them.

    Every chunk of a table has this schema, so pandas, DuckDB or pyarrow read a table's
    folder as one dataset.
    """
    if table not in ROW_TABLES:
        return _OWN_SCHEMAS[table]
    import sqlalchemy as sa

    from rasid.store.schema import column_type
    from rasid.tables import COLUMNS

    def arrow(sql: sa.types.TypeEngine[Any]) -> pa.DataType:
        if isinstance(sql, sa.Boolean):
            return pa.bool_()
        if isinstance(sql, sa.Integer):
            return pa.int64()
        if isinstance(sql, sa.Float):
            return pa.float64()
        return pa.string()

    return pa.schema([(name, arrow(column_type(name))) for name in COLUMNS[table]])


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """A chunk as Arrow, without importing pandas into the worker (`rasid.batch.arrow_columns`)."""
    from rasid.batch.arrow_columns import table_of

    return table_of(rows, table_schema(table))


def read_table(url: str, table: str) -> pa.Table:
    """A whole table of a batch output (finished partitions only), in plan order."""
    output = Output(url)
    if table in INCIDENT_TABLES:
        path = output.path("incidents", f"{table}.parquet")
        return _read(output, path) if output.exists(path) else pa.table({})
    tables = [_read(output, part) for part in output.finished_parts(table)]
    return pa.concat_tables(tables) if tables else table_schema(table).empty_table()


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
