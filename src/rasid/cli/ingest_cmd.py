"""`rasid ingest`: extract inputs into the store, in batches, idempotent and resumable."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from rasid.cli.store_options import DbOption, open_store
from rasid.errors import EXIT_FAILED, EXIT_PARTIAL, EXIT_USAGE, RasidError


def ingest(
    inputs: Annotated[
        list[str] | None, typer.Argument(help="Files, directories, http(s) URLs, or - for stdin.")
    ] = None,
    db: DbOption = None,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Also read again every input that failed before.")
    ] = False,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) that anchors relative dates.")
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes for extraction.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Items stored per transaction.", min=1)] = 50,
    from_parquet: Annotated[
        str | None,
        typer.Option("--from-parquet", help="Store the result of `rasid batch --out DIR` instead."),
    ] = None,
) -> None:
    """Extract inputs into the store; what is stored already (same content hash) is skipped.

    Failures are stored with their reason (`rasid failures`); a rerun after a crash stores
    only what is missing.
    """
    from rasid.store.ingest import ingest_inputs

    if from_parquet is not None:
        from rasid.cli.batch_cmd import ingest_from_parquet

        ingest_from_parquet(from_parquet, db=db, batch_size=batch_size, extra=bool(inputs or retry_failed))
        return
    if not inputs and not retry_failed:
        typer.echo("rasid: ingest needs inputs (or --retry-failed)", err=True)
        raise typer.Exit(EXIT_USAGE)
    err = Console(stderr=True)
    store = open_store(db)
    try:
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            disable=not err.is_terminal,
            transient=True,
        ) as bar:
            task = bar.add_task("ingesting", total=None)

            def progress(index: int, total: int, current: str) -> None:
                bar.update(task, total=total, completed=index, description=_short(current) or "ingesting")

            summary = ingest_inputs(
                store,
                inputs or [],
                published=published,
                workers=workers,
                batch_size=batch_size,
                retry_failed=retry_failed,
                progress=progress,
            )
    except RasidError as exc:
        typer.echo(f"rasid: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    finally:
        store.close()
    for failure in summary.failures:
        typer.echo(f"rasid: {failure.source}: {failure.problem}", err=True)
    typer.echo(
        f"{len(summary.stored)} stored, {len(summary.skipped)} already stored, "
        f"{len(summary.failures)} failed → {store.url}"
    )
    if summary.failures and not (summary.stored or summary.skipped):
        raise typer.Exit(EXIT_FAILED)
    if summary.failures:
        raise typer.Exit(EXIT_PARTIAL)


def _short(name: str) -> str:
    name = name.rsplit("/", 1)[-1]
    return name if len(name) <= 30 else name[:29] + "…"
