"""Longer corpora of incident facts without extracting again: copies of reports, centuries apart.

For tests and benchmarks of the client's incident merge. Copy n of a report comes from
another document (`<doc_id>-<n>`) and every date it has is 400 × n years later: the
Gregorian calendar repeats every 400 years (weekdays, ISO weeks, leap days), so each copy
forms the very same incidents as the original, and copies never meet (but through
reports without any date, which reach every day). N copies make a corpus N times as
long at the same density of reports per day.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from rasid.batch.output import Output
from rasid.incidents.facts import EventFacts

_YEAR = re.compile(r"^\d{4}")
#: The Gregorian calendar's cycle, in years.
CYCLE = 400


def later_copy(facts: EventFacts, copy: int) -> EventFacts:
    """Copy `copy` of a report (0: a copy in the same years, from another document)."""

    def later(value: str | None) -> str | None:
        return _YEAR.sub(lambda m: str(int(m[0]) + CYCLE * copy), value) if value else value

    return replace(
        facts,
        doc_id=f"{facts.doc_id}-{copy}",
        date=later(facts.date),
        published=later(facts.published),
        context_date=later(facts.context_date),
    )


def copy_facts(out: str, dest: Path, copies: int) -> int:
    """The `facts` of batch output `out` as `copies` later copies into a new output `dest`
    (facts and done markers only: what `write_incidents` reads); returns the facts written."""
    source = Output(out)
    written = 0
    for part in source.finished_parts("facts"):
        name = part.rsplit("/", 1)[-1]
        partition, chunk = name.removesuffix(".parquet").rsplit("-", 1)
        with source.fs.open(part, "rb") as fh:
            table = pq.read_table(fh)
        for copy in range(copies):
            facts = [
                later_copy(EventFacts.from_dict(json.loads(f)), copy) for f in table["facts"].to_pylist()
            ]
            rows = [{"doc_id": f.doc_id, "key": f.key, "facts": json.dumps(f.to_dict())} for f in facts]
            copied = f"{partition}.{copy}"
            (dest / "facts").mkdir(parents=True, exist_ok=True)
            (dest / "_done").mkdir(parents=True, exist_ok=True)
            pq.write_table(
                pa.Table.from_pylist(rows, schema=table.schema), dest / "facts" / f"{copied}-{chunk}.parquet"
            )
            (dest / "_done" / f"{copied}.json").write_text("{}", encoding="utf-8")
            written += len(rows)
    return written
