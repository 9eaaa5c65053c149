"""Cost of incident merging, as ratios against extraction and a grouping baseline in the same run.

Run: `make bench` (or `.venv/bin/python bench/bench_incidents.py --copies N`). The articles
of the cluster gold and the sample corpus are extracted once (the extraction baseline);
their events are then copied N times, each copy's dates moved by a few days, to make a
corpus where every block holds many reports. Reported: merging every report one by one
with `IncidentIndex.add` against (a) extracting the articles and (b) grouping the same
reports by day and admin-1 (the evaluation's baseline), per report.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import time
from collections import defaultdict
from pathlib import Path

import rasid
from rasid.incidents import EventFacts, IncidentIndex, facts_from_record
from rasid.read import Failure

REPO = Path(__file__).resolve().parents[1]


def shifted(f: EventFacts, copy: int) -> EventFacts:
    def move(value: str | None) -> str | None:
        if not value or len(value) != 10:
            return value
        return (dt.date.fromisoformat(value) + dt.timedelta(days=copy % 5)).isoformat()

    return dataclasses.replace(
        f,
        doc_id=f"{f.doc_id}-{copy}",
        date=move(f.date),
        context_date=move(f.context_date),
        published=move(f.published),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=5)
    args = parser.parse_args()
    inputs = [
        str(REPO / "examples"),
        *map(str, sorted((REPO / "tests" / "gold" / "incidents").glob("*.txt"))),
    ]
    start = time.perf_counter()
    records = [r for r in rasid.extract_many(inputs) if not isinstance(r, Failure)]
    extraction = (time.perf_counter() - start) / len(records)
    base = [f for r in records for f in facts_from_record(r)]
    corpus = [shifted(f, c) for c in range(args.copies) for f in base]

    start = time.perf_counter()
    index = IncidentIndex()
    for f in corpus:
        index.add(f)
    incidents = index.incidents()
    merging = (time.perf_counter() - start) / len(corpus)

    start = time.perf_counter()
    groups: dict[tuple[str | None, str | None], list[str]] = defaultdict(list)
    for f in corpus:
        groups[
            (f.date if f.date_precision == "day" else f.published, f.place.admin1 if f.place else None)
        ].append(f.key)
    grouping = max((time.perf_counter() - start) / len(corpus), 1e-9)

    print(
        f"{len(records)} articles, {len(base)} events, ×{args.copies} → {len(corpus)} reports, {len(incidents)} incidents"
    )
    print(f"merging one report: {merging / extraction:.3f} × extracting one article")
    print(f"merging one report: {merging / grouping:.0f} × grouping it by day and admin-1")
    print(
        f"(absolute, for context: extraction {extraction * 1000:.1f} ms/article, merging {merging * 1000:.2f} ms/report)"
    )


if __name__ == "__main__":
    main()
