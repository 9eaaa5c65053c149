"""WARC files (Common Crawl style): the HTML pages among the successful HTTP responses.

Provenance is the WARC-Target-URI and WARC-Record-ID. WARC-Date is when the crawler
fetched the page, not when it was published, so it is not passed on as a date.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasid.errors import InputError
from rasid.read.encoding import decode
from rasid.read.outcome import Outcome, make_record
from rasid.read.sniff import sniff

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def iter_warc(path: Path) -> Iterator[Outcome]:
    """Records for the HTML responses of one .warc or .warc.gz file; others are skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as stream:
        if not _starts_like_warc(stream.read(4096)):
            yield InputError(str(path), "unsupported WARC: it does not begin with a WARC/1.x record")
            return
        stream.seek(0)
        try:
            for record in ArchiveIterator(stream):
                outcome = _response(record, path)
                if outcome is not None:
                    yield outcome
        except (ArchiveLoadFailed, zlib.error, EOFError) as exc:
            yield InputError(str(path), f"unsupported WARC: {_one_line(exc)}")


def _response(record: Any, path: Path) -> Outcome | None:
    """A record for an HTML page fetched with a 2xx status, an error, or None to skip."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if not record.http_headers.get_statuscode().startswith("2"):
        return None
    media_type, charset = content_type(record.http_headers.get_header("Content-Type") or "")
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if media_type not in HTML_TYPES and media_type != "":
        return None  # not read at all: images and scripts can be large
    payload: bytes = record.content_stream().read()
    if media_type == "" and sniff(payload) != "html":
        return None
    where = f"{path}#{record_id}"
    try:
        text, codec = decode(payload, declared=charset, html=True, source=where)
    except InputError as error:
        return error
    if not text.strip():
        return InputError(where, "empty input")
    return make_record(
        payload, text, content_type="html", uri=uri, format="warc", encoding=codec, item_id=record_id
    )


def _starts_like_warc(head: bytes) -> bool:
    """True for a WARC, gzipped or not (warcio would also take ARC and odd text as ARC)."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def content_type(header: str) -> tuple[str, str | None]:
    """Media type (lower case) and charset parameter of a Content-Type header value."""
    media_type, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media_type.strip().lower(), charset


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
