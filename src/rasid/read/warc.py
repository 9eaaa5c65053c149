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
from rasid.read.limits import current, size
from rasid.read.outcome import Outcome, make_record
from rasid.read.sniff import sniff

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def iter_warc(path: Path) -> Iterator[Outcome]:
    """Records for the HTML responses of one .warc or .warc.gz file; others are skipped.

    The file is streamed: its records' declared lengths may add up to the decompressed
    limit, after which the rest of the file is a failure (a gzip bomb stops there).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limits = current()
    location = str(path)
    with path.open("rb") as stream:
        head = stream.read(4096)
        if not _starts_like_warc(head):
            yield InputError(location, "unsupported WARC: it does not begin with a WARC/1.x record")
            return
        stream.seek(0)
        if head.startswith(b"\x1f\x8b") and _inflates_past(stream, limits.max_decompressed_bytes):
            limit = size(limits.max_decompressed_bytes)
            yield InputError(location, f"decompresses to more than the limit of {limit}")
            return
        stream.seek(0)
        archive = ArchiveIterator(stream)
        try:
            for record in archive:
                outcome = _response(record, path)
                if outcome is not None:
                    yield outcome
        except (ArchiveLoadFailed, zlib.error, EOFError) as exc:
            yield InputError(location, f"unsupported WARC: {_one_line(exc)}")
            return
        except Exception as exc:  # warcio fails in its own ways on garbage
            yield InputError(location, f"unsupported WARC: {type(exc).__name__}: {_one_line(exc)}")
            return
        left = path.stat().st_size - archive.offset
        if left > 0:
            yield InputError(location, f"WARC cut short: its last {left} bytes are not a complete record")


def _inflates_past(stream: Any, limit: int) -> bool:
    """True when the gzip members of `stream` decompress to more than `limit` bytes.

    Counted in bounded steps, so a gzip bomb is measured without being held in memory.
    """
    total = 0
    inflater = zlib.decompressobj(wbits=31)
    while chunk := stream.read(1 << 16):
        while chunk:
            total += len(inflater.decompress(chunk, 1 << 20))
            if total > limit:
                return True
            if inflater.eof:  # the next gzip member starts in what is left
                chunk = inflater.unused_data
                inflater = zlib.decompressobj(wbits=31)
            else:
                chunk = inflater.unconsumed_tail
    return False


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
    where = f"{path}#{record_id}"
    cap = current().max_response_bytes
    payload: bytes = record.content_stream().read(cap + 1)
    if len(payload) > cap:
        return InputError(where, f"page larger than the response limit of {size(cap)}")
    missing = _missing_bytes(record)
    if media_type == "" and sniff(payload) != "html":
        return None
    try:
        text, codec, warnings = decode(payload, declared=charset, html=True, source=where)
    except InputError as error:
        return error
    if missing:
        warnings.append(f"read: {where}: WARC record cut short, {missing} of its bytes missing")
    if not text.strip():
        return InputError(where, "empty input" + (" (WARC record cut short)" if missing else ""))
    return make_record(
        payload,
        text,
        content_type="html",
        uri=uri,
        format="warc",
        encoding=codec,
        item_id=record_id,
        warnings=warnings,
    )


def _missing_bytes(record: Any) -> int:
    """How many of the bytes the record's Content-Length promised the file does not have."""
    stream = record.raw_stream
    while stream.read(65536):
        pass
    return max(int(getattr(stream, "limit", 0) or 0), 0)


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
