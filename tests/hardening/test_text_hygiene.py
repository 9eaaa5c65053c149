"""Too strict and too silent: stray bytes, cut WARC records, control characters, surrogates, ﴾ ﴿."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasid.lang.ar.normalise import normalise, normalise_char
from rasid.read import Failure, iter_sources, read_bytes
from rasid.read.jsonl import iter_jsonl

TITLE = "قصف مدفعي على بلدة كفرنبل"
BODY = "قُتل ثلاثة مدنيين بينهم طفلان أمس السبت في قصف مدفعي على بلدة كفرنبل."


def _page(body: str) -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head>'
        f"<body><h1>{TITLE}</h1><p>{body}</p></body></html>"
    ).encode()


def test_a_stray_byte_in_declared_utf8_is_replaced_with_a_warning() -> None:
    data = _page(BODY).replace("ثلاثة".encode(), b"\xff" + "ثلاثة".encode())
    record = read_bytes(data, uri="page.html")
    assert record.source.encoding == "utf-8"
    assert "\ufffdثلاثة مدنيين" in record.raw_text
    assert record.warnings == ["read: page.html: 1 invalid UTF-8 byte sequence(s) replaced with U+FFFD"]


def test_legacy_arabic_bytes_are_still_detected_not_replaced() -> None:
    data = (TITLE + "\n\n" + BODY).encode("cp1256")
    record = read_bytes(data, uri="legacy.txt")
    assert (record.source.encoding, record.warnings) == ("windows-1256", [])


def _warc(tmp_path: Path, *, cut: int) -> Path:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    body = _page(" ".join([BODY] * 30))
    writer.write_record(
        writer.create_warc_record(
            "https://news.example/a", "response", payload=io.BytesIO(body), http_headers=http
        )
    )
    path = tmp_path / "cut.warc"
    data = buffer.getvalue()
    path.write_bytes(data[: len(data) - cut])
    return path


def test_a_warc_record_cut_short_keeps_its_text_with_a_warning(tmp_path: Path) -> None:
    path = _warc(tmp_path, cut=1000)
    [record] = iter_sources([str(path)])
    assert not isinstance(record, Failure)
    warning = record.warnings[-1]  # (the cut may also split a character: a replacement warning)
    assert warning.endswith(
        f"WARC record cut short, {1000 - 4} of its bytes missing"
    )  # 4: the record's CRLFs


def test_a_warc_cut_inside_its_headers_is_a_failure(tmp_path: Path) -> None:
    full = _warc(tmp_path, cut=0).read_bytes()
    path = tmp_path / "headers.warc"
    path.write_bytes(full + full[:200])  # a second record whose headers stop half-way
    items = list(iter_sources([str(path)]))
    assert isinstance(items[0], Failure) is False
    assert items[1] == Failure(str(path), "WARC cut short: its last 200 bytes are not a complete record")


@pytest.mark.parametrize("control", ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x9b"])
def test_control_characters_never_reach_text(control: str) -> None:
    from rasid import extract

    record = extract(f"{TITLE}\n\nقُتل ثلاثة{control} مدنيين\r\nفي قصف{control}{control} مدفعي.")
    assert record.text == f"{TITLE}\n\nقُتل ثلاثة مدنيين\n\nفي قصف مدفعي."
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in record.text)
    assert record.warnings[0] == "clean: 3 control character(s) removed (NUL, escape, …)"


def test_a_lone_surrogate_is_replaced_and_the_record_can_be_written() -> None:
    line = json.dumps({"text": f"{TITLE}\n\n{BODY}\ud800", "url": "https://x.example/\udfff"}).encode()
    [record] = iter_jsonl(io.BytesIO(line), location="wire.jsonl")
    assert not isinstance(record, Exception)
    assert record.raw_text.endswith("\ufffd")
    assert record.source.uri == "https://x.example/\ufffd"
    assert record.warnings == ["read: wire.jsonl:1: 1 lone surrogate code point(s) replaced with U+FFFD"]
    record.to_json().encode("utf-8")  # would raise UnicodeEncodeError with the surrogate


def test_normalise_char_terminates_on_every_presentation_form() -> None:
    """NFKC leaves some forms as they are (﴾ ﴿ around Quran quotations): no endless recursion."""
    assert normalise_char("﴾") == "﴾"
    assert normalise_char("﴿") == "﴿"
    assert normalise_char("ﻻ") == "لا"
    for cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
        out = normalise_char(chr(cp))
        assert all(
            not (0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF) or c == chr(cp) for c in out
        )
    quoted = "قال ﴿ولا تقتلوا﴾ ثم"
    norm = normalise(quoted)
    assert norm.text == "قال ﴿ولا تقتلوا﴾ ثم"
    assert quoted[slice(*norm.to_original(4, 16))] == "﴿ولا تقتلوا﴾"
