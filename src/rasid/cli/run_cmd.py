"""`rasid run`: the main job — extract a corpus into an output folder and print a summary.

Records go to OUT/records.jsonl and every input that failed, with why, to
OUT/failures.jsonl. Both are rewritten on each run, so re-running is idempotent.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from rasid.errors import EXIT_FAILED, EXIT_PARTIAL
from rasid.read import Failure
from rasid.record import Record

_KINDS = ("date", "quantity", "place", "actor", "weapon")


def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or URLs to process.")],
    out: Annotated[Path, typer.Option(help="Output folder for records.jsonl and failures.jsonl.")] = Path(
        "out"
    ),
    published: Annotated[str | None, typer.Option(help="Publication date for inputs that lack one.")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Extract every input into OUT/records.jsonl and print a readable summary."""
    from rasid.api import extract_many
    from rasid.pipeline import default_pipeline

    console = Console(soft_wrap=True)
    if not console.is_terminal:
        console.width = 160  # a file or pipe has no width; keep the table's columns readable
    out.mkdir(parents=True, exist_ok=True)
    records: list[Record] = []
    failures: list[Failure] = []
    start = time.perf_counter()
    with (out / "records.jsonl").open("w", encoding="utf-8") as rec_fh:
        pipeline = default_pipeline()
        for item in extract_many(inputs, published=published, workers=workers, pipeline=pipeline):
            if isinstance(item, Failure):
                failures.append(item)
                continue
            records.append(item)
            rec_fh.write(item.to_json() + "\n")
    seconds = time.perf_counter() - start
    with (out / "failures.jsonl").open("w", encoding="utf-8") as fail_fh:
        for f in failures:
            fail_fh.write(json.dumps({"source": f.source, "problem": f.problem}, ensure_ascii=False) + "\n")
    console.print(summary_table(records))
    for r in records:
        line = headline(r)
        if line:
            console.print(f"[bold]{_short(r.source.uri or r.id[:12])}[/bold]: {line}", highlight=False)
    for f in failures:
        console.print(f"[red]failed[/red] {f.source}: {f.problem}", highlight=False)
    console.print(
        f"{len(records)} records, {len(failures)} failures in {seconds:.1f} s → {out / 'records.jsonl'}",
        highlight=False,
    )
    if workers <= 1 and records:
        timings = ", ".join(f"{name} {st.seconds:.2f}" for name, st in pipeline.stats().items())
        console.print(f"seconds per stage: {timings}", highlight=False)
    if failures and not records:
        raise typer.Exit(EXIT_FAILED)
    if failures:
        raise typer.Exit(EXIT_PARTIAL)


def summary_table(records: list[Record]) -> Table:
    """One row per article: where it came from, its date, and how much was found in it."""
    table = Table(title="rasid: extracted records", title_justify="left")
    table.add_column("source", no_wrap=True)
    table.add_column("published", no_wrap=True)
    for header in ("dates", "counts", "places", "actors", "events", "casualties", "claims", "warnings"):
        table.add_column(header, justify="right")
    for r in records:
        kinds: Counter[str] = Counter(m.kind for m in r.mentions)
        published = r.published.value or "?"
        if r.published.from_:
            published += f" ({r.published.from_})"
        casualties = sum(len(e.casualties) for e in r.events)
        table.add_row(
            _short(r.source.uri or r.id[:12]),
            published,
            *(str(kinds[k]) for k in ("date", "quantity", "place", "actor")),
            str(len(r.events)),
            str(casualties),
            str(len(r.claims)),
            str(len(r.warnings)),
        )
    return table


def headline(record: Record) -> str | None:
    """The article's main incident in one line: type, place, date, perpetrator and its largest toll."""
    events = [e for e in record.events if not e.cumulative and not e.negated] or record.events
    if not events:
        return None
    event = max(events, key=lambda e: len(e.casualties))
    parts = [event.type.replace("_", " ")]
    if event.place:
        parts.append(f"in {_name(record, event.place)}")
    if event.date:
        parts.append(
            f"on {getattr(record.mention(event.date), 'value', None) or record.mention(event.date).text}"
        )
    if event.actors.perpetrator:
        parts.append(f"by {_name(record, event.actors.perpetrator[0])}")
    for c in event.casualties:
        if c.part_of is None:
            figure = f"{c.value:g}" if c.value is not None else f"{c.vague or 'some'} of"
            source = _name(record, record_claim_source(record, c.claim)) if c.claim else "the article"
            parts.append(f"— {c.status.replace('_', ' ')}: {figure} {c.group} (according to {source})")
            break
    return " ".join(parts)


def record_claim_source(record: Record, claim_id: str | None) -> str | None:
    claim = next((c for c in record.claims if c.id == claim_id), None)
    return claim.source if claim else None


def _name(record: Record, mention_id: str | None) -> str:
    if mention_id is None:
        return "?"
    m = record.mention(mention_id)
    return getattr(m, "name", None) or m.text


def _short(uri: str) -> str:
    name = uri.rsplit("/", 1)[-1]
    return name if len(name) <= 34 else name[:33] + "…"
