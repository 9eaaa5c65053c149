"""Reviews: append-only, human corrections of extracted values; the extraction is never overwritten.

A review names its target by kind and id:

| target_kind | target_id | fields (for the old value) |
|---|---|---|
| document | `doc_id` | the "records" columns of `rasid.tables` (title, published, outlet ...) |
| mention | `doc_id/m3` | the "mentions" columns (name, country, admin1, date, value ...) |
| event | `doc_id/e1` | the "events" columns (type, date, place_name, country ...) |
| casualty | `doc_id/e1/0` (event id, then the figure's position `n`) | the "casualties" columns (status, group, value ...) |
| claim | `doc_id/c2` | the "claims" columns (stance, source_name ...) |
| incident | the incident id | the `incidents` columns |

`target_id(doc_id, "e1", 0)` builds these ids. `field` None means the whole item
(confirming or rejecting an event, say). Actions: confirm (the value is right), correct
(`new_value` replaces it), reject (the item or value is wrong), add (something the
extraction missed: target = the parent, field = what is added, new_value = its value).
Values are any JSON-able value and are stored as JSON text.

A review is proposed by `user`; a reviewer approves or rejects it once (status proposed →
approved | rejected, with the approver, the time and a note). Approved reviews are
the corrections (`corrections()`): for each (target_kind, target_id, field) the latest
approval wins, and exports apply them over the extracted values.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlalchemy as sa

from rasid.store import schema as t
from rasid.store.models import Correction, Review

TARGET_KINDS = ("document", "mention", "event", "casualty", "claim", "incident")
ACTIONS = ("confirm", "correct", "reject", "add")
STATUSES = ("proposed", "approved", "rejected")
#: `add_review(old_value=LOOK_UP)`: take the old value from the stored row.
LOOK_UP: Any = object()

_TABLES = {
    "document": t.documents,
    "mention": t.mentions,
    "event": t.events,
    "casualty": t.casualties,
    "claim": t.claims,
    "incident": t.incidents,
}


class ReviewError(ValueError):
    """A review that cannot be made or decided; the message says why."""


def target_id(doc_id: str, *parts: object) -> str:
    """The target id of an item of a document: target_id(doc, "e1", 0) -> "doc/e1/0"."""
    return "/".join([doc_id, *(str(p) for p in parts)])


def _where(kind: str, target: str) -> tuple[sa.Table, list[sa.ColumnElement[bool]], str | None]:
    """The table, row condition and document id of a target."""
    table = _TABLES[kind]
    if kind == "incident":
        return table, [table.c.id == target], None
    parts = target.split("/")
    doc_id = parts[0]
    if kind == "document" and len(parts) == 1:
        return table, [table.c.id == doc_id], doc_id
    if kind == "casualty" and len(parts) == 3 and parts[2].isdigit():
        return (
            table,
            [table.c.doc_id == doc_id, table.c.event_id == parts[1], table.c.n == int(parts[2])],
            doc_id,
        )
    if kind in ("mention", "event", "claim") and len(parts) == 2:
        return table, [table.c.doc_id == doc_id, table.c.id == parts[1]], doc_id
    raise ReviewError(f"{kind} target id {target!r} is malformed (see rasid.store.reviews.target_id)")


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def add_review(
    conn: sa.Connection,
    target_kind: str,
    target: str,
    field: str | None,
    new_value: Any,
    *,
    user: str,
    note: str | None,
    action: str,
    old_value: Any = LOOK_UP,
) -> Review:
    """Store a proposed review; the target must exist, and a named field must be one of its columns."""
    if target_kind not in TARGET_KINDS:
        raise ReviewError(f"target_kind must be one of {', '.join(TARGET_KINDS)}, not {target_kind!r}")
    if action not in ACTIONS:
        raise ReviewError(f"action must be one of {', '.join(ACTIONS)}, not {action!r}")
    if not user:
        raise ReviewError("a review needs its user")
    table, where, doc_id = _where(target_kind, target)
    row = conn.execute(sa.select(table).where(*where)).first()
    if row is None:
        raise ReviewError(f"no {target_kind} {target!r} in the store")
    if action != "add" and field is not None and field not in table.c:
        raise ReviewError(f"{target_kind} has no field {field!r}")
    if old_value is LOOK_UP:
        old_value = row._mapping[field] if action != "add" and field is not None else None
    result = conn.execute(
        t.reviews.insert().values(
            created=dt.datetime.now(dt.UTC),
            user=user,
            target_kind=target_kind,
            target_id=target,
            doc_id=doc_id,
            field=field,
            old_value=_dumps(old_value),
            new_value=_dumps(new_value),
            note=note,
            action=action,
            status="proposed",
        )
    )
    assert result.inserted_primary_key is not None
    return get(conn, int(result.inserted_primary_key[0]))


def decide(conn: sa.Connection, review_id: int, status: str, *, reviewer: str, note: str | None) -> Review:
    """Approve or reject a proposed review; a decided review is never decided again."""
    if not reviewer:
        raise ReviewError("a decision needs its reviewer")
    review = get(conn, review_id)
    if review.status != "proposed":
        raise ReviewError(f"review {review_id} is already {review.status}")
    conn.execute(
        t.reviews.update()
        .where(t.reviews.c.id == review_id, t.reviews.c.status == "proposed")
        .values(status=status, approver=reviewer, approved=dt.datetime.now(dt.UTC), decision_note=note)
    )
    return get(conn, review_id)


def _review(row: Any) -> Review:
    def utc(value: dt.datetime | None) -> dt.datetime | None:
        return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value

    created = utc(row.created)
    assert created is not None
    return Review(
        id=row.id,
        created=created,
        user=row.user,
        target_kind=row.target_kind,
        target_id=row.target_id,
        doc_id=row.doc_id,
        field=row.field,
        old_value=_loads(row.old_value),
        new_value=_loads(row.new_value),
        note=row.note,
        action=row.action,
        status=row.status,
        approver=row.approver,
        approved=utc(row.approved),
        decision_note=row.decision_note,
    )


def get(conn: sa.Connection, review_id: int) -> Review:
    row = conn.execute(sa.select(t.reviews).where(t.reviews.c.id == review_id)).first()
    if row is None:
        raise ReviewError(f"no review {review_id}")
    return _review(row)


def select(
    conn: sa.Connection,
    *,
    target_kind: str | None = None,
    target_id: str | None = None,
    doc_id: str | None = None,
    status: str | None = None,
    user: str | None = None,
) -> list[Review]:
    r = t.reviews
    conds = [
        col == value
        for col, value in (
            (r.c.target_kind, target_kind),
            (r.c.target_id, target_id),
            (r.c.doc_id, doc_id),
            (r.c.status, status),
            (r.c.user, user),
        )
        if value is not None
    ]
    return [_review(row) for row in conn.execute(sa.select(r).where(*conds).order_by(r.c.id))]


def corrections(
    conn: sa.Connection, *, doc_id: str | None = None
) -> dict[tuple[str, str, str | None], Correction]:
    """The latest approved review per (target_kind, target_id, field)."""
    r = t.reviews
    query = sa.select(r).where(r.c.status == "approved").order_by(r.c.approved, r.c.id)
    if doc_id is not None:
        query = query.where(r.c.doc_id == doc_id)
    out: dict[tuple[str, str, str | None], Correction] = {}
    for row in conn.execute(query):
        review = _review(row)
        value = review.old_value if review.action == "confirm" else review.new_value
        out[(review.target_kind, review.target_id, review.field)] = Correction(
            value=None if review.action == "reject" else value,
            action=review.action,
            user=review.user,
            reviewer=review.approver,
            approved=review.approved,
            review_id=review.id,
        )
    return out


def document_statuses(conn: sa.Connection, doc_ids: list[str]) -> dict[str, str]:
    """ "pending" or "reviewed" for each of these documents that has reviews."""
    if not doc_ids:
        return {}
    r = t.reviews
    out: dict[str, str] = {}
    for doc_id, status in conn.execute(sa.select(r.c.doc_id, r.c.status).where(r.c.doc_id.in_(doc_ids))):
        if status == "proposed":
            out[doc_id] = "pending"
        else:
            out.setdefault(doc_id, "reviewed")
    return out
