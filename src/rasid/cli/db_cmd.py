"""`rasid db`: the store's schema version (`Store.open` migrates by itself; this is for admins)."""

from __future__ import annotations

import typer

from rasid.cli.store_options import DbOption, open_store

app = typer.Typer(help="The store's schema: migrations shipped in the package.", no_args_is_help=True)


@app.command("upgrade")
def upgrade(db: DbOption = None) -> None:
    """Create the store or migrate it to the newest schema."""
    from rasid.store.migrate import current

    with open_store(db, hooks=False) as store:
        typer.echo(f"{store.url}: schema {current(store.engine)}")


@app.command("current")
def show_current(db: DbOption = None) -> None:
    """Print the store's schema revision and the newest one rasid ships."""
    from rasid.store import Store
    from rasid.store.engine import create_engine, database_url
    from rasid.store.migrate import current, head

    engine = create_engine(database_url(db))
    try:
        typer.echo(f"{Store(engine).url}: schema {current(engine) or 'none'} (newest {head()})")
    finally:
        engine.dispose()
