"""Fuzz targets: each takes bytes, runs one part of rasid, and checks what must always hold.

The same targets run under hypothesis in `make test` (tests/hardening/test_fuzz.py) and
under atheris, coverage-guided, in `make fuzz` (fuzz/run.py). A target raises
AssertionError when an invariant breaks and lets any unexpected exception through: both
are findings. Inputs are shaped by their first byte: raw UTF-8, Arabic words from the
examples, or characters drawn from an alphabet of Arabic letters, digits, marks,
presentation forms, controls and punctuation, so that random bytes reach the grammars.
"""

from __future__ import annotations

import io
import math
import tempfile
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
#: Seconds one fuzzed document may take through the whole pipeline.
DOC_SECONDS = 10.0

ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة"  # letters
    "٠١٢٣٤٥٦٧٨٩0123456789۰۱۲"  # digits
    "\u064b\u064c\u064e\u0650\u0651\u0652\u0670\u0640"  # marks, tatweel
    "ﻻﷲﺍﺑﻢ﴾﴿ﷺ\ufeff"  # presentation forms
    "\x00\x01\x1b\x7f\x85\r\t\n\u200f\u2028\ud800"  # controls, marks, a lone surrogate
    " .,:;/-،؛؟!()«»\"'<>&%"
)


@cache
def vocabulary() -> tuple[str, ...]:
    words: set[str] = set()
    for path in sorted(EXAMPLES.glob("*.txt")):
        words.update(path.read_text(encoding="utf-8").split())
    words.update(["\n", "\n\n", "أمس", "السبت", "شباط", "2016", "15/2/2016", "ألف", "ثلاثة", "عشرات"])
    return tuple(sorted(words))


def text_of(data: bytes) -> str:
    """A string shaped by the first byte: raw UTF-8, words, or alphabet characters."""
    if not data:
        return ""
    mode, rest = data[0] % 3, data[1:]
    if mode == 0:
        return rest.decode("utf-8", errors="surrogateescape" if data[0] & 8 else "replace")
    if mode == 1:
        words = vocabulary()
        return " ".join(words[(rest[i] << 8 | rest[i + 1]) % len(words)] for i in range(0, len(rest) - 1, 2))
    return "".join(ALPHABET[b % len(ALPHABET)] for b in rest)


def _scrubbed(text: str) -> str:
    return text.encode("utf-8", errors="replace").decode("utf-8")


# --- readers ------------------------------------------------------------------------------


@cache
def _scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="rasid-fuzz-"))


def fuzz_readers(data: bytes) -> None:
    """Bytes as a document, a JSONL stream, a feed or a WARC (by the first byte): records or InputErrors."""
    from rasid.errors import InputError
    from rasid.read import read_bytes
    from rasid.read.feed import iter_feed
    from rasid.read.jsonl import iter_jsonl
    from rasid.read.paths import iter_file

    if not data:
        return
    mode, rest = data[0] % 4, data[1:]
    outcomes: list[Any] = []
    try:
        if mode == 0:
            _check_read(read_bytes(rest, uri="fuzz"), rest)
        elif mode == 1:
            outcomes = list(iter_jsonl(io.BytesIO(rest), location="fuzz"))
        elif mode == 2:
            outcomes = list(iter_feed(b"<rss><channel><item><description>" + rest, location="fuzz"))
        else:
            warc = _scratch() / "fuzz.warc"
            warc.write_bytes(b"WARC/1.0\r\n" + rest)
            outcomes = list(iter_file(warc, "warc"))
    except InputError:  # a reader may refuse the whole input: that is a clean outcome
        return
    for outcome in outcomes:
        if not isinstance(outcome, InputError):
            outcome.raw_text.encode("utf-8")  # no lone surrogate survives a reader


def _check_read(record: Any, data: bytes) -> None:
    import hashlib

    assert record.id == hashlib.sha256(data).hexdigest()
    record.raw_text.encode("utf-8")


# --- clean ------------------------------------------------------------------------------


