"""Partitions of a corpus, planned lazily: the client never holds the list of its files.

Inputs are local paths, fsspec URLs (``s3://…``, ``memory://…``) or globs of either.
They are walked one folder at a time, in sorted order, and cut into partitions of about
`bytes_per_partition` input bytes: small files are grouped, a JSON Lines file larger than
that is split into byte ranges (a line belongs to the range holding its first byte), and
a WARC file is always one partition (its records cannot be found from the middle).

A partition's name comes from its ordinal and a hash of its slices, so the same inputs
give the same partitions on every run: that is what lets a rerun skip finished ones.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from rasid.read.paths import kind_of

#: Bound on the files of one partition, so a folder of tiny files still makes several tasks.
MAX_FILES_PER_PARTITION = 500

_MAGIC = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class Slice:
    """Bytes [start, end) of one input file; `end` None means to the end of the file."""

    url: str
    start: int = 0
    end: int | None = None

    @property
    def whole(self) -> bool:
        return self.start == 0 and self.end is None


@dataclass(frozen=True)
class Partition:
    """One task's worth of input: its ordinal in the plan and its slices."""

    index: int
    slices: tuple[Slice, ...]

    @property
    def name(self) -> str:
        """`part-000042-<hash>`: sorts in plan order, and changes when the slices do."""
        spec = json.dumps([[s.url, s.start, s.end] for s in self.slices], ensure_ascii=False)
        digest = hashlib.sha256(spec.encode("utf-8")).hexdigest()[:12]
        return f"part-{self.index:06d}-{digest}"


@dataclass(frozen=True)
class InputFile:
    url: str
    size: int


def is_remote(spec: str) -> bool:
    """True for fsspec URLs other than plain local paths (file:// counts as local)."""
    return "://" in spec and not spec.startswith("file://")


def local_path(spec: str) -> str:
    return spec.removeprefix("file://")


def _local_files(spec: str) -> Iterator[InputFile]:
    if _MAGIC.search(spec):
        root, pattern = _glob_root(spec)
        for file in _walk_local(root):
            if pattern.match(file.url):
                yield file
    elif os.path.isdir(spec):
        yield from _walk_local(spec)
    else:
        yield InputFile(spec, os.path.getsize(spec) if os.path.isfile(spec) else 0)


def _walk_local(top: str) -> Iterator[InputFile]:
    """Supported files under `top` in sorted path order, one folder listed at a time.

    Hidden names are skipped and folder links not followed, as `rasid.read` does.
    """
    try:
        entries = sorted(os.scandir(top), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = entry.path
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_local(path)
        elif entry.is_file() and kind_of(Path(entry.name)) is not None:
            yield InputFile(path, entry.stat().st_size)


def _remote_files(spec: str) -> Iterator[InputFile]:
    from fsspec.core import url_to_fs

    fs, path = url_to_fs(spec)
    if _MAGIC.search(path):
        root, pattern = _glob_root(path)
        walked = _walk_remote(fs, root)
        yield from (f for f in walked if pattern.match(f.url))
    elif fs.isdir(path):
        yield from _walk_remote(fs, path)
    else:
        yield InputFile(path, int(fs.size(path)) if fs.exists(path) else 0)


def _walk_remote(fs: object, top: str) -> Iterator[InputFile]:
    entries = sorted(fs.ls(top, detail=True), key=lambda e: e["name"])  # type: ignore[attr-defined]
    for entry in entries:
        name = PurePosixPath(entry["name"]).name
        if name.startswith("."):
            continue
        if entry["type"] == "directory":
            yield from _walk_remote(fs, entry["name"])
        elif kind_of(Path(name)) is not None:
            yield InputFile(entry["name"], int(entry.get("size") or 0))


def _glob_root(pattern: str) -> tuple[str, re.Pattern[str]]:
    """The folder before the first wildcard, and the whole pattern as a regular expression."""
    from fsspec.utils import glob_translate

    parts = pattern.split("/")
    fixed = []
    for part in parts:
        if _MAGIC.search(part):
            break
        fixed.append(part)
    root = "/".join(fixed) or "."
    return root, re.compile(glob_translate(pattern))


def iter_files_with_urls(specs: Iterable[str]) -> Iterator[InputFile]:
    """Input files with the URL a reader opens: remote files keep their protocol."""
    for spec in specs:
        if is_remote(spec):
            protocol = spec.split("://", 1)[0]
            for file in _remote_files(spec):
                yield InputFile(_with_protocol(protocol, file.url), file.size)
        else:
            yield from _local_files(local_path(spec))


def _with_protocol(protocol: str, path: str) -> str:
    return path if "://" in path else f"{protocol}://{path}"


def total_bytes(specs: Iterable[str]) -> int:
    """The size of every input, summed while walking (nothing is kept)."""
    return sum(f.size for f in iter_files_with_urls(specs))


def plan(specs: Iterable[str], *, bytes_per_partition: int) -> Iterator[Partition]:
    """Partitions of the inputs, in order, made as the walk goes."""
    target = max(1, bytes_per_partition)
    group: list[Slice] = []
    size = 0
    index = 0
    for file in iter_files_with_urls(specs):
        kind = kind_of(Path(PurePosixPath(file.url).name))
        if kind == "jsonl" and file.size > target:
            if group:
                yield Partition(index, tuple(group))
                index, group, size = index + 1, [], 0
            for start in range(0, file.size, target):
                end = start + target
                yield Partition(index, (Slice(file.url, start, end if end < file.size else None),))
                index += 1
            continue
        group.append(Slice(file.url))
        size += file.size
        if size >= target or len(group) >= MAX_FILES_PER_PARTITION:
            yield Partition(index, tuple(group))
            index, group, size = index + 1, [], 0
    if group:
        yield Partition(index, tuple(group))
