"""Fetching within limits: total deadline, size cap (after gzip), redirects, schemes, private addresses."""

from __future__ import annotations

import gzip
import socket
from typing import Any

import pytest
from tests.read.conftest import LocalServer, Route
from tests.read.samples import BODY, TITLE, page

from rasid.errors import InputError
from rasid.read import read_url
from rasid.read import url as url_module
from rasid.read.limits import MB, Limits, using
from rasid.read.url import non_public

HTML = page(TITLE, BODY).encode()


def _fails(url: str, **limits: Any) -> str:
    with using(Limits(allow_private=True, **limits)), pytest.raises(InputError) as caught:
        list(read_url(url))
    assert caught.value.source == url
    return caught.value.problem


def test_a_trickling_server_is_cut_at_the_total_deadline(local_server: LocalServer) -> None:
    # 40 bytes at 0.1 s each: every single read is quick, the whole takes 4 s.
    local_server.routes["/slow"] = Route(200, b"x" * 40, {"Content-Type": "text/plain"}, trickle=0.1)
    assert _fails(local_server.url("/slow"), url_seconds=1.0) == "fetch took longer than 1 s (--url-seconds)"


def test_a_page_over_the_response_limit_is_refused(local_server: LocalServer) -> None:
    local_server.routes["/big"] = Route(200, b"a" * (2 * MB), {"Content-Type": "text/plain"})
    problem = _fails(local_server.url("/big"), max_response_bytes=MB)
    assert problem == "response larger than the limit of 1 MB"


def test_a_gzip_bomb_stops_at_the_limit_after_decoding(local_server: LocalServer) -> None:
    bomb = gzip.compress(b"\0" * (64 * MB), compresslevel=9)
    assert len(bomb) < MB
    local_server.routes["/bomb"] = Route(200, bomb, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
    assert (
        _fails(local_server.url("/bomb"), max_response_bytes=MB) == "response larger than the limit of 1 MB"
    )


def test_redirects_are_bounded(local_server: LocalServer) -> None:
    local_server.routes["/loop"] = Route(302, b"", {"Location": "/loop"})
    assert _fails(local_server.url("/loop"), max_redirects=3) == "more than 3 redirects"


def test_a_redirect_to_another_scheme_is_refused(local_server: LocalServer) -> None:
    local_server.routes["/away"] = Route(302, b"", {"Location": "file:///etc/passwd"})
    problem = _fails(local_server.url("/away"))
    assert problem == "refused: file scheme in file:///etc/passwd (http and https only)"


def test_loopback_is_refused_without_allow_private(local_server: LocalServer) -> None:
    local_server.routes["/a"] = Route(200, HTML, {"Content-Type": "text/html; charset=utf-8"})
    url = local_server.url("/a")
    with using(Limits(allow_private=False)), pytest.raises(InputError) as caught:
        list(read_url(url))
    assert caught.value.problem == (
        "refused: 127.0.0.1 resolves to a loopback address (127.0.0.1); --allow-private fetches it"
    )
    with using(Limits(allow_private=True)):
        [record] = read_url(url)
    assert record.raw == HTML


def test_every_redirect_is_checked_after_resolution(
    local_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first hop passes the check; its redirect to a name resolving to loopback does not."""
    port = local_server.base.rsplit(":", 1)[1]
    local_server.routes["/hop"] = Route(302, b"", {"Location": f"http://localhost:{port}/a"})
    local_server.routes["/a"] = Route(200, HTML, {"Content-Type": "text/html; charset=utf-8"})

    def resolve(host: str, *args: Any, **kwargs: Any) -> list[Any]:
        if host == "127.0.0.1":  # pretend the first hop is a public server
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80))]
        return socket.getaddrinfo(host, *args, **kwargs)

    class Resolver:
        IPPROTO_TCP = socket.IPPROTO_TCP
        getaddrinfo = staticmethod(resolve)

    monkeypatch.setattr(url_module, "socket", Resolver)
    url = local_server.url("/hop")
    with using(Limits(allow_private=False)), pytest.raises(InputError) as caught:
        list(read_url(url))
    assert caught.value.problem.startswith("refused: localhost resolves to a loopback address")


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "reserved"),  # carrier-grade NAT
        ("::ffff:127.0.0.1", "loopback"),
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
    ],
)
def test_non_public_addresses(address: str, kind: str | None) -> None:
    import ipaddress

    assert non_public(ipaddress.ip_address(address)) == kind
