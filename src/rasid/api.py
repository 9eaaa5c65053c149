"""The public Python entry points: `extract` for one article, `extract_many` for many."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from rasid.errors import InputError
from rasid.pipeline import Pipeline, default_pipeline
from rasid.record import Record

if TYPE_CHECKING:
    from rasid.read import Failure

Published = dt.date | str | None


def _iso_date(published: Published, source: str) -> str | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date().isoformat()
    if isinstance(published, dt.date):
        return published.isoformat()
    try:
        return dt.date.fromisoformat(published.strip()[:10]).isoformat()
    except ValueError:
        raise InputError(source, f"published must be an ISO date (YYYY-MM-DD), got {published!r}") from None


def _looks_like_path(source: str) -> bool:
    """A string names a file only when it could be a path and one exists (a long line is text)."""
    if "\n" in source or "<" in source or len(source) >= 1024:
        return False
    try:
        return Path(source).is_file()
    except OSError:  # e.g. a sentence longer than the file system's name limit
        return False


def extract(
    source: str | Path | bytes,
    *,
    published: Published = None,
    url: str | None = None,
    pipeline: Pipeline | None = None,
) -> Record:
    """Extract one record from a file path, a text or HTML string, or raw bytes.

    A `str` naming an existing file is read as that file; any other `str` is the
    article itself (HTML is detected). `published` anchors relative dates.
    """
    from rasid.read import read_bytes, read_path, read_string

    if isinstance(source, Path) or (isinstance(source, str) and _looks_like_path(source)):
        path = Path(source)
        records = list(read_path(path))
        if len(records) != 1:
            raise InputError(str(path), f"holds {len(records)} articles; use extract_many()")
        record = records[0]
    elif isinstance(source, bytes):
        record = read_bytes(source, uri=url)
    elif isinstance(source, str):
        record = read_string(source, uri=url)
    else:
        raise TypeError(f"extract() takes a path, str or bytes, not {type(source).__name__}")
    if url is not None:
        record.source.uri = url
    given = _iso_date(published, record.source.uri or "<input>")
    if given is not None:
        record.given_published = given
    return (pipeline or default_pipeline()).run_one(record)


def extract_many(
    sources: Iterable[str],
    *,
    published: Published = None,
    workers: int = 1,
    pipeline: Pipeline | None = None,
) -> Iterator[Record | Failure]:
    """Records for many inputs (paths, URLs, '-'), in input order; failures are yielded, not raised.

    With `workers > 1` each worker process runs its own copy of `pipeline`, so its stage
    statistics stay in the workers; with one worker they accumulate in `pipeline` itself.
    """
    from rasid.read import iter_sources
    from rasid.runner import run_records

    given = _iso_date(published, "<published>")

    def with_date(items: Iterable[Record | Failure]) -> Iterator[Record | Failure]:
        for item in items:
            if given is not None and isinstance(item, Record):
                item.given_published = given
            yield item

    yield from run_records(with_date(iter_sources(sources)), workers=workers, pipeline=pipeline)
