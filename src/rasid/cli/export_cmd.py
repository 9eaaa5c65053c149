"""`rasid export`: the store's events, incidents or records in the formats analysts load.

ACLED-style CSV, GeoJSON (RFC 7946) points, Parquet (one table per kind), JSON lines and
PLOVER JSON lines; approved review corrections win over extracted values in all of them.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from rasid.cli.store_options import DbOption, open_store
from rasid.errors import EXIT_FAILED, EXIT_USAGE

if TYPE_CHECKING:
    from rasid.export import ExportSet

SUFFIX = {"csv": ".csv", "geojson": ".geojson", "jsonl": ".jsonl", "plover": ".plover.jsonl"}


class Format(StrEnum):
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"
    jsonl = "jsonl"
    plover = "plover"


class What(StrEnum):
    events = "events"
    incidents = "incidents"
    records = "records"


def export(
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")],
    what: Annotated[What, typer.Option("--what", help="What to export.")] = What.incidents,
    reviewed_only: Annotated[
        bool, typer.Option("--reviewed-only", help="Only what a reviewer approved a review of.")
    ] = False,
    db: DbOption = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--out",
            help="Output file (a folder for parquet). Default: out/<what><suffix>, out/parquet/<what>/.",
        ),
    ] = None,
) -> None:
    """Write the store's events, incidents or records as CSV, GeoJSON, Parquet, JSON lines or PLOVER."""
    from rasid.export import ExportSet

    fmt, kind = format.value, what.value
    if kind == "records" and fmt in ("geojson", "plover"):
        typer.echo(f"rasid export: --format {fmt} exports events or incidents, not records", err=True)
        raise typer.Exit(EXIT_USAGE)
    store = open_store(db, hooks=False)
    try:
        data = ExportSet.from_records(store.iter_records(), store.corrections())
    finally:
        store.close()
    target = out or (
        Path("out") / "parquet" / kind if fmt == "parquet" else Path("out") / f"{kind}{SUFFIX[fmt]}"
    )
    try:
        _write(data, fmt, kind, reviewed_only, target)
    except OSError as exc:
        typer.echo(f"rasid export: {target}: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from None


def _write(data: ExportSet, fmt: str, kind: str, reviewed_only: bool, target: Path) -> None:
    from rasid.export import writers
    from rasid.export.acled import COLUMNS as ACLED_COLUMNS
    from rasid.tables import COLUMNS as TABLE_COLUMNS

    tables = data.rows(kind, reviewed_only=reviewed_only)
    main = tables[kind]
    if fmt == "parquet":
        paths = writers.write_parquet(tables, target)
        for path in paths:
            typer.echo(f"{len(tables[path.stem])} rows → {path}")
        return
    if fmt == "csv":
        if kind == "records":
            columns: list[str] = [*TABLE_COLUMNS["records"], "rejected", "reviewed_by", "reviewed_at"]
            rows = main
        else:
            columns = list(main[0]) if main else list(ACLED_COLUMNS)
            rows = [r for r in main if r["event_type"]]  # ACLED codes these event types only
        writers.write_csv(rows, columns, target)
        typer.echo(f"{len(rows)} rows → {target}")
    elif fmt == "jsonl":
        items = data.record_dicts(reviewed_only=reviewed_only) if kind == "records" else main
        writers.write_jsonl(items, target)
        typer.echo(f"{len(items)} lines → {target}")
    elif fmt == "geojson":
        skipped = writers.write_geojson(main, target)
        typer.echo(f"{len(main) - skipped} points → {target} ({skipped} without coordinates left out)")
    else:
        items = writers.plover(data, kind, reviewed_only=reviewed_only)
        writers.write_jsonl(items, target)
        typer.echo(f"{len(items)} lines → {target}")
