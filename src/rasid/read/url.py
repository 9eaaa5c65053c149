"""A URL: fetched with httpx within the limits, then read like a file of the served type.

Fetching is bounded (see `rasid.read.limits`): http and https only; one deadline for the
whole fetch, redirects included, so a server that trickles a byte at a time cannot hold a
run; a size cap counted after gzip decoding, so a gzip bomb stops at the cap; a bounded
number of redirects, each checked like the first URL. Unless private addresses are allowed,
a host that resolves to a private, loopback, link-local, multicast or reserved address is
refused (a URL from a feed or a web form must not reach the machine's own network).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from rasid.errors import InputError
from rasid.read.document import document_record
from rasid.read.feed import iter_feed
from rasid.read.limits import Limits, current, size
from rasid.read.outcome import Outcome
from rasid.read.sniff import sniff
from rasid.read.warc import HTML_TYPES, content_type

if TYPE_CHECKING:
    import httpx

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml"})
USER_AGENT = "rasid (+https://github.com/rasid)"
SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Fetched:
    url: str
    content_type: str
    data: bytes


def iter_url(url: str, *, timeout: float | None = None) -> Iterator[Outcome]:
    """Records for the page (or feed items) at `url`; the record's uri is the final URL.

    `timeout` replaces the limits' total deadline (`url_seconds`) for this URL.
    """
    limits = current()
    try:
        fetched = fetch(url, limits, seconds=limits.url_seconds if timeout is None else timeout)
    except InputError as error:
        yield error
        return
    media_type, charset = content_type(fetched.content_type)
    data = fetched.data
    kind = "html" if media_type in HTML_TYPES else "feed" if media_type in FEED_TYPES else sniff(data)
    try:
        if kind == "feed":
            yield from iter_feed(data, location=fetched.url, declared=charset)
            return
        yield document_record(data, kind=kind, uri=fetched.url, declared=charset)
    except InputError as error:
        yield error


def fetch(url: str, limits: Limits, *, seconds: float) -> Fetched:
    """The body at `url` after redirects, or InputError(url, why) naming the limit it broke."""
    import httpx

    deadline = time.monotonic() + seconds
    target = url
    with httpx.Client(follow_redirects=False, headers={"User-Agent": USER_AGENT}) as client:
        for _ in range(limits.max_redirects + 1):
            check_target(target, source=url, allow_private=limits.allow_private)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _too_slow(url, seconds)
            try:
                with client.stream("GET", target, timeout=httpx.Timeout(remaining)) as response:
                    if response.is_redirect and "location" in response.headers:
                        target = urljoin(str(response.url), response.headers["location"])
                        continue
                    if not response.is_success:
                        raise InputError(url, f"HTTP {response.status_code}")
                    data = _body(response, url, limits.max_response_bytes, deadline, seconds)
                    return Fetched(str(response.url), response.headers.get("Content-Type", ""), data)
            except httpx.TimeoutException:
                raise _too_slow(url, seconds) from None
            except httpx.HTTPError as exc:
                detail = str(exc).strip().splitlines()
                raise InputError(
                    url, f"cannot fetch: {detail[0] if detail else type(exc).__name__}"
                ) from None
    raise InputError(url, f"more than {limits.max_redirects} redirects")


def _body(response: httpx.Response, url: str, cap: int, deadline: float, seconds: float) -> bytes:
    """The decoded body, refused as soon as it passes `cap` bytes or the deadline."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > cap and not response.headers.get("Content-Encoding"):
        raise _too_big(url, cap)
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > cap:
            raise _too_big(url, cap)
        if time.monotonic() > deadline:
            raise _too_slow(url, seconds)
    return bytes(body)


def check_target(target: str, *, source: str, allow_private: bool) -> None:
    """Refuse a URL that is not http(s), or whose host resolves to a non-public address."""
    parts = urlsplit(target)
    if parts.scheme.lower() not in SCHEMES:
        raise InputError(source, f"refused: {parts.scheme or 'no'} scheme in {target} (http and https only)")
    host = parts.hostname
    if not host:
        raise InputError(source, f"refused: no host in {target}")
    if allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (OSError, ValueError) as exc:
        raise InputError(source, f"cannot fetch: cannot resolve {host} ({exc})") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        kind = non_public(address)
        if kind is not None:
            raise InputError(
                source,
                f"refused: {host} resolves to a {kind} address ({address}); --allow-private fetches it",
            )


def non_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """What kind of non-public address this is (loopback, private, …), None for a public one."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for kind, test in (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("private", address.is_private),
        ("reserved", address.is_reserved or not address.is_global),
    ):
        if test:
            return kind
    return None


def _too_big(url: str, cap: int) -> InputError:
    return InputError(url, f"response larger than the limit of {size(cap)}")


def _too_slow(url: str, seconds: float) -> InputError:
    return InputError(url, f"fetch took longer than {seconds:g} s (--url-seconds)")
