"""The pipeline freezes what the stages loaded after a process's first records (pipeline.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import rasid.pipeline as pipeline_module
from rasid.pipeline import Pipeline
from rasid.record import Record
from rasid.stage import Stage


class _Unchanged(Stage):
    name = "unchanged"

    def process(self, record: Record) -> Record:
        return record


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The collector's state as a new process has it, restored afterwards."""
    threshold = gc.get_threshold()
    monkeypatch.setattr(pipeline_module, "_finished", 0)
    monkeypatch.setattr(pipeline_module, "_next_freeze", 1)
    monkeypatch.setattr(pipeline_module, "_own_collector", True)
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def _run(n: int) -> None:
    records = [Record(id=f"r{i}", text="نص قصير") for i in range(n)]
    assert len(list(Pipeline([_Unchanged()]).run(records))) == n


@pytest.mark.usefixtures("fresh_process")
def test_the_first_record_freezes_what_is_loaded_and_spaces_young_collections() -> None:
    gc.set_threshold(700, 10, 10)
    _run(1)
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (pipeline_module.YOUNG_THRESHOLD, 10, 10)


@pytest.mark.usefixtures("fresh_process")
def test_freezes_come_at_doubling_counts_only() -> None:
    _run(3)  # frozen after the 1st and 2nd record, not the 3rd
    assert pipeline_module._next_freeze == 4
    gc.unfreeze()
    _run(1)  # the 4th
    assert gc.get_freeze_count() > 0 and pipeline_module._next_freeze == 8


@pytest.mark.usefixtures("fresh_process")
def test_a_threshold_the_process_chose_is_kept() -> None:
    gc.set_threshold(1234, 5, 5)
    _run(1)
    assert gc.get_threshold() == (1234, 5, 5)


@pytest.mark.usefixtures("fresh_process")
def test_a_program_that_imports_rasid_keeps_its_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_module, "_own_collector", False)
    gc.set_threshold(700, 10, 10)
    _run(2)
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == (700, 10, 10)


def test_the_rasid_command_owns_its_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from rasid.cli.main import app

    monkeypatch.setattr(pipeline_module, "_own_collector", False)
    assert CliRunner().invoke(app, ["version"]).exit_code == 0
    assert pipeline_module._own_collector
