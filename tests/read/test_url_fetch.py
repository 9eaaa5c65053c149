"""read_url against a real HTTP server on 127.0.0.1: charset header, redirects, errors, feeds."""

from __future__ import annotations

import socket

import pytest
from tests.read.conftest import LocalServer, Route
from tests.read.samples import BODY, SECOND, TITLE, page, sha

from rasid.errors import InputError
from rasid.read import Failure, iter_sources, read_source, read_url

pytestmark = pytest.mark.usefixtures("private_allowed")

HTML = page(TITLE, BODY)
SHORT = "خبر قصير"  # too short for detection: only the header can say ISO-8859-6
RSS = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>x</title>'
    f"<item><title>{TITLE}</title><link>https://news.example/1</link><description>{SECOND}</description>"
    "</item></channel></rss>"
)


@pytest.mark.parametrize(
    ("route", "content_type", "encoding", "raw_text"),
    [
        (Route(200, HTML.encode(), {"Content-Type": "text/html; charset=utf-8"}), "html", "utf-8", HTML),
        (
            Route(200, SHORT.encode("iso8859_6"), {"Content-Type": "text/plain; charset=ISO-8859-6"}),
            "text",
            "iso-8859-6",
            SHORT,
        ),
        (
            Route(200, HTML.encode("iso8859_6"), {"Content-Type": "text/html;charset=iso-8859-6"}),
            "html",
            "iso-8859-6",
            HTML,
        ),
        (Route(200, HTML.encode("cp1256"), {"Content-Type": "text/html"}), "html", "windows-1256", HTML),
        # No Content-Type: sniffed.
        (Route(200, HTML.encode()), "html", "utf-8", HTML),
        (Route(200, BODY.encode()), "text", "utf-8", BODY),
    ],
)
def test_read_url_page(
    local_server: LocalServer, route: Route, content_type: str, encoding: str, raw_text: str
) -> None:
    local_server.routes["/article"] = route
    url = local_server.url("/article")
    [record] = read_url(url, timeout=5)
    assert (record.source.uri, record.source.format, record.source.encoding) == (url, content_type, encoding)
    assert (record.content_type, record.raw_text, record.raw, record.id) == (
        content_type,
        raw_text,
        route.body,
        sha(route.body),
    )


def test_redirect_is_followed_and_the_final_url_kept(local_server: LocalServer) -> None:
    local_server.routes["/short"] = Route(301, b"", {"Location": "/2016/02/article"})
    local_server.routes["/2016/02/article"] = Route(
        200, HTML.encode(), {"Content-Type": "text/html; charset=utf-8"}
    )
    [record] = read_source(local_server.url("/short"))
    assert record.source.uri == local_server.url("/2016/02/article")
    assert record.raw_text == HTML


@pytest.mark.parametrize("status", [404, 500])
def test_http_error(local_server: LocalServer, status: int) -> None:
    local_server.routes["/x"] = Route(status, b"error page", {"Content-Type": "text/html"})
    url = local_server.url("/x")
    with pytest.raises(InputError) as caught:
        list(read_url(url))
    assert (caught.value.source, caught.value.problem) == (url, f"HTTP {status}")


def test_feed_url(local_server: LocalServer) -> None:
    local_server.routes["/feed"] = Route(200, RSS.encode(), {"Content-Type": "application/rss+xml"})
    [record] = read_url(local_server.url("/feed"))
    assert (record.source.uri, record.source.format, record.content_type) == (
        "https://news.example/1",
        "feed",
        "html",
    )


def test_unreachable_is_a_failure_and_the_next_source_still_runs(local_server: LocalServer) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    local_server.routes["/ok"] = Route(200, BODY.encode(), {"Content-Type": "text/plain; charset=utf-8"})
    results = list(iter_sources([dead, local_server.url("/missing"), local_server.url("/ok")]))
    assert isinstance(results[0], Failure) and results[0].source == dead
    assert results[0].problem.startswith("cannot fetch: ")
    assert results[1] == Failure(local_server.url("/missing"), "HTTP 404")
    assert [r.raw_text for r in results[2:] if not isinstance(r, Failure)] == [BODY]
