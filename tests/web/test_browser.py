"""The review UI in a real browser: `rasid serve` on 127.0.0.1, Debian's chromium driven by Playwright.

`scripts/browser_setup.sh` (run by `make test`) installs chromium and playwright when
missing. Under CI=true a missing browser fails these tests instead of skipping them.
Full-page screenshots go to tests/artifacts/ (ignored by git).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import HTTPServer, SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from tests.web.webdata import PASSWORD, REPO, SEED, doc_id_of

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = REPO / "tests" / "artifacts"


def _browser_or_skip() -> None:
    problem = None
    if not Path(CHROMIUM).exists():
        problem = "chromium is not installed (scripts/browser_setup.sh installs it)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "the playwright package is missing (scripts/browser_setup.sh installs it)"
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(problem)
        pytest.skip(problem)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_store: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`rasid serve` on the module's store, as a user starts it."""
    _browser_or_skip()
    port = _free_port()
    rasid_cmd = Path(sys.executable).with_name("rasid")
    db = web_store.engine.url.database
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [str(rasid_cmd), "serve", "--db", db, "--port", str(port)], stdout=out, stderr=out
        )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/documents", timeout=2)
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"rasid serve exited: {log.read_text()}")
                time.sleep(0.1)
        else:
            pytest.fail(f"rasid serve did not answer: {log.read_text()}")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="ar")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def log_in(page: Any, server: str, name: str) -> None:
    page.goto(f"{server}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(f"{server}/documents")
    assert f"{name} ({name})" in page.inner_text("header")


def test_browser_search_in_arabic(page: Any, server: str, web_store: Any) -> None:
    page.goto(f"{server}/documents")
    page.keyboard.press("/")  # the shortcut focuses the search box
    page.keyboard.type("حلب")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('p.count').textContent.includes('«حلب»')")
    assert "q=%D8%AD%D9%84%D8%A8" in page.url
    expected = web_store.documents(query="حلب").total
    assert expected >= 1
    assert page.locator("tr.doc-row").count() == min(expected, 25)
    assert f"{expected} document" in page.inner_text("p.count")
    shot(page, "search-arabic")


def test_browser_seed_article_highlights_equal_record_spans(page: Any, server: str, web_store: Any) -> None:
    doc = doc_id_of(web_store, SEED.name)
    record = web_store.record(doc)
    page.goto(f"{server}/documents/{doc}")
    shown = page.evaluate(
        """() => {
        const box = document.getElementById('doc-text');
        const cp = s => Array.from(s).length;
        const spans = {};
        for (const el of box.querySelectorAll('.seg[data-m]')) {
            const r = document.createRange();
            r.setStart(box, 0); r.setEndBefore(el);
            const start = cp(r.toString()), end = start + cp(el.textContent);
            for (const id of el.dataset.m.split(' ')) {
                const s = spans[id] || [start, end];
                spans[id] = [Math.min(s[0], start), Math.max(s[1], end)];
            }
        }
        return {text: box.textContent, spans: spans};
    }"""
    )
    assert shown["text"] == record.text
    assert shown["spans"] == {m.id: list(m.span) for m in record.mentions}
    assert {k for m in record.mentions for k in [m.kind]} <= {"actor", "place", "date", "quantity", "weapon"}
    # clicking an event card marks its evidence words
    event = record.events[0]
    page.click(f"#card-{event.id} h3 span")
    marked = page.evaluate(
        "() => Array.from(document.querySelectorAll('#doc-text .seg.evidence')).map(e => e.textContent).join('')"
    )
    assert marked == record.span_text(event.trigger.span)
    shot(page, "document-seed")


def _select_right_to_left(page: Any, start: int, end: int) -> None:
    """Drag the mouse from the right edge of the phrase's first letter to the left edge of its last."""
    rects = page.evaluate(
        """([start, end]) => {
        const box = document.getElementById('doc-text');
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        let pos = 0, node, at = {};
        while ((node = walker.nextNode())) {
            const chars = Array.from(node.data);
            let unit = 0;
            for (let i = 0; i < chars.length; i++) {
                if (pos + i === start) at.first = [node, unit, unit + chars[i].length];
                if (pos + i === end - 1) at.last = [node, unit, unit + chars[i].length];
                unit += chars[i].length;
            }
            pos += chars.length;
        }
        const rect = ([n, a, b]) => { const r = document.createRange(); r.setStart(n, a); r.setEnd(n, b);
                                       const q = r.getBoundingClientRect(); return [q.left, q.right, q.top, q.bottom]; };
        at.first[0].parentElement.scrollIntoView({block: 'center'});
        return {first: rect(at.first), last: rect(at.last)};
    }""",
        [start, end],
    )
    first, last = rects["first"], rects["last"]
    assert first[0] > last[0], "Arabic runs right to left: the first letter is right of the last"
    page.mouse.move(first[1] - 1, (first[2] + first[3]) / 2)
    page.mouse.down()
    page.mouse.move((first[0] + last[0]) / 2, (first[2] + first[3]) / 2, steps=5)
    page.mouse.move(last[0] + 1, (last[2] + last[3]) / 2, steps=5)
    page.mouse.up()


def test_browser_select_arabic_phrase_right_to_left_and_add_as_place(
    page: Any, server: str, web_store: Any
) -> None:
    doc = doc_id_of(web_store, "ariha-market-strike.txt")
    record = web_store.record(doc)
    phrase = "ريف إدلب الجنوبي" if "ريف إدلب الجنوبي" in record.text else "مدينة أريحا"
    start = record.text.index(phrase)
    end = start + len(phrase)
    log_in(page, server, "coder")
    page.goto(f"{server}/documents/{doc}")
    _select_right_to_left(page, start, end)
    page.wait_for_selector("#add-form:not([hidden])")
    assert page.inner_text("#add-text") == phrase
    assert page.inner_text("#add-span") == f"{start}–{end}"
    shot(page, "select-rtl")
    with page.expect_navigation():
        page.keyboard.press("p")  # shortcut: add the selection as a place
    added = [r for r in web_store.reviews(doc_id=doc, target_kind="document") if r.field == "place"]
    assert added and added[-1].new_value == {"span": [start, end], "text": phrase}
    assert added[-1].user == "coder" and added[-1].action == "add"


def test_browser_coder_corrects_reviewer_approves_csv_export(
    page: Any, server: str, web_store: Any, tmp_path: Path
) -> None:
    doc = doc_id_of(web_store, "ariha-market-strike.txt")
    record = web_store.record(doc)
    event = next(e for e in record.events if e.casualties)
    card = f"#card-{event.id}-c0"
    new_value = int(event.casualties[0].value or 0) + 7
    log_in(page, server, "coder")
    page.goto(f"{server}/documents/{doc}")
    page.select_option(f"{card} form.review select[name=field]", "value")
    page.fill(f"{card} form.review input[name=new_value]", str(new_value))
    page.fill(f"{card} form.review input[name=note]", "toll updated by the civil defence")
    with page.expect_navigation():
        page.click(f"{card} form.review button.act-correct")
    assert "proposed" in page.inner_text(card)
    target = f"{doc}/{event.id}/0"
    review = web_store.reviews(target_kind="casualty", target_id=target)[-1]
    assert (review.status, review.new_value, review.user) == ("proposed", new_value, "coder")

    with page.expect_navigation():
        page.click("header form button")  # log out
    log_in(page, server, "reviewer")
    page.goto(f"{server}/history")
    with page.expect_navigation():
        page.click(f"#review-{review.id} button.approve")
    assert "approved by reviewer" in page.inner_text(f"#review-{review.id}")
    shot(page, "history-approved")
    page.goto(f"{server}/documents/{doc}")
    assert f"→ {new_value}" in page.inner_text(card)

    fix = web_store.reviews(target_kind="casualty", target_id=target)[-1]
    out = tmp_path / "events.csv"
    rasid_cmd = str(Path(sys.executable).with_name("rasid"))
    db = web_store.engine.url.database
    run = subprocess.run(
        [rasid_cmd, "export", "--format", "csv", "--what", "events", "--db", db, "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    with out.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if target in r["corrections"]]
    assert len(rows) == 1, "the corrected event is one row of the CSV, with its correction"
    row = rows[0]
    assert str(new_value) in {
        row[c] for c in ("fatalities", "fatalities_low", "fatalities_best", "fatalities_high")
    }
    assert row["reviewed_by"] == "reviewer"
    assert row["reviewed_at"].startswith(fix.approved.strftime("%Y-%m-%d"))


def test_browser_unauthenticated_write_and_cross_site_post_are_refused(
    page: Any, server: str, web_store: Any, tmp_path: Path
) -> None:
    doc = doc_id_of(web_store, "ariha-market-strike.txt")
    event = web_store.record(doc).events[0]
    form = {
        "target_kind": "event",
        "target_id": f"{doc}/{event.id}",
        "action": "reject",
        "field": "",
        "note": "forged",
    }
    page.goto(f"{server}/documents")
    r = page.request.post(f"{server}/reviews", form=form)
    assert r.status in (401, 403)
    r = page.request.post(
        f"{server}/api/reviews", data=json.dumps(form), headers={"content-type": "application/json"}
    )
    assert r.status == 401

    # a logged-in coder visits a hostile page on another site that posts the review form
    log_in(page, server, "coder")
    fields = "".join(f'<input type="hidden" name="{k}" value="{v}">' for k, v in form.items())
    (tmp_path / "evil.html").write_text(
        f'<html><body><form id="f" method="post" action="{server}/reviews">{fields}</form>'
        '<script>document.getElementById("f").submit()</script></body></html>',
        encoding="utf-8",
    )
    handler = lambda *a, **k: SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)  # noqa: E731
    evil = HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    try:
        with page.expect_response(
            lambda r: r.url == f"{server}/reviews" and r.request.method == "POST"
        ) as posted:
            page.goto(f"http://localhost:{evil.server_address[1]}/evil.html")
        status = posted.value.status
    finally:
        evil.shutdown()
        evil.server_close()
    assert status in (401, 403)
    assert not [r for r in web_store.reviews(doc_id=doc) if r.note == "forged"]


def test_browser_script_in_article_is_shown_not_run(page: Any, server: str, web_store: Any) -> None:
    doc = doc_id_of(web_store, "script-in-article.txt")
    page.goto(f"{server}/documents/{doc}")
    assert page.evaluate("() => window.pwned") is None
    assert page.title() != "pwned"
    assert '<script>document.title="pwned"' in page.inner_text("#doc-text")
    shot(page, "script-shown")


def test_browser_map_shows_the_sample_incidents(page: Any, server: str, web_store: Any) -> None:
    expected = sum(1 for i in web_store.rows("incidents") if i["lat"] is not None)
    assert expected >= 3, "the sample corpus has incidents with places"
    page.goto(f"{server}/incidents")
    page.wait_for_function("() => document.getElementById('map').dataset.outlinesLoaded > 100")
    assert page.get_attribute("#map", "data-markers") == str(expected)
    assert page.locator("path.incident-marker").count() == expected
    assert page.locator("tr.incident-row").count() == len(web_store.rows("incidents"))
    page.wait_for_timeout(300)
    shot(page, "incidents-map")
    page.screenshot(path=str(ARTIFACTS / "incidents-map-top.png"))  # the first screen, for the README


def test_browser_keyboard_only_confirm_of_an_event(page: Any, server: str, web_store: Any) -> None:
    doc = doc_id_of(web_store, "taiz-shelling.txt")
    record = web_store.record(doc)
    log_in(page, server, "coder")
    page.goto(f"{server}/documents/{doc}")
    page.keyboard.press("j")  # the first card takes the focus and its evidence is marked
    assert page.evaluate("() => document.activeElement.id") == f"card-{record.events[0].id}"
    marked = page.evaluate(
        "() => Array.from(document.querySelectorAll('#doc-text .seg.evidence')).map(e => e.textContent).join('')"
    )
    assert marked == record.span_text(record.events[0].trigger.span)
    with page.expect_navigation():
        page.keyboard.press("c")
    confirmed = web_store.reviews(target_kind="event", target_id=f"{doc}/{record.events[0].id}")
    assert [(r.action, r.user, r.field) for r in confirmed] == [("confirm", "coder", None)]
