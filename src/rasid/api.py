"""The public Python entry points: `extract` for an article's content, `extract_file` for a file,
`extract_many` for many sources, and `load` for the default pipeline they share.

`extract` never guesses that a string is a path: what it is given is the article (text or
HTML), so its result does not depend on the working directory. Files go through
`extract_file`, which names a missing path in its error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from rasid.errors import InputError
from rasid.pipeline import Pipeline, default_pipeline
from rasid.record import Record

if TYPE_CHECKING:
    from rasid.read import Failure

Published = dt.date | str | None
Source = str | Path


@cache
def load() -> Pipeline:
    """The default pipeline, built once per process (its language data loads on first use).

    `extract`, `extract_file` and `extract_many` use it when no pipeline is given, so its
    `stats()` add up over every call in the process.
    """
    return default_pipeline()


def _iso_date(published: object, source: str) -> str | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date().isoformat()
    if isinstance(published, dt.date):
        return published.isoformat()
    if not isinstance(published, str):
        raise InputError(
            source,
            f"published must be a date or an ISO date string (YYYY-MM-DD), not {type(published).__name__} {published!r}",
        )
    try:
        return dt.date.fromisoformat(published.strip()[:10]).isoformat()
    except ValueError:
        raise InputError(source, f"published must be an ISO date (YYYY-MM-DD), got {published!r}") from None


def _run(record: Record, published: Published, pipeline: Pipeline | None) -> Record:
    given = _iso_date(published, record.source.uri or "<input>")
    if given is not None:
        record.given_published = given
    return (pipeline or load()).run_one(record)


def extract(
    content: str | bytes,
    *,
    published: Published = None,
    url: str | None = None,
    pipeline: Pipeline | None = None,
) -> Record:
    """Extract one record from an article given as text or HTML (`str`, detected) or raw bytes.

    `published` (a date or an ISO string) anchors relative dates; `url` is kept as the
    record's source. To read a file, use `extract_file`.
    """
    from rasid.read import read_bytes, read_string

    if isinstance(content, bytes):
        record = read_bytes(content, uri=url)
    elif isinstance(content, str):
        record = read_string(content, uri=url)
    else:
        hint = "; to read a file use rasid.extract_file(path)" if isinstance(content, Path) else ""
        raise TypeError(f"extract() takes the article as str or bytes, not {type(content).__name__}{hint}")
    if url is not None:
        record.source.uri = url
    return _run(record, published, pipeline)


def extract_file(
    path: str | Path,
    *,
    published: Published = None,
    pipeline: Pipeline | None = None,
) -> Record:
    """Extract one record from a file (.txt, .html, or any one-article input rasid reads).

    A missing file raises `InputError` naming it; a file that holds several articles (JSONL,
    WARC, a feed) is for `extract_many`.
    """
    from rasid.read import read_path

    if not isinstance(path, (str, Path)):
        raise TypeError(f"extract_file() takes a path (str or pathlib.Path), not {type(path).__name__}")
    records = list(read_path(Path(path)))
    if len(records) != 1:
        raise InputError(str(path), f"holds {len(records)} articles; use extract_many()")
    return _run(records[0], published, pipeline)


def extract_many(
    sources: Source | Iterable[Source],
    *,
    published: Published = None,
    workers: int = 1,
    pipeline: Pipeline | None = None,
) -> Iterator[Record | Failure]:
    """Records for many inputs (paths, URLs, '-'), in input order; failures are yielded, not raised.

    One `str` or `Path` is one source (a file, a directory, a URL), never a list of characters.
    With `workers > 1` each worker process runs its own copy of `pipeline`, so its stage
    statistics stay in the workers; with one worker they accumulate in `pipeline` itself
    (`load()`'s when none is given).
    """
    from rasid.read import iter_sources
    from rasid.runner import run_records

    given = _iso_date(published, "<published>")
    items = [sources] if isinstance(sources, (str, Path)) else sources
    specs = (str(s) if isinstance(s, Path) else s for s in items)

    def with_date(records: Iterable[Record | Failure]) -> Iterator[Record | Failure]:
        for item in records:
            if given is not None and isinstance(item, Record):
                item.given_published = given
            yield item

    if pipeline is None and workers <= 1:
        pipeline = load()  # in this process: the default pipeline built once
    yield from run_records(with_date(iter_sources(specs)), workers=workers, pipeline=pipeline)
