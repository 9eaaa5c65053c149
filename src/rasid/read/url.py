"""A URL: fetched with httpx (redirects followed), then read like a file of the served type."""

from __future__ import annotations

from collections.abc import Iterator

from rasid.errors import InputError
from rasid.read.document import document_record
from rasid.read.feed import iter_feed
from rasid.read.outcome import Outcome
from rasid.read.sniff import sniff
from rasid.read.warc import HTML_TYPES, content_type

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml"})
USER_AGENT = "rasid (+https://github.com/rasid)"


def iter_url(url: str, *, timeout: float = 30.0) -> Iterator[Outcome]:
    """Records for the page (or feed items) at `url`; the record's uri is the final URL."""
    import httpx

    try:
        response = httpx.get(url, follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT})
    except httpx.HTTPError as exc:
        detail = str(exc).strip().splitlines()
        yield InputError(url, f"cannot fetch: {detail[0] if detail else type(exc).__name__}")
        return
    if not response.is_success:
        yield InputError(url, f"HTTP {response.status_code}")
        return
    media_type, charset = content_type(response.headers.get("Content-Type", ""))
    data = response.content
    final = str(response.url)
    kind = "html" if media_type in HTML_TYPES else "feed" if media_type in FEED_TYPES else sniff(data)
    if kind == "feed":
        yield from iter_feed(data, location=final, declared=charset)
        return
    try:
        yield document_record(data, kind=kind, uri=final, declared=charset)
    except InputError as error:
        yield error
