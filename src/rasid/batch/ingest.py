"""A batch output as store input: its records (rebuilt from the `documents` table) and failures.

`rasid ingest --from-parquet OUT` passes these items to `Store.ingest`, so a batch result
is stored exactly as an ingest of the same inputs would store it (the same ids, rows and
raw input) and can be reviewed; ingesting it twice stores nothing twice.
"""

from __future__ import annotations

from collections.abc import Iterator

from rasid.batch.output import MANIFEST, Output, iter_table_rows
from rasid.errors import InputError
from rasid.read import Failure
from rasid.record import Record


def parquet_items(out: str) -> Iterator[Record | Failure]:
    """Every record, then every failure, of the finished partitions of a batch output."""
    output = Output(out)
    if not output.exists(output.path(MANIFEST)):
        raise InputError(out, f"not a rasid batch output (no {MANIFEST})")
    for row in iter_table_rows(out, "documents"):
        record = Record.model_validate_json(row["record"])
        record.raw = row["raw"]
        record.content_type = row["content_type"]
        yield record
    for row in iter_table_rows(out, "failures"):
        yield Failure(row["source"], row["problem"])
