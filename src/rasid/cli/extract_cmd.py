"""`rasid extract`: records for files, directories, URLs or stdin, as JSON or JSONL."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

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
from rasid.cli.output import AtomicFile
from rasid.errors import EXIT_FAILED, EXIT_PARTIAL, EXIT_USAGE, OutputError, RasidError
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
    published: Published = None,
    pretty: Annotated[bool, typer.Option(help="Indent the JSON.")] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of stdout (replaced only when complete)."),
    ] = None,
    workers: Workers = 1,
    max_bytes: MaxBytes = None,
    max_chars: MaxChars = None,
    doc_seconds: DocSeconds = None,
    url_seconds: UrlSeconds = None,
    allow_private: AllowPrivate = False,
) -> None:
    """Extract rasid/1 records: JSON for one article, JSONL (one record per line) for many."""
    from rasid.read.limits import using

    limits = run_limits(max_bytes, max_chars, doc_seconds, url_seconds, allow_private)
    workers = capped_workers(workers)
    try:
        with using(limits):
            if output is None:
                ok, failed = _write(inputs, sys.stdout, published=published, pretty=pretty, workers=workers)
            else:
                target = AtomicFile(output)
                with target as out:
                    try:
                        ok, failed = _write(inputs, out, published=published, pretty=pretty, workers=workers)
                    except OSError as exc:  # a full disk, /dev/full
                        raise OutputError(str(output), (exc.strerror or str(exc)).lower()) from None
                    target.commit()
    except OutputError as exc:
        typer.echo(f"rasid: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE if exc.problem == "is a folder" else EXIT_FAILED) from None
    except RasidError as exc:
        typer.echo(f"rasid: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    if failed and not ok:
        raise typer.Exit(EXIT_FAILED)
    if failed:
        raise typer.Exit(EXIT_PARTIAL)


def _write(
    inputs: list[str], out: IO[str], *, published: str | None, pretty: bool, workers: int
) -> tuple[int, int]:
    """Stream records to `out`, failures to stderr; how many of each."""
    from rasid.api import extract_many

    err = Console(stderr=True)
    expected = _count_inputs(inputs)
    single = expected == 1 and Path(inputs[0]).suffix.lower() not in {".jsonl", ".ndjson", ".warc", ".gz"}
    ok = failed = 0
    show_bar = not single and err.is_terminal
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
    out.flush()
    return ok, failed


def _serialise(record: Record, *, pretty: bool) -> str:
    return record.to_json(pretty=pretty)
