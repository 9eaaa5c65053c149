"""Reads for pages and the API, through the store's API only (no SQL here).

Each function turns the store's dataclasses into plain JSON-able dicts that the
templates and the JSON API share, and raises HTTP 404 for what is not there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
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
    snippets = {hit.id: hit.snippet for hit in store.search(f.q, limit=500)} if page.items and f.q else {}
    rows = []
    for item in page.items:
        row = as_dict(item)
        row["snippet"] = snippets.get(item.id)
        row["event_types"] = ", ".join(item.event_types)
        row["places"] = ", ".join(item.countries)
        rows.append(row)
    return rows, page.total


def filter_choices(store: Any) -> dict[str, list[str]]:
    return {name: [value for value, _count in values] for name, values in store.facets().items()}


def record(store: Any, doc_id: str) -> Record:
    try:
        return store.record(doc_id)
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
    except (KeyError, ValueError):  # the store's ReviewError is a ValueError
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


def _range_text(inc: Any, status: str) -> str:
    r = inc.range(status) if inc else None
    return "—" if r is None else f"{r.low} / {r.best:g} / {r.high}"


def _best(inc: Any, status: str) -> float:
    r = inc.range(status) if inc else None
    return 0.0 if r is None else float(r.best)


def stored(store: Any) -> list[tuple[dict[str, Any], list[Any]]]:
    """Every incident row with its members' facts as stored (`rasid.incidents.persist`)."""
    from rasid.incidents import EventFacts
    from rasid.incidents.persist import stored_incidents

    return [
        (row, [EventFacts.from_dict(m) for m in row["summary"].get("members", [])])
        for row in stored_incidents(store)
    ]


def corrections(store: Any) -> Any:
    """The store's approved corrections, indexed as the exports index them."""
    from rasid.export.corrections import CorrectionIndex

    return CorrectionIndex(store.corrections())


def corrected(fixes: Any, facts: list[Any]) -> Any:
    """The `rasid.incidents.Incident` of these reports with the approved corrections `fixes`
    applied (as the exports apply them); None when every report was rejected."""
    from rasid.export.corrections import apply
    from rasid.incidents import summarise

    live = [f for f in (apply(m, fixes) for m in facts) if f is not None]
    return summarise(live) if live else None


def incidents(store: Any) -> list[dict[str, Any]]:
    """Every incident with its killed/injured low/best/high (corrections applied), newest first."""
    out = []
    fixes = corrections(store)
    for row, facts in sorted(stored(store), key=lambda rf: (rf[0]["date"] or "", rf[0]["id"]), reverse=True):
        inc = corrected(fixes, facts)
        out.append(
            {
                "id": row["id"],
                "kind": row["kind"],
                "type": inc.type if inc else row["type"],
                "date": row["date"],
                "place": row["place_name"],
                "country": row["country"],
                "admin1": row["admin1"],
                "lat": row["lat"],
                "lon": row["lon"],
                "n_reports": len(facts),
                "n_outlets": row["n_outlets"],
                "grading": row["grading"],
                "killed": _range_text(inc, "killed"),
                "injured": _range_text(inc, "injured"),
                "killed_best": _best(inc, "killed"),
                "injured_best": _best(inc, "injured"),
            }
        )
    return out


def incident_points(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Map points (incidents with coordinates) and the per-day timeline, for incidents.js."""
    points = [
        {
            "id": r["id"],
            "lat": r["lat"],
            "lon": r["lon"],
            "type": r["type"],
            "date": r["date"],
            "place": r["place"],
            "killed": r["killed_best"],
            "killed_range": r["killed"],
            "n_outlets": r["n_outlets"],
        }
        for r in rows
        if r["lat"] is not None and r["lon"] is not None
    ]
    days: dict[str, dict[str, Any]] = {}
    for r in rows:
        day = (r["date"] or "")[:10]
        if len(day) != 10 or r["kind"] == "tally":
            continue
        d = days.setdefault(day, {"day": day, "events": 0, "killed": 0, "injured": 0})
        d["events"] += 1
        d["killed"] += r["killed_best"]
        d["injured"] += r["injured_best"]
    return {"points": points, "timeline": [days[k] for k in sorted(days)]}


def incident(store: Any, incident_id: str) -> dict[str, Any]:
    """One incident: its member reports side by side, every figure with outlet, claim and evidence."""
    found = next(((row, facts) for row, facts in stored(store) if row["id"] == incident_id), None)
    if found is None:
        raise HTTPException(404, f"no incident {incident_id}")
    inc = corrected(corrections(store), found[1])
    if inc is None:
        raise HTTPException(404, f"every report of incident {incident_id} was rejected")
    figures: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for f in inc.figures:
        figures.setdefault((f.doc_id, f.event_id), []).append(
            {
                "status": f.status,
                "group": f.group,
                "value": "?" if f.value is None else f"{f.value:g}",
                "low": f.low,
                "high": "" if f.high is None else f.high,
                "claim": f.source,
                "evidence": f.text,
                "span": list(f.span),
                "superseded_by": f.superseded_by,
            }
        )
    return {
        "id": incident_id,
        "kind": inc.kind,
        "type": inc.type,
        "date": inc.date,
        "place": inc.place.name if inc.place else None,
        "n_reports": len(inc.members),
        "n_outlets": inc.n_outlets,
        "grading": inc.grade,
        "disagreements": list(inc.disagreements),
        "totals": [
            {
                "status": r.status,
                "group": r.group,
                "low": r.low,
                "best": r.best,
                "high": r.high,
                "disagree": r.disagreement,
                "n_outlets": r.n_outlets,
                "rule": r.rule,
            }
            for r in inc.ranges
        ],
        "members": [
            {
                "key": m.key,
                "doc_id": m.doc_id,
                "event_id": m.event_id,
                "outlet": m.outlet,
                "published": m.published,
                "url": m.url,
                "title": m.title,
                "evidence": m.sentence or m.trigger,
                "figures": figures.get((m.doc_id, m.event_id), []),
                "corrections": [dataclasses.asdict(c) for c in m.corrections],
            }
            for m in inc.members
        ],
    }
