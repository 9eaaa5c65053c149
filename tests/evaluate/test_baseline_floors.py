"""Floors name report metrics; a score below its floor is reported, a typo in a key is an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.evaluate.builders import perfect_record, write_gold

from rasid.errors import InputError
from rasid.evaluate.baseline import Baseline, check_floors, load_baseline, metric
from rasid.evaluate.gold import load_gold
from rasid.evaluate.result import EvalReport, aggregate
from rasid.evaluate.score import score_record


@pytest.fixture
def report(tmp_path: Path) -> EvalReport:
    record = perfect_record()
    record.mention("m6").value = "2024-03-01"
    record.mentions = [m for m in record.mentions if m.id != "m5"]  # miss إدلب
    return aggregate([score_record(load_gold(write_gold(tmp_path)), record)])


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("body", 1.0),
        ("macro_f1", (1.0 * 5 + 0.8) / 6),
        ("places", 0.8),
        ("places.f1", 0.8),
        ("places.precision", 1.0),
        ("places.recall", 2 / 3),
        ("dates", 1.0),
        ("dates.value", 0.0),
        ("events.date", 0.0),
        ("entities", None),
        ("entities.recall", 1.0),
        ("title", 1.0),
        ("publisher", 1.0),
        ("tags", 1.0),
    ],
)
def test_metric_keys(report: EvalReport, key: str, expected: float | None) -> None:
    assert metric(report, key) == pytest.approx(expected)


@pytest.mark.parametrize("key", ["weapons", "dates.valeu", "dates.resolution", "places.value"])
def test_unknown_metric_key_is_an_error(report: EvalReport, key: str) -> None:
    with pytest.raises(KeyError):
        metric(report, key)


@pytest.mark.parametrize(
    ("floors", "below"),
    [
        ({"body": 0.9, "places": 0.8, "dates": 1.0}, []),
        ({"body": 0.9, "places": 0.85, "dates.value": 0.5}, ["places", "dates.value"]),
        ({"entities": 0.1}, ["entities"]),  # undefined counts as zero
        ({"entities": 0.0, "events": 0.0}, []),
    ],
)
def test_check_floors(report: EvalReport, floors: dict[str, float], below: list[str]) -> None:
    assert [s.key for s in check_floors(report, Baseline(floors))] == below


def test_load_baseline(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text(
        json.dumps({"measured": "2025-01-02", "floors": {"body": 0.9, "dates": 1}}), encoding="utf-8"
    )
    assert load_baseline(path) == Baseline({"body": 0.9, "dates": 1.0}, "2025-01-02", None)
    path.write_text(json.dumps({"floors": {"body": "high"}}), encoding="utf-8")
    with pytest.raises(InputError, match=r"b\.json: expected"):
        load_baseline(path)


def test_repository_baseline_names_known_metrics(report: EvalReport) -> None:
    baseline = load_baseline(Path(__file__).resolve().parents[2] / "eval_baseline.json")
    assert {"body", "places", "dates", "quantities", "casualties", "events", "claims"} <= set(baseline.floors)
    for key in baseline.floors:
        metric(report, key)  # raises KeyError on an unknown key
