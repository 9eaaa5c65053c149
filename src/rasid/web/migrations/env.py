"""Alembic's entry point for the web UI's tables: migrate the connection `rasid.web.accounts` hands over.

The web UI keeps its own chain and version table (`alembic_version_web`) beside the
store's, so the store's schema and migrations stay the store's own.
"""

from __future__ import annotations

from alembic import context

from rasid.web.accounts import VERSION_TABLE, metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
