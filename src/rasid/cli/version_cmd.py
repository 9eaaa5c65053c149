"""`rasid version`: the package version and the record schema it writes."""

from __future__ import annotations

import typer

from rasid.record import SCHEMA_VERSION


def version() -> None:
    """Print rasid's version and the record schema version."""
    from rasid import __version__

    typer.echo(f"rasid {__version__} ({SCHEMA_VERSION})")
