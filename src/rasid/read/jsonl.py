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
from rasid.read.encoding import scrub_surrogates
from rasid.read.limits import current, size
from rasid.read.outcome import Outcome, make_record
from rasid.record import Record


def iter_jsonl(stream: IO[bytes], *, location: str) -> Iterator[Outcome]:
    """A record or an error per non-blank line; `location` names the file ("-" for stdin).

    A line longer than the input limit is a failure of that line; the rest of it is skipped
    without being held in memory, and the lines after it are read.
    """
    limit = current().max_input_bytes
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(limit + 1)) and not rest.endswith(b"\n"):
                pass
            yield InputError(f"{location}:{number}", f"line longer than the input limit of {size(limit)}")
            continue
        if not line.strip():
            continue
        try:
            yield _line_record(line, location=location, number=number)
        except InputError as error:
            yield error


def is_jsonl(data: bytes) -> bool:
    """True when most non-blank lines are JSON objects, so that one bad line is one failure.

    An article never has a majority of lines that parse as JSON objects; a wire dump with
    one broken line (`(cat wire.jsonl; echo oops) | rasid extract -`) still does.
    """
    lines = [line for line in data.removeprefix(b"\xef\xbb\xbf").splitlines() if line.strip()]
    objects = sum(_is_object(line) for line in lines)
    return objects > 0 and objects * 2 > len(lines)


def _is_object(line: bytes) -> bool:
    if not line.lstrip().startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, int digit limit
        return False


def _line_record(line: bytes, *, location: str, number: int) -> Record:
    where = f"{location}:{number}"
    try:
        item = json.loads(line.rstrip(b"\r\n").decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(where, "not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON (column {exc.colno}: {exc.msg})") from None
    except ValueError:  # an integer past Python's digit limit (4300)
        raise InputError(where, "not valid JSON (a number with too many digits)") from None
    except RecursionError:
        raise InputError(where, "not valid JSON (nested too deeply)") from None
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
    body, warnings = scrub_surrogates(body, where)
    url = scrub_surrogates(url, where)[0] if url else url
    return make_record(
        body.encode("utf-8"),
        body,
        content_type="text" if kind == "text" else "html",
        uri=url or f"{location}#L{number}",
        format="jsonl",
        encoding="utf-8",
        item_id=None if item_id is None else str(item_id),
        given_published=(iso_date(published) or published.strip() or None) if published else None,
        warnings=warnings,
    )


def _string(item: dict[str, Any], key: str, where: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return value
    raise InputError(where, f'"{key}" is not a string')
