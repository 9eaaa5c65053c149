"""The evaluation gate: no layer's score may fall below the floor pinned for its gold set.

Two gated sets, each with its own baseline file:
- the dev set: the shared dev gold and the project's own gold files directly in
  `tests/gold/` (not its subfolders), against eval_baseline.json. To see the scores:
  `rasid eval ../shared/gold/dev tests/gold/*.gold.json --check eval_baseline.json`.
- dev2-tune: real articles from outlets rasid was not built on, against
  eval_baseline_dev2.json: `rasid eval tests/gold/dev2-tune --check eval_baseline_dev2.json`.

`tests/gold/dev2-check` is never scored here: it is scored by hand only when a piece of
work is finished (see its README); tests/evaluate/test_dev2_gold_sets.py checks its files.
"""

from __future__ import annotations

from pathlib import Path

from rasid.evaluate.baseline import check_floors, load_baseline, metric
from rasid.evaluate.result import EvalReport
from rasid.evaluate.run import evaluate_paths

REPO = Path(__file__).resolve().parents[2]
DEV_GOLD = REPO.parent / "shared" / "gold" / "dev"
OWN_GOLD = REPO / "tests" / "gold"
DEV2_TUNE = OWN_GOLD / "dev2-tune"
DEV2_CHECK = OWN_GOLD / "dev2-check"


def dev_set_paths() -> list[Path]:
    """The dev set as it was pinned: shared dev gold plus tests/gold/*.gold.json, no subfolders."""
    return [DEV_GOLD, *sorted(OWN_GOLD.glob("*.gold.json"))]


def assert_floors_hold(report: EvalReport, baseline_file: Path) -> None:
    baseline = load_baseline(baseline_file)
    shortfalls = check_floors(report, baseline)
    scores = {key: metric(report, key) for key in baseline.floors}
    assert not shortfalls, "below floor: " + "; ".join(map(str, shortfalls)) + f" (all: {scores})"


def test_dev_set_scores_stay_above_their_floors() -> None:
    assert DEV_GOLD.is_dir(), f"the shared dev gold is missing at {DEV_GOLD}"
    paths = dev_set_paths()
    assert not any(DEV2_TUNE in p.parents or DEV2_CHECK in p.parents for p in paths)
    report = evaluate_paths(paths)
    assert len(report.files) >= 26
    assert_floors_hold(report, REPO / "eval_baseline.json")


def test_dev2_tune_scores_stay_above_their_floors() -> None:
    report = evaluate_paths([DEV2_TUNE])
    assert len(report.files) >= 16
    assert_floors_hold(report, REPO / "eval_baseline_dev2.json")
