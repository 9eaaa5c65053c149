"""The limits that keep hostile or broken input from hanging or exhausting a run.

Every default lives here, once. Each limit can be changed with an environment variable
(`RASID_MAX_INPUT_BYTES=...`) or, for the CLI, an option that sets it for the run
(`--max-bytes`, `--max-chars`, `--doc-seconds`, `--url-seconds`, `--allow-private`).
An input over a limit is a failure of that input with a one-line reason; the run goes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import Any

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    #: Bytes read from one file or from stdin (a WARC file too).
    max_input_bytes: int = 100 * MB
    #: Bytes a gzip WARC may decompress to, over all its records.
    max_decompressed_bytes: int = 1024 * MB
    #: Bytes of one HTTP body (a fetched page, or a page inside a WARC), after gzip decoding.
    max_response_bytes: int = 20 * MB
    #: Characters of article text after cleaning.
    max_text_chars: int = 2_000_000
    #: Seconds one document may spend in the extraction stages.
    doc_seconds: float = 120.0
    #: Seconds for fetching one URL, redirects included, from connecting to the last byte.
    url_seconds: float = 60.0
    #: Redirects followed for one URL.
    max_redirects: int = 5
    #: Fetch private, loopback, link-local and multicast addresses (off: server-side request forgery).
    allow_private: bool = False

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """The defaults, overridden by `RASID_<FIELD>` variables (e.g. RASID_DOC_SECONDS=30)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(env_name(f.name))
            if raw is None or not raw.strip():
                continue
            values[f.name] = _parse(f.name, raw.strip(), f.type)
        return cls(**values)

    def check(self) -> Limits:
        """Self, after refusing nonsense values (zero or negative sizes and times)."""
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool):
                continue
            if value <= 0 and not (f.name == "max_redirects" and value == 0):
                raise ValueError(f"{f.name} must be positive, got {value}")
        return self


def env_name(field: str) -> str:
    """The environment variable that sets a limit: `RASID_<FIELD>`."""
    return f"RASID_{field.upper()}"


def _parse(name: str, raw: str, kind: object) -> Any:
    kind = str(kind)
    try:
        if "bool" in kind:
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if "float" in kind:
            return float(raw)
        return int(raw)
    except ValueError:
        raise ValueError(f"{env_name(name)}: not a valid value: {raw!r}") from None


_current: Limits | None = None
#: The variables `Limits.from_env` reads, one per field.
_ENV_NAMES = tuple(env_name(f.name) for f in fields(Limits))


def current() -> Limits:
    """The limits in force: those set by `using`, else the environment's, else the defaults."""
    if _current is not None:
        return _current
    env = os.environ
    return _env_limits(tuple(env.get(name) for name in _ENV_NAMES))


@lru_cache(maxsize=8)
def _env_limits(values: tuple[str | None, ...]) -> Limits:
    """`Limits.from_env` of these values of `_ENV_NAMES`: the stages ask once per record, and
    the variables seldom change within a process (when they do, the values are a new key)."""
    return Limits.from_env({name: v for name, v in zip(_ENV_NAMES, values, strict=True) if v is not None})


@contextmanager
def using(limits: Limits) -> Iterator[Limits]:
    """Put `limits` in force for the block (the CLI sets its options this way)."""
    global _current
    previous = _current
    _current = limits.check()
    try:
        yield _current
    finally:
        _current = previous


def install(limits: Limits) -> None:
    """Put `limits` in force for the rest of the process (a worker process of a run)."""
    global _current
    _current = limits.check()


def with_overrides(**changes: Any) -> Limits:
    """The current limits with the given fields changed (None leaves a field as it is)."""
    return replace(current(), **{k: v for k, v in changes.items() if v is not None})


def size(n: int) -> str:
    """A byte count for a message: "20 MB", "512 bytes"."""
    return f"{n / MB:g} MB" if n >= MB else f"{n} bytes"
