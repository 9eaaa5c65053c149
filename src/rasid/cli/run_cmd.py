"""`rasid run`: the main job — extract a corpus into an output folder and print a summary.

Records go to OUT/records.jsonl and every input that failed, with why, to
OUT/failures.jsonl. Both are streamed to hidden temporary files and renamed into place
when the run completes, so an interrupted or failed run leaves the previous output as it
was, and re-running is idempotent. The folder is locked for the run and marked so that no
directory walk (`rasid run .`) reads it back as input.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from rasid.cli.options import (
    AllowPrivate,
    DocSeconds,
    MaxBytes,
    MaxChars,
    Published,
    UrlSeconds,
    Workers,
    capped_workers,
    run_limits,
)
from rasid.cli.output import OutputFolder
from rasid.errors import EXIT_FAILED, EXIT_PARTIAL, EXIT_USAGE, OutputError
from rasid.read import Failure
from rasid.record import Record

_KINDS = ("date", "quantity", "place", "actor", "weapon")
_COLUMNS = ("dates", "counts", "places", "actors", "events", "casualties", "claims", "warnings")

#: One summary line per record: what the table and the headlines show, without the record.
Row = tuple[str, ...]


def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or URLs to process.")],
    out: Annotated[Path, typer.Option(help="Output folder for records.jsonl and failures.jsonl.")] = Path(
        "out"
    ),
    published: Published = None,
    workers: Workers = 1,
    max_bytes: MaxBytes = None,
    max_chars: MaxChars = None,
    doc_seconds: DocSeconds = None,
    url_seconds: UrlSeconds = None,
    allow_private: AllowPrivate = False,
) -> None:
    """Extract every input into OUT/records.jsonl and print a readable summary."""
    from rasid.api import extract_many
    from rasid.pipeline import default_pipeline
    from rasid.read.limits import using

    limits = run_limits(max_bytes, max_chars, doc_seconds, url_seconds, allow_private)
    workers = capped_workers(workers)
    console = Console(soft_wrap=True)
    if not console.is_terminal:
        console.width = 160  # a file or pipe has no width; keep the table's columns readable
    rows: list[Row] = []
    failures: list[Failure] = []
    start = time.perf_counter()
    pipeline = default_pipeline()
    try:
        with using(limits), OutputFolder(out) as folder:
            rec_fh, fail_fh = folder.open("records.jsonl"), folder.open("failures.jsonl")
            try:
                for item in extract_many(inputs, published=published, workers=workers, pipeline=pipeline):
                    if isinstance(item, Failure):
                        failures.append(item)
                        line = json.dumps(
                            {"source": item.source, "problem": item.problem}, ensure_ascii=False
                        )
                        fail_fh.write(line + "\n")
                        continue
                    rows.append(summary_row(item))
                    rec_fh.write(item.to_json() + "\n")
            except OSError as exc:  # a full disk while streaming
                raise OutputError(str(out), (exc.strerror or str(exc)).lower()) from None
            folder.commit()
    except OutputError as exc:
        typer.echo(f"rasid: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE if exc.problem == "exists and is not a folder" else EXIT_FAILED) from None
    seconds = time.perf_counter() - start
    console.print(table_of(rows))
    for row in rows:
        if row[-1]:
            console.print(f"[bold]{row[0]}[/bold]: {row[-1]}", highlight=False)
    for f in failures:
        console.print(f"[red]failed[/red] {f.source}: {f.problem}", highlight=False)
    console.print(
        f"{len(rows)} records, {len(failures)} failures in {seconds:.1f} s → {out / 'records.jsonl'}",
        highlight=False,
    )
    if workers <= 1 and rows:
        timings = ", ".join(f"{name} {st.seconds:.2f}" for name, st in pipeline.stats().items())
        console.print(f"seconds per stage: {timings}", highlight=False)
    if failures and not rows:
        raise typer.Exit(EXIT_FAILED)
    if failures:
        raise typer.Exit(EXIT_PARTIAL)


def summary_row(r: Record) -> Row:
    """Source, date, the counts of the table's columns, then the headline ("" when none)."""
    kinds: Counter[str] = Counter(m.kind for m in r.mentions)
    published = r.published.value or "?"
    if r.published.from_:
        published += f" ({r.published.from_})"
    casualties = sum(len(e.casualties) for e in r.events)
    return (
        _short(r.source.uri or r.id[:12]),
        published,
        *(str(kinds[k]) for k in ("date", "quantity", "place", "actor")),
        str(len(r.events)),
        str(casualties),
        str(len(r.claims)),
        str(len(r.warnings)),
        headline(r) or "",
    )


def summary_table(records: Iterable[Record]) -> Table:
    """One row per article: where it came from, its date, and how much was found in it."""
    return table_of([summary_row(r) for r in records])


def table_of(rows: Iterable[Row]) -> Table:
    table = Table(title="rasid: extracted records", title_justify="left")
    table.add_column("source", no_wrap=True)
    table.add_column("published", no_wrap=True)
    for header in _COLUMNS:
        table.add_column(header, justify="right")
    for row in rows:
        table.add_row(*row[:-1])
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
