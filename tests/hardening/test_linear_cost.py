"""Cost grows linearly with the length of an article (issue 14, item 1).

Articles of 1, 2, 4 … 64 KB are built from the cleaned paragraphs of the bundled examples;
the operation count is the number of function calls cProfile sees (Python and built-in),
which does not depend on the machine's speed. Each doubling of the article may at most
multiply it by 2^1.3 (a quadratic step shows 2^1.6 and more); the test stops at the first
doubling that breaks this, so a quadratic core fails it in seconds, not minutes. Then a
1 MB article must come through within the default time budget.
"""

from __future__ import annotations

import cProfile
import math
import pstats
from functools import cache
from pathlib import Path

from rasid import extract, extract_file
from rasid.pipeline import default_pipeline
from rasid.read import read_string
from rasid.record import Record
from rasid.runner import process_one

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MAX_EXPONENT = 1.3
KB = 1024


@cache
def _paragraphs() -> tuple[str, ...]:
    found: list[str] = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        found.extend(extract_file(path).text.split("\n\n")[1:])
    return tuple(found)


def article(size: int) -> str:
    """A title and example paragraphs in turn until the article holds `size` bytes of UTF-8."""
    paragraphs = _paragraphs()
    parts = ["قصف مدفعي على بلدة كفرنبل"]
    length = len(parts[0].encode())
    while length < size:
        parts.append(paragraphs[(len(parts) - 1) % len(paragraphs)])
        length += len(parts[-1].encode()) + 2
    return "\n\n".join(parts)


def operations(text: str) -> int:
    pipeline = default_pipeline()
    record = read_string(text, uri="long.txt")
    record.given_published = "2016-02-15"
    profile = cProfile.Profile()
    profile.enable()
    pipeline.run_one(record)
    profile.disable()
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


def test_operation_count_grows_linearly_and_a_1mb_article_finishes() -> None:
    extract(article(KB))  # load the language data outside the counts
    previous = operations(article(4 * KB))
    for size in (8 * KB, 16 * KB, 32 * KB, 64 * KB):
        count = operations(article(size))
        exponent = math.log2(count / previous)
        assert exponent <= MAX_EXPONENT, f"{size // KB} KB: {count} operations, 2^{exponent:.2f} × the half"
        previous = count
    text = article(1024 * KB)
    done = process_one(read_string(text, uri="one-megabyte.txt"), default_pipeline())
    assert isinstance(done, Record), done
    assert len(done.text) == len(text)
