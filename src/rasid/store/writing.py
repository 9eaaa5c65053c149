"""Writing to the store inside a caller's transaction: ingest batches, failures, incidents.

`Store` opens the transaction (one per batch) and calls these; everything a batch writes
(documents, their rows, the SQLite search index, failures) commits or rolls back together.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from rasid.read import Failure
from rasid.record import Record
from rasid.store import schema as t
from rasid.store.models import IngestResult
from rasid.store.search import index_text
from rasid.tables import KINDS, rows


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def ingest_batch(
    conn: sa.Connection,
    batch: list[tuple[str | None, Record | Failure]],
    *,
    run: int | None,
    result: IngestResult,
) -> None:
    """Store one batch of (input, item) pairs in the caller's transaction; `result` collects ids."""
    ids = [item.id for _, item in batch if isinstance(item, Record)]
    present = (
        set(conn.scalars(sa.select(t.documents.c.id).where(t.documents.c.id.in_(ids)))) if ids else set()
    )
    tables: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    fts: list[dict[str, str]] = []
    now = utc_now()
    resolved: list[str] = []
    for input, item in batch:
        if isinstance(item, Failure):
            store_failure(conn, item, run=run, input=input, now=now)
            result.failed.append(item.source)
            continue
        if item.source.uri:
            resolved.append(item.source.uri)
        if item.id in present:
            result.skipped.append(item.id)
            continue
        present.add(item.id)
        result.stored.append(item.id)
        flat = rows(item)
        doc = flat.pop("records")[0]
        search_text = index_text(" ".join([item.text or item.title or "", *item.tags]))
        doc_row = {("id" if k == "doc_id" else k): v for k, v in doc.items()}
        doc_row.update(
            raw=zlib.compress(item.raw) if item.raw else None,
            raw_codec="zlib" if item.raw else None,
            record=item.to_json(),
            search_text=search_text,
            run_id=run,
            ingested=now,
            merged=False,
        )
        tables["records"].append(doc_row)
        fts.append({"doc_id": item.id, "body": search_text})
        for kind, kind_rows in flat.items():
            tables[kind].extend(kind_rows)
    for kind in KINDS:  # documents first: the other tables refer to them
        if tables[kind]:
            conn.execute(t.ROW_TABLES[kind].insert(), tables[kind])
    if fts and conn.dialect.name == "sqlite":
        conn.execute(sa.text("INSERT INTO documents_fts (doc_id, body) VALUES (:doc_id, :body)"), fts)
    if resolved:
        conn.execute(
            t.failures.update()
            .where(t.failures.c.source.in_(resolved), t.failures.c.resolved == sa.false())
            .values(resolved=True, updated=now)
        )


def store_failure(
    conn: sa.Connection, failure: Failure, *, run: int | None, input: str | None, now: dt.datetime
) -> None:
    """One failure row per source: a new failure of the same source updates it."""
    existing = conn.execute(sa.select(t.failures.c.id).where(t.failures.c.source == failure.source)).first()
    values = {"problem": failure.problem, "run_id": run, "updated": now, "resolved": False}
    if input is not None:
        values["input"] = input
    if existing is None:
        conn.execute(
            t.failures.insert().values(source=failure.source, created=now, **{"input": input, **values})
        )
    else:
        conn.execute(t.failures.update().where(t.failures.c.id == existing.id).values(**values))


def write_incidents(
    conn: sa.Connection,
    incidents: Iterable[Mapping[str, Any]],
    members: Iterable[Mapping[str, Any]],
    *,
    replace: Iterable[str],
    merged: Iterable[str],
) -> None:
    """Replace incidents (and their members) and mark documents merged; see `Store.write_incidents`."""
    now = utc_now()
    incident_rows = []
    for inc in incidents:
        row = dict(inc)
        if row.get("summary") is not None and not isinstance(row["summary"], str):
            row["summary"] = json.dumps(row["summary"], ensure_ascii=False, default=str)
        row.setdefault("updated", now)
        incident_rows.append(row)
    member_rows = [dict(m) for m in members]
    drop = list(dict.fromkeys([*replace, *(r["id"] for r in incident_rows)]))
    done = list(merged)
    for start in range(0, len(drop), 500):
        part = drop[start : start + 500]
        conn.execute(t.incident_members.delete().where(t.incident_members.c.incident_id.in_(part)))
        conn.execute(t.incidents.delete().where(t.incidents.c.id.in_(part)))
    if incident_rows:
        conn.execute(t.incidents.insert(), incident_rows)
    if member_rows:
        conn.execute(t.incident_members.insert(), member_rows)
    for start in range(0, len(done), 500):
        part = done[start : start + 500]
        conn.execute(t.documents.update().where(t.documents.c.id.in_(part)).values(merged=True))
