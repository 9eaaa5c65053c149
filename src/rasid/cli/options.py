"""Options `run` and `extract` share, each checked before any input is read or output touched.

A bad value is bad usage (exit 2) with a one-line message; the limits options put
`rasid.read.limits.Limits` in force for the run.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

import typer

from rasid.read.limits import Limits, with_overrides
from rasid.runner import cpu_count

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_published(value: str | None) -> str | None:
    """A strict YYYY-MM-DD day (`2016-02-15garbage` and `15/02/2016` are refused)."""
    if value is None:
        return None
    text = value.strip()
    try:
        if not _ISO_DAY.fullmatch(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise typer.BadParameter(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def check_workers(value: int) -> int:
    if value < 1:
        raise typer.BadParameter(f"must be at least 1, got {value}")
    return value


def capped_workers(workers: int) -> int:
    """`workers`, or the number of CPUs when it asks for more (with a warning saying so)."""
    cpus = cpu_count()
    if workers > cpus:
        typer.echo(f"rasid: warning: --workers {workers} capped at the {cpus} CPUs of this machine", err=True)
        return cpus
    return workers


Published = Annotated[
    str | None,
    typer.Option(
        help="Publication date (YYYY-MM-DD) that anchors relative dates, for inputs that lack one.",
        callback=check_published,
    ),
]
Workers = Annotated[
    int, typer.Option(help="Worker processes (at most the number of CPUs).", callback=check_workers)
]
MaxBytes = Annotated[
    int | None,
    typer.Option(min=1, help="Bytes read from one file, JSONL line or stdin [env RASID_MAX_INPUT_BYTES]."),
]
MaxChars = Annotated[
    int | None,
    typer.Option(min=1, help="Characters of article text after cleaning [env RASID_MAX_TEXT_CHARS]."),
]
DocSeconds = Annotated[
    float | None,
    typer.Option(min=0.001, help="Time budget of one document in seconds [env RASID_DOC_SECONDS]."),
]
UrlSeconds = Annotated[
    float | None,
    typer.Option(min=0.001, help="Total deadline of one URL fetch in seconds [env RASID_URL_SECONDS]."),
]
AllowPrivate = Annotated[
    bool,
    typer.Option(help="Fetch URLs on private, loopback and link-local addresses [env RASID_ALLOW_PRIVATE]."),
]


def run_limits(
    max_bytes: int | None,
    max_chars: int | None,
    doc_seconds: float | None,
    url_seconds: float | None,
    allow_private: bool,
) -> Limits:
    """The limits for this run: environment and defaults, then the options given."""
    try:
        return with_overrides(
            max_input_bytes=max_bytes,
            max_text_chars=max_chars,
            doc_seconds=doc_seconds,
            url_seconds=url_seconds,
            allow_private=allow_private or None,
        ).check()
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
