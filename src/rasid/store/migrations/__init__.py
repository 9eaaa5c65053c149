"""Alembic migrations of the store, shipped in the package and run by `Store.open`.

Add a migration by writing `versions/NNNN_what.py` with `revision = "NNNN_what"` and
`down_revision` = the current head (see the newest file), and change `rasid.store.schema`
to match: a test checks the migrated schema equals it on SQLite and PostgreSQL.
`rasid db upgrade` and `Store.open` apply them (alembic's default version table).
"""
