"""Database URLs and engines: SQLite (a file, WAL mode) by default, PostgreSQL through psycopg 3.

`database_url(spec)` accepts what a user types after `--db`:
- nothing: `$RASID_DB`, else the file `rasid.db` in the current folder;
- a path (`out/rasid.db`): that SQLite file (its folder is created);
- `sqlite:///path` or any SQLAlchemy URL;
- `postgresql://user@host:port/db` (also `postgres://`): PostgreSQL through psycopg 3.

SQLite connections run in WAL mode with foreign keys on, and transactions begin with an
explicit BEGIN (BEGIN IMMEDIATE for writes, so two writers queue instead of failing).
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

DEFAULT_FILE = "rasid.db"
ENV = "RASID_DB"
#: Connection execution option that marks a write transaction (BEGIN IMMEDIATE on SQLite).
WRITE = "rasid_write"


def database_url(spec: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for a `--db` value (see the module docstring)."""
    if spec is None:
        spec = os.environ.get(ENV) or DEFAULT_FILE
    text = os.fspath(spec)
    if "://" not in text:
        path = Path(text).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    return text


def create_engine(url: str) -> sa.Engine:
    """An engine for `url` (already resolved by `database_url`), set up for the store."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = sa.create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})
        _sqlite_setup(engine)
        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def _sqlite_setup(engine: sa.Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (pysqlite's own is lazy)
        cursor = dbapi_conn.cursor()
        if engine.url.database not in (None, "", ":memory:"):
            _wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        immediate = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _wal(cursor: Any, attempts: int = 100) -> None:
    """Put the database file in WAL mode. Switching modes needs the file to itself, and SQLite
    answers "database is locked" at once (without waiting out the busy timeout) while another
    connection is opening the same new file, so the switch is retried for a few seconds."""
    for attempt in range(attempts):
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05)


#: The PostgreSQL advisory lock key of store writes that must not interleave (ingest, migrations).
LOCK_KEY = 0x7261736964  # "rasid"


def serialise(conn: sa.Connection) -> None:
    """Make this write transaction wait for any other that called `serialise` (until it ends).

    SQLite needs nothing (a write transaction begins with BEGIN IMMEDIATE, one at a time);
    PostgreSQL takes a transaction-scoped advisory lock, so two `rasid ingest` runs storing
    the same document, or two processes creating the same store, queue instead of failing.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
