"""Pinned score floors (eval_baseline.json) and the check that no score fell below them.

A floor key names a metric of the report: a layer name means its F1 ("dates");
"body" the body score; "macro_f1"; "<layer>.precision" / ".recall" / ".f1" or
"<layer>.<attribute>" an attribute accuracy ("dates.value"); "title",
"publisher" and "tags" the document attributes. An undefined metric counts as 0,
so a floor above 0 on a layer the pipeline does not produce fails loudly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rasid.errors import InputError
from rasid.evaluate.result import EvalReport
from rasid.evaluate.score import ATTRIBUTES


@dataclass(frozen=True)
class Baseline:
    floors: dict[str, float]
    measured: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Shortfall:
    key: str
    value: float | None
    floor: float

    def __str__(self) -> str:
        shown = "undefined" if self.value is None else f"{self.value:.3f}"
        return f"{self.key}: {shown} < floor {self.floor:.3f}"


def load_baseline(path: Path) -> Baseline:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"cannot read the baseline: {exc}") from None
    floors = data.get("floors") if isinstance(data, dict) else None
    if not isinstance(floors, dict) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in floors.values()
    ):
        raise InputError(str(path), 'expected {"floors": {"<metric>": <number>, ...}}')
    return Baseline({str(k): float(v) for k, v in floors.items()}, data.get("measured"), data.get("note"))


def metric(report: EvalReport, key: str) -> float | None:
    """The value a floor key names; KeyError for a key that names nothing."""
    if key == "body":
        return report.body.accuracy
    if key == "macro_f1":
        return report.macro_f1
    if key in ("title", "publisher"):
        tally = report.title if key == "title" else report.publisher
        return tally.accuracy
    if key == "tags":
        return report.tags.f1
    layer_name, _, part = key.partition(".")
    if layer_name not in report.layers:
        raise KeyError(key)
    layer = report.layers[layer_name]
    if part in ("", "f1"):
        return layer.f1
    if part == "precision":
        return layer.precision
    if part == "recall":
        return layer.recall
    if part not in ATTRIBUTES[layer_name]:
        raise KeyError(key)
    return layer.accuracy(part)


def check_floors(report: EvalReport, baseline: Baseline) -> list[Shortfall]:
    """Every metric below its floor (unknown keys raise KeyError: a typo must not pass silently)."""
    short = []
    for key, floor in baseline.floors.items():
        value = metric(report, key)
        if (value or 0.0) < floor - 1e-9:
            short.append(Shortfall(key, value, floor))
    return short
