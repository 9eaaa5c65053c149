"""Run every rasid regex on adversarial strings, printing a line as each pattern starts and ends.

Run as a child process by test_redos.py, which kills it when one pattern overruns its
budget (a regex stuck in catastrophic backtracking cannot be interrupted from Python).
"""

from __future__ import annotations

import itertools
import re
import sys
import time
from collections import Counter
from typing import Any

from tests.hardening.regexes import all_patterns

LENGTH = 1000
GENERIC = (" ", "\n", "a", "0", "٣", "ا", "ب", "ال", "<", ".", "-", "، ", "و ", "a ")
_META = set("\\^$.|?*+()[]{}")


def adversarial(pattern: str | bytes) -> list[str]:
    """Runs of the pattern's own literal characters (and of common text) ending in a misfit."""
    source = pattern.decode("latin-1") if isinstance(pattern, bytes) else pattern
    literals = Counter(ch for ch in source if ch not in _META and not ch.isspace())
    common = [ch for ch, _ in literals.most_common(6)]
    pieces = [*common, *(a + b for a, b in itertools.pairwise(common)), *GENERIC]
    strings = []
    for piece in dict.fromkeys(pieces):
        strings.append(piece * (LENGTH // len(piece)) + "\x00!")
    return strings


def probe(compiled: re.Pattern[Any]) -> None:
    for text in adversarial(compiled.pattern):
        subject: Any = text.encode("utf-8") if isinstance(compiled.pattern, bytes) else text
        compiled.search(subject)
        compiled.match(subject)
        for _ in zip(range(50), compiled.finditer(subject), strict=False):
            pass


def main() -> None:
    patterns = all_patterns()
    print(f"patterns {len(patterns)}", flush=True)
    for i, compiled in enumerate(patterns):
        print(f"start {i} {compiled.pattern[:200]!r}", flush=True)
        began = time.perf_counter()
        probe(compiled)
        print(f"done {i} {time.perf_counter() - began:.3f}", flush=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
