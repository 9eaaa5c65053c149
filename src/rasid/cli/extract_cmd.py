"""`rasid extract`: records for files, directories, URLs or stdin, as JSON or JSONL."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from rasid.errors import EXIT_FAILED, EXIT_PARTIAL, RasidError
from rasid.read import Failure
from rasid.record import Record


def _count_inputs(specs: list[str]) -> int | None:
    """Number of files the specs name, for the progress bar (None when unknowable: URLs, stdin, JSONL)."""
    from rasid.read import input_files

    total = 0
    for spec in specs:
        path = Path(spec)
        if spec == "-" or "://" in spec:
            return None
        total += len(input_files(path)) if path.is_dir() else 1
    return total


def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, http(s) URLs, or - for stdin.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) that anchors relative dates.")
    ] = None,
    pretty: Annotated[bool, typer.Option(help="Indent the JSON.")] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes for many inputs.")] = 1,
) -> None:
    """Extract rasid/1 records: JSON for one article, JSONL (one record per line) for many."""
    from rasid.api import extract_many

    err = Console(stderr=True)
    expected = _count_inputs(inputs)
    single = expected == 1 and Path(inputs[0]).suffix.lower() not in {".jsonl", ".ndjson", ".warc", ".gz"}
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    ok = failed = 0
    show_bar = not single and err.is_terminal
    try:
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            disable=not show_bar,
            transient=True,
        ) as progress:
            task = progress.add_task("extracting", total=expected)
            for item in extract_many(inputs, published=published, workers=workers):
                progress.advance(task)
                if isinstance(item, Failure):
                    failed += 1
                    typer.echo(f"rasid: {item.source}: {item.problem}", err=True)
                    continue
                ok += 1
                out.write(_serialise(item, pretty=pretty and single) + "\n")
    except RasidError as exc:
        typer.echo(f"rasid: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    finally:
        if output:
            out.close()
    if failed and not ok:
        raise typer.Exit(EXIT_FAILED)
    if failed:
        raise typer.Exit(EXIT_PARTIAL)


def _serialise(record: Record, *, pretty: bool) -> str:
    return record.to_json(pretty=pretty)
