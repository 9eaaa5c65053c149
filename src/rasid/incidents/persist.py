"""Incidents in the store: the `after_ingest` hook and reading them back.

`after_ingest(store, doc_ids)` is installed by `Store.open` and runs after every ingest
batch with the documents not merged yet. It rebuilds the index from the facts kept in
the incidents table (every incident's summary holds its members' facts, so nothing is
re-extracted or re-read from the documents), adds the new documents' events, and writes
back only the incidents whose members changed, in one transaction that also marks the
documents merged. Re-running it is idempotent; the result does not depend on the order
documents were ingested in.

Provenance follows GDELT's Mentions table: one `incident_members` row per (incident,
document, event) with the outlet, URL, publication date and evidence span (the trigger)
and the sentence that reports it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rasid.incidents.facts import EventFacts, facts_from_record
from rasid.incidents.incident import Incident
from rasid.incidents.index import IncidentIndex

if TYPE_CHECKING:
    from rasid.store import Store


def stored_incidents(store: Store) -> list[dict[str, Any]]:
    """The incident rows with their summary parsed (the `Incident.to_dict()` written by the hook)."""
    out = []
    for row in store.rows("incidents"):
        row = dict(row)
        summary = row.get("summary")
        row["summary"] = json.loads(summary) if isinstance(summary, str) and summary else {}
        out.append(row)
    return out


def stored_facts(store: Store) -> list[EventFacts]:
    return [
        EventFacts.from_dict(m) for row in stored_incidents(store) for m in row["summary"].get("members", [])
    ]


def after_ingest(store: Store, doc_ids: list[str]) -> None:
    """Merge the documents' events into the stored incidents (see the module docstring)."""
    merge_documents(store, doc_ids)


def merge_documents(store: Store, doc_ids: Iterable[str]) -> tuple[int, int]:
    """Add the documents' events; returns (incidents written, incidents dropped)."""
    ids = list(doc_ids)
    old_rows = stored_incidents(store)
    old_members = {
        row["id"]: frozenset(EventFacts.from_dict(m).key for m in row["summary"].get("members", []))
        for row in old_rows
    }
    index = IncidentIndex(
        EventFacts.from_dict(m) for row in old_rows for m in row["summary"].get("members", [])
    )
    for doc_id in ids:
        index.add_all(facts_from_record(store.record(doc_id)))
    new = index.incidents()
    unchanged = set(old_members.items())
    write = [inc for inc in new if (inc.id, frozenset(inc.member_keys)) not in unchanged]
    keep_ids = {inc.id for inc in new}
    drop = [iid for iid in old_members if iid not in keep_ids]
    store.write_incidents(
        [incident_row(inc) for inc in write],
        [m for inc in write for m in member_rows(inc)],
        replace=drop,
        merged=ids,
    )
    return len(write), len(drop)


def rebuild(store: Store) -> int:
    """Merge every stored document from scratch (after changing the rules); returns the incident count."""
    old = [row["id"] for row in store.rows("incidents")]
    index = IncidentIndex()
    doc_ids = [row["doc_id"] for row in store.rows("records")]
    for doc_id in doc_ids:
        index.add_all(facts_from_record(store.record(doc_id)))
    incidents = index.incidents()
    store.write_incidents(
        [incident_row(i) for i in incidents],
        [m for i in incidents for m in member_rows(i)],
        replace=old,
        merged=doc_ids,
    )
    return len(incidents)


def incident_row(inc: Incident) -> dict[str, Any]:
    place = inc.place
    return {
        "id": inc.id,
        "kind": inc.kind,
        "type": inc.type,
        "family": inc.members[0].families[0],
        "date": inc.date,
        "date_precision": inc.date_precision,
        "place_name": place.name if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "place_precision": place.precision if place else None,
        "n_members": len(inc.members),
        "n_outlets": inc.n_outlets,
        "grading": inc.grade,
        "summary": inc.to_dict(),
    }


def member_rows(inc: Incident) -> list[dict[str, Any]]:
    return [
        {
            "incident_id": inc.id,
            "doc_id": m.doc_id,
            "event_id": m.event_id,
            "outlet": m.outlet,
            "url": m.url,
            "published": m.published,
            "start": m.evidence[0],
            "end": m.evidence[1],
            "evidence": m.sentence or m.trigger,
        }
        for m in inc.members
    ]
