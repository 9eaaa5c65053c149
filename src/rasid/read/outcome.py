"""What readers hand over: records, and the failures of single inputs or items."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from rasid.errors import InputError
from rasid.record import Format, Record, Source

#: Internally every reader yields records and the errors of the items it could not read,
#: so one bad line or WARC record does not stop the others; the public functions then
#: either raise the first error or turn errors into `Failure`s.
Outcome = Record | InputError


@dataclass(frozen=True)
class Failure:
    """One input (or one item of an input) that could not be read, and why."""

    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


def make_record(
    raw: bytes,
    raw_text: str,
    *,
    content_type: Literal["text", "html"],
    uri: str | None,
    format: Format,
    encoding: str,
    item_id: str | None = None,
    given_published: str | None = None,
    warnings: list[str] | None = None,
) -> Record:
    """A record at the reader stage: the id is the sha256 of exactly the raw bytes."""
    return Record(
        warnings=list(warnings or []),
        id=hashlib.sha256(raw).hexdigest(),
        source=Source(uri=uri, format=format, item_id=item_id, encoding=encoding),
        raw=raw,
        raw_text=raw_text,
        content_type=content_type,
        given_published=given_published,
    )


def raising(outcomes: Iterable[Outcome]) -> Iterator[Record]:
    """Records until the first error, which is raised."""
    for outcome in outcomes:
        if isinstance(outcome, InputError):
            raise outcome
        yield outcome


def failing_softly(outcomes: Iterable[Outcome]) -> Iterator[Record | Failure]:
    """Records and `Failure`s, all the way to the end."""
    for outcome in outcomes:
        if isinstance(outcome, InputError):
            yield Failure(outcome.source, outcome.problem)
        else:
            yield outcome
