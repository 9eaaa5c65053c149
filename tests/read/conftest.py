"""Fixtures for the reader tests: a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rasid.read.limits import Limits, using


@dataclass
class Route:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    #: Seconds between single bytes of the body (a server that trickles), 0 to send at once.
    trickle: float = 0.0


@dataclass
class LocalServer:
    base: str
    routes: dict[str, Route]

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def local_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    """A real HTTP server on 127.0.0.1 serving `routes` (path -> Route); others are 404."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    routes: dict[str, Route] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = routes.get(self.path, Route(404, b"not here", {"Content-Type": "text/plain"}))
            self.send_response(route.status)
            for key, value in route.headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            if not route.trickle:
                self.wfile.write(route.body)
                return
            try:
                for i in range(len(route.body)):
                    self.wfile.write(route.body[i : i + 1])
                    self.wfile.flush()
                    time.sleep(route.trickle)
            except OSError:  # the client gave up
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield LocalServer(f"http://127.0.0.1:{server.server_port}", routes)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def private_allowed() -> Iterator[Limits]:
    """Limits that let readers fetch 127.0.0.1 (the test server), as `--allow-private` does."""
    with using(Limits(allow_private=True)) as limits:
        yield limits
