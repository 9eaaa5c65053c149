"""WARC and WARC.gz: HTML responses become records; everything else is skipped."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from tests.read.samples import BODY, SECOND, TITLE, page, sha
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasid.errors import InputError
from rasid.read import read_path

HTML = page(TITLE, BODY)
LEGACY = page(SECOND, BODY)
URI = "https://news.example/2016/02/article-1.html"


def _response(writer: WARCWriter, uri: str, status: str, headers: list[tuple[str, str]], body: bytes) -> str:
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http)
    writer.write_record(record)
    return str(record.rec_headers.get_header("WARC-Record-ID"))


def _write_warc(path: Path, *, compress: bool) -> list[str]:
    """Three pages to keep, and four records to skip; returns the kept record ids."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "rasid tests"}))
    request = StatusAndHeaders(
        "GET /2016/02/article-1.html HTTP/1.1", [("Host", "news.example")], is_http_request=True
    )
    writer.write_record(
        writer.create_warc_record(URI, "request", payload=io.BytesIO(b""), http_headers=request)
    )
    kept = [
        _response(
            writer, URI, "200 OK", [("Content-Type", "text/html; charset=utf-8")], HTML.encode("utf-8")
        ),
        _response(
            writer,
            "https://news.example/legacy",
            "200 OK",
            [("Content-Type", "text/html; charset=windows-1256")],
            LEGACY.encode("cp1256"),
        ),
        _response(
            writer,
            "https://news.example/compressed",
            "200 OK",
            [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
            gzip.compress(HTML.encode("utf-8")),
        ),
    ]
    _response(
        writer, "https://news.example/logo.png", "200 OK", [("Content-Type", "image/png")], b"\x89PNG\r\n"
    )
    _response(
        writer, "https://news.example/gone", "404 Not Found", [("Content-Type", "text/html")], b"<html>x"
    )
    path.write_bytes(buffer.getvalue())
    return kept


@pytest.mark.parametrize(("name", "compress"), [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_read_warc(tmp_path: Path, name: str, compress: bool) -> None:
    path = tmp_path / name
    ids = _write_warc(path, compress=compress)
    records = list(read_path(path))
    assert [(r.source.uri, r.source.item_id, r.source.format, r.source.encoding) for r in records] == [
        (URI, ids[0], "warc", "utf-8"),
        ("https://news.example/legacy", ids[1], "warc", "windows-1256"),
        ("https://news.example/compressed", ids[2], "warc", "utf-8"),
    ]
    assert [r.raw_text for r in records] == [HTML, LEGACY, HTML]
    # raw is the HTTP payload as served (after transfer and content decoding).
    assert [r.raw for r in records] == [HTML.encode("utf-8"), LEGACY.encode("cp1256"), HTML.encode("utf-8")]
    assert [r.id for r in records] == [
        sha(HTML.encode("utf-8")),
        sha(LEGACY.encode("cp1256")),
        sha(HTML.encode()),
    ]
    assert {(r.content_type, r.given_published) for r in records} == {("html", None)}


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("notes.warc", f"{TITLE}\n{BODY}\n".encode()),  # warcio alone would take this for an ARC file
        ("notes.warc.gz", gzip.compress(f"{TITLE}\n{BODY}\n".encode())),
        ("broken.warc.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 40),
        ("empty.warc", b""),
    ],
)
def test_not_a_warc(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        list(read_path(path))
    assert str(caught.value) == f"{path}: unsupported WARC: it does not begin with a WARC/1.x record"
