"""What an export holds: events, incidents or records, with review corrections applied.

`ExportSet.from_records(records, corrections)` builds the events' facts (corrections
applied, rejected events dropped), merges them into incidents, and keeps the records;
`rows(what, reviewed_only)` gives the tables of one kind, each a list of flat dicts:

| what | tables |
|---|---|
| events | `events` (one row per event: ACLED's 31 columns, rasid's, the review) |
| incidents | `incidents` (ACLED, rasid, review and UCDP columns), `incident_members` (provenance per report), `incident_figures` (every figure with its source and whether it is in force) |
| records | `records`, `mentions`, `events`, `casualties`, `claims` (`rasid.tables`), with corrections over the columns they name |

`--reviewed-only` keeps what a person reviewed: events and records with an approved
review, incidents with one on the incident or a member.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from rasid.export.corrections import CorrectionIndex, Corrections, apply, apply_to_record
from rasid.export.rows import event_row, incident_row
from rasid.incidents.facts import EventFacts, facts_from_record
from rasid.incidents.incident import Incident
from rasid.incidents.index import IncidentIndex
from rasid.record import Record

WHAT = ("events", "incidents", "records")

#: Where a correction of each kind lands among the `rasid.tables` rows.
_TABLE_TARGET = {
    "records": ("document", lambda r: r["doc_id"]),
    "mentions": ("mention", lambda r: f"{r['doc_id']}/{r['id']}"),
    "events": ("event", lambda r: f"{r['doc_id']}/{r['id']}"),
    "casualties": ("casualty", lambda r: f"{r['doc_id']}/{r['event_id']}/{r['n']}"),
    "claims": ("claim", lambda r: f"{r['doc_id']}/{r['id']}"),
}


@dataclass
class ExportSet:
    records: list[Record]
    corrections: CorrectionIndex
    facts: list[EventFacts] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)

    @classmethod
    def from_records(cls, records: Iterable[Record], corrections: Corrections | None = None) -> ExportSet:
        index = CorrectionIndex(corrections)
        recs = sorted(records, key=lambda r: r.id)
        facts = [f for r in recs for raw in facts_from_record(r) if (f := apply(raw, index)) is not None]
        return cls(recs, index, facts, IncidentIndex(facts).incidents())

    def incident_of(self) -> dict[str, str]:
        return {m.key: inc.id for inc in self.incidents for m in inc.members}

    def rows(self, what: str, *, reviewed_only: bool = False) -> dict[str, list[dict[str, Any]]]:
        if what == "events":
            facts = [f for f in self.facts if f.corrections or not reviewed_only]
            return {"events": [event_row(f) for f in facts]}
        if what == "incidents":
            incs = [i for i in self.incidents if not reviewed_only or self._reviewed(i)]
            return {
                "incidents": [incident_row(i, self.corrections) for i in incs],
                "incident_members": [_member(i, m) for i in incs for m in i.members],
                "incident_figures": [
                    {
                        "incident_id": i.id,
                        **{k: v for k, v in asdict(f).items() if k != "span"},
                        "start": f.span[0],
                        "end": f.span[1],
                    }
                    for i in incs
                    for f in i.figures
                ],
            }
        if what == "records":
            return self._record_tables(reviewed_only)
        raise ValueError(f"unknown kind {what!r} (one of {', '.join(WHAT)})")

    def record_dicts(self, *, reviewed_only: bool = False) -> list[dict[str, Any]]:
        out = []
        for r in self.records:
            if reviewed_only and r.id not in self.corrections.by_doc:
                continue
            out.append(apply_to_record(r.to_dict(), self.corrections))
        return out

    def _reviewed(self, inc: Incident) -> bool:
        return inc.id in self.corrections.by_incident or any(m.corrections for m in inc.members)

    def _record_tables(self, reviewed_only: bool) -> dict[str, list[dict[str, Any]]]:
        from rasid.tables import KINDS, rows

        out: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
        for record in self.records:
            if reviewed_only and record.id not in self.corrections.by_doc:
                continue
            fixes = {
                (kind, target, fld): corr
                for kind, target, fld, corr in self.corrections.by_doc.get(record.id, [])
            }
            for kind, table in rows(record).items():
                target_kind, target_of = _TABLE_TARGET[kind]
                for row in table:
                    row = {**row, "rejected": False}
                    target = target_of(row)
                    who: list[str] = []
                    when: list[str] = []
                    for (k, t, fld), corr in fixes.items():
                        if k != target_kind or t != target:
                            continue
                        if fld is None and corr.action == "reject":
                            row["rejected"] = True
                        elif fld in row and corr.action in ("correct", "reject"):
                            row[fld] = (
                                corr.value
                                if not isinstance(corr.value, list | dict)
                                else json.dumps(corr.value, ensure_ascii=False)
                            )
                        who.append(corr.reviewer or "")
                        when.append(corr.approved.isoformat() if corr.approved else "")
                    row["reviewed_by"] = "; ".join(sorted(set(filter(None, who))))
                    row["reviewed_at"] = max(when, default="")
                    out[kind].append(row)
        return out


def _member(inc: Incident, m: EventFacts) -> dict[str, Any]:
    """The store's member row, with what the report said of the type, date and place."""
    from rasid.incidents.persist import member_row

    return {
        **member_row(inc.id, m),
        "type": m.type,
        "date": m.date,
        "date_precision": m.date_precision,
        "place": m.place.name if m.place else None,
        "trigger": m.trigger,
    }
