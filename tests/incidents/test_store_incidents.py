"""Incidents in the store (SQLite and a real PostgreSQL): the ingest hook, order, idempotence, the CLI."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest
from typer.testing import CliRunner

from rasid.cli.main import app
from rasid.incidents import IncidentIndex, facts_from_record
from rasid.incidents.persist import merge_documents, stored_incidents
from rasid.record import Record
from rasid.store import Store


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    if request.param == "sqlite":
        numbers = itertools.count(1)
        return lambda: str(tmp_path / f"rasid-{next(numbers)}.db")
    return cast(Callable[[], str], request.getfixturevalue("new_postgres_database"))


def _snapshot(url: str) -> list[tuple[str, list[str], str]]:
    with Store.open(url, hooks=False) as store:
        members: dict[str, list[str]] = {}
        for m in store.rows("incident_members"):
            members.setdefault(m["incident_id"], []).append(f"{m['doc_id']}:{m['event_id']}")
        return sorted(
            (row["id"], sorted(members[row["id"]]), json.dumps(row["summary"], sort_keys=True))
            for row in stored_incidents(store)
        )


def test_ingest_merges_and_order_does_not_matter(new_store_url, sample_records):
    """Documents ingested one at a time, in two orders, give the same incidents as merging all at once."""
    expected = IncidentIndex(f for r in sample_records for f in facts_from_record(r)).clusters()
    snapshots = []
    for order in (sample_records, list(reversed(sample_records))):
        url = new_store_url()
        with Store.open(url) as store:  # the hook installed: merging runs after each ingest
            assert store.after_ingest
            for record in order:
                store.ingest([record])
            assert store.unmerged() == []
        snapshots.append(_snapshot(url))
    assert snapshots[0] == snapshots[1]
    assert sorted(members for _, members, _ in snapshots[0]) == expected


def test_merging_again_rewrites_nothing(new_store_url, sample_records: list[Record]):
    url = new_store_url()
    with Store.open(url) as store:
        store.ingest(sample_records)
        before = _snapshot(url)
        written, dropped = merge_documents(store, [r.id for r in sample_records])
    assert (written, dropped) == (0, 0)
    assert _snapshot(url) == before


def test_members_carry_provenance(new_store_url, sample_records: list[Record]):
    url = new_store_url()
    with Store.open(url) as store:
        store.ingest(sample_records)
        rows = store.rows("incident_members")
    ariha = next(r for r in sample_records if (r.source.uri or "").endswith("ariha-market-strike.txt"))
    row = next(m for m in rows if m["doc_id"] == ariha.id and m["event_id"] == "e1")
    assert row["outlet"] == "شبكة بوابة الشمال"
    assert row["published"] == "2017-10-18"
    assert ariha.text[row["start"] : row["end"]] == "الغارات الجوية"
    assert "الغارات الجوية" in row["evidence"]


def test_cli_incidents_prints_the_summary(tmp_path):
    db = str(tmp_path / "rasid.db")
    runner = CliRunner()
    examples = str(Path(__file__).resolve().parents[2] / "examples")
    assert runner.invoke(app, ["ingest", examples, "--db", db]).exit_code == 0
    result = runner.invoke(app, ["incidents", "--db", db, "--limit", "3"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "multiple sources" in result.output
    assert "killed 18–29 (best 29)" in result.output
    assert "reported by two or more outlets" in result.output
    result = runner.invoke(app, ["incidents", "--db", db, "--json"])
    rows = [json.loads(line) for line in result.output.splitlines()]
    ariha = max(rows, key=lambda r: r["n_outlets"])
    assert (ariha["type"], ariha["date"], ariha["n_outlets"], ariha["grading"]) == (
        "airstrike",
        "2017-10-17",
        5,
        "multiple_sources",
    )


def test_a_new_document_rewrites_only_the_incidents_it_joins(new_store_url, sample_records: list[Record]):
    url = new_store_url()
    update = next(r for r in sample_records if (r.source.uri or "").endswith("ariha-toll-rises.html"))
    with Store.open(url) as store:
        store.ingest([r for r in sample_records if r is not update])
        before = {row["id"]: row["updated"] for row in store.rows("incidents")}
        store.ingest([update])
        after = {row["id"]: row["updated"] for row in store.rows("incidents")}
        members = {(m["incident_id"], m["doc_id"]) for m in store.rows("incident_members")}
    touched = {iid for iid, doc in members if doc == update.id}
    assert touched
    unchanged = {iid for iid in after if iid in before and after[iid] == before[iid]}
    assert unchanged == set(after) - touched  # every other incident was left as it was


def _regroup_by_hand(store: Store, ids: list[str], groups: list[list[str]], action: str) -> None:
    """What the review UI does: one approved review per incident touched, then the new groups written."""
    from rasid.incidents import summarise
    from rasid.incidents.persist import incident_row, member_rows, stored_facts

    facts = {f.key: f for f in stored_facts(store)}
    new = [summarise([facts[k] for k in group]) for group in groups]
    value = {action: ids, "into": [list(inc.member_keys) for inc in new]}
    for incident_id in ids:
        review = store.add_review("incident", incident_id, None, value, user="coder", action="correct")
        store.approve_review(review.id, reviewer="reviewer")
    store.write_incidents(
        [incident_row(inc) for inc in new], [m for inc in new for m in member_rows(inc)], replace=ids
    )


def _groups(url: str) -> list[list[str]]:
    return sorted(members for _, members, _ in _snapshot(url))


def test_a_merge_and_a_split_by_hand_outlive_the_next_ingest(new_store_url, sample_records: list[Record]):
    """A later report of the same incident re-clusters its component; the hand-made groupings stay."""
    keys_of = {r.id: {f.key for f in facts_from_record(r)} for r in sample_records}
    largest = max(IncidentIndex(f for r in sample_records for f in facts_from_record(r)).clusters(), key=len)
    later = next(r for r in sample_records if keys_of[r.id] & set(largest))
    url = new_store_url()
    with Store.open(url) as store:
        store.ingest([r for r in sample_records if r is not later])
        snapshot = _snapshot(url)
        big_id, big = next((iid, m) for iid, m, _ in snapshot if set(m) <= set(largest) and len(m) >= 2)
        single_id, [single] = next((iid, m) for iid, m, _ in snapshot if len(m) == 1 and m[0] not in largest)
        _regroup_by_hand(store, [big_id, single_id], [[*big, single]], "merge")
        merged_id = next(iid for iid, m, _ in _snapshot(url) if single in m)
        _regroup_by_hand(store, [merged_id], [[big[0], single], big[1:]], "split")
        store.ingest([later])
        assert store.unmerged() == []
    groups = _groups(url)
    assert any({big[0], single} <= set(g) for g in groups)  # the reviewers' last word holds
    assert not any({big[0], big[1]} <= set(g) for g in groups)
    every = {k for keys in keys_of.values() for k in keys}
    assert sorted(k for g in groups for k in g) == sorted(every)  # each report in exactly one incident
