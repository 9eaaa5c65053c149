"""URLs through the CLI: 127.0.0.1 is refused unless --allow-private is given."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from tests.hardening.support import ARTICLE, rasid


@pytest.fixture
def article_url() -> Iterator[str]:
    body = ARTICLE.encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/article"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_loopback_needs_allow_private(article_url: str) -> None:
    refused = rasid("extract", article_url)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        f"rasid: {article_url}: refused: 127.0.0.1 resolves to a loopback address (127.0.0.1); "
        "--allow-private fetches it"
    )
    allowed = rasid("extract", article_url, "--allow-private", "--url-seconds", "20")
    assert allowed.returncode == 0, allowed.stderr
    record = json.loads(allowed.stdout)
    assert (record["source"]["uri"], record["title"]) == (article_url, "قصف مدفعي على بلدة كفرنبل")


def test_only_http_and_https_are_urls() -> None:
    result = rasid("extract", "file:///etc/passwd")
    assert result.returncode == 1
    assert result.stderr.strip() == "rasid: file:///etc/passwd: unsupported URL scheme (http and https only)"
