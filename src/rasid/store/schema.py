"""The store's tables (SQLAlchemy 2 Core). Alembic migrations in `migrations/` create them.

- `documents`: one row per article, keyed by its content hash (the record id): the
  columns of `rasid.tables` kind "records", the raw input zlib-compressed (`raw`), the
  rasid/1 record as JSON text (`record`), the search tokens (`search_text`, see
  `rasid.store.search`), the run that stored it and `merged` (incident merging done).
- `mentions`, `events`, `casualties`, `claims`: the rows of `rasid.tables.rows`, one
  column per `rasid.tables.COLUMNS` entry, keyed by (`doc_id`, id) or, for casualties,
  (`doc_id`, `event_id`, `n`).
- `incidents`, `incident_members`: cross-article incidents (filled by `rasid.incidents`);
  members follow GDELT's Mentions table: one row per (incident, document, event) with
  the outlet, URL, publication date and evidence span.
- `reviews`: append-only corrections (who, when, target, old and new value, note,
  action, status, approver); the extraction is never overwritten.
- `failures`: inputs that could not be read or extracted, with the reason.
- `runs`: one row per ingest run.

SQLite also has the FTS5 table `documents_fts` (created by the migration, not declared
here); PostgreSQL a GIN index over `to_tsvector('simple', search_text)`.

A change to these tables needs a new migration under `migrations/versions/`; a test
checks the migrated database matches this metadata on both backends.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.schema import SchemaItem

from rasid.tables import COLUMNS

metadata = sa.MetaData()

_INTS = {"start", "end", "n", "geonames_id", "cue_start", "cue_end", "part_of"}
_BIG = {"low", "high"}  # counts can pass 2**31 (populations, "ثلاثة مليارات")
_INTS |= {"n_mentions", "n_events", "n_claims", "n_casualties"}
_FLOATS = {"lat", "lon", "value"}
_BOOLS = {"relative", "banned", "negated", "hypothetical", "cumulative", "quoted"}
_KEYS = {
    "mentions": ("doc_id", "id"),
    "events": ("doc_id", "id"),
    "casualties": ("doc_id", "event_id", "n"),
    "claims": ("doc_id", "id"),
}
DOC_ID = sa.String(64)


def column_type(name: str) -> sa.types.TypeEngine:
    """The SQL type of a `rasid.tables` column, by its name."""
    if name in _INTS:
        return sa.Integer()
    if name in _BIG:
        return sa.BigInteger()
    if name in _FLOATS:
        return sa.Float()
    if name in _BOOLS:
        return sa.Boolean()
    if name == "doc_id":
        return DOC_ID
    return sa.Text()


runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("command", sa.Text, nullable=False),
    sa.Column("args", sa.Text),
    sa.Column("started", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished", sa.DateTime(timezone=True)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("n_stored", sa.Integer, nullable=False, server_default="0"),
    sa.Column("n_skipped", sa.Integer, nullable=False, server_default="0"),
    sa.Column("n_failed", sa.Integer, nullable=False, server_default="0"),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", DOC_ID, primary_key=True),
    *(sa.Column(name, column_type(name)) for name in COLUMNS["records"] if name != "doc_id"),
    sa.Column("raw", sa.LargeBinary),
    sa.Column("raw_codec", sa.String(16)),
    sa.Column("record", sa.Text, nullable=False),
    sa.Column("search_text", sa.Text, nullable=False),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
    sa.Column("ingested", sa.DateTime(timezone=True), nullable=False),
    sa.Column("merged", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index("ix_documents_published", "published"),
    sa.Index("ix_documents_outlet", "outlet"),
    sa.Index("ix_documents_merged", "merged"),
)


def _row_table(kind: str, *extra: SchemaItem) -> sa.Table:
    key = _KEYS[kind]
    return sa.Table(
        kind,
        metadata,
        *(
            sa.Column(
                name,
                column_type(name),
                *([sa.ForeignKey("documents.id", ondelete="CASCADE")] if name == "doc_id" else []),
                primary_key=name in key,
                autoincrement=False,
            )
            for name in COLUMNS[kind]
        ),
        *extra,
    )


mentions = _row_table("mentions", sa.Index("ix_mentions_kind", "kind"))
events = _row_table(
    "events",
    sa.Index("ix_events_type", "type"),
    sa.Index("ix_events_place", "country", "admin1"),
    sa.Index("ix_events_date", "date"),
)
casualties = _row_table("casualties")
claims = _row_table("claims")

incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("type", sa.Text),
    sa.Column("family", sa.Text),
    sa.Column("date", sa.Text),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("place_name", sa.Text),
    sa.Column("country", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("place_precision", sa.Text),
    sa.Column("n_members", sa.Integer, nullable=False, server_default="0"),
    sa.Column("n_outlets", sa.Integer, nullable=False, server_default="0"),
    sa.Column("grading", sa.Text),
    sa.Column("summary", sa.Text),
    sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_incidents_date", "date"),
)

incident_members = sa.Table(
    "incident_members",
    metadata,
    sa.Column(
        "incident_id", sa.String(64), sa.ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("doc_id", DOC_ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("event_id", sa.Text, primary_key=True),
    sa.Column("outlet", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Text),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("evidence", sa.Text),
    sa.Index("ix_incident_members_doc", "doc_id"),
)

reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    sa.Column("user", sa.Text, nullable=False),
    sa.Column("target_kind", sa.String(16), nullable=False),
    sa.Column("target_id", sa.Text, nullable=False),
    sa.Column("doc_id", DOC_ID),
    sa.Column("field", sa.Text),
    sa.Column("old_value", sa.Text),
    sa.Column("new_value", sa.Text),
    sa.Column("note", sa.Text),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("approver", sa.Text),
    sa.Column("approved", sa.DateTime(timezone=True)),
    sa.Column("decision_note", sa.Text),
    sa.Index("ix_reviews_target", "target_kind", "target_id"),
    sa.Index("ix_reviews_doc", "doc_id"),
    sa.Index("ix_reviews_status", "status"),
)

failures = sa.Table(
    "failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("input", sa.Text),
    sa.Column("source", sa.Text, nullable=False, unique=True),
    sa.Column("problem", sa.Text, nullable=False),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
    sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
    sa.Column("retried", sa.Integer, nullable=False, server_default="0"),
    sa.Column("resolved", sa.Boolean, nullable=False, server_default=sa.false()),
)

#: The row tables of `rasid.tables`, by kind ("records" is `documents`).
ROW_TABLES: dict[str, sa.Table] = {
    "records": documents,
    "mentions": mentions,
    "events": events,
    "casualties": casualties,
    "claims": claims,
}


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """For alembic's comparisons: the search structures are made by hand in the migration."""
    if type_ == "table" and name is not None and name.startswith("documents_fts"):
        return False
    return not (type_ == "index" and name == "ix_documents_search")
