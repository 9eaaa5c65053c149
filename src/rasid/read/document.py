"""One document from bytes or a string: a .txt or .html file, a fetched page, stdin."""

from __future__ import annotations

from typing import Literal

from rasid.errors import InputError
from rasid.read.encoding import decode, scrub_surrogates
from rasid.read.outcome import make_record
from rasid.record import Record


def document_record(
    data: bytes,
    *,
    kind: Literal["text", "html"],
    uri: str | None,
    declared: str | None = None,
) -> Record:
    """Decode `data` and keep it as it came; a text file's title is its first line, for clean."""
    where = uri or "<bytes>"
    text, codec, warnings = decode(data, declared=declared, html=kind == "html", source=where)
    if not text.strip():
        raise InputError(where, "empty input")
    return make_record(data, text, content_type=kind, uri=uri, format=kind, encoding=codec, warnings=warnings)


def string_record(text: str, *, kind: Literal["text", "html"], uri: str | None) -> Record:
    """A document given as a Python string: its raw bytes are its UTF-8 encoding."""
    where = uri or "<string>"
    if not text.strip():
        raise InputError(where, "empty input")
    text, warnings = scrub_surrogates(text, where)
    return make_record(
        text.encode("utf-8"),
        text,
        content_type=kind,
        uri=uri,
        format=kind,
        encoding="utf-8",
        warnings=warnings,
    )
