"""The web UI on a real PostgreSQL store: search, views, a correction approved, incidents."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.web.webdata import PASSWORD, build_store, doc_id_of

from rasid.web.app import create_app


@pytest.fixture(scope="module")
def pg_store(postgres_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    import psycopg

    name = f"rasid_web_{os.getpid()}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    store = build_store(tmp_path_factory.mktemp("webpg"), postgres_server.rsplit("/", 1)[0] + "/" + name)
    yield store
    store.close()
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_web_on_postgresql_reads_and_reviews(pg_store: Any) -> None:
    assert pg_store.dialect == "postgresql"
    with TestClient(create_app(pg_store)) as client:
        page = client.get("/documents", params={"q": "اريحا"})
        assert page.status_code == 200
        assert int(re.search(r"(\d+) documents?", page.text).group(1)) >= 1  # type: ignore[union-attr]
        doc = doc_id_of(pg_store, "ariha-market-strike.txt")
        assert client.get(f"/documents/{doc}").status_code == 200
        event = next(e for e in pg_store.record(doc).events if e.casualties)
        target = f"{doc}/{event.id}/0"

        client.get("/login")
        csrf = client.cookies["rasid_csrf"]
        client.post("/login", data={"name": "coder", "password": PASSWORD, "csrf": csrf})
        form = {
            "target_kind": "casualty",
            "target_id": target,
            "field": "value",
            "action": "correct",
            "new_value": "31",
            "csrf": csrf,
        }
        assert client.post("/reviews", data=form, follow_redirects=False).status_code == 303
        review = pg_store.reviews(target_id=target)[-1]
        client.post("/logout", data={"csrf": csrf})
        client.post("/login", data={"name": "reviewer", "password": PASSWORD, "csrf": csrf})
        assert (
            client.post(
                f"/reviews/{review.id}/approve", data={"csrf": csrf}, follow_redirects=False
            ).status_code
            == 303
        )
        assert pg_store.corrections()[("casualty", target, "value")].value == 31

        incidents = client.get("/api/incidents").json()["incidents"]
        assert len(incidents) == len(pg_store.rows("incidents")) > 0
        details = [client.get(f"/api/incidents/{i['id']}").json() for i in incidents]
        [member] = [
            m for d in details for m in d["members"] if (m["doc_id"], m["event_id"]) == (doc, event.id)
        ]
        assert "31" in [f["value"] for f in member["figures"]]
        assert [(c["field"], c["value"], c["reviewer"]) for c in member["corrections"]] == [
            ("value", 31, "reviewer")
        ]
