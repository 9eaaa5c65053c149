"""The pipeline checks stage order by layers, keeps stats, and the runner keeps input order."""

from __future__ import annotations

import pytest

from rasid.errors import PipelineError
from rasid.pipeline import Pipeline, Stage
from rasid.read import Failure
from rasid.record import Record
from rasid.runner import run_records


class Upper(Stage):
    name = "upper"
    reads = frozenset({"raw"})
    writes = frozenset({"text"})

    def process(self, record: Record) -> Record:
        record.text = record.raw_text.upper()
        self.stat("chars", len(record.text))
        return record


class NeedsSentences(Stage):
    name = "needs-sentences"
    reads = frozenset({"sentences"})


class Explode(Stage):
    name = "explode"
    reads = frozenset({"text"})

    def process(self, record: Record) -> Record:
        if record.text == "BAD":
            raise ValueError("cannot handle this one")
        return record


def test_pipeline_rejects_stage_whose_layer_is_not_written() -> None:
    with pytest.raises(PipelineError, match=r"'needs-sentences' reads \['sentences'\]"):
        Pipeline([Upper(), NeedsSentences()])


def test_pipeline_counts_records_and_stage_counters() -> None:
    pipe = Pipeline([Upper()])
    out = list(pipe.run([Record(id="a", raw_text="ab"), Record(id="b", raw_text="cde")]))
    assert [r.text for r in out] == ["AB", "CDE"]
    stats = pipe.stats()["upper"]
    assert stats.records == 2
    assert stats.counters["chars"] == 5
    assert stats.seconds >= 0.0


def test_runner_keeps_order_and_reports_failures_per_input() -> None:
    items: list[Record | Failure] = [
        Record(id="1", raw_text="ok"),
        Failure("missing.txt", "no such file or directory"),
        Record(id="2", raw_text="bad"),
        Record(id="3", raw_text="fine"),
    ]
    items[2].source.uri = "bad.txt"  # type: ignore[union-attr]
    out = list(run_records(items, pipeline=Pipeline([Upper(), Explode()])))
    assert [type(o).__name__ for o in out] == ["Record", "Failure", "Failure", "Record"]
    assert out[1] == Failure("missing.txt", "no such file or directory")
    assert out[2] == Failure("bad.txt", "ValueError: cannot handle this one")
    assert [o.text for o in out if isinstance(o, Record)] == ["OK", "FINE"]
