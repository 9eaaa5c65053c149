"""`rasid batch`: a corpus into partitioned Parquet tables, in one process or on Dask."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from rasid.errors import EXIT_FAILED, EXIT_PARTIAL, EXIT_USAGE, RasidError

#: Failed inputs printed on the terminal; the rest are in OUT/failures.
SHOWN_FAILURES = 20


def batch(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, folders, globs or fsspec URLs (WARC, JSONL, text, HTML).")
    ],
    out: Annotated[str, typer.Option(help="Output folder (or fsspec URL) for the Parquet tables.")],
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Dask scheduler address; 'local-sync' runs in this process. Default: a LocalCluster."
        ),
    ] = None,
    partitions: Annotated[
        int | None,
        typer.Option(help="About how many partitions to cut the corpus into (default: 8 MB each)."),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="LocalCluster worker processes (default: one per core).")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for every input.")
    ] = None,
) -> None:
    """Extract a corpus into OUT/<table>/*.parquet, resumably, then merge incidents across it."""
    from rasid.batch import read_table, run_batch
    from rasid.batch.run import BatchSummary

    if published is not None:
        try:
            published = dt.date.fromisoformat(published.strip()[:10]).isoformat()
        except ValueError:
            typer.echo(f"rasid: --published: not an ISO date (YYYY-MM-DD): {published!r}", err=True)
            raise typer.Exit(EXIT_USAGE) from None
    if partitions is not None and partitions < 1:
        typer.echo("rasid: --partitions must be 1 or more", err=True)
        raise typer.Exit(EXIT_USAGE)
    err = Console(stderr=True)
    counts = {"done": 0, "skipped": 0, "records": 0, "failures": 0}
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("planning")

        def on_result(result: object) -> None:
            from rasid.batch.work import PartitionResult

            if isinstance(result, PartitionResult):
                counts["skipped" if result.skipped else "done"] += 1
                counts["records"] += result.records
                counts["failures"] += result.failures
            else:
                typer.echo(f"rasid: partition {result}", err=True)
            progress.update(
                task,
                description=(
                    f"partitions {counts['done']} done, {counts['skipped']} already done; "
                    f"{counts['records']} records, {counts['failures']} failures"
                ),
            )

        try:
            summary: BatchSummary = run_batch(
                inputs,
                out,
                scheduler=scheduler,
                partitions=partitions,
                workers=workers,
                published=published,
                on_result=on_result,
            )
        except RasidError as exc:
            typer.echo(f"rasid: {exc}", err=True)
            raise typer.Exit(EXIT_USAGE) from None
    failures = read_table(out, "failures") if summary.rows["failures"] else None
    if failures is not None:
        for row in failures.slice(0, SHOWN_FAILURES).to_pylist():
            typer.echo(f"rasid: {row['source']}: {row['problem']}", err=True)
        if failures.num_rows > SHOWN_FAILURES:
            typer.echo(f"rasid: … and {failures.num_rows - SHOWN_FAILURES} more in {out}/failures", err=True)
    incidents = (
        "not merged (some partitions failed; rerun)" if summary.incidents is None else summary.incidents
    )
    typer.echo(
        f"{summary.rows['records']} records, {summary.rows['failures']} failures in {summary.planned} partitions "
        f"({summary.ran} run now, {summary.skipped} done before) in {summary.seconds:.1f} s; "
        f"incidents: {incidents} → {out}"
    )
    if summary.failed:
        raise typer.Exit(EXIT_PARTIAL)
    if summary.rows["failures"] and not summary.rows["records"]:
        raise typer.Exit(EXIT_FAILED)
    if summary.rows["failures"]:
        raise typer.Exit(EXIT_PARTIAL)


def ingest_from_parquet(folder: str, *, db: str | None, batch_size: int, extra: bool) -> None:
    """`rasid ingest --from-parquet DIR`: a batch output into the store, with ingest's exit codes."""
    from rasid.batch.ingest import parquet_items
    from rasid.cli.store_options import open_store

    if extra:
        typer.echo("rasid: --from-parquet takes no inputs and no --retry-failed", err=True)
        raise typer.Exit(EXIT_USAGE)
    store = open_store(db)
    try:
        result = store.ingest(parquet_items(folder), input=folder, batch_size=batch_size)
    except RasidError as exc:
        typer.echo(f"rasid: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    finally:
        store.close()
    typer.echo(
        f"{len(result.stored)} stored, {len(result.skipped)} already stored, "
        f"{len(result.failed)} failures stored from {folder} → {store.url}"
    )
    if result.failed and not (result.stored or result.skipped):
        raise typer.Exit(EXIT_FAILED)
    if result.failed:
        raise typer.Exit(EXIT_PARTIAL)
