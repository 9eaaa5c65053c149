"""`rasid run` streams: a record is written and let go before the next one is made."""

from __future__ import annotations

import gc
import json
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import rasid.api
from rasid import extract
from rasid.cli.main import app
from rasid.read import Failure
from rasid.record import Record

ARTICLE = "قصف على البلدة\n\nقُتل ثلاثة مدنيين في قصف مدفعي على البلدة أمس."


def test_run_holds_no_records_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    template = extract(ARTICLE, published="2016-02-15")
    alive: list[weakref.ref[Record]] = []
    held_at_once: list[int] = []

    def records(*args: Any, **kwargs: Any) -> Iterator[Record | Failure]:
        for i in range(50):
            gc.collect()
            held_at_once.append(sum(ref() is not None for ref in alive))
            record = template.model_copy(deep=True)
            record.source.uri = f"{i}.txt"
            alive.append(weakref.ref(record))
            yield record
        yield Failure("bad.txt", "empty input")

    monkeypatch.setattr(rasid.api, "extract_many", records)
    result = CliRunner().invoke(app, ["run", "in", "--out", str(tmp_path / "out")])
    assert result.exit_code == 3, result.output
    assert max(held_at_once) <= 1  # each record is gone once the next is asked for
    written = (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["uri"] for line in written] == [f"{i}.txt" for i in range(50)]
    assert "50 records, 1 failures" in result.output
