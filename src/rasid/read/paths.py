"""Files and directories: the reader is chosen by suffix; directories are walked in order."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from rasid.errors import InputError
from rasid.read.document import document_record
from rasid.read.feed import iter_feed
from rasid.read.jsonl import iter_jsonl
from rasid.read.limits import current, size
from rasid.read.outcome import Outcome
from rasid.read.sniff import sniff
from rasid.read.warc import iter_warc

#: A file `rasid run` leaves in its output folder, so that no directory walk reads that folder
#: (`rasid run . --out out` would otherwise read its own records on the next run).
OUTPUT_MARKER = ".rasid-output"

FileKind = Literal["text", "html", "jsonl", "warc", "feed"]

SUFFIXES: dict[str, FileKind] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}


def kind_of(path: Path) -> FileKind | None:
    """The reader for a file name (case-insensitive), None for unsupported suffixes."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return SUFFIXES.get(Path(name).suffix)


def iter_path(path: Path) -> Iterator[Outcome]:
    """Records of a file or of every supported file under a directory."""
    if path.is_dir():
        for file in walk(path):
            yield from iter_file(file, kind_of(file))
    elif path.exists():
        yield from iter_file(path, kind_of(path))
    else:
        yield InputError(str(path), "no such file or directory")


def walk(top: Path) -> list[Path]:
    """Supported files under `top`, sorted by their path; hidden files and folders skipped.

    Symbolic links to folders are not followed, so a link loop cannot hang a run. Folders
    holding `OUTPUT_MARKER` (rasid's own output) are skipped.
    """
    found: list[Path] = []
    for folder, dirs, files in os.walk(top):
        if OUTPUT_MARKER in files:
            dirs[:] = []
            continue
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            file = Path(folder, name)
            if not name.startswith(".") and kind_of(file) is not None:
                found.append(file)
    return sorted(found, key=lambda p: p.relative_to(top).parts)


def iter_file(path: Path, kind: FileKind | None) -> Iterator[Outcome]:
    """One file; a file of unknown type is sniffed (html, feed or text)."""
    location = str(path)
    try:
        refusal = not_regular(path)
        if refusal is not None:
            yield InputError(location, refusal)
            return
        if kind == "warc":
            yield from iter_warc(path)
        elif kind == "jsonl":
            with path.open("rb") as stream:
                yield from iter_jsonl(stream, location=location)
        else:
            data = read_capped(path)
            kind = kind or sniff(data)
            if kind == "feed":
                yield from iter_feed(data, location=location)
            else:
                yield document_record(data, kind="html" if kind == "html" else "text", uri=location)
    except InputError as error:
        yield error
    except OSError as exc:
        yield InputError(location, (exc.strerror or str(exc)).lower())


def not_regular(path: Path) -> str | None:
    """Why `path` is not read (a FIFO would block, /dev/zero never ends), or None for a regular file."""
    mode = path.stat().st_mode  # follows symbolic links: a link to /dev/zero is a device
    if stat.S_ISREG(mode):
        return None
    for test, name in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return f"not a regular file ({name})"
    return "not a regular file"


def read_capped(path: Path) -> bytes:
    """The bytes of a regular file, refused past the input limit without reading the rest."""
    limit = current().max_input_bytes
    with path.open("rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(str(path), f"larger than the input limit of {size(limit)} (--max-bytes)")
    return data
