"""Incidents across a whole batch output, with `rasid.incidents`' merging rules, in bounded memory.

Workers write each event's `EventFacts` into the `facts` table. Here they are merged into
incidents on the client without ever holding the corpus:

1. the facts are read one batch of rows at a time and sorted on local disk
   (`runs.SortedRuns`) by where they come in the date sweep (`rasid.incidents.sweep.order`:
   the first day their blocking looks at), then key, then reading order;
2. `rasid.incidents.sweep.Sweep` takes them in that order and gives back each incident
   once no later report can reach it, holding only the components still in reach (plus
   any with a report that has no date at all, which reaches every day);
3. each incident becomes a row of the incidents export (`rasid.export.rows.incident_row`:
   ACLED's columns, rasid's ranges, UCDP's best/low/high) and one row per member report
   (GDELT's Mentions table: incident, document, event, outlet, URL, date, evidence span and
   sentence; the rows the store writes, `rasid.incidents.persist.member_rows`); both are
   sorted by incident id on disk again and written in row groups to
   OUT/incidents/incidents.parquet and OUT/incidents/incident_members.parquet.

Why a sweep over dates and not one index per blocking key: a report whose country is
unknown is compared with every country, and a report has one or two families, so the
blocks overlap; the date is the one key every comparison bounds (windows within a day).
The incidents, members, ids and row order are those of one `IncidentIndex` over every
fact (a test checks it). Both files are rewritten whole on every complete run, each
through a temporary name renamed once written, so a failed merge leaves the last ones.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from rasid.batch.output import Output, iter_table_rows
from rasid.batch.runs import SortedRuns, batched
from rasid.export.rows import INCIDENT_ROW_COLUMNS, incident_row
from rasid.incidents import EventFacts, Incident
from rasid.incidents.persist import member_rows
from rasid.incidents.sweep import Sweep, order

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
#: The incidents export's numeric columns (`rasid.export.rows`); every other one is text.
_INTEGERS = frozenset(
    {
        "year",
        "time_precision",
        "inter1",
        "inter2",
        "iso",
        "geo_precision",
        "fatalities",
        "timestamp",
        "fatalities_low",
        "fatalities_high",
        "injured_low",
        "injured_high",
        "n_sources",
        "low",
        "high",
        "number_of_sources",
        "date_prec",
        "where_prec",
        "n_reports",
    }
)
_FLOATS = frozenset({"latitude", "longitude", "fatalities_best", "children", "women", "best"})

#: The facts as they wait for the sweep, and each member row with its place in its incident.
_FACTS_RUN = pa.schema(
    [("order", pa.int64()), ("key", pa.string()), ("seq", pa.int64()), ("facts", pa.string())]
)
_MEMBERS_RUN = MEMBER_SCHEMA.append(pa.field("n", pa.int64()))
#: Rows per row group of the written files.
WRITE_ROWS = 2000


def incident_schema() -> pa.Schema:
    """The columns of `rasid.export.rows.INCIDENT_ROW_COLUMNS`, typed."""

    def typed(column: str) -> pa.DataType:
        return pa.int64() if column in _INTEGERS else pa.float64() if column in _FLOATS else pa.string()

    return pa.schema([(c, typed(c)) for c in INCIDENT_ROW_COLUMNS])


def write_incidents(out: str, *, spill: str | None = None) -> int:
    """Merge the facts of every finished partition into incidents; returns how many.

    `spill` is the local folder the sorted runs go to (default: the system's temporary
    folder); they are removed when the merge ends.
    """
    with tempfile.TemporaryDirectory(prefix="rasid-incidents-", dir=spill) as tmp:
        return _merge(Output(out), Path(tmp))


def _merge(output: Output, tmp: Path) -> int:
    facts = SortedRuns(tmp / "facts", _FACTS_RUN, ("order", "key", "seq"))
    for seq, row in enumerate(iter_table_rows(output.url, "facts")):
        f = EventFacts.from_dict(json.loads(row["facts"]))
        facts.add({"order": order(f), "key": f.key, "seq": seq, "facts": row["facts"]})
    schema = incident_schema()
    incidents = SortedRuns(tmp / "incidents", schema, ("incident_id",))
    members = SortedRuns(tmp / "members", _MEMBERS_RUN, ("incident_id", "n"))
    sweep = Sweep()
    count = 0
    for row in facts.merged():
        count += _keep(sweep.add(EventFacts.from_dict(json.loads(row["facts"]))), incidents, members)
    count += _keep(sweep.finish(), incidents, members)
    _write(output, "incidents.parquet", schema, incidents.merged())
    _write(output, "incident_members.parquet", MEMBER_SCHEMA, members.merged())
    return count


def _keep(closed: list[Incident], incidents: SortedRuns, members: SortedRuns) -> int:
    """The rows of closed incidents into their runs; how many incidents."""
    for incident in closed:
        incidents.add(incident_row(incident))
        for n, member in enumerate(member_rows(incident)):
            members.add({**member, "n": n})
    return len(closed)


def _write(output: Output, name: str, schema: pa.Schema, rows: Iterable[dict[str, Any]]) -> None:
    """Rows into OUT/incidents/NAME, `WRITE_ROWS` per row group, through a temporary name."""
    with (
        output.atomic(output.path("incidents", name)) as fh,
        pq.ParquetWriter(fh, schema, compression="zstd") as writer,
    ):
        for batch in batched(rows, WRITE_ROWS):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
