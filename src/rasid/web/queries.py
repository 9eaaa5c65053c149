"""Reads for pages and the API, through the store's API only (no SQL here).

Each function turns the store's dataclasses into plain JSON-able dicts that the
templates and the JSON API share, and raises HTTP 404 for what is not there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException

from rasid.record import Record


@dataclass
class DocFilters:
    """The documents page's query string (also the API's): search, filters, page."""

    q: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    outlet: str | None = None
    review: str | None = None
    page: int = 1


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
    return value


def as_dict(item: Any) -> dict[str, Any]:
    """A store dataclass as a dict of JSON-able values (times in UTC, to the second)."""
    return {k: _plain(v) for k, v in dataclasses.asdict(item).items()}


def _valid_date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"{name} must be a date YYYY-MM-DD, got {value!r}") from None


def documents(store: Any, f: DocFilters, size: int) -> tuple[list[dict[str, Any]], int]:
    """One page of documents matching the filters, and how many match in all."""
    try:
        page = store.documents(
            query=(f.q or "").strip() or None,
            date_from=_valid_date(f.date_from, "date_from"),
            date_to=_valid_date(f.date_to, "date_to"),
            country=f.country or None,
            admin1=f.admin1 or None,
            event_type=f.event_type or None,
            outlet=f.outlet or None,
            review_status=f.review or None,
            limit=size,
            offset=(max(f.page, 1) - 1) * size,
        )
    except ValueError as exc:  # nothing searchable in the query, an unknown review status
        raise HTTPException(422, str(exc)) from None
    rows = []
    for item in page.items:
        row = as_dict(item)
        row["event_types"] = ", ".join(item.event_types)
        row["places"] = ", ".join(item.countries)
        rows.append(row)
    return rows, page.total


def filter_choices(store: Any) -> dict[str, list[str]]:
    return {name: [value for value, _count in values] for name, values in store.facets().items()}


def record(store: Any, doc_id: str) -> Record:
    try:
        return store.record(doc_id)  # type: ignore[no-any-return]
    except KeyError:
        raise HTTPException(404, f"no document {doc_id}") from None


def reviews(
    store: Any, *, target_kind: str | None = None, target_id: str | None = None
) -> list[dict[str, Any]]:
    """Review rows, newest first."""
    rows = store.reviews(target_kind=target_kind, target_id=target_id)
    return [as_dict(r) for r in reversed(rows)]


def reviews_of_document(store: Any, doc_id: str) -> list[dict[str, Any]]:
    return [as_dict(r) for r in reversed(store.reviews(doc_id=doc_id))]


def review(store: Any, review_id: int) -> dict[str, Any]:
    try:
        return as_dict(store.review(review_id))
    except KeyError:
        raise HTTPException(404, f"no review #{review_id}") from None


def events(store: Any, *, doc_id: str | None, limit: int) -> list[dict[str, Any]]:
    """Event rows with the approved corrections of each event beside them."""
    rows = store.rows("events", doc_ids=[doc_id] if doc_id else None)[:limit]
    fixes = store.corrections(doc_id=doc_id)
    for row in rows:
        target = f"{row['doc_id']}:{row['id']}"
        row["corrections"] = {
            field: as_dict(c) for (kind, tid, field), c in fixes.items() if kind == "event" and tid == target
        }
    return rows


def summary(row: dict[str, Any]) -> dict[str, Any]:
    """An incident's stored summary (JSON text) as a dict."""
    text = row.get("summary")
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"text": text}
    return value if isinstance(value, dict) else {"value": value}
