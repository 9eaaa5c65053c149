"""Every regular expression rasid compiles: module globals (also inside containers and
class attributes) of the readers, clean, language, recognise, relate and link packages,
and every pattern rasid's own code compiles while the examples run through the pipeline
(lexicon-built patterns made on first use, `re.search(string, ...)` calls). Patterns that
libraries (trafilatura, configparser) compile are theirs, not checked here."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

PACKAGES = ("rasid.read", "rasid.clean", "rasid.lang", "rasid.recognise", "rasid.relate", "rasid.link")
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _modules() -> list[Any]:
    found = []
    for name in PACKAGES:
        package = importlib.import_module(name)
        found.append(package)
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{name}."):
            found.append(importlib.import_module(info.name))
    return found


def _patterns_in(
    value: Any, seen: set[int], out: dict[tuple[Any, int], re.Pattern[Any]], depth: int = 0
) -> None:
    if id(value) in seen or depth > 4:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        out.setdefault((value.pattern, value.flags), value)
    elif isinstance(value, dict):
        for item in list(value.values())[:5000]:
            _patterns_in(item, seen, out, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in list(value)[:5000]:
            _patterns_in(item, seen, out, depth + 1)
    elif isinstance(value, type) and value.__module__.startswith("rasid."):
        for item in vars(value).values():
            _patterns_in(item, seen, out, depth + 1)


@contextmanager
def _compiled_by_rasid(out: list[re.Pattern[Any]]) -> Iterator[None]:
    """Record the patterns that code in a rasid module compiles inside the block."""
    original = re._compile  # type: ignore[attr-defined]

    def recording(pattern: Any, flags: Any) -> Any:
        compiled = original(pattern, flags)
        frame = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__") in ("re", "re._compiler", __name__):
            frame = frame.f_back  # type: ignore[assignment]
        if frame is not None and str(frame.f_globals.get("__name__", "")).startswith("rasid"):
            out.append(compiled)
        return compiled

    re._compile = recording  # type: ignore[attr-defined]
    try:
        yield
    finally:
        re._compile = original  # type: ignore[attr-defined]


def all_patterns() -> list[re.Pattern[Any]]:
    """Each distinct (pattern, flags) once, str patterns and bytes patterns alike."""
    from rasid import extract_file

    dynamic: list[re.Pattern[Any]] = []
    with _compiled_by_rasid(dynamic):
        for path in sorted(EXAMPLES.glob("*.txt")) + sorted(EXAMPLES.glob("*.html")):
            extract_file(path)  # builds the lazily made patterns
        modules = _modules()
    out: dict[tuple[Any, int], re.Pattern[Any]] = {}
    seen: set[int] = set()
    for module in modules:
        for value in vars(module).values():
            _patterns_in(value, seen, out)
    _patterns_in(dynamic, seen, out)
    return list(out.values())
