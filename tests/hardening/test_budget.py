"""A document over its time budget is a failure with its reason; the batch goes on."""

from __future__ import annotations

import threading
import time
from typing import ClassVar

from rasid.pipeline import Pipeline, Stage
from rasid.read import Failure, read_string
from rasid.read.limits import Limits, using
from rasid.record import Record
from rasid.runner import process_one, run_records

ARTICLE = "قصف على البلدة\n\nقُتل ثلاثة مدنيين في قصف مدفعي على البلدة."


class Sleepy(Stage):
    """A stage that takes `seconds` on articles that mention "بطيء" (a slow article)."""

    name: ClassVar[str] = "sleepy"

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds

    def process(self, record: Record) -> Record:
        if "بطيء" in record.raw_text:
            end = time.monotonic() + self.seconds
            while time.monotonic() < end:  # busy, like a runaway loop: only the timer stops it
                pass
        return record


def _records(*titles: str) -> list[Record]:
    return [read_string(f"{title}\n\n{ARTICLE}", uri=f"{i}.txt") for i, title in enumerate(titles)]


def test_a_runaway_stage_is_stopped_and_the_batch_goes_on() -> None:
    pipeline = Pipeline([Sleepy(30.0)])
    with using(Limits(doc_seconds=0.5)):
        out = list(run_records(_records("خبر أول", "خبر بطيء", "خبر أخير"), pipeline=pipeline))
    assert [type(item).__name__ for item in out] == ["Record", "Failure", "Record"]
    assert out[1] == Failure("1.txt", "took longer than the time budget of 0.5 s (--doc-seconds)")


def test_outside_the_main_thread_the_deadline_is_checked_between_stages() -> None:
    """No timer there (signals are for the main thread); each stage boundary checks the deadline."""
    pipeline = Pipeline([Sleepy(0.4), Sleepy(0.4), Sleepy(0.4)])
    [slow] = _records("خبر بطيء")
    result: list[Record | Failure] = []
    worker = threading.Thread(target=lambda: result.append(process_one(slow, pipeline, seconds=0.6)))
    worker.start()
    worker.join(timeout=30)
    assert result == [Failure("0.txt", "took longer than the time budget of 0.6 s (--doc-seconds)")]
    assert pipeline.stages[2].stats.records == 0  # stopped after the second stage


def test_the_timer_is_cleared_after_each_document() -> None:
    pipeline = Pipeline([Sleepy(0.0)])
    with using(Limits(doc_seconds=0.3)):
        out = list(run_records(_records("خبر أول", "خبر ثان"), pipeline=pipeline))
    time.sleep(0.5)  # an alarm left armed would fire here and fail the test
    assert all(isinstance(item, Record) for item in out)
