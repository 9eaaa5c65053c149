"""The `Store`: rasid records in a database (SQLite by default, PostgreSQL), with search and reviews."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import Any

import sqlalchemy as sa

from rasid.read import Failure
from rasid.record import Record
from rasid.store import reviews as review_ops
from rasid.store import schema as t
from rasid.store.engine import WRITE, create_engine, database_url
from rasid.store.migrate import upgrade
from rasid.store.models import (
    Correction,
    DocumentSummary,
    FailureRow,
    IngestResult,
    Page,
    Review,
    SearchHit,
)
from rasid.store.search import fts5_query, index_text, query_terms, snippet, tsquery
from rasid.tables import COLUMNS, KINDS, rows

#: A function called after ingest with the store and the ids of documents not yet merged
#: into incidents. It must mark them merged (`Store.write_incidents(..., merged=ids)`).
Hook = Callable[["Store", list[str]], None]
REVIEW_STATUSES = ("unreviewed", "pending", "reviewed")
BATCH_SIZE = 50


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands datetimes back naive; they were written in UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


def default_hooks() -> list[Hook]:
    """`rasid.incidents.after_ingest`, when the package has it: incidents merge after ingest."""
    try:
        module = importlib.import_module("rasid.incidents")
    except ImportError:
        return []
    hook = getattr(module, "after_ingest", None)
    return [hook] if callable(hook) else []


class Store:
    """rasid records in a database. Open with `Store.open(url)`; close (or use `with`).

    Documents are keyed by the record id (the sha256 of the raw input), so ingesting
    the same input twice stores it once. Every write happens in one transaction per
    batch; a killed run loses at most the batch in flight, and a rerun stores it.
    """

    def __init__(self, engine: sa.Engine, *, hooks: Sequence[Hook] = ()) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        #: Called by `ingest` (see `Hook`); `Store.open` fills it with `default_hooks()`.
        self.after_ingest: list[Hook] = list(hooks)

    # -- opening -------------------------------------------------------------------

    @classmethod
    def open(cls, url: str | None = None, *, hooks: bool = True, migrate: bool = True) -> Store:
        """Open (and create or migrate) the store at `url`: a path, an SQLAlchemy or postgresql:// URL.

        Without a url: `$RASID_DB`, else `rasid.db` in the current folder. `hooks=False`
        leaves `after_ingest` empty (incidents are not merged on ingest).
        """
        engine = create_engine(database_url(url))
        if migrate:
            upgrade(engine)
        return cls(engine, hooks=default_hooks() if hooks else ())

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[sa.Connection]:
        """A write transaction (committed on exit, rolled back on an exception)."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(**{WRITE: True})
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        """A read-only connection, in one transaction (one consistent snapshot)."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    # -- runs ----------------------------------------------------------------------

    def start_run(self, command: str, args: Mapping[str, Any] | None = None) -> int:
        """Record the start of a run (e.g. `rasid ingest`); returns its id."""
        with self.write() as conn:
            result = conn.execute(
                t.runs.insert().values(
                    command=command,
                    args=json.dumps(args or {}, ensure_ascii=False, default=str),
                    started=utc_now(),
                    status="running",
                )
            )
            assert result.inserted_primary_key is not None
            return int(result.inserted_primary_key[0])

    def finish_run(
        self, run_id: int, *, status: str = "done", stored: int = 0, skipped: int = 0, failed: int = 0
    ) -> None:
        with self.write() as conn:
            conn.execute(
                t.runs.update()
                .where(t.runs.c.id == run_id)
                .values(
                    finished=utc_now(), status=status, n_stored=stored, n_skipped=skipped, n_failed=failed
                )
            )

    def runs(self) -> list[dict[str, Any]]:
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.select(t.runs).order_by(t.runs.c.id))]

    # -- ingest --------------------------------------------------------------------

    def known(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these document ids are stored."""
        ids = list(dict.fromkeys(doc_ids))
        found: set[str] = set()
        with self.read() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                found.update(conn.scalars(sa.select(t.documents.c.id).where(t.documents.c.id.in_(chunk))))
        return found

    def ingest(
        self,
        items: Iterable[Record | Failure],
        *,
        run: int | None = None,
        input: str | None = None,
        batch_size: int = BATCH_SIZE,
        merge: bool = True,
    ) -> IngestResult:
        """Store extracted records and failures, `batch_size` items per transaction.

        A record whose id is stored already is skipped (idempotent), and so is a
        second copy within the same call. A `Failure` is stored under its source (one
        row per source: a later failure of the same source updates it); `input` names
        the input it came from (for `--retry-failed`). A stored record resolves the
        failure of the same source. With `merge`, the `after_ingest` hooks run at the end.
        """
        return self.ingest_labelled(
            ((input, item) for item in items), run=run, batch_size=batch_size, merge=merge
        )

    def ingest_labelled(
        self,
        pairs: Iterable[tuple[str | None, Record | Failure]],
        *,
        run: int | None = None,
        batch_size: int = BATCH_SIZE,
        merge: bool = True,
    ) -> IngestResult:
        """`ingest` for items from several inputs: (input, item) pairs, batched across inputs."""
        result = IngestResult()
        it = iter(pairs)
        while batch := list(islice(it, batch_size)):
            with self.write() as conn:
                self._ingest_batch(conn, batch, run=run, result=result)
        if merge:
            self.merge_pending()
        return result

    def _ingest_batch(
        self,
        conn: sa.Connection,
        batch: list[tuple[str | None, Record | Failure]],
        *,
        run: int | None,
        result: IngestResult,
    ) -> None:
        ids = [item.id for _, item in batch if isinstance(item, Record)]
        present = (
            set(conn.scalars(sa.select(t.documents.c.id).where(t.documents.c.id.in_(ids)))) if ids else set()
        )
        tables: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
        fts: list[dict[str, str]] = []
        now = utc_now()
        resolved: list[str] = []
        for input, item in batch:
            if isinstance(item, Failure):
                self._store_failure(conn, item, run=run, input=input, now=now)
                result.failed.append(item.source)
                continue
            if item.source.uri:
                resolved.append(item.source.uri)
            if item.id in present:
                result.skipped.append(item.id)
                continue
            present.add(item.id)
            result.stored.append(item.id)
            flat = rows(item)
            doc = flat.pop("records")[0]
            search_text = index_text(" ".join([item.text or item.title or "", *item.tags]))
            doc_row = {("id" if k == "doc_id" else k): v for k, v in doc.items()}
            doc_row.update(
                raw=zlib.compress(item.raw) if item.raw else None,
                raw_codec="zlib" if item.raw else None,
                record=item.to_json(),
                search_text=search_text,
                run_id=run,
                ingested=now,
                merged=False,
            )
            tables["records"].append(doc_row)
            fts.append({"doc_id": item.id, "body": search_text})
            for kind, kind_rows in flat.items():
                tables[kind].extend(kind_rows)
        for kind in KINDS:  # documents first: the other tables refer to them
            if tables[kind]:
                conn.execute(t.ROW_TABLES[kind].insert(), tables[kind])
        if fts and self.dialect == "sqlite":
            conn.execute(sa.text("INSERT INTO documents_fts (doc_id, body) VALUES (:doc_id, :body)"), fts)
        if resolved:
            conn.execute(
                t.failures.update()
                .where(t.failures.c.source.in_(resolved), t.failures.c.resolved == sa.false())
                .values(resolved=True, updated=now)
            )

    def _store_failure(
        self, conn: sa.Connection, failure: Failure, *, run: int | None, input: str | None, now: dt.datetime
    ) -> None:
        existing = conn.execute(
            sa.select(t.failures.c.id).where(t.failures.c.source == failure.source)
        ).first()
        values = {"problem": failure.problem, "run_id": run, "updated": now, "resolved": False}
        if input is not None:
            values["input"] = input
        if existing is None:
            conn.execute(
                t.failures.insert().values(source=failure.source, created=now, **{"input": input, **values})
            )
        else:
            conn.execute(t.failures.update().where(t.failures.c.id == existing.id).values(**values))

    def resolve_failures(self, input: str, *, run: int | None) -> int:
        """Mark resolved the failures of `input` that did not fail again in `run` (it was read whole)."""
        with self.write() as conn:
            stale = (
                t.failures.c.run_id.is_(None) if run is None else t.failures.c.run_id.is_distinct_from(run)
            )
            result = conn.execute(
                t.failures.update()
                .where(t.failures.c.input == input, t.failures.c.resolved == sa.false(), stale)
                .values(resolved=True, updated=utc_now())
            )
            return result.rowcount

    def count_retry(self, inputs: Iterable[str]) -> None:
        """Count one more retry for the unresolved failures of these inputs."""
        with self.write() as conn:
            conn.execute(
                t.failures.update()
                .where(t.failures.c.input.in_(list(inputs)), t.failures.c.resolved == sa.false())
                .values(retried=t.failures.c.retried + 1)
            )

    def merge_pending(self) -> list[str]:
        """Run the `after_ingest` hooks over the documents not merged yet; returns their ids."""
        if not self.after_ingest:
            return []
        pending = self.unmerged()
        if pending:
            for hook in self.after_ingest:
                hook(self, pending)
        return pending

    def unmerged(self) -> list[str]:
        """Ids of documents not yet merged into incidents, in ingest order."""
        with self.read() as conn:
            query = (
                sa.select(t.documents.c.id)
                .where(t.documents.c.merged == sa.false())
                .order_by(t.documents.c.ingested, t.documents.c.id)
            )
            return list(conn.scalars(query))

    # -- reading -------------------------------------------------------------------

    def record(self, doc_id: str) -> Record:
        """The stored rasid/1 record, with its raw input restored in `record.raw`. KeyError if absent."""
        with self.read() as conn:
            row = conn.execute(
                sa.select(t.documents.c.record, t.documents.c.raw).where(t.documents.c.id == doc_id)
            ).first()
        if row is None:
            raise KeyError(doc_id)
        record = Record.model_validate_json(row.record)
        if row.raw is not None:
            record.raw = zlib.decompress(row.raw)
        return record

    def iter_records(self, doc_ids: Iterable[str] | None = None, *, chunk: int = 200) -> Iterator[Record]:
        """Stored records (without raw input), all of them in ingest order or the ones named."""
        if doc_ids is None:
            with self.read() as conn:
                ids = list(
                    conn.scalars(
                        sa.select(t.documents.c.id).order_by(t.documents.c.ingested, t.documents.c.id)
                    )
                )
        else:
            ids = list(doc_ids)
        for start in range(0, len(ids), chunk):
            part = ids[start : start + chunk]
            with self.read() as conn:
                found = dict(
                    conn.execute(
                        sa.select(t.documents.c.id, t.documents.c.record).where(t.documents.c.id.in_(part))
                    ).tuples()
                )
            for doc_id in part:
                if doc_id in found:
                    yield Record.model_validate_json(found[doc_id])

    def rows(self, kind: str, *, doc_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """The rows of one kind, as `rasid.tables.rows` makes them (for exports and checks).

        Kinds: the five of `rasid.tables.KINDS` ("records" are the documents' columns,
        `doc_id` first) and "incidents", "incident_members".
        """
        key: sa.ColumnElement[Any] | None
        if kind == "records":
            cols = [
                t.documents.c.id.label("doc_id"),
                *(t.documents.c[name] for name in COLUMNS["records"][1:]),
            ]
            query = sa.select(*cols).order_by(t.documents.c.id)
            key = t.documents.c.id
        elif kind in t.ROW_TABLES:
            table = t.ROW_TABLES[kind]
            query = sa.select(table).order_by(*table.primary_key.columns)
            key = table.c.doc_id
        elif kind in ("incidents", "incident_members"):
            table = t.incidents if kind == "incidents" else t.incident_members
            query = sa.select(table).order_by(*table.primary_key.columns)
            key = table.c.doc_id if kind == "incident_members" else None
        else:
            raise ValueError(f"unknown kind {kind!r}")
        if doc_ids is not None:
            if key is None:
                raise ValueError(f"{kind} are not kept per document")
            query = query.where(key.in_(list(doc_ids)))
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def documents(
        self,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        country: str | None = None,
        admin1: str | None = None,
        event_type: str | None = None,
        outlet: str | None = None,
        review_status: str | None = None,
        query: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page[DocumentSummary]:
        """A page of documents matching every filter given, newest publication first.

        date_from/date_to: ISO dates, inclusive, on the publication date. country (ISO 3166
        alpha-3, e.g. "SYR"), admin1 (the gazetteer's name, e.g. "Idlib") and event_type
        (e.g. "airstrike") must hold for one and the same event of the document. outlet:
        the publisher exactly. review_status: "unreviewed" (no review touches the
        document), "pending" (a review awaits a decision) or "reviewed" (reviews, all
        decided). query: a search (see `search`).
        """
        d = t.documents
        conds: list[sa.ColumnElement[bool]] = []
        if date_from:
            conds.append(d.c.published >= date_from)
        if date_to:
            conds.append(d.c.published <= date_to)
        if outlet:
            conds.append(d.c.outlet == outlet)
        event_conds = []
        if country:
            event_conds.append(t.events.c.country == country)
        if admin1:
            event_conds.append(t.events.c.admin1 == admin1)
        if event_type:
            event_conds.append(t.events.c.type == event_type)
        if event_conds:
            conds.append(sa.exists().where(t.events.c.doc_id == d.c.id, *event_conds))
        if review_status:
            conds.append(self._review_status_condition(review_status))
        if query:
            conds.append(d.c.id.in_(self._search_ids(query)))
        where = sa.and_(sa.true(), *conds)
        with self.read() as conn:
            total = conn.scalar(sa.select(sa.func.count()).select_from(d).where(where)) or 0
            page = conn.execute(
                sa.select(
                    d.c.id,
                    d.c.uri,
                    d.c.outlet,
                    d.c.title,
                    d.c.published,
                    d.c.published_precision,
                    d.c.ingested,
                )
                .where(where)
                .order_by(d.c.published.desc().nulls_last(), d.c.id)
                .limit(limit)
                .offset(offset)
            ).all()
            ids = [r.id for r in page]
            events = conn.execute(
                sa.select(t.events.c.doc_id, t.events.c.type, t.events.c.country)
                .where(t.events.c.doc_id.in_(ids))
                .order_by(t.events.c.doc_id, t.events.c.id)
            ).all()
            statuses = review_ops.document_statuses(conn, ids)
        by_doc: dict[str, list[Any]] = {}
        for e in events:
            by_doc.setdefault(e.doc_id, []).append(e)
        items = [
            DocumentSummary(
                id=r.id,
                uri=r.uri,
                outlet=r.outlet,
                title=r.title,
                published=r.published,
                published_precision=r.published_precision,
                ingested=_utc(r.ingested) or r.ingested,
                n_events=len(by_doc.get(r.id, [])),
                event_types=sorted({e.type for e in by_doc.get(r.id, [])}),
                countries=sorted({e.country for e in by_doc.get(r.id, []) if e.country}),
                review_status=statuses.get(r.id, "unreviewed"),
            )
            for r in page
        ]
        return Page(items=items, total=int(total), limit=limit, offset=offset)

    def _review_status_condition(self, status: str) -> sa.ColumnElement[bool]:
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

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Distinct filter values with their document counts: outlets, countries, admin1s, event types."""
        d, e = t.documents, t.events
        out: dict[str, list[tuple[str, int]]] = {}
        with self.read() as conn:
            out["outlet"] = [
                (r[0], int(r[1]))
                for r in conn.execute(
                    sa.select(d.c.outlet, sa.func.count())
                    .where(d.c.outlet.is_not(None))
                    .group_by(d.c.outlet)
                    .order_by(d.c.outlet)
                )
            ]
            for name, col in (("country", e.c.country), ("admin1", e.c.admin1), ("event_type", e.c.type)):
                out[name] = [
                    (r[0], int(r[1]))
                    for r in conn.execute(
                        sa.select(col, sa.func.count(sa.distinct(e.c.doc_id)))
                        .where(col.is_not(None))
                        .group_by(col)
                        .order_by(col)
                    )
                ]
        return out

    # -- search --------------------------------------------------------------------

    def _search_ids(self, query: str) -> sa.Select[Any]:
        return self._search_select(query).with_only_columns(t.documents.c.id)

    def _search_select(self, query: str) -> sa.Select[Any]:
        terms = query_terms(query)
        if not terms:
            raise ValueError(f"nothing to search for in {query!r}")
        d = t.documents
        if self.dialect == "sqlite":
            fts = sa.table("documents_fts", sa.column("doc_id"), sa.column("body"), sa.column("rank"))
            return (
                sa.select(d, (-fts.c.rank).label("score"))
                .join(fts, fts.c.doc_id == d.c.id)
                .where(sa.text("documents_fts MATCH :match").bindparams(match=fts5_query(terms)))
            )
        vector = sa.func.to_tsvector(sa.literal_column("'simple'::regconfig"), d.c.search_text)
        tsq = sa.func.to_tsquery(sa.literal_column("'simple'::regconfig"), tsquery(terms))
        return sa.select(d, sa.func.ts_rank(vector, tsq).label("score")).where(vector.op("@@")(tsq))

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Documents whose text has every word of `query`, best first (see `rasid.store.search`).

        Both sides are normalised by rasid (alef forms, ta marbuta, diacritics ...) and read
        with and without proclitics, so "حلب" finds "بحلب" and "بالرقة" finds "الرقة".
        """
        terms = query_terms(query)
        select = (
            self._search_select(query)
            .order_by(sa.desc("score"), t.documents.c.id)
            .limit(limit)
            .offset(offset)
        )
        with self.read() as conn:
            found = conn.execute(select).all()
        hits = []
        for row in found:
            text = json.loads(row.record).get("text") or ""
            words, span = snippet(text, terms)
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

    # -- failures ------------------------------------------------------------------

    def failures(self, *, include_resolved: bool = False) -> list[FailureRow]:
        """Stored failures, oldest first; resolved ones only when asked."""
        query = sa.select(t.failures).order_by(t.failures.c.id)
        if not include_resolved:
            query = query.where(t.failures.c.resolved == sa.false())
        with self.read() as conn:
            return [
                FailureRow(
                    id=r.id,
                    input=r.input,
                    source=r.source,
                    problem=r.problem,
                    run_id=r.run_id,
                    created=_utc(r.created) or r.created,
                    updated=_utc(r.updated) or r.updated,
                    retried=r.retried,
                    resolved=bool(r.resolved),
                )
                for r in conn.execute(query)
            ]

    # -- reviews (see rasid.store.reviews) -----------------------------------------

    def add_review(
        self,
        target_kind: str,
        target_id: str,
        field: str | None,
        new_value: Any = None,
        *,
        user: str,
        note: str | None = None,
        action: str = "correct",
        old_value: Any = review_ops.LOOK_UP,
    ) -> Review:
        """Propose a review of one target; see `rasid.store.reviews.add_review`."""
        with self.write() as conn:
            return review_ops.add_review(
                conn,
                target_kind,
                target_id,
                field,
                new_value,
                user=user,
                note=note,
                action=action,
                old_value=old_value,
            )

    def approve_review(self, review_id: int, *, reviewer: str, note: str | None = None) -> Review:
        """Approve a proposed review (it becomes a correction)."""
        with self.write() as conn:
            return review_ops.decide(conn, review_id, "approved", reviewer=reviewer, note=note)

    def reject_review(self, review_id: int, *, reviewer: str, note: str | None = None) -> Review:
        """Reject a proposed review (the extracted value stands)."""
        with self.write() as conn:
            return review_ops.decide(conn, review_id, "rejected", reviewer=reviewer, note=note)

    def review(self, review_id: int) -> Review:
        with self.read() as conn:
            return review_ops.get(conn, review_id)

    def reviews(
        self,
        *,
        target_kind: str | None = None,
        target_id: str | None = None,
        doc_id: str | None = None,
        status: str | None = None,
        user: str | None = None,
    ) -> list[Review]:
        """Reviews matching every filter given, oldest first."""
        with self.read() as conn:
            return review_ops.select(
                conn, target_kind=target_kind, target_id=target_id, doc_id=doc_id, status=status, user=user
            )

    def corrections(self, *, doc_id: str | None = None) -> dict[tuple[str, str, str | None], Correction]:
        """Approved corrections keyed by (target_kind, target_id, field); the latest approval wins."""
        with self.read() as conn:
            return review_ops.corrections(conn, doc_id=doc_id)

    # -- incidents (written by rasid.incidents) ------------------------------------

    def write_incidents(
        self,
        incidents: Iterable[Mapping[str, Any]],
        members: Iterable[Mapping[str, Any]],
        *,
        replace: Iterable[str] = (),
        merged: Iterable[str] = (),
    ) -> None:
        """In one transaction: drop the incidents named in `replace` and those given (with their
        members), insert the given incidents and members, and mark the `merged` documents done.

        incidents: dicts with the columns of `rasid.store.schema.incidents` (`summary` may be
        any JSON-able value; it is stored as JSON text; `updated` defaults to now).
        members: dicts with the columns of `incident_members`.
        """
        incident_rows = []
        now = utc_now()
        for inc in incidents:
            row = dict(inc)
            if row.get("summary") is not None and not isinstance(row["summary"], str):
                row["summary"] = json.dumps(row["summary"], ensure_ascii=False, default=str)
            row.setdefault("updated", now)
            incident_rows.append(row)
        member_rows = [dict(m) for m in members]
        drop = list(dict.fromkeys([*replace, *(r["id"] for r in incident_rows)]))
        done = list(merged)
        with self.write() as conn:
            for start in range(0, len(drop), 500):
                part = drop[start : start + 500]
                conn.execute(t.incident_members.delete().where(t.incident_members.c.incident_id.in_(part)))
                conn.execute(t.incidents.delete().where(t.incidents.c.id.in_(part)))
            if incident_rows:
                conn.execute(t.incidents.insert(), incident_rows)
            if member_rows:
                conn.execute(t.incident_members.insert(), member_rows)
            for start in range(0, len(done), 500):
                conn.execute(
                    t.documents.update()
                    .where(t.documents.c.id.in_(done[start : start + 500]))
                    .values(merged=True)
                )
