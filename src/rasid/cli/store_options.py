"""What the store commands share: the `--db` option and opening the store with a one-line error."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from rasid.errors import EXIT_FAILED

if TYPE_CHECKING:
    from rasid.store import Store

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="The store: an SQLite file path, sqlite:///… or postgresql://user@host:port/db "
        "(default: $RASID_DB, else ./rasid.db).",
    ),
]


def open_store(db: str | None, *, hooks: bool = True) -> Store:
    """The opened store, or exit 1 with `rasid: <db>: <problem>` on stderr."""
    import sqlalchemy.exc

    from rasid.store import Store, database_url

    try:
        return Store.open(db, hooks=hooks)
    except (sqlalchemy.exc.SQLAlchemyError, OSError) as exc:
        shown = database_url(db) if db is None else db
        problem = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        typer.echo(f"rasid: {shown}: cannot open the store ({problem})", err=True)
        raise typer.Exit(EXIT_FAILED) from None