def fuzz_clean(data: bytes) -> None:
    """The clean stage on text or HTML: no control characters in text, title from the text."""
    from rasid.clean.stage import CleanStage
    from rasid.errors import InputError
    from rasid.read import read_string

    text = _scrubbed(text_of(data))
    if data[:1] == b"<":
        text = f"<html><body><h1>{text[:40]}</h1><p>{text}</p></body></html>"
    try:
        record = read_string(text, uri="fuzz")
    except InputError:
        return
    out = CleanStage().process(record)
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in out.text), repr(out.text)
    assert not any(0x7F <= ord(ch) <= 0x9F for ch in out.text), repr(out.text)
    if out.title:
        assert out.text.startswith(out.title)


# --- normaliser ------------------------------------------------------------------------------


def fuzz_normalise(data: bytes) -> None:
    """The offset map is total, ordered and in bounds; spans map back inside the original."""
    from rasid.lang.ar.normalise import normalise, normalise_string

    text = text_of(data)
    norm = normalise(text)
    assert norm.text == normalise_string(text)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    previous = 0
    for start, end in zip(norm.starts, norm.ends, strict=True):
        assert previous <= start < end <= len(text)
        previous = start
    n = len(norm.text)
    for a, b in ((0, n), (n // 3, n // 2), (n, n), (0, 0)):
        start, end = norm.to_original(a, b)
        assert 0 <= start <= end <= len(text)


# --- grammars ------------------------------------------------------------------------------


def fuzz_dates(data: bytes) -> None:
    """Date expressions lie inside the text and name real months and days."""
    from rasid.lang.ar.normalise import normalise
    from rasid.recognise.dates.grammar import find_date_expressions

    norm = normalise(text_of(data)).text
    for expr in find_date_expressions(norm):
        assert 0 <= expr.start < expr.end <= len(norm), expr
        for month in (expr.month, expr.month_to):
            assert month is None or 1 <= month <= 12, expr
        for day in (expr.day, expr.day_to):
            assert day is None or 1 <= day <= 31, expr


def fuzz_numbers(data: bytes) -> None:
    """Numbers lie inside the text, left to right, with finite non-negative values."""
    from rasid.lang.ar.normalise import normalise
    from rasid.lang.ar.numbers import classify, find_numbers, find_ordinals

    norm = normalise(text_of(data)).text
    end = 0
    for match in find_numbers(norm):
        assert end <= match.start < match.end <= len(norm), match
        assert math.isfinite(match.value) and match.value >= 0, match
        assert isinstance(classify(norm, match), str)
        end = match.end
    for ordinal in find_ordinals(norm):
        assert ordinal is not None


# --- the whole of extract ------------------------------------------------------------------------------


def fuzz_extract(data: bytes) -> None:
    """A record within the time budget, valid against the schema's promise: every span quotes `text`."""
    from rasid.read import Failure, read_string
    from rasid.runner import process_one

    text = text_of(data)
    if not text.strip():
        return
    record = read_string(text, uri="fuzz")
    record.given_published = "2016-02-15"
    done = process_one(record, _pipeline(), seconds=DOC_SECONDS)
    assert not isinstance(done, Failure), done
    done.to_json().encode("utf-8")
    for span, quoted in _spans(done.model_dump(by_alias=True)):
        assert 0 <= span[0] <= span[1] <= len(done.text), span
        if quoted is not None:
            assert done.text[span[0] : span[1]] == quoted, (span, quoted)
    for start, end in done.sentences:
        assert 0 <= start < end <= len(done.text)


@cache
def _pipeline() -> Any:
    from rasid.pipeline import default_pipeline

    return default_pipeline()


def _spans(value: Any) -> Iterator[tuple[tuple[int, int], str | None]]:
    """Every "span" in a record's dict, with the "text" beside it when there is one."""
    if isinstance(value, dict):
        span = value.get("span")
        if isinstance(span, list | tuple) and len(span) == 2:
            quoted = value.get("text")
            yield (int(span[0]), int(span[1])), quoted if isinstance(quoted, str) else None
        for item in value.values():
            yield from _spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from _spans(item)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "readers": fuzz_readers,
    "clean": fuzz_clean,
    "normalise": fuzz_normalise,
    "dates": fuzz_dates,
    "numbers": fuzz_numbers,
    "extract": fuzz_extract,
}
