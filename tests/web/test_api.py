"""Every endpoint of the web UI and the JSON API, in process (FastAPI's TestClient)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from tests.web.webdata import PASSWORD, doc_id_of

from rasid.web.app import Settings, create_app

ARIHA = "ariha-market-strike.txt"


@pytest.fixture(scope="module")
def app(web_store: object):  # type: ignore[no-untyped-def]
    return create_app(web_store, Settings(page_size=5, max_body=100_000, max_extract_chars=20_000))


@pytest.fixture
def anon(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app) as client:
        yield client


def csrf_of(client: TestClient) -> str:
    client.get("/login")
    return client.cookies["rasid_csrf"]


def login(client: TestClient, name: str) -> str:
    token = csrf_of(client)
    r = client.post(
        "/login", data={"name": name, "password": PASSWORD, "csrf": token}, follow_redirects=False
    )
    assert r.status_code == 303, r.text
    assert "httponly" in r.headers["set-cookie"].lower() and "samesite=lax" in r.headers["set-cookie"].lower()
    return token


def client_as(app, name: str) -> TestClient:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    client.__enter__()
    client.csrf = login(client, name)  # type: ignore[attr-defined]
    return client


def first_casualty(web_store: object, doc: str) -> str:
    record = web_store.record(doc)  # type: ignore[attr-defined]
    event = next(e for e in record.events if e.casualties)
    return f"{doc}/{event.id}/0"


# -- pages ------------------------------------------------------------------------------


def test_web_home_redirects_to_documents(anon: TestClient) -> None:
    r = anon.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/documents"


def test_web_documents_page_lists_pages_and_shortcuts(anon: TestClient, web_store: object) -> None:
    r = anon.get("/documents")
    assert r.status_code == 200
    assert 'dir="rtl"' in r.text and "Keys:" in r.text and "<kbd>/</kbd> search" in r.text
    total = int(re.search(r"(\d+) documents", r.text).group(1))  # type: ignore[union-attr]
    assert total == len(web_store.rows("records"))  # type: ignore[attr-defined]
    assert r.text.count('class="doc-row"') == 5
    page3 = anon.get("/documents", params={"page": 3})
    assert page3.text.count('class="doc-row"') == min(5, total - 10)


def test_web_documents_arabic_search_is_normalised(anon: TestClient) -> None:
    r = anon.get("/documents", params={"q": "أريحا"})
    assert (r.status_code == 200 and "ariha" in r.text.lower()) or "أريحا" in r.text
    hits = int(re.search(r"(\d+) documents?", r.text).group(1))  # type: ignore[union-attr]
    plain = anon.get("/documents", params={"q": "اريحا"})  # without the hamza: the same documents
    assert int(re.search(r"(\d+) documents?", plain.text).group(1)) == hits >= 1  # type: ignore[union-attr]


def test_web_documents_filters(anon: TestClient, web_store: object) -> None:
    facets = web_store.facets()  # type: ignore[attr-defined]
    country, count = facets["country"][0]
    r = anon.get("/documents", params={"country": country})
    assert int(re.search(r"(\d+) documents?", r.text).group(1)) == count  # type: ignore[union-attr]
    r = anon.get("/documents", params={"date_from": "2100-01-01"})
    assert "0 documents" in r.text
    assert anon.get("/documents", params={"date_from": "yesterday"}).status_code == 422
    assert anon.get("/documents", params={"review": "bogus"}).status_code == 422


def test_web_document_view_highlights_and_escapes(anon: TestClient, web_store: object) -> None:
    doc = doc_id_of(web_store, "script-in-article.txt")
    r = anon.get(f"/documents/{doc}")
    assert r.status_code == 200
    assert "<script>document.title" not in r.text
    assert "&lt;script&gt;document.title" in r.text
    assert 'class="legend"' in r.text and "k-place" in r.text


def test_web_document_unknown_is_404(anon: TestClient) -> None:
    assert anon.get("/documents/nope").status_code == 404
    assert anon.get("/api/documents/nope").status_code == 404


def test_web_incident_pages(anon: TestClient, web_store: object) -> None:
    r = anon.get("/incidents")
    assert r.status_code == 200 and 'id="map"' in r.text
    data = json.loads(re.search(r'id="incident-data">(.*?)</script>', r.text, re.S).group(1))  # type: ignore[union-attr]
    rows = web_store.rows("incidents")  # type: ignore[attr-defined]
    assert len(data["points"]) == sum(1 for i in rows if i["lat"] is not None)
    some = rows[0]["id"]
    page = anon.get(f"/incidents/{some}")
    assert page.status_code == 200 and "grading" in page.text
    assert anon.get("/incidents/none").status_code == 404


def test_web_static_vendor_assets_are_served(anon: TestClient) -> None:
    for path in ("vendor/htmx.min.js", "vendor/leaflet/leaflet.js", "vendor/chart.umd.min.js", "app.js"):
        assert anon.get(f"/static/{path}").status_code == 200


# -- authentication and security ---------------------------------------------------------


def test_web_login_wrong_password_then_rate_limited(app) -> None:  # type: ignore[no-untyped-def]
    with TestClient(app) as client:
        token = csrf_of(client)
        for _ in range(5):
            r = client.post("/login", data={"name": "viewer", "password": "wrong", "csrf": token})
            assert r.status_code == 401
        r = client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf": token})
        assert r.status_code == 429
    app.state.limiter.succeeded("ip:testclient", "name:viewer")


def test_web_login_without_csrf_is_refused(anon: TestClient) -> None:
    r = anon.post("/login", data={"name": "coder", "password": PASSWORD})
    assert r.status_code == 403


def test_web_unauthenticated_write_is_401(anon: TestClient, web_store: object) -> None:
    target = first_casualty(web_store, doc_id_of(web_store, ARIHA))
    form = {
        "target_kind": "casualty",
        "target_id": target,
        "field": "value",
        "action": "correct",
        "new_value": "9",
    }
    assert anon.post("/reviews", data=form).status_code == 401
    assert anon.post("/api/reviews", json=form).status_code == 401


def test_web_cross_site_post_without_csrf_token_is_403(app, web_store: object) -> None:  # type: ignore[no-untyped-def]
    client = client_as(app, "coder")
    target = first_casualty(web_store, doc_id_of(web_store, ARIHA))
    form = {
        "target_kind": "casualty",
        "target_id": target,
        "field": "value",
        "action": "correct",
        "new_value": "9",
    }
    assert client.post("/reviews", data=form).status_code == 403
    hostile = {**form, "csrf": client.csrf}  # type: ignore[attr-defined]
    assert client.post("/reviews", data=hostile, headers={"origin": "http://evil.example"}).status_code == 403
    client.__exit__()


def test_web_viewer_cannot_write(app, web_store: object) -> None:  # type: ignore[no-untyped-def]
    client = client_as(app, "viewer")
    target = first_casualty(web_store, doc_id_of(web_store, ARIHA))
    form = {"target_kind": "casualty", "target_id": target, "action": "confirm", "csrf": client.csrf}  # type: ignore[attr-defined]
    assert client.post("/reviews", data=form).status_code == 403
    client.__exit__()


def test_web_body_over_the_limit_is_413(anon: TestClient) -> None:
    r = anon.post("/api/extract", content=b"x" * 200_000, headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_web_logout_ends_the_session(app) -> None:  # type: ignore[no-untyped-def]
    client = client_as(app, "coder")
    assert "coder (coder)" in client.get("/documents").text
    r = client.post("/logout", data={"csrf": client.csrf}, follow_redirects=False)  # type: ignore[attr-defined]
    assert r.status_code == 303
    assert "coder (coder)" not in client.get("/documents").text
    client.__exit__()


# -- reviews -------------------------------------------------------------------------------


def test_web_coder_corrects_reviewer_approves_history_shows_it(app, web_store: object) -> None:  # type: ignore[no-untyped-def]
    doc = doc_id_of(web_store, ARIHA)
    target = first_casualty(web_store, doc)
    coder = client_as(app, "coder")
    form = {
        "target_kind": "casualty",
        "target_id": target,
        "field": "value",
        "action": "correct",
        "new_value": "٤٤",
        "note": "the later toll",
        "csrf": coder.csrf,  # type: ignore[attr-defined]
    }
    r = coder.post("/reviews", data=form, follow_redirects=False)
    assert r.status_code == 303
    mine = web_store.reviews(target_kind="casualty", target_id=target)  # type: ignore[attr-defined]
    review = mine[-1]
    assert (review.user, review.status, review.new_value, review.note) == (
        "coder",
        "proposed",
        44,
        "the later toll",
    )
    assert coder.post(f"/reviews/{review.id}/approve", data={"csrf": coder.csrf}).status_code == 403  # type: ignore[attr-defined]
    coder.__exit__()

    reviewer = client_as(app, "reviewer")
    r = reviewer.post(f"/reviews/{review.id}/approve", data={"csrf": reviewer.csrf}, follow_redirects=False)  # type: ignore[attr-defined]
    assert r.status_code == 303
    fix = web_store.corrections(doc_id=doc)[("casualty", target, "value")]  # type: ignore[attr-defined]
    assert (fix.value, fix.reviewer) == (44, "reviewer")
    assert reviewer.post(f"/reviews/{review.id}/approve", data={"csrf": reviewer.csrf}).status_code == 409  # type: ignore[attr-defined]
    reviewer.__exit__()

    with TestClient(app) as anon:
        history = anon.get(f"/history/casualty/{target}")
        assert (
            history.status_code == 200
            and f'id="review-{review.id}"' in history.text
            and "by reviewer" in history.text
        )
        assert f"/reviews/{review.id}" in anon.get("/history").text
        assert anon.get(f"/reviews/{review.id}").status_code == 200
        assert '→ <b class="new-value">44</b>' in anon.get(f"/documents/{doc}").text
        assert anon.get("/reviews/999999").status_code == 404


def test_web_add_missed_place_by_span(app, web_store: object) -> None:  # type: ignore[no-untyped-def]
    doc = doc_id_of(web_store, ARIHA)
    text = web_store.record(doc).text  # type: ignore[attr-defined]
    start = text.index("أريحا")
    coder = client_as(app, "coder")
    form = {
        "target_kind": "document",
        "target_id": doc,
        "field": "place",
        "action": "add",
        "new_value": json.dumps({"span": [start, start + 5], "text": "ignored"}),
        "csrf": coder.csrf,  # type: ignore[attr-defined]
    }
    assert coder.post("/reviews", data=form, follow_redirects=False).status_code == 303
    added = web_store.reviews(doc_id=doc, target_kind="document")[-1]  # type: ignore[attr-defined]
    assert added.new_value == {"span": [start, start + 5], "text": "أريحا"}
    bad = {**form, "new_value": json.dumps({"span": [start, 10**6]})}
    assert coder.post("/reviews", data=bad).status_code == 422
    coder.__exit__()


def test_web_review_errors_are_422(app, web_store: object) -> None:  # type: ignore[no-untyped-def]
    coder = client_as(app, "coder")
    doc = doc_id_of(web_store, ARIHA)
    base = {"target_kind": "event", "target_id": f"{doc}/e999", "action": "confirm", "csrf": coder.csrf}  # type: ignore[attr-defined]
    assert coder.post("/reviews", data=base).status_code == 422
    wrong_field = {
        **base,
        "target_id": f"{doc}/e1",
        "field": "nonsense",
        "action": "correct",
        "new_value": "x",
    }
    assert coder.post("/reviews", data=wrong_field).status_code == 422
    no_value = {
        **base,
        "target_id": first_casualty(web_store, doc),
        "target_kind": "casualty",
        "field": "value",
        "action": "correct",
    }
    assert coder.post("/reviews", data=no_value).status_code == 422
    coder.__exit__()


def test_web_merge_and_split_incidents_are_reviews(app, web_store: object) -> None:  # type: ignore[no-untyped-def]
    rows = web_store.rows("incidents")  # type: ignore[attr-defined]
    a, b = rows[0]["id"], rows[1]["id"]
    n_members = web_store.rows("incident_members")  # type: ignore[attr-defined]
    before = len(rows)
    admin = client_as(app, "admin")
    r = admin.post(
        "/incidents/merge",
        data={"incidents": [a, b], "note": "same strike", "csrf": admin.csrf},
        follow_redirects=False,
    )  # type: ignore[attr-defined]
    assert r.status_code == 303
    after = web_store.rows("incidents")  # type: ignore[attr-defined]
    assert len(after) == before - 1
    assert len(web_store.rows("incident_members")) == len(n_members)  # type: ignore[attr-defined]
    merged_reviews = [rv for rv in web_store.reviews(target_kind="incident") if rv.note == "same strike"]  # type: ignore[attr-defined]
    assert {rv.target_id for rv in merged_reviews} == {a, b} and all(
        rv.status == "approved" for rv in merged_reviews
    )
    merged = merged_reviews[0].new_value["into"][0]
    new_id = next(
        m["incident_id"]
        for m in web_store.rows("incident_members")
        if f"{m['doc_id']}:{m['event_id']}" == merged[0]
    )  # type: ignore[attr-defined]
    r = admin.post(
        f"/incidents/{new_id}/split",
        data={"members": [merged[-1]], "csrf": admin.csrf},
        follow_redirects=False,
    )  # type: ignore[attr-defined]
    assert r.status_code == 303
    assert len(web_store.rows("incidents")) == before  # type: ignore[attr-defined]
    assert admin.post("/incidents/merge", data={"incidents": [a], "csrf": admin.csrf}).status_code == 422  # type: ignore[attr-defined]
    admin.__exit__()


# -- JSON API ---------------------------------------------------------------------------------


def test_api_openapi_lists_every_endpoint(anon: TestClient) -> None:
    paths = anon.get("/api/openapi.json").json()["paths"]
    for path in (
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/events",
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/reviews",
        "/api/reviews/{review_id}",
        "/api/reviews/{review_id}/approve",
        "/api/extract",
    ):
        assert path in paths
    assert anon.get("/docs").status_code == 200


def test_api_documents_and_document(anon: TestClient, web_store: object) -> None:
    body = anon.get("/api/documents", params={"q": "قصف", "page": 1}).json()
    assert body["total"] >= 1 and len(body["documents"]) <= 5
    doc = doc_id_of(web_store, ARIHA)
    one = anon.get(f"/api/documents/{doc}").json()
    assert one["record"]["id"] == doc and one["record"]["schema"] == "rasid/1"


def test_api_events_incidents(anon: TestClient, web_store: object) -> None:
    doc = doc_id_of(web_store, ARIHA)
    events = anon.get("/api/events", params={"doc_id": doc}).json()["events"]
    assert [e["id"] for e in events] == [e.id for e in web_store.record(doc).events]  # type: ignore[attr-defined]
    incidents = anon.get("/api/incidents").json()["incidents"]
    assert len(incidents) == len(web_store.rows("incidents"))  # type: ignore[attr-defined]
    one = anon.get(f"/api/incidents/{incidents[0]['id']}").json()
    assert one["members"] and all("figures" in m for m in one["members"])
    assert anon.get("/api/incidents/none").status_code == 404


def test_api_reviews_with_token(app, web_store: object) -> None:  # type: ignore[no-untyped-def]
    from rasid.web.accounts import Accounts

    accounts = Accounts(web_store.engine)  # type: ignore[attr-defined]
    coder_token, reviewer_token = accounts.new_token("coder"), accounts.new_token("reviewer")
    doc = doc_id_of(web_store, ARIHA)
    event = web_store.record(doc).events[0].id  # type: ignore[attr-defined]
    with TestClient(app) as client:
        body = {"target_kind": "event", "target_id": f"{doc}/{event}", "action": "confirm", "note": "checked"}
        r = client.post("/api/reviews", json=body, headers={"authorization": f"Bearer {coder_token}"})
        assert r.status_code == 201, r.text
        review = r.json()
        assert (review["user"], review["status"], review["field"]) == ("coder", "proposed", None)
        assert (
            client.post("/api/reviews", json=body, headers={"authorization": "Bearer wrong"}).status_code
            == 401
        )
        r = client.post(
            f"/api/reviews/{review['id']}/approve", headers={"authorization": f"Bearer {reviewer_token}"}
        )
        assert r.json()["status"] == "approved" and r.json()["approver"] == "reviewer"
        listed = client.get(
            "/api/reviews", params={"target_kind": "event", "target_id": f"{doc}/{event}"}
        ).json()["reviews"]
        assert listed[0]["id"] == review["id"]
        assert client.get(f"/api/reviews/{review['id']}").json()["note"] == "checked"


def test_api_extract_posted_text(anon: TestClient) -> None:
    text = "غارة على أريحا\n\nقتل خمسة مدنيين في غارة جوية على سوق مدينة أريحا بريف إدلب أمس الثلاثاء."
    r = anon.post("/api/extract", json={"text": text, "published": "2017-10-18"})
    assert r.status_code == 200
    record = r.json()
    assert record["schema"] == "rasid/1" and record["events"]
    assert any(m["kind"] == "date" and m["value"] == "2017-10-17" for m in record["mentions"])
    assert anon.post("/api/extract", json={"text": "   "}).status_code == 422
    assert anon.post("/api/extract", json={"text": "ب" * 20_001}).status_code == 413
    assert anon.post("/api/extract", json={"text": "x", "published": "soon"}).status_code == 422
    assert anon.post("/api/extract", json={"text": "README.md"}).json()["text"].strip() == "README.md"


def test_web_foreign_csrf_cookie_is_replaced_not_echoed(app) -> None:  # type: ignore[no-untyped-def]
    with TestClient(app, cookies={"rasid_csrf": 'x"><script>alert(1)</script>'}) as client:
        r = client.get("/documents")
        assert "alert(1)" not in r.text
        assert r.headers["set-cookie"].startswith("rasid_csrf=") and "script" not in r.headers["set-cookie"]
