"""`rasid incidents`: merge what is not merged yet and print the store's incidents."""

from __future__ import annotations

import json
import os
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from rasid.cli.store_options import DbOption, open_store


def incidents(
    db: DbOption = None,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Merge every stored document again from scratch.")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", help="Show this many incidents (0: all).")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print every incident as JSON lines.")] = False,
) -> None:
    """Merge events across documents into incidents (ingest does it too) and print a summary."""
    from rasid.incidents.persist import merge_documents, stored_incidents
    from rasid.incidents.persist import rebuild as rebuild_all

    store = open_store(db)
    try:
        if rebuild:
            rebuild_all(store)
        else:
            pending = store.unmerged()
            if pending:
                merge_documents(store, pending)
        rows = stored_incidents(store)
    finally:
        store.close()
    if as_json:
        for row in rows:
            typer.echo(json.dumps(_plain(row), ensure_ascii=False, default=str))
        return
    console = Console(width=None if "COLUMNS" in os.environ else 160)
    console.print(summary_table(rows, limit))
    multi = sum(1 for r in rows if (r["n_outlets"] or 0) >= 2)
    reports = sum(r["n_members"] or 0 for r in rows)
    console.print(
        f"{len(rows)} incidents from {reports} reports; {multi} reported by two or more outlets",
        highlight=False,
    )


def summary_table(rows: list[dict[str, Any]], limit: int) -> Table:
    """The incidents most outlets report first: members, outlets, low–high (best) per status."""
    ordered = sorted(
        rows, key=lambda r: (-(r["n_outlets"] or 0), -(r["n_members"] or 0), r["date"] or "", r["id"])
    )
    shown = ordered[:limit] if limit else ordered
    table = Table(title=f"rasid incidents ({len(shown)} of {len(rows)})", title_justify="left")
    for col in (
        "incident",
        "kind",
        "type",
        "date",
        "place",
        "reports",
        "outlets",
        "grade",
        "figures",
        "disagree",
    ):
        table.add_column(col, justify="right" if col in ("reports", "outlets") else "left")
    for r in shown:
        s = r["summary"]
        figures = "; ".join(
            f"{g['status']} {g['low']}–{g['high']} (best {g['best']:g})"
            if g["low"] != g["high"]
            else f"{g['status']} {g['low']}"
            for g in s.get("ranges", [])
            if g["group"] == "total"
        )
        date = f"{r['date']} ({r['date_precision']})" if r["date"] else "?"
        table.add_row(
            r["id"][4:12],
            r["kind"],
            (r["type"] or "").replace("_", " "),
            date,
            r["place_name"] or "?",
            str(r["n_members"]),
            str(r["n_outlets"]),
            (r["grading"] or "").replace("_", " "),
            figures or "—",
            str(len(s.get("disagreements", []))),
        )
    return table


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out.pop("updated", None)
    return out
