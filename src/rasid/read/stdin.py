"""Standard input: JSON Lines when every line is a JSON object, else one document."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator

from rasid.errors import InputError
from rasid.read.document import document_record
from rasid.read.feed import iter_feed
from rasid.read.jsonl import is_jsonl, iter_jsonl
from rasid.read.limits import current, size
from rasid.read.outcome import Outcome
from rasid.read.sniff import sniff

STDIN = "-"


def iter_stdin() -> Iterator[Outcome]:
    """Records from the bytes of sys.stdin (its buffer, so no codec is imposed on them)."""
    limit = current().max_input_bytes
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        yield InputError(STDIN, f"larger than the input limit of {size(limit)} (--max-bytes)")
        return
    if is_jsonl(data):
        yield from iter_jsonl(io.BytesIO(data), location=STDIN)
        return
    kind = sniff(data)
    try:
        if kind == "feed":
            yield from iter_feed(data, location=STDIN)
        else:
            yield document_record(data, kind=kind, uri=STDIN)
    except InputError as error:
        yield error
