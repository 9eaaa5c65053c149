"""Output that is never half written: temporary files renamed into place at the end.

`OutputFolder` is `rasid run`'s folder: it is locked against a second run (an advisory
lock the system drops when the process dies, so a crash leaves no stale lock), marked so
that no directory walk reads it as input, and its files are written under hidden
temporary names and renamed only when the run completes. `AtomicFile` is `extract -o`:
the same for one file; a target that is not a regular file (/dev/stdout, a pipe) is
written directly. Every OS error becomes an `OutputError` naming the path.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO

from rasid.errors import OutputError
from rasid.read.paths import OUTPUT_MARKER

LOCK_NAME = ".rasid.lock"


def _problem(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


class _Temporaries:
    """Hidden temporary files beside their targets, renamed or removed together."""

    def __init__(self) -> None:
        self.pending: list[tuple[IO[str], Path, Path]] = []

    def open(self, target: Path) -> IO[str]:
        try:
            fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        except OSError as exc:
            raise OutputError(str(target.parent), _problem(exc)) from None
        stream = os.fdopen(fd, "w", encoding="utf-8")
        self.pending.append((stream, Path(name), target))
        return stream

    def commit(self) -> None:
        for stream, temp, target in self.pending:
            try:
                stream.flush()
                os.fsync(stream.fileno())
                stream.close()
                os.replace(temp, target)
            except OSError as exc:
                raise OutputError(str(target), _problem(exc)) from None
        self.pending = []

    def discard(self) -> None:
        for stream, temp, _ in self.pending:
            with contextlib.suppress(OSError):
                stream.close()
            temp.unlink(missing_ok=True)
        self.pending = []


class OutputFolder:
    """`rasid run`'s output folder, locked for the run; `open` files, `commit` at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock: int | None = None
        self._files = _Temporaries()

    def __enter__(self) -> OutputFolder:
        if self.path.exists() and not self.path.is_dir():
            raise OutputError(str(self.path), "exists and is not a folder")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._lock = os.open(self.path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(str(self.path), _problem(exc)) from None
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock)
            self._lock = None
            raise OutputError(str(self.path), "another rasid run is writing to this folder") from None
        try:
            (self.path / OUTPUT_MARKER).write_text(
                "rasid output folder: directory walks skip it\n", encoding="utf-8"
            )
        except OSError as exc:
            self._unlock()
            raise OutputError(str(self.path), _problem(exc)) from None
        return self

    def open(self, name: str) -> IO[str]:
        return self._files.open(self.path / name)

    def commit(self) -> None:
        self._files.commit()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._files.discard()
        self._unlock()

    def _unlock(self) -> None:
        if self._lock is not None:
            os.close(self._lock)  # closing drops the flock
            self._lock = None


class AtomicFile:
    """One output file (`extract -o`), renamed into place on `commit`; left as it was otherwise."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._files = _Temporaries()
        self._direct: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self.path.is_dir():
            raise OutputError(str(self.path), "is a folder")
        if self.path.exists() and not self.path.is_file():
            try:  # a device or a pipe: nothing to rename
                self._direct = self.path.open("w", encoding="utf-8")
            except OSError as exc:
                raise OutputError(str(self.path), _problem(exc)) from None
            return self._direct
        return self._files.open(self.path)

    def commit(self) -> None:
        if self._direct is not None:
            try:
                self._direct.close()
            except OSError as exc:
                raise OutputError(str(self.path), _problem(exc)) from None
            finally:
                self._direct = None
        self._files.commit()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._files.discard()
        if self._direct is not None:
            with contextlib.suppress(OSError):
                self._direct.close()
