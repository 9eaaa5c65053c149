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

    console = Console(soft_wrap=True)
    out.mkdir(parents=True, exist_ok=True)
    records: list[Record] = []
    failures: list[Failure] = []
    start = time.perf_counter()
    with (out / "records.jsonl").open("w", encoding="utf-8") as rec_fh:
        for item in extract_many(inputs, published=published, workers=workers):
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
    for f in failures:
        console.print(f"[red]failed[/red] {f.source}: {f.problem}", highlight=False)
    console.print(
        f"{len(records)} records, {len(failures)} failures in {seconds:.1f} s → {out / 'records.jsonl'}",
        highlight=False,
    )
    if failures and not records:
        raise typer.Exit(EXIT_FAILED)
    if failures:
        raise typer.Exit(EXIT_PARTIAL)


def summary_table(records: list[Record]) -> Table:
    """One row per article: where it came from, its title and date, and what was found in it."""
    table = Table(title="rasid: extracted records", show_lines=False)
    table.add_column("source", overflow="fold", max_width=28)
    table.add_column("title", overflow="ellipsis", max_width=48, no_wrap=True)
    table.add_column("published")
    for kind in _KINDS:
        table.add_column(f"{kind}s", justify="right")
    table.add_column("events", justify="right")
    table.add_column("claims", justify="right")
    table.add_column("warnings", justify="right")
    for r in records:
        kinds: Counter[str] = Counter(m.kind for m in r.mentions)
        published = r.published.value or "?"
        if r.published.from_:
            published += f" ({r.published.from_})"
        table.add_row(
            _short(r.source.uri or r.id[:12]),
            r.title or "",
            published,
            *(str(kinds[k]) for k in _KINDS),
            str(len(r.events)),
            str(len(r.claims)),
            str(len(r.warnings)),
        )
    return table


def _short(uri: str) -> str:
    return uri if len(uri) <= 28 else "…" + uri[-27:]
