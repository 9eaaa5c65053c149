"""RSS and Atom: one record per item, as a small HTML page holding the item's title and content.

The item's raw bytes are that page in UTF-8 (a feed item has no bytes of its own that a
later stage could use), so the clean stage sees a title in <title> and <h1> and the
content (content:encoded, Atom content, else the summary) in the body, as on a website.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from rasid.errors import InputError
from rasid.read.dates import iso_date
from rasid.read.encoding import decode
from rasid.read.outcome import Outcome, make_record

_TAG = re.compile(r"<[^>]*>")


def iter_feed(data: bytes, *, location: str, declared: str | None = None) -> Iterator[Outcome]:
    """Records for the items of the feed in `data`; an item without content is an error."""
    import feedparser

    text = decode(data, declared=declared, html=True, source=location).text
    # Decoded here with rasid's own rules; feedparser gets UTF-8 and is told so.
    parsed = feedparser.parse(
        text.encode("utf-8"),
        response_headers={"content-type": "application/xml; charset=utf-8"},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    if not parsed.version:
        yield InputError(location, "not an RSS or Atom feed")
        return
    atom = parsed.version.startswith("atom")
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{location}#item{number}"
        body = _content_html(entry)
        if body is None:
            yield InputError(where, "item has no content or summary")
            continue
        title_html, title_text = _title(entry)
        page = _page(title_html, title_text, body)
        link = entry.get("link")
        yield make_record(
            page.encode("utf-8"),
            page,
            content_type="html",
            uri=link if _is_web_url(link) else where,
            format="feed",
            encoding="utf-8",
            item_id=entry.get("id") or link or None,
            given_published=_published(entry, atom=atom),
        )


def _content_html(entry: Any) -> str | None:
    """The richest body the item has, as HTML; plain-text bodies are escaped into paragraphs."""
    details = list(entry.get("content") or [])
    details.sort(key=lambda d: d.get("type") != "text/html")  # stable: first HTML body wins
    if entry.get("summary_detail"):
        details.append(entry["summary_detail"])
    for detail in details:
        value = detail.get("value") or ""
        if not value.strip():
            continue
        if detail.get("type") in ("text/html", "application/xhtml+xml"):
            return str(value)
        return "".join(f"<p>{html.escape(line.strip())}</p>" for line in value.splitlines() if line.strip())
    return None


def _title(entry: Any) -> tuple[str, str]:
    """The title as HTML (for <h1>) and as escaped text (for <title>)."""
    detail = entry.get("title_detail") or {}
    value = str(detail.get("value") or entry.get("title") or "").strip()
    if detail.get("type") in ("text/html", "application/xhtml+xml"):
        return value, html.escape(html.unescape(_TAG.sub("", value)))
    return html.escape(value), html.escape(value)


def _page(title_html: str, title_text: str, body: str) -> str:
    head = f"<title>{title_text}</title>" if title_text else ""
    heading = f"<h1>{title_html}</h1>\n" if title_html else ""
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8">{head}</head>\n'
        f"<body>\n{heading}{body}\n</body></html>\n"
    )


def _published(entry: Any, *, atom: bool) -> str | None:
    """The item's publication date; RSS "updated" is dc:date, Atom's is a modification time."""
    keys = ("published",) if atom else ("published", "updated")
    for key in keys:
        value = entry.get(key)
        if value:
            date = iso_date(str(value))
            parsed = entry.get(f"{key}_parsed")
            if date is None and parsed:
                date = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
            if date is not None:
                return date
    return None


def _is_web_url(value: object) -> bool:
    return isinstance(value, str) and urlsplit(value).scheme in ("http", "https")
