"""iter_sources and read_source: failures are reported and the run goes on; shared invariants."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from tests.read.samples import BODY, SECOND, TITLE, page, sha

from rasid.errors import InputError
from rasid.read import Failure, iter_sources, read_path, read_source
from rasid.record import Record


def _corpus(root: Path) -> None:
    (root / "a.txt").write_text(f"{TITLE}\n{BODY}", encoding="utf-8")
    (root / "b.txt").write_bytes(bytes(range(128, 256)) * 4)
    (root / "c.html").write_bytes(page(TITLE, BODY, meta="<meta charset=windows-1256>").encode("cp1256"))
    (root / "d.jsonl").write_text(
        json.dumps({"text": SECOND, "id": 1}, ensure_ascii=False)
        + "\nnot json\n"
        + json.dumps({"html": BODY})
        + "\n",
        encoding="utf-8",
    )
    (root / "e.txt").write_bytes(codecs.BOM_UTF16_BE + SECOND.encode("utf-16-be"))


def test_iter_sources_goes_on_after_failures(tmp_path: Path) -> None:
    _corpus(tmp_path)
    missing = str(tmp_path / "missing")
    out = [
        r if isinstance(r, Failure) else (r.source.uri, r.source.encoding)
        for r in iter_sources([missing, str(tmp_path)])
    ]
    assert out == [
        Failure(missing, "no such file or directory"),
        (str(tmp_path / "a.txt"), "utf-8"),
        Failure(str(tmp_path / "b.txt"), "cannot determine the text encoding"),
        (str(tmp_path / "c.html"), "windows-1256"),
        (f"{tmp_path / 'd.jsonl'}#L1", "utf-8"),
        Failure(f"{tmp_path / 'd.jsonl'}:2", "not valid JSON (column 1: Expecting value)"),
        (f"{tmp_path / 'd.jsonl'}#L3", "utf-8"),
        (str(tmp_path / "e.txt"), "utf-16be"),
    ]


def test_read_source_missing_path(tmp_path: Path) -> None:
    spec = str(tmp_path / "nowhere.txt")
    with pytest.raises(InputError) as caught:
        list(read_source(spec))
    assert str(caught.value) == f"{spec}: no such file or directory"


def test_every_record_is_its_raw_bytes_decoded(tmp_path: Path) -> None:
    """raw_text is raw decoded with source.encoding (BOM aside), and id is sha256(raw)."""
    _corpus(tmp_path)
    records = [r for r in iter_sources([str(tmp_path)]) if isinstance(r, Record)]
    assert len(records) == 5
    for record in records:
        assert record.source.encoding is not None
        assert record.raw.decode(record.source.encoding).removeprefix("\ufeff") == record.raw_text
        assert record.id == sha(record.raw)


def test_reading_twice_gives_the_same_ids(tmp_path: Path) -> None:
    _corpus(tmp_path)
    (tmp_path / "b.txt").unlink()
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"text": SECOND}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    first = [r.id for r in read_path(tmp_path)]
    assert first == [r.id for r in read_path(tmp_path)]
    assert len(set(first)) == 4
