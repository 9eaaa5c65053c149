"""Store.ingest on SQLite and PostgreSQL: every row stored once, records back as they went in."""

from __future__ import annotations

import zlib

import sqlalchemy as sa

from rasid.read import Failure
from rasid.record import Record
from rasid.store import Store
from rasid.store import schema as t
from rasid.tables import KINDS, rows

from .conftest import EXAMPLES, by_uri


def _counts(store: Store) -> dict[str, int]:
    with store.read() as conn:
        return {
            name: conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0
            for name, table in t.metadata.tables.items()
        }


def test_ingest_stores_every_row_of_every_record(store: Store, example_records: list[Record]) -> None:
    result = store.ingest(example_records, batch_size=7)
    assert len(result.stored) == 18 and result.skipped == [] and result.failed == []
    counts = _counts(store)
    for kind in KINDS:
        expected = sum(len(rows(r)[kind]) for r in example_records)
        table = "documents" if kind == "records" else kind
        assert counts[table] == expected, kind
    assert store.rows("events") == sorted(
        (row for r in example_records for row in rows(r)["events"]),
        key=lambda row: (row["doc_id"], row["id"]),
    )


def test_ingesting_twice_stores_nothing_twice(store: Store, example_records: list[Record]) -> None:
    store.ingest(example_records[:5])
    before = _counts(store)
    again = store.ingest([*example_records[:5], example_records[0]])
    assert again.stored == [] and len(again.skipped) == 6
    assert _counts(store) == before
    rest = store.ingest(example_records)
    assert len(rest.stored) == 13 and len(rest.skipped) == 5
    assert _counts(store)["documents"] == 18


def test_record_comes_back_with_its_raw_input(store: Store, example_records: list[Record]) -> None:
    original = by_uri(example_records, "ariha-market-cp1256.html")
    store.ingest(example_records)
    back = store.record(original.id)
    assert back.to_dict() == original.to_dict()
    assert (
        back.raw == (EXAMPLES / "ariha-market-cp1256.html").read_bytes()
    )  # windows-1256 bytes, kept as read
    with store.read() as conn:
        raw = conn.scalar(sa.select(t.documents.c.raw).where(t.documents.c.id == original.id))
    assert len(raw) < len(back.raw) and zlib.decompress(raw) == back.raw  # stored compressed


def test_record_of_an_unknown_id_is_a_key_error(store: Store) -> None:
    import pytest

    with pytest.raises(KeyError):
        store.record("0" * 64)


def test_failures_are_stored_once_per_source_and_resolved_by_a_later_success(
    store: Store, example_records: list[Record]
) -> None:
    taiz = by_uri(example_records, "taiz-shelling.txt")
    uri = taiz.source.uri
    assert uri is not None
    store.ingest(
        [Failure(uri, "ValueError: boom"), Failure("gone.txt", "no such file or directory")], input="x"
    )
    store.ingest([Failure("gone.txt", "no such file or directory")], input="x")
    failures = store.failures()
    assert [(f.source, f.problem, f.input, f.resolved) for f in failures] == [
        (uri, "ValueError: boom", "x", False),
        ("gone.txt", "no such file or directory", "x", False),
    ]
    store.ingest([taiz])
    assert [f.source for f in store.failures()] == ["gone.txt"]
    assert [f.source for f in store.failures(include_resolved=True)] == [uri, "gone.txt"]


def test_after_ingest_hooks_see_unmerged_documents_until_they_are_marked(
    store: Store, example_records: list[Record]
) -> None:
    seen: list[list[str]] = []

    def hook(s: Store, doc_ids: list[str]) -> None:
        seen.append(doc_ids)
        if len(seen) > 1:  # the first call "crashes" before persisting; the second merges
            s.write_incidents(
                [
                    {
                        "id": "i1",
                        "kind": "incident",
                        "type": "airstrike",
                        "n_members": 1,
                        "n_outlets": 1,
                        "summary": {"figures": [23]},
                    }
                ],
                [{"incident_id": "i1", "doc_id": doc_ids[0], "event_id": "e1", "outlet": "x"}],
                merged=doc_ids,
            )

    store.after_ingest.append(hook)
    first = store.ingest(example_records[:3])
    store.ingest(example_records[3:5])
    assert seen[0] == sorted(first.stored, key=first.stored.index)
    assert set(seen[1]) == {r.id for r in example_records[:5]}  # leftovers of the first call included
    assert store.unmerged() == []
    store.ingest(example_records[:5])  # nothing new, nothing pending: the hook is not called
    assert len(seen) == 2
    assert store.rows("incidents")[0]["summary"] == '{"figures": [23]}'
    assert store.rows("incident_members", doc_ids=[seen[1][0]])[0]["incident_id"] == "i1"
