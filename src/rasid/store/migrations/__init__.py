"""Alembic migrations of the store, shipped in the package and run by `Store.open`.

Add a migration by writing `versions/NNNN_what.py` with `revision = "NNNN_what"` and
`down_revision` = the current head (see the newest file). Reserved ids: `0002_web_users`
(the web UI's users and tokens, down_revision "0001_initial"). `rasid db upgrade` and
`Store.open` apply them; a test checks the migrated schema equals `rasid.store.schema`.
"""
