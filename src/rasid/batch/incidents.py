"""Incidents across a whole batch output, with `rasid.incidents`' merging rules.

Workers write each event's `EventFacts` into the `facts` table; here they are read back
one batch of rows at a time into an `IncidentIndex` (whose result does not depend on the
order of adding), and every incident is written as a row of the incidents export
(`rasid.export.rows.incident_row`: ACLED's columns, rasid's ranges, UCDP's best/low/high)
into OUT/incidents/incidents.parquet, with one row per member report (GDELT's Mentions
table: incident, document, event, outlet, URL, date, evidence span and sentence; the rows
the store writes, `rasid.incidents.persist.member_rows`) in
OUT/incidents/incident_members.parquet. Both are rewritten whole on every complete run.
"""

from __future__ import annotations

import json

import pyarrow as pa

from rasid.batch.output import Output, iter_table_rows

MEMBER_SCHEMA = pa.schema(
    [
        ("incident_id", pa.string()),
        ("doc_id", pa.string()),
        ("event_id", pa.string()),
        ("outlet", pa.string()),
        ("url", pa.string()),
        ("published", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("evidence", pa.string()),
    ]
)


def write_incidents(out: str) -> int:
    """Merge the facts of every finished partition into incidents; returns how many."""
    from rasid.export.rows import INCIDENT_ROW_COLUMNS, incident_row
    from rasid.incidents import EventFacts, IncidentIndex
    from rasid.incidents.persist import member_rows

    output = Output(out)
    index = IncidentIndex()
    for row in iter_table_rows(out, "facts"):
        index.add(EventFacts.from_dict(json.loads(row["facts"])))
    incidents = index.incidents()
    rows = [incident_row(incident) for incident in incidents]
    members = [row for incident in incidents for row in member_rows(incident)]
    table = (
        pa.Table.from_pylist(rows)
        if rows
        else pa.table({c: pa.array([], pa.string()) for c in INCIDENT_ROW_COLUMNS})
    )
    output.write_table(output.path("incidents", "incidents.parquet"), table)
    output.write_table(
        output.path("incidents", "incident_members.parquet"),
        pa.Table.from_pylist(members, schema=MEMBER_SCHEMA),
    )
    return len(incidents)
