"""The shipped migrations build exactly the schema of rasid.store.schema, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from rasid.store import Store, database_url
from rasid.store.migrate import current, downgrade, head, upgrade
from rasid.store.schema import include_object, metadata


def test_the_migrated_database_matches_the_metadata(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"include_object": include_object}), metadata
        )
    assert diff == []
    assert current(store.engine) == head() == "0001_initial"


def test_downgrade_and_upgrade_again(store: Store) -> None:
    downgrade(store.engine, "base")
    assert sa.inspect(store.engine).get_table_names() == ["alembic_version"]
    upgrade(store.engine)
    assert set(sa.inspect(store.engine).get_table_names()) >= set(metadata.tables)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "w.db"), hooks=False) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_database_urls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RASID_DB", raising=False)
    assert database_url(None) == "sqlite:///rasid.db"
    monkeypatch.setenv("RASID_DB", "elsewhere/r.db")
    assert database_url(None) == "sqlite:///elsewhere/r.db"
    assert (tmp_path / "elsewhere").is_dir()
    assert database_url("postgresql://u@h:5433/db") == "postgresql+psycopg://u@h:5433/db"
    assert database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"
