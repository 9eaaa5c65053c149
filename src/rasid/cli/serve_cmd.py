"""`rasid serve`: the review web UI and JSON API over a store, on 127.0.0.1 by default."""

from __future__ import annotations

from typing import Annotated

import typer

from rasid.cli.store_options import DbOption, open_store


def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to bind; 127.0.0.1 keeps the UI on this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the review web UI: documents, evidence, incidents, reviews, history, /docs for the API."""
    import uvicorn

    from rasid.web.app import create_app

    store = open_store(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(
            f"rasid: serving on {host}: reachable from other machines; use HTTPS in front of it", err=True
        )
    typer.echo(
        f"rasid: open http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/ (Ctrl-C stops)"
    )
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
