"""JSON Lines: one article per line, {"text"|"html", "url", "published", "id"}.

The raw bytes of an item are the UTF-8 encoding of its "text" (or "html") value, so the
same article has the same id whether it came as a .txt file or as a JSONL line. "text"
wins when a line has both: it is what the producer already extracted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from rasid.errors import InputError
from rasid.read.dates import iso_date
from rasid.read.outcome import Outcome, make_record
from rasid.record import Record


def iter_jsonl(stream: IO[bytes], *, location: str) -> Iterator[Outcome]:
    """A record or an error per non-blank line; `location` names the file ("-" for stdin)."""
    for number, line in enumerate(stream, 1):
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        try:
            yield _line_record(line, location=location, number=number)
        except InputError as error:
            yield error


def is_jsonl(data: bytes) -> bool:
    """True when every non-blank line is a JSON object (and there is at least one)."""
    lines = [line for line in data.removeprefix(b"\xef\xbb\xbf").splitlines() if line.strip()]
    if not lines:
        return False
    for line in lines:
        if not line.lstrip().startswith(b"{"):
            return False
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except ValueError:  # json.JSONDecodeError and UnicodeDecodeError both are
            return False
    return True


def _line_record(line: bytes, *, location: str, number: int) -> Record:
    where = f"{location}:{number}"
    try:
        item = json.loads(line.rstrip(b"\r\n").decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(where, "not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON (column {exc.colno}: {exc.msg})") from None
    if not isinstance(item, dict):
        raise InputError(where, "not a JSON object")
    text = _string(item, "text", where)
    html = _string(item, "html", where)
    url = _string(item, "url", where)
    published = _string(item, "published", where)
    item_id = item.get("id")
    if item_id is not None and (isinstance(item_id, bool) or not isinstance(item_id, str | int)):
        raise InputError(where, '"id" is not a string or an integer')
    if text and text.strip():
        body, kind = text, "text"
    elif html and html.strip():
        body, kind = html, "html"
    else:
        raise InputError(where, 'no "text" or "html"')
    return make_record(
        body.encode("utf-8"),
        body,
        content_type="text" if kind == "text" else "html",
        uri=url or f"{location}#L{number}",
        format="jsonl",
        encoding="utf-8",
        item_id=None if item_id is None else str(item_id),
        given_published=(iso_date(published) or published.strip() or None) if published else None,
    )


def _string(item: dict[str, Any], key: str, where: str) -> str | None:
    value = item.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InputError(where, f'"{key}" is not a string')
