"""Longer corpora of incident facts without extracting again: copies of reports, centuries apart.

For tests and benchmarks of the client's incident merge. Copy n of a report comes from
another document (`<doc_id>-<n>`) and every date it has is 400 × n years later: the
Gregorian calendar repeats every 400 years (weekdays, ISO weeks, leap days), so each copy
forms the very same incidents as the original, and copies never meet (but through
reports without any date, which reach every day). N copies make a corpus N times as
long at the same density of reports per day.

`step_weeks` puts the copies one after another instead: copy n is n × `step_weeks` weeks
later (a day by as many days, an ISO week by as many weeks, a month or a year by the
whole years nearest), so a corpus of 400 days copied every 52 weeks is one continuous
corpus whose reports can chain from one copy into the next.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from rasid.batch.output import Output
from rasid.incidents.facts import EventFacts

_YEAR = re.compile(r"^\d{4}")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
#: The Gregorian calendar's cycle, in years.
CYCLE = 400


def later_copy(facts: EventFacts, copy: int, step_weeks: int | None = None) -> EventFacts:
    """Copy `copy` of a report (0: a copy in the same years, from another document): 400 ×
    `copy` years later, or `copy` × `step_weeks` weeks later when given."""

    def later(value: str | None) -> str | None:
        if not value:
            return value
        if step_weeks is None:
            return _YEAR.sub(lambda m: str(int(m[0]) + CYCLE * copy), value)
        weeks = step_weeks * copy
        try:
            if m := _DAY.match(value):
                day = dt.date.fromisoformat(m[1]) + dt.timedelta(weeks=weeks)
                return day.isoformat() + value[m.end() :]
            if m := _WEEK.match(value):
                monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1) + dt.timedelta(weeks=weeks)
                year, week, _ = monday.isocalendar()
                return f"{year}-W{week:02d}" + value[m.end() :]
        except ValueError:
            pass  # no such day or week: moved by whole years, like a month or a year
        years = round(weeks * 7 / 365.2425)
        return _YEAR.sub(lambda m: str(int(m[0]) + years), value)

    return replace(
        facts,
        doc_id=f"{facts.doc_id}-{copy}",
        date=later(facts.date),
        published=later(facts.published),
        context_date=later(facts.context_date),
    )


def copy_facts(out: str, dest: Path, copies: int, step_weeks: int | None = None) -> int:
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
                later_copy(EventFacts.from_dict(json.loads(f)), copy, step_weeks)
                for f in table["facts"].to_pylist()
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
