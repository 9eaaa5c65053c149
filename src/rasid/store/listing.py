"""Reading many documents at once: the filtered, paged list, filter facets and search.

Functions take an open connection; `Store.documents`, `Store.facets` and `Store.search`
open it. Search goes through SQLite FTS5 or PostgreSQL full text search over the tokens
of `rasid.store.search`, so both backends find the same documents.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from rasid.store import reviews as review_ops
from rasid.store import schema as t
from rasid.store.models import DocumentSummary, Page, SearchHit
from rasid.store.search import fts5_query, query_terms, snippet, tsquery

REVIEW_STATUSES = ("unreviewed", "pending", "reviewed")


@dataclass(frozen=True)
class Filters:
    """The filters of `Store.documents` (see there); None means any."""

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    outlet: str | None = None
    review_status: str | None = None
    query: str | None = None


def utc(value: dt.datetime) -> dt.datetime:
    """SQLite hands datetimes back naive; the store writes them in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _condition(f: Filters, dialect: str) -> sa.ColumnElement[bool]:
    d = t.documents
    conds: list[sa.ColumnElement[bool]] = []
    if f.date_from:
        conds.append(d.c.published >= f.date_from)
    if f.date_to:
        conds.append(d.c.published <= f.date_to)
    if f.outlet:
        conds.append(d.c.outlet == f.outlet)
    event_conds = [
        col == value
        for col, value in (
            (t.events.c.country, f.country),
            (t.events.c.admin1, f.admin1),
            (t.events.c.type, f.event_type),
        )
        if value
    ]
    if event_conds:  # one and the same event must satisfy them all
        conds.append(sa.exists().where(t.events.c.doc_id == d.c.id, *event_conds))
    if f.review_status:
        conds.append(_review_status(f.review_status))
    if f.query:
        conds.append(d.c.id.in_(search_select(f.query, dialect).with_only_columns(d.c.id)))
    return sa.and_(sa.true(), *conds)


def _review_status(status: str) -> sa.ColumnElement[bool]:
    if status not in REVIEW_STATUSES:
        raise ValueError(f"review_status must be one of {', '.join(REVIEW_STATUSES)}, not {status!r}")
    r = t.reviews
    any_review = sa.exists().where(r.c.doc_id == t.documents.c.id)
    pending = sa.exists().where(r.c.doc_id == t.documents.c.id, r.c.status == "proposed")
    if status == "unreviewed":
        return ~any_review
    if status == "pending":
        return pending
    return sa.and_(any_review, ~pending)


def documents(conn: sa.Connection, filters: Filters, *, limit: int, offset: int) -> Page[DocumentSummary]:
    """A page of document summaries, newest publication first, undated ones last."""
    d = t.documents
    where = _condition(filters, conn.dialect.name)
    total = conn.scalar(sa.select(sa.func.count()).select_from(d).where(where)) or 0
    page = conn.execute(
        sa.select(
            d.c.id, d.c.uri, d.c.outlet, d.c.title, d.c.published, d.c.published_precision, d.c.ingested
        )
        .where(where)
        .order_by(d.c.published.desc().nulls_last(), d.c.id)
        .limit(limit)
        .offset(offset)
    ).all()
    ids = [r.id for r in page]
    by_doc: dict[str, list[Any]] = {}
    for e in conn.execute(
        sa.select(t.events.c.doc_id, t.events.c.type, t.events.c.country)
        .where(t.events.c.doc_id.in_(ids))
        .order_by(t.events.c.doc_id, t.events.c.id)
    ):
        by_doc.setdefault(e.doc_id, []).append(e)
    statuses = review_ops.document_statuses(conn, ids)
    items = [
        DocumentSummary(
            id=r.id,
            uri=r.uri,
            outlet=r.outlet,
            title=r.title,
            published=r.published,
            published_precision=r.published_precision,
            ingested=utc(r.ingested),
            n_events=len(by_doc.get(r.id, [])),
            event_types=sorted({e.type for e in by_doc.get(r.id, [])}),
            countries=sorted({e.country for e in by_doc.get(r.id, []) if e.country}),
            review_status=statuses.get(r.id, "unreviewed"),
        )
        for r in page
    ]
    return Page(items=items, total=int(total), limit=limit, offset=offset)


def facets(conn: sa.Connection) -> dict[str, list[tuple[str, int]]]:
    """Each filter's values with the number of documents that have them."""
    d, e = t.documents, t.events
    columns = {"outlet": (d.c.outlet, d.c.id), "country": (e.c.country, e.c.doc_id)}
    columns |= {"admin1": (e.c.admin1, e.c.doc_id), "event_type": (e.c.type, e.c.doc_id)}
    out: dict[str, list[tuple[str, int]]] = {}
    for name, (col, doc) in columns.items():
        query = (
            sa.select(col, sa.func.count(sa.distinct(doc)))
            .where(col.is_not(None))
            .group_by(col)
            .order_by(col)
        )
        out[name] = [(value, int(n)) for value, n in conn.execute(query)]
    return out


def search_select(query: str, dialect: str) -> sa.Select[Any]:
    """The matching documents with a `score` column (higher is better)."""
    terms = query_terms(query)
    if not terms:
        raise ValueError(f"nothing to search for in {query!r}")
    d = t.documents
    cols = (d.c.id, d.c.title, d.c.outlet, d.c.published, d.c.uri, d.c.record)
    if dialect == "sqlite":
        fts = sa.table("documents_fts", sa.column("doc_id"), sa.column("rank"))
        return (
            sa.select(*cols, (-fts.c.rank).label("score"))
            .join(fts, fts.c.doc_id == d.c.id)
            .where(sa.text("documents_fts MATCH :match").bindparams(match=fts5_query(terms)))
        )
    vector = sa.func.to_tsvector(sa.literal_column("'simple'::regconfig"), d.c.search_text)
    tsq = sa.func.to_tsquery(sa.literal_column("'simple'::regconfig"), tsquery(terms))
    return sa.select(*cols, sa.func.ts_rank(vector, tsq).label("score")).where(vector.op("@@")(tsq))


def search(conn: sa.Connection, query: str, *, limit: int, offset: int) -> list[SearchHit]:
    """The best matches for `query`, each with the words around its first match."""
    terms = query_terms(query)
    select = search_select(query, conn.dialect.name).order_by(sa.desc("score"), t.documents.c.id)
    hits = []
    for row in conn.execute(select.limit(limit).offset(offset)):
        words, span = snippet(json.loads(row.record).get("text") or "", terms)
        hits.append(
            SearchHit(
                id=row.id,
                title=row.title,
                outlet=row.outlet,
                published=row.published,
                uri=row.uri,
                snippet=words,
                span=span,
                rank=float(row.score or 0.0),
            )
        )
    return hits
