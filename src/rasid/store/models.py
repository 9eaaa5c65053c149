"""What the store's read methods return: small frozen dataclasses, JSON-able by `asdict`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class IngestResult:
    """What one `Store.ingest` call did: ids stored now, ids already there, failures stored."""

    stored: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentSummary:
    """One row of `Store.documents`: enough for a list view."""

    id: str
    uri: str | None
    outlet: str | None
    title: str | None
    published: str | None
    published_precision: str | None
    ingested: dt.datetime
    n_events: int
    event_types: list[str]
    countries: list[str]
    review_status: str  # "unreviewed" | "pending" | "reviewed"


@dataclass(frozen=True)
class Page(Generic[T]):
    """A page of results and the total number of matches."""

    items: list[T]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True)
class SearchHit:
    """A document that matches a search, with the words around its first match."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    uri: str | None
    snippet: str
    span: tuple[int, int] | None  # the first matching word, as offsets into the record's text
    rank: float


@dataclass(frozen=True)
class FailureRow:
    """An input (or one item of it) that could not be read or extracted."""

    id: int
    input: str | None
    source: str
    problem: str
    run_id: int | None
    created: dt.datetime
    updated: dt.datetime
    retried: int
    resolved: bool


@dataclass(frozen=True)
class Review:
    """One review: a proposed confirmation, correction, rejection or addition, and its decision."""

    id: int
    created: dt.datetime
    user: str
    target_kind: str
    target_id: str
    doc_id: str | None
    field: str | None
    old_value: Any
    new_value: Any
    note: str | None
    action: str
    status: str
    approver: str | None
    approved: dt.datetime | None
    decision_note: str | None


@dataclass(frozen=True)
class Correction:
    """The approved value of one (target_kind, target_id, field): the latest approved review wins."""

    value: Any
    action: str
    user: str
    reviewer: str | None
    approved: dt.datetime | None
    review_id: int
