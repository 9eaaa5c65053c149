"""Alembic's entry point: migrate the connection `rasid.store.migrate` hands over."""

from __future__ import annotations

from alembic import context

from rasid.store.schema import include_object, metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    include_object=include_object,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
