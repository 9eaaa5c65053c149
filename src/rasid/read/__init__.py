"""Readers: inputs (files, directories, JSONL, WARC, feeds, URLs, stdin) to records.

A reader keeps the raw bytes, decodes them (see `encoding`) and records where they came
from; it never cleans or extracts. `read_*` functions raise `InputError` at the first
input that cannot be read; `iter_sources` reports it as a `Failure` and goes on.
Heavy libraries (warcio, feedparser, httpx, charset-normalizer) load on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasid.errors import InputError
from rasid.read.document import document_record, string_record
from rasid.read.outcome import Failure, Outcome, failing_softly, raising
from rasid.read.paths import SUFFIXES, iter_path, walk
from rasid.read.sniff import sniff, sniff_text
from rasid.read.stdin import STDIN, iter_stdin
from rasid.read.url import iter_url
from rasid.record import Record

#: File suffixes a directory walk reads (".warc.gz" is the only two-part one).
SUPPORTED_SUFFIXES = frozenset(SUFFIXES)

__all__ = [
    "SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "Failure",
    "InputError",
    "input_files",
    "iter_sources",
    "read_bytes",
    "read_path",
    "read_source",
    "read_stdin",
    "read_string",
    "read_url",
]


def input_files(directory: Path) -> list[Path]:
    """The files `read_path(directory)` reads, in its order (for progress bars and counts)."""
    return walk(Path(directory))


def read_path(path: Path) -> Iterator[Record]:
    """Records of a file (reader by suffix, else sniffed) or of a directory, recursively."""
    return raising(iter_path(Path(path)))


def read_url(url: str, *, timeout: float | None = None) -> Iterator[Record]:
    """Records of a web page or feed; HTTP errors raise InputError("url", "HTTP 404").

    `timeout` is the total deadline in seconds (default: the limits' `url_seconds`).
    """
    return raising(iter_url(url, timeout=timeout))


def read_stdin() -> Iterator[Record]:
    """Records from standard input (JSONL, or one document); their uri is "-"."""
    return raising(iter_stdin())


def read_string(text: str, *, uri: str | None = None) -> Record:
    """One document given as a string; HTML when it opens like an HTML page."""
    if sniff_text(text) == "html":
        return string_record(text, kind="html", uri=uri)
    return string_record(text, kind="text", uri=uri)


def read_bytes(data: bytes, *, uri: str | None = None) -> Record:
    """One document given as bytes, decoded by rasid's encoding rules."""
    if sniff(data) == "html":
        return document_record(data, kind="html", uri=uri)
    return document_record(data, kind="text", uri=uri)


def read_source(spec: str) -> Iterator[Record]:
    """ "-" is stdin, http(s):// a URL, anything else a path."""
    return raising(_outcomes(spec))


def iter_sources(specs: Iterable[str]) -> Iterator[Record | Failure]:
    """Records of every source in turn, with a Failure for each input or item that fails."""
    for spec in specs:
        yield from failing_softly(_outcomes(spec))


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def _outcomes(spec: str) -> Iterator[Outcome]:
    if spec == STDIN:
        return iter_stdin()
    if spec.lower().startswith(("http://", "https://")):
        return iter_url(spec)
    if _SCHEME.match(spec):
        return iter([InputError(spec, "unsupported URL scheme (http and https only)")])
    return iter_path(Path(spec))
