"""read_path on single files: .txt and .html, unknown suffixes sniffed, ids, idempotence."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from tests.read.samples import BODY, SECOND, TITLE, page, sha

from rasid.errors import InputError
from rasid.read import read_path

TEXT = f"{TITLE}\n\n{BODY}\n"
HTML = page(TITLE, BODY)
META_1256 = page(TITLE, BODY, meta='<meta charset="windows-1256">')


@pytest.mark.parametrize(
    ("name", "data", "raw_text", "content_type", "encoding"),
    [
        ("article.txt", TEXT.encode("utf-8"), TEXT, "text", "utf-8"),
        ("bom.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, "text", "utf-8"),
        ("wide.txt", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, "text", "utf-16le"),
        ("legacy.txt", TEXT.encode("cp1256"), TEXT, "text", "windows-1256"),
        ("page.html", HTML.encode("utf-8"), HTML, "html", "utf-8"),
        ("PAGE.HTM", HTML.encode("utf-8"), HTML, "html", "utf-8"),
        ("meta.html", META_1256.encode("cp1256"), META_1256, "html", "windows-1256"),
        # Unknown suffixes are sniffed.
        ("article", HTML.encode("utf-8"), HTML, "html", "utf-8"),
        ("notes.md", TEXT.encode("utf-8"), TEXT, "text", "utf-8"),
    ],
)
def test_read_path_single_document(
    tmp_path: Path, name: str, data: bytes, raw_text: str, content_type: str, encoding: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [record] = read_path(path)
    assert record.raw == data  # the original bytes, BOM and legacy code page included
    assert record.id == sha(data)
    assert record.raw_text == raw_text
    assert record.content_type == content_type
    assert record.source.model_dump() == {
        "uri": str(path),
        "publisher": None,
        "format": content_type,
        "item_id": None,
        "encoding": encoding,
    }
    assert record.given_published is None
    assert record.text == ""  # readers do not clean


def test_read_path_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"{TITLE}\n{SECOND}\n", encoding="utf-8")
    first = [r.id for r in read_path(path)]
    second = [r.id for r in read_path(path)]
    assert first == second == [sha(f"{TITLE}\n{SECOND}\n".encode())]


def test_same_text_in_another_code_page_is_another_record(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(BODY.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(BODY.encode("cp1256"))
    a, b = read_path(tmp_path)
    assert a.raw_text == b.raw_text == BODY
    assert a.id != b.id


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("missing.txt", None, "no such file or directory"),
        ("empty.txt", b" \n\n", "empty input"),
        ("binary.txt", bytes(range(128, 256)) * 4, "cannot determine the text encoding"),
    ],
)
def test_read_path_errors(tmp_path: Path, name: str, data: bytes | None, message: str) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        list(read_path(path))
    assert (caught.value.source, caught.value.problem) == (str(path), message)
