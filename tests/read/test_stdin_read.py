"""read_stdin: JSON Lines when every line is an object, else one sniffed document; uri "-"."""

from __future__ import annotations

import io
import json
import sys

import pytest
from tests.read.samples import BODY, SECOND, TITLE, page, sha

from rasid.errors import InputError
from rasid.read import Failure, iter_sources, read_source, read_stdin

HTML = page(TITLE, BODY)
JSONL = (
    json.dumps({"text": BODY, "id": "s1", "published": "2016-02-15"}, ensure_ascii=False)
    + "\n\n"
    + json.dumps({"html": HTML, "url": "https://news.example/2"}, ensure_ascii=False)
    + "\n"
)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (f"{TITLE}\n{BODY}\n".encode(), [("-", "text", "text", "utf-8", None, f"{TITLE}\n{BODY}\n")]),
        (HTML.encode("cp1256"), [("-", "html", "html", "windows-1256", None, HTML)]),
        (
            JSONL.encode(),
            [
                ("-#L1", "jsonl", "text", "utf-8", "s1", BODY),
                ("https://news.example/2", "jsonl", "html", "utf-8", None, HTML),
            ],
        ),
        # One line is not an object: the whole input is one text document.
        (
            f'{{"text": "{SECOND}"}}\n{BODY}\n'.encode(),
            [("-", "text", "text", "utf-8", None, f'{{"text": "{SECOND}"}}\n{BODY}\n')],
        ),
    ],
)
def test_read_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, expected: list[tuple[object, ...]]) -> None:
    _stdin(monkeypatch, data)
    records = list(read_stdin())
    got = [
        (r.source.uri, r.source.format, r.content_type, r.source.encoding, r.source.item_id, r.raw_text)
        for r in records
    ]
    assert got == expected


def test_stdin_id_is_sha256_of_raw_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    data = HTML.encode("cp1256")
    _stdin(monkeypatch, data)
    [record] = read_source("-")
    assert (record.raw, record.id) == (data, sha(data))


def test_stdin_jsonl_bad_line(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, JSONL.replace('"s1"', "[1]").encode())
    assert [r if isinstance(r, Failure) else r.raw_text for r in iter_sources(["-"])] == [
        Failure("-:1", '"id" is not a string or an integer'),
        HTML,
    ]


def test_empty_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"\n \n")
    with pytest.raises(InputError) as caught:
        list(read_stdin())
    assert str(caught.value) == "-: empty input"
