"""`rasid schema`: print the JSON Schema of the rasid/1 record shipped in the package."""

from __future__ import annotations

import json
from importlib import resources

import typer


def schema() -> None:
    """Print the JSON Schema of a rasid/1 record."""
    text = (resources.files("rasid") / "schema" / "rasid-1.schema.json").read_text(encoding="utf-8")
    typer.echo(json.dumps(json.loads(text), ensure_ascii=False, indent=2))
