"""The records of one partition, streamed through rasid's own readers.

Local files go to `rasid.read` as they are. A remote file is first copied to a local
temporary file in chunks (fsspec's simplecache), read there, and its records' provenance
rewritten to the URL. A JSON Lines byte range is read line by line from a seekable
stream, with the line numbers a whole-file read would give.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any, cast

from rasid.batch.plan import Partition, Slice, is_remote, local_path
from rasid.errors import InputError
from rasid.read import Failure
from rasid.read.jsonl import iter_jsonl
from rasid.read.outcome import Outcome, failing_softly
from rasid.read.paths import iter_file, kind_of
from rasid.record import Record

_CHUNK = 1 << 20


def partition_items(partition: Partition) -> Iterator[Record | Failure]:
    """Records and failures of every slice of the partition, in order."""
    for piece in partition.slices:
        yield from failing_softly(_slice_outcomes(piece))


def _slice_outcomes(piece: Slice) -> Iterator[Outcome]:
    if not piece.whole:
        yield from _jsonl_range(piece)
    elif is_remote(piece.url):
        yield from _remote_file(piece.url)
    else:
        path = Path(local_path(piece.url))
        yield from iter_file(path, kind_of(path))


def _remote_file(url: str) -> Iterator[Outcome]:
    import fsspec

    with tempfile.TemporaryDirectory(prefix="rasid-batch-") as cache:
        try:
            local = fsspec.open_local(f"simplecache::{url}", simplecache={"cache_storage": cache})
        except (OSError, ValueError) as exc:
            yield InputError(url, (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).lower())
            return
        name = os.path.join(cache, PurePosixPath(url.split("://", 1)[-1]).name)
        os.replace(str(local), name)  # keep the suffix: the reader is chosen by it
        for outcome in iter_file(Path(name), kind_of(Path(name))):
            yield _relocated(outcome, name, url)


def _relocated(outcome: Outcome, local: str, url: str) -> Outcome:
    """The outcome as if the reader had opened `url` itself."""
    if isinstance(outcome, InputError):
        if outcome.source.startswith(local):
            return InputError(url + outcome.source[len(local) :], outcome.problem)
        return outcome
    uri = outcome.source.uri
    if uri is not None and uri.startswith(local):
        outcome.source.uri = url + uri[len(local) :]
    return outcome


def _jsonl_range(piece: Slice) -> Iterator[Outcome]:
    """The lines whose first byte lies in [start, end), numbered as in the whole file."""
    try:
        with _open(piece.url) as stream:
            number = _lines_before(stream, piece.start)
            lines = _lines_in(stream, piece.start, piece.end)
            padded = _LineStream(itertools.chain(itertools.repeat(b"\n", number), lines))
            yield from iter_jsonl(cast(IO[bytes], padded), location=local_path(piece.url))
    except OSError as exc:
        yield InputError(piece.url, (exc.strerror or str(exc)).lower())


class _LineStream:
    """Lines as the `readline` the JSONL reader asks of a file (a line is never split here)."""

    def __init__(self, lines: Iterator[bytes]) -> None:
        self._lines = lines

    def readline(self, size: int = -1) -> bytes:
        return next(self._lines, b"")


def _open(url: str) -> Any:
    if is_remote(url):
        import fsspec

        return fsspec.open(url, "rb").open()
    return open(local_path(url), "rb")


def _lines_before(stream: IO[bytes], start: int) -> int:
    """How many whole lines precede the first line that starts at or after `start`."""
    if start == 0:
        return 0
    count = 0
    stream.seek(0)
    remaining = start
    last = b""
    while remaining > 0:
        chunk = stream.read(min(_CHUNK, remaining))
        if not chunk:
            break
        count += chunk.count(b"\n")
        remaining -= len(chunk)
        last = chunk[-1:]
    if last != b"\n":  # `start` is inside a line: it belongs to the range before
        stream.readline()
        count += 1
    return count


def _lines_in(stream: IO[bytes], start: int, end: int | None) -> Iterator[bytes]:
    position = stream.tell() if start else 0
    while end is None or position < end:
        line = stream.readline()
        if not line:
            return
        yield line
        position += len(line)
