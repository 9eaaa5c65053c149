"""JSONL: one record per good line, a Failure naming file:line for each bad one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.read.samples import BODY, SECOND, TITLE, page, sha

from rasid.errors import InputError
from rasid.read import Failure, iter_sources, read_path

HTML = page(TITLE, SECOND)


def _line(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n"


LINES = [
    _line({"text": BODY, "url": "https://example.com/a/1", "published": "2016-02-15", "id": "a1"}),
    b"\n",
    b'{"text": "' + SECOND.encode("utf-8") + b"\n",
    _line({"html": HTML, "published": "2016-02-14T23:30:00+03:00", "id": 7}),
    _line({"url": "https://example.com/x"}),
    _line([BODY]),
    _line({"text": SECOND, "published": "الخامس عشر من شباط"}),
    b'{"text": "\xc7\xe1\xcd\xd1\xc8"}\n',
    _line({"text": 5}),
    _line({"text": SECOND, "html": HTML, "id": None}),
]


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "items.jsonl"
    path.write_bytes(b"".join(LINES))
    return path


def test_iter_sources_reports_bad_lines_and_reads_the_rest(jsonl: Path) -> None:
    out = [
        (r.source.uri, r.source.item_id, r.given_published, r.content_type, r.raw_text)
        if not isinstance(r, Failure)
        else r
        for r in iter_sources([str(jsonl)])
    ]
    assert out == [
        ("https://example.com/a/1", "a1", "2016-02-15", "text", BODY),
        Failure(f"{jsonl}:3", "not valid JSON (column 10: Unterminated string starting at)"),
        (f"{jsonl}#L4", "7", "2016-02-14", "html", HTML),
        Failure(f"{jsonl}:5", 'no "text" or "html"'),
        Failure(f"{jsonl}:6", "not a JSON object"),
        (f"{jsonl}#L7", None, "الخامس عشر من شباط", "text", SECOND),
        Failure(f"{jsonl}:8", "not valid UTF-8"),
        Failure(f"{jsonl}:9", '"text" is not a string'),
        (f"{jsonl}#L10", None, None, "text", SECOND),
    ]


def test_record_fields(jsonl: Path) -> None:
    record = next(read_path(jsonl))
    assert record.raw == BODY.encode("utf-8")
    assert record.id == sha(BODY.encode("utf-8"))
    assert record.source.format == "jsonl"
    assert record.source.encoding == "utf-8"


def test_read_path_raises_at_the_first_bad_line(jsonl: Path) -> None:
    records = read_path(jsonl)
    assert next(records).source.item_id == "a1"
    with pytest.raises(InputError) as caught:
        next(records)
    assert str(caught.value) == f"{jsonl}:3: not valid JSON (column 10: Unterminated string starting at)"


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_bom_and_suffixes(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"items{suffix}"
    path.write_bytes(b"\xef\xbb\xbf" + _line({"text": SECOND}))
    assert [(r.raw_text, r.source.uri) for r in read_path(path)] == [(SECOND, f"{path}#L1")]
