"""`rasid search`: find stored articles by their words, with rasid's Arabic normalisation."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console

from rasid.cli.store_options import DbOption, open_store
from rasid.errors import EXIT_USAGE


def search(
    query: Annotated[
        str, typer.Argument(help="Words that must all occur (any spelling, with or without و ب ل ال …).")
    ],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Most results to show.", min=1)] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Search the stored articles; prints each hit's title, outlet, date and the words around the match."""
    with open_store(db, hooks=False) as store:
        try:
            hits = store.search(query, limit=limit)
        except ValueError as exc:
            typer.echo(f"rasid: {exc}", err=True)
            raise typer.Exit(EXIT_USAGE) from None
    if as_json:
        for hit in hits:
            item = {
                "id": hit.id,
                "title": hit.title,
                "outlet": hit.outlet,
                "published": hit.published,
                "uri": hit.uri,
                "snippet": hit.snippet,
                "span": list(hit.span) if hit.span else None,
                "rank": round(hit.rank, 6),
            }
            typer.echo(json.dumps(item, ensure_ascii=False))
        return
    console = Console(soft_wrap=True, highlight=False)
    if not hits:
        console.print("no matches")
        return
    for hit in hits:
        console.print(
            f"[bold]{hit.title or hit.id[:12]}[/bold] — {hit.outlet or '?'}, {hit.published or '?'}"
        )
        console.print(f"  {hit.snippet}")
        console.print(f"  [dim]{hit.uri or ''} {hit.id[:12]}[/dim]")
