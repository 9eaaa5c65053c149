"""`rasid failures`: the inputs the store could not read or extract, and why."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from rasid.cli.store_options import DbOption, open_store


def failures(
    db: DbOption = None,
    all_: Annotated[bool, typer.Option("--all", help="Include failures resolved by a later run.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List stored failures (retry them with `rasid ingest --retry-failed`)."""
    with open_store(db, hooks=False) as store:
        rows = store.failures(include_resolved=all_)
    if as_json:
        for f in rows:
            item = {
                "source": f.source,
                "problem": f.problem,
                "input": f.input,
                "run": f.run_id,
                "retried": f.retried,
                "resolved": f.resolved,
                "updated": f.updated.isoformat(),
            }
            typer.echo(json.dumps(item, ensure_ascii=False))
        return
    console = Console(soft_wrap=True)
    if not rows:
        console.print("no failures")
        return
    table = Table(title=f"rasid: {len(rows)} failures", title_justify="left")
    for header in ("source", "problem", "run", "retried", *(["resolved"] if all_ else [])):
        table.add_column(header)
    for f in rows:
        cells = [f.source, f.problem, str(f.run_id or ""), str(f.retried)]
        table.add_row(*cells, *(["yes" if f.resolved else "no"] if all_ else []))
    console.print(table)
