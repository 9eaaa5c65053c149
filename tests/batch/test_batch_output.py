"""`rasid batch` in one process on the sample corpus: tables, markers, reruns and bad inputs."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from rasid import extract_many
from rasid.batch import TABLES, read_table, run_batch
from rasid.batch.output import table_schema
from rasid.batch.run import IN_PROCESS, BatchError
from rasid.cli.main import app
from rasid.incidents import build_incidents, facts_from_record
from rasid.record import Record
from rasid.tables import rows

from .conftest import EXAMPLES


@pytest.fixture(scope="module")
def examples_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("examples-batch") / "out"
    summary = run_batch([str(EXAMPLES)], str(out), scheduler=IN_PROCESS, partitions=3)
    assert summary.complete and summary.ran == summary.planned == 3
    return out


@pytest.fixture(scope="module")
def examples_records() -> list[Record]:
    return [r for r in extract_many([str(EXAMPLES)]) if isinstance(r, Record)]


def test_tables_hold_the_one_flattening_of_every_record(
    examples_batch: Path, examples_records: list[Record]
) -> None:
    assert read_table(str(examples_batch), "records")["doc_id"].to_pylist() == [
        r.id for r in examples_records
    ]
    for kind in ("records", "mentions", "events", "casualties", "claims"):
        expected = [row for r in examples_records for row in rows(r)[kind]]
        assert read_table(str(examples_batch), kind).to_pylist() == expected, kind
        folder = pq.read_table(examples_batch / kind)  # every chunk of a table has one schema
        assert (folder.schema, folder.num_rows) == (table_schema(kind), len(expected)), kind
    documents = read_table(str(examples_batch), "documents").to_pylist()
    assert [json.loads(d["record"]) for d in documents] == [r.to_dict() for r in examples_records]
    assert [d["raw"] for d in documents] == [r.raw for r in examples_records]
    assert read_table(str(examples_batch), "failures").num_rows == 0


def test_incidents_are_merged_across_the_whole_output(
    examples_batch: Path, examples_records: list[Record]
) -> None:
    expected = build_incidents(f for r in examples_records for f in facts_from_record(r))
    incidents = read_table(str(examples_batch), "incidents")
    assert sorted(incidents["incident_id"].to_pylist()) == sorted(i.id for i in expected)
    members = read_table(str(examples_batch), "incident_members").to_pylist()
    assert sorted((m["incident_id"], m["doc_id"], m["event_id"]) for m in members) == sorted(
        (i.id, m.doc_id, m.event_id) for i in expected for m in i.members
    )
    ariha = {r.id for r in examples_records if "أريحا" in (r.title or "")}
    biggest = max(expected, key=lambda i: len({m.doc_id for m in i.members} & ariha))
    assert len({m.doc_id for m in biggest.members} & ariha) >= 3  # reports of the Ariha strike merge


def test_every_partition_has_a_marker_and_a_rerun_skips_them(examples_batch: Path) -> None:
    markers = sorted((examples_batch / "_done").glob("*.json"))
    assert len(markers) == 3
    parts = sorted(examples_batch.glob("*/part-*.parquet"))
    before = {p: p.stat().st_mtime_ns for p in parts}
    summary = run_batch([str(EXAMPLES)], str(examples_batch), scheduler=IN_PROCESS, partitions=3)
    assert (summary.ran, summary.skipped, summary.planned) == (0, 3, 3)
    assert summary.rows["records"] == 18
    assert {p: p.stat().st_mtime_ns for p in sorted(examples_batch.glob("*/part-*.parquet"))} == before


def test_a_partition_left_half_written_is_redone_without_duplicates(
    examples_batch: Path, tmp_path: Path
) -> None:
    before = {t: read_table(str(examples_batch), t) for t in TABLES}
    marker = sorted((examples_batch / "_done").glob("*.json"))[1]
    partition = marker.stem
    marker.unlink()  # as if the worker died before writing its marker
    chunk = next((examples_batch / "mentions").glob(f"{partition}-*.parquet"))
    chunk.write_bytes(b"PAR1 torn")
    (examples_batch / "mentions" / f".{partition}-00000.parquet.tmp-0123").write_bytes(b"half")
    assert read_table(str(examples_batch), "mentions").num_rows < before["mentions"].num_rows
    summary = run_batch([str(EXAMPLES)], str(examples_batch), scheduler=IN_PROCESS, partitions=3)
    assert (summary.ran, summary.skipped) == (1, 2)
    for table in TABLES:
        assert read_table(str(examples_batch), table).equals(before[table]), table


def test_an_output_folder_of_other_inputs_is_refused(examples_batch: Path) -> None:
    with pytest.raises(BatchError, match="holds a batch of other inputs"):
        run_batch([str(EXAMPLES / "more")], str(examples_batch), scheduler=IN_PROCESS)
    result = CliRunner().invoke(
        app, ["batch", str(EXAMPLES / "more"), "--out", str(examples_batch), "--scheduler", IN_PROCESS]
    )
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"rasid: {examples_batch}: holds a batch of other inputs ({EXAMPLES}); use another --out"
    ]


def test_bad_inputs_are_failures_and_the_others_are_written(tmp_path: Path) -> None:
    wire = tmp_path / "wire.jsonl"
    lines = (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    wire.write_text(f"{lines[1]}\n{{broken\n{lines[2]}\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    out = tmp_path / "out"
    missing = str(tmp_path / "missing.txt")
    result = CliRunner().invoke(
        app,
        [
            "batch",
            str(wire),
            str(tmp_path / "empty.txt"),
            missing,
            "--out",
            str(out),
            "--scheduler",
            IN_PROCESS,
        ],
    )
    assert result.exit_code == 3, result.output
    assert result.stderr.splitlines() == [
        f"rasid: {wire}:2: not valid JSON (column 2: Expecting property name enclosed in double quotes)",
        f"rasid: {tmp_path / 'empty.txt'}: empty input",
        f"rasid: {missing}: no such file or directory",
    ]
    assert read_table(str(out), "records").num_rows == 2
    assert read_table(str(out), "failures").num_rows == 3
    assert result.stdout.startswith("2 records, 3 failures in 1 partitions (1 run now, 0 done before)")


def test_published_must_be_an_iso_date(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["batch", str(EXAMPLES), "--out", str(tmp_path / "o"), "--published", "yesterday"]
    )
    assert result.exit_code == 2
    assert "not an ISO date" in result.stderr
    assert not os.path.exists(tmp_path / "o")


def test_ingest_from_parquet_stores_what_ingest_stores(examples_batch: Path, tmp_path: Path) -> None:
    from rasid.store import Store

    runner = CliRunner()
    batch_db, direct_db = str(tmp_path / "batch.db"), str(tmp_path / "direct.db")
    first = runner.invoke(app, ["ingest", "--from-parquet", str(examples_batch), "--db", batch_db])
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith(f"18 stored, 0 already stored, 0 failures stored from {examples_batch}")
    again = runner.invoke(app, ["ingest", "--from-parquet", str(examples_batch), "--db", batch_db])
    assert again.stdout.startswith("0 stored, 18 already stored")
    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--db", direct_db]).exit_code == 0
    with Store.open(batch_db) as batch, Store.open(direct_db) as direct:
        for kind in ("mentions", "events", "casualties", "claims", "incidents"):
            assert _sorted(batch.rows(kind)) == _sorted(direct.rows(kind)), kind
        doc_id = read_table(str(examples_batch), "records")["doc_id"][0].as_py()
        assert batch.record(doc_id).raw == direct.record(doc_id).raw
        assert batch.record(doc_id).to_dict() == direct.record(doc_id).to_dict()


def test_ingest_from_parquet_needs_a_batch_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["ingest", "--from-parquet", str(tmp_path), "--db", str(tmp_path / "s.db")]
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == f"rasid: {tmp_path}: not a rasid batch output (no _batch.json)"


def _sorted(rows: list[dict[str, object]]) -> list[str]:
    """The rows as comparable text, without the time each was written (`updated`)."""
    kept = ({k: v for k, v in r.items() if k != "updated"} for r in rows)
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in kept)


def test_a_failing_partition_leaves_the_others_and_a_rerun_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rasid.batch.run as run_module

    real = run_module.run_partition

    def broken_second(partition, out, published):  # type: ignore[no-untyped-def]
        if partition.index == 1:
            raise OSError("disk full")
        return real(partition, out, published)

    out = tmp_path / "out"
    monkeypatch.setattr(run_module, "run_partition", broken_second)
    result = CliRunner().invoke(
        app, ["batch", str(EXAMPLES), "--out", str(out), "--scheduler", IN_PROCESS, "--partitions", "3"]
    )
    assert result.exit_code == 3
    assert re.fullmatch(r"rasid: partition part-000001-[0-9a-f]{12}: OSError: disk full\n", result.stderr)
    assert "(2 run now, 0 done before)" in result.stdout
    assert "incidents: not merged (some partitions failed; rerun)" in result.stdout
    monkeypatch.setattr(run_module, "run_partition", real)
    summary = run_batch([str(EXAMPLES)], str(out), scheduler=IN_PROCESS, partitions=3)
    assert (summary.ran, summary.skipped, summary.rows["records"]) == (1, 2, 18)
    assert summary.incidents
