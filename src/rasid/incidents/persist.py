"""Incidents in the store: the `after_ingest` hook and reading them back.

`after_ingest(store, doc_ids)` is installed by `Store.open` and runs after every ingest
batch with the documents not merged yet. It adds the new documents' events to the
index, clusters again only the components they join, and writes back only the incidents
whose members changed, in one transaction that also marks the documents merged. The
index is kept between batches of one process; when the incidents table changed under
it (another process, a review), it is rebuilt from the facts kept in the table (every
incident's summary holds its members' facts: nothing is extracted again). Re-running is
idempotent; the result does not depend on the order documents were ingested in.

Merges and splits made by hand (approved `incident` reviews whose value says which reports
go `into` which incident, as the web UI records them) outlive later ingests: when any
exist and new reports join a component holding one, the whole index is clustered again and
every hand-made grouping is laid over it (a report a reviewer placed stays where they put
it; new reports go where the rules put them). Other ingests stay incremental.

Provenance follows GDELT's Mentions table: one `incident_members` row per (incident,
document, event) with the outlet, URL, publication date and evidence span (the trigger)
and the sentence that reports it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rasid.incidents.facts import EventFacts, facts_from_record
from rasid.incidents.incident import Incident, summarise
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


@dataclass
class _State:
    """The index of a store's incidents, kept between ingest batches of one process."""

    index: IncidentIndex
    incident_of: dict[str, str]
    fingerprint: tuple[Any, ...]


_STATES: dict[str, _State] = {}


def _fingerprint(store: Store) -> tuple[Any, ...]:
    """What changes whenever anyone writes incidents: their count, members and latest update."""
    import sqlalchemy as sa

    from rasid.store import schema as t

    with store.read() as conn:
        row = conn.execute(
            sa.select(
                sa.func.count(), sa.func.sum(t.incidents.c.n_members), sa.func.max(t.incidents.c.updated)
            )
        ).one()
    return (store.url, row[0], row[1], str(row[2]))


def _state(store: Store) -> _State:
    """The cached index when nobody else wrote incidents since; else rebuilt from the stored facts."""
    fingerprint = _fingerprint(store)
    state = _STATES.get(store.url)
    if state is not None and state.fingerprint == fingerprint:
        return state
    rows = stored_incidents(store)
    index = IncidentIndex()
    incident_of: dict[str, str] = {}
    for row in rows:
        for m in row["summary"].get("members", []):
            facts = EventFacts.from_dict(m)
            index.add(facts)
            incident_of[facts.key] = row["id"]
    return _State(index, incident_of, fingerprint)


def merge_documents(store: Store, doc_ids: Iterable[str]) -> tuple[int, int]:
    """Add the documents' events; returns (incidents written, incidents dropped).

    Only the components the new events join are clustered again, and of their incidents
    only those whose members changed are written.
    """
    ids = list(doc_ids)
    state = _state(store)
    added = [
        f.key for record in store.iter_records(ids) for f in facts_from_record(record) if state.index.add(f)
    ]
    roots = {state.index.root(k) for k in added}
    fresh = [inc for root in sorted(roots) for inc in state.index.component_incidents(root)]
    groups = manual_groups(store) if added else []
    pinned = {key for group in groups for key in group}
    if any(pinned.intersection(inc.member_keys) for inc in fresh):
        return _merge_all(store, state, ids, groups)  # the new reports touch a hand-made grouping
    before: dict[str, set[str]] = {}
    for inc in fresh:
        for key in inc.member_keys:
            if key in state.incident_of:
                before.setdefault(state.incident_of[key], set()).add(key)
    written = _write_changes(store, fresh, {iid: frozenset(keys) for iid, keys in before.items()}, ids)
    for inc in fresh:
        for key in inc.member_keys:
            state.incident_of[key] = inc.id
    state.fingerprint = _fingerprint(store)
    _STATES[store.url] = state
    return written


def manual_groups(store: Store) -> list[list[str]]:
    """The report groupings reviewers approved (merges and splits), the latest one per report."""
    group_of: dict[str, int] = {}
    groups: list[set[str]] = []
    approved = store.reviews(target_kind="incident", status="approved")
    for review in sorted(approved, key=lambda r: (str(r.approved), r.id)):
        value = review.new_value if isinstance(review.new_value, dict) else {}
        for keys in value.get("into", []):
            groups.append(set(keys))
            for key in keys:
                if key in group_of and group_of[key] != len(groups) - 1:
                    groups[group_of[key]].discard(key)
                group_of[key] = len(groups) - 1
    return [sorted(g) for g in groups if g]


def with_manual(
    incidents: list[Incident], facts_of: dict[str, EventFacts], groups: list[list[str]]
) -> list[Incident]:
    """The incidents with every hand-made grouping laid over the rules' clustering."""
    pinned = {key for group in groups for key in group}
    out: list[Incident] = []
    for inc in incidents:
        rest = [facts_of[k] for k in inc.member_keys if k not in pinned]
        if len(rest) == len(inc.member_keys):
            out.append(inc)
        elif rest:
            out.append(summarise(rest))
    seen: set[tuple[str, ...]] = set()
    for group in groups:
        members = [facts_of[k] for k in group if k in facts_of]
        key = tuple(f.key for f in members)
        if members and key not in seen:
            seen.add(key)
            out.append(summarise(members))
    return sorted(out, key=lambda i: i.id)


def _merge_all(store: Store, state: _State, ids: list[str], groups: list[list[str]]) -> tuple[int, int]:
    """Cluster the whole index again, lay the reviewers' groupings over it, write what changed."""
    incidents = with_manual(state.index.incidents(), state.index.facts(), groups)
    stored = {
        row["id"]: frozenset(EventFacts.from_dict(m).key for m in row["summary"].get("members", []))
        for row in stored_incidents(store)
    }
    written = _write_changes(store, incidents, stored, ids)
    state.incident_of = {key: inc.id for inc in incidents for key in inc.member_keys}
    state.fingerprint = _fingerprint(store)
    _STATES[store.url] = state
    return written


def rebuild(store: Store) -> int:
    """Merge every stored document from scratch (after changing the rules); returns the incident count."""
    old = [row["id"] for row in store.rows("incidents")]
    index = IncidentIndex()
    doc_ids: list[str] = []
    for record in store.iter_records():
        doc_ids.append(record.id)
        index.add_all(facts_from_record(record))
    incidents = with_manual(index.incidents(), index.facts(), manual_groups(store))
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
    """The `incident_members` rows of an incident (GDELT's Mentions: one per document and event)."""
    return [member_row(inc.id, m) for m in inc.members]


def member_row(incident_id: str, m: EventFacts) -> dict[str, Any]:
    return {
        "incident_id": incident_id,
        "doc_id": m.doc_id,
        "event_id": m.event_id,
        "outlet": m.outlet,
        "url": m.url,
        "published": m.published,
        "start": m.evidence[0],
        "end": m.evidence[1],
        "evidence": m.sentence or m.trigger,
    }


def _write_changes(
    store: Store, incidents: list[Incident], old_members: dict[str, frozenset[str]], ids: list[str]
) -> tuple[int, int]:
    """Write the incidents whose members changed and drop the old ones no longer formed; how many of each."""
    write = [inc for inc in incidents if old_members.get(inc.id) != frozenset(inc.member_keys)]
    keep = {inc.id for inc in incidents}
    drop = [iid for iid in old_members if iid not in keep]
    store.write_incidents(
        [incident_row(inc) for inc in write],
        [m for inc in write for m in member_rows(inc)],
        replace=drop,
        merged=ids,
    )
    return len(write), len(drop)
