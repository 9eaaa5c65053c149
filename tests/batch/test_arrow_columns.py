"""Chunks are built from Arrow buffers: the same tables as `pa.Table.from_pylist`, and no pandas."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from rasid.batch.arrow_columns import column, table_of
from rasid.batch.output import TABLES, table_schema
from rasid.batch.work import record_rows, worker_pipeline
from rasid.read import read_path
from rasid.runner import process_one

from .conftest import EXAMPLES


@pytest.mark.parametrize("name", ["ariha-market-strike.txt", "gaza-rafah-strike.html"])
def test_every_table_of_a_real_article_equals_from_pylist(name: str) -> None:
    record = process_one(next(read_path(EXAMPLES / name)), worker_pipeline())
    assert not isinstance(record, Exception)
    rows = record_rows(record)
    assert rows["events"] and rows["mentions"] and rows["facts"]
    for table in TABLES:
        if table == "failures":
            continue
        schema = table_schema(table)
        ours = table_of(rows[table], schema)
        assert ours.equals(pa.Table.from_pylist(rows[table], schema=schema)), table
        ours.validate(full=True)


def test_nulls_text_bytes_numbers_and_booleans() -> None:
    schema = pa.schema(
        [
            ("place", pa.string()),
            ("raw", pa.binary()),
            ("deaths", pa.int64()),
            ("lat", pa.float64()),
            ("cumulative", pa.bool_()),
        ]
    )
    rows = [
        {"place": "خان يونس", "raw": "قصف".encode(), "deaths": 12, "lat": 31.34, "cumulative": True},
        {"place": None, "raw": None, "deaths": None, "lat": None, "cumulative": None},
        {"place": "", "raw": b"", "deaths": 0, "lat": -0.5, "cumulative": False},
        {},  # a missing key is a null, as in from_pylist
    ]
    ours = table_of(rows, schema)
    assert ours.equals(pa.Table.from_pylist(rows, schema=schema))
    assert ours.column("place").to_pylist() == ["خان يونس", None, "", None]
    assert ours.column("deaths").null_count == 2
    assert ours.column("cumulative").to_pylist() == [True, None, False, None]


def test_an_empty_chunk_and_a_wrong_value() -> None:
    assert table_of([], table_schema("facts")).num_rows == 0
    with pytest.raises(TypeError, match="a value of type int in a string column"):
        column([7], pa.string())
    with pytest.raises(TypeError, match="no buffer layout"):
        column([[1]], pa.list_(pa.int64()))


def test_writing_a_partition_does_not_import_pandas(tmp_path: Path) -> None:
    """pandas costs a worker about 45 MB; nothing on the write path may pull it in."""
    script = f"""
import sys
from pathlib import Path
from rasid.batch.plan import plan
from rasid.batch.work import run_partition
partitions = plan([{str(EXAMPLES / "ariha-market-strike.txt")!r}, {str(EXAMPLES / "gaza-rafah-strike.html")!r}], bytes_per_partition=1 << 20)
for partition in partitions:
    result = run_partition(partition, {str(tmp_path / "out")!r})
    assert result.records, result
assert "pandas" not in sys.modules, "pandas was imported"
print("ok", sum(1 for _ in Path({str(tmp_path / "out")!r}).rglob("*.parquet")))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("ok ") and int(done.stdout.split()[1]) >= 6
