"""Guess what a document is from its first bytes, for inputs without a telling name."""

from __future__ import annotations

import codecs
import re
from typing import Literal

Kind = Literal["html", "feed", "text"]

SNIFF_BYTES = 2048

# What may come before the root element: whitespace, an XML declaration, comments,
# processing instructions (e.g. an XSL stylesheet for a feed).
_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.DOTALL)
_HTML_STARTS = ("<!doctype html", "<html", "<head", "<body")
_FEED_STARTS = ("<rss", "<feed", "<rdf:rdf")


def sniff(data: bytes) -> Kind:
    """'html' if the document opens like an HTML page, 'feed' like RSS/Atom, else 'text'."""
    head = data[:SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        start = head.decode("utf-16", errors="ignore")
    else:
        # The markers are ASCII; Latin-1 maps every byte, so this never fails.
        start = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    return sniff_text(start)


def sniff_text(text: str) -> Kind:
    """The same decision for a document already decoded."""
    start = text[:SNIFF_BYTES].lstrip("\ufeff")
    position = 0
    while match := _PROLOG.match(start, position):
        position = match.end()
    opening = start[position:].lstrip().lower()
    if opening.startswith(_HTML_STARTS):
        return "html"
    if opening.startswith(_FEED_STARTS):
        return "feed"
    return "text"
