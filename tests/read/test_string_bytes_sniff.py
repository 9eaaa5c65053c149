"""read_string / read_bytes and the sniffer that decides between text, HTML and feed."""

from __future__ import annotations

import codecs
from collections.abc import Callable

import pytest
from tests.read.samples import BODY, TITLE, page, sha

from rasid.errors import InputError
from rasid.read import read_bytes, read_string
from rasid.read.sniff import sniff
from rasid.record import Record

HTML = page(TITLE, BODY)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"<!DOCTYPE html><html>", "html"),
        (b"\n\t  <!doctype HTML>", "html"),
        (b"<html lang='ar' dir='rtl'>", "html"),
        (b'<?xml version="1.0"?>\n<!-- generated -->\n<html xmlns="http://www.w3.org/1999/xhtml">', "html"),
        (codecs.BOM_UTF8 + b"<!DOCTYPE html>", "html"),
        (codecs.BOM_UTF16_LE + "<!DOCTYPE html>".encode("utf-16-le"), "html"),
        (b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        (b'<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<feed xmlns="x">', "feed"),
        (b"<rdf:RDF xmlns:rdf='x'>", "feed"),
        (f"{TITLE}\n<html>".encode(), "text"),
        (b"<p>fragment</p>", "text"),
        (b"", "text"),
    ],
)
def test_sniff(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


@pytest.mark.parametrize(
    ("text", "content_type"),
    [
        (HTML, "html"),
        ("  <html><body><p>" + BODY + "</p></body></html>", "html"),
        (f"{TITLE}\n\n{BODY}", "text"),
    ],
)
def test_read_string(text: str, content_type: str) -> None:
    record = read_string(text, uri="memory:1")
    assert (record.content_type, record.source.format, record.source.uri) == (
        content_type,
        content_type,
        "memory:1",
    )
    assert (record.raw_text, record.raw, record.id) == (text, text.encode("utf-8"), sha(text.encode("utf-8")))
    assert record.source.encoding == "utf-8"


@pytest.mark.parametrize(
    ("data", "content_type", "encoding"),
    [
        (HTML.encode("utf-8"), "html", "utf-8"),
        (page(TITLE, BODY, meta='<meta charset="iso-8859-6">').encode("iso8859_6"), "html", "iso-8859-6"),
        (f"{TITLE}\n{BODY}".encode("cp1256"), "text", "windows-1256"),
        (codecs.BOM_UTF16_LE + f"{TITLE}\n{BODY}".encode("utf-16-le"), "text", "utf-16le"),
    ],
)
def test_read_bytes(data: bytes, content_type: str, encoding: str) -> None:
    record = read_bytes(data)
    assert (record.content_type, record.source.encoding, record.source.uri) == (content_type, encoding, None)
    assert (record.raw, record.id) == (data, sha(data))


@pytest.mark.parametrize("call", [lambda: read_string("  \n"), lambda: read_bytes(b"")])
def test_empty_document(call: Callable[[], Record]) -> None:
    with pytest.raises(InputError) as caught:
        call()
    assert caught.value.problem == "empty input"
