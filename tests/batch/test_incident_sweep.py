"""The batch's incident merge in bounded memory: the same incidents as one index, a window held."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import rasid.batch.incidents as batch_incidents
import rasid.batch.runs as runs
from rasid.batch import read_table
from rasid.batch.copies import copy_facts, later_copy
from rasid.batch.incidents import MEMBER_SCHEMA, incident_schema, write_incidents
from rasid.batch.output import iter_table_rows
from rasid.batch.runs import SortedRuns
from rasid.export.rows import incident_row
from rasid.incidents import EventFacts, Incident, IncidentIndex
from rasid.incidents.persist import member_rows
from rasid.incidents.sweep import UNDATED, Sweep, order


@pytest.fixture(scope="module")
def corpus_facts(one_process: Path) -> list[EventFacts]:
    """Every fact of `rasid batch` over the generated small corpus, in reading order."""
    return [EventFacts.from_dict(json.loads(r["facts"])) for r in iter_table_rows(str(one_process), "facts")]


def swept(facts: list[EventFacts]) -> tuple[list[Incident], Sweep]:
    sweep = Sweep()
    out: list[Incident] = []
    for f in sorted(facts, key=lambda f: (order(f), f.key)):
        out += sweep.add(f)
    out += sweep.finish()
    return sorted(out, key=lambda i: i.id), sweep


def test_the_sweep_forms_the_incidents_of_one_index(corpus_facts: list[EventFacts]) -> None:
    facts = [later_copy(f, c) for c in range(2) for f in corpus_facts]
    # reports without any date reach every day, in the index as in the sweep
    undated = [
        replace(f, doc_id=f"{f.doc_id}-u", date=None, context_date=None, published=None)
        for f in corpus_facts[::40]
    ]
    facts += undated
    random.Random(4).shuffle(facts)
    expected = IncidentIndex(facts).incidents()
    got, sweep = swept(facts)
    assert [(i.id, i.member_keys) for i in got] == [(i.id, i.member_keys) for i in expected]
    assert [incident_row(i) for i in got] == [incident_row(i) for i in expected]
    assert len(expected) < len(facts)  # reports did merge
    assert any(len(i.members) > 1 and {m.key for m in i.members} & {u.key for u in undated} for i in expected)
    assert sweep.held == 0


def test_the_sweep_holds_the_open_window_not_the_corpus(corpus_facts: list[EventFacts]) -> None:
    dated = [f for f in corpus_facts if order(f) != UNDATED]
    one, one_sweep = swept(dated)
    six, six_sweep = swept([later_copy(f, c) for c in range(6) for f in dated])
    assert len(six) == 6 * len(one)
    # six corpora one after the other: the sweep never held more than it did for one
    assert six_sweep.peak == one_sweep.peak
    assert one_sweep.peak < len(dated) / 4


def test_reports_out_of_order_are_refused(corpus_facts: list[EventFacts]) -> None:
    dated = sorted((f for f in corpus_facts if order(f) != UNDATED), key=order)
    sweep = Sweep()
    sweep.add(dated[-1])
    with pytest.raises(ValueError, match="reports must come in Sweep order"):
        sweep.add(dated[0])


def test_batch_incidents_are_one_index_over_every_fact(
    one_process: Path, corpus_facts: list[EventFacts], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    shutil.copytree(one_process, out)
    # tiny runs, merged three at a time: the on-disk sorts take several passes
    monkeypatch.setattr(runs, "RUN_ROWS", 50)
    monkeypatch.setattr(runs, "READ_ROWS", 7)
    monkeypatch.setattr(runs, "FAN_IN", 3)
    spill = tmp_path / "spill"
    spill.mkdir()
    expected = IncidentIndex(corpus_facts).incidents()
    assert write_incidents(str(out), spill=str(spill)) == len(expected)
    assert list(spill.iterdir()) == []  # the sorted runs are removed
    incidents = pq.read_table(out / "incidents" / "incidents.parquet")
    members = pq.read_table(out / "incidents" / "incident_members.parquet")
    assert incidents.schema == incident_schema() and members.schema == MEMBER_SCHEMA
    assert incidents.to_pylist() == [incident_row(i) for i in expected]
    assert members.to_pylist() == [m for i in expected for m in member_rows(i)]
    # and what the batch itself wrote with the default run sizes
    assert read_table(str(one_process), "incidents").equals(incidents)
    assert read_table(str(one_process), "incident_members").equals(members)


def test_a_failed_merge_keeps_the_last_incident_files(
    one_process: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    shutil.copytree(one_process, out)
    before = {t: read_table(str(out), t) for t in ("incidents", "incident_members")}
    calls = 0

    def failing(incident: Incident) -> dict[str, object]:
        nonlocal calls
        calls += 1
        if calls == 40:
            raise OSError("disk full")
        return incident_row(incident)

    monkeypatch.setattr(batch_incidents, "incident_row", failing)
    with pytest.raises(OSError, match="disk full"):
        write_incidents(str(out))
    for table, whole in before.items():
        assert read_table(str(out), table).equals(whole), table


def test_sorted_runs_merge_every_row_in_order_and_stably(tmp_path: Path) -> None:
    schema = pa.schema([("k", pa.int64()), ("n", pa.int64())])
    rows = [{"k": random.Random(n).randrange(20), "n": n} for n in range(500)]
    sorter = SortedRuns(tmp_path, schema, ("k",), run_rows=9, fan_in=4)
    for row in rows:
        sorter.add(row)
    assert list(sorter.merged()) == sorted(rows, key=lambda r: r["k"])
    assert len(list(tmp_path.iterdir())) <= 4


def test_copies_of_an_output_are_a_longer_corpus(
    one_process: Path, corpus_facts: list[EventFacts], tmp_path: Path
) -> None:
    longer = tmp_path / "x2"
    assert copy_facts(str(one_process), longer, 2) == 2 * len(corpus_facts)
    # copies never meet but through reports without any date, which reach every day
    expected = IncidentIndex([later_copy(f, c) for c in range(2) for f in corpus_facts]).incidents()
    assert write_incidents(str(longer)) == len(expected)
    assert len(expected) > 1.5 * read_table(str(one_process), "incidents").num_rows
    members = read_table(str(longer), "incident_members")["doc_id"].to_pylist()
    assert {m.rsplit("-", 1)[1] for m in members} == {"0", "1"}  # members from both copies
