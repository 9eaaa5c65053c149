"""The evaluation gate: no layer's score may fall below the floor pinned in eval_baseline.json.

Runs the default pipeline on the shared dev gold and the project's own gold. To see
the current scores: `rasid eval ../shared/gold/dev tests/gold --check eval_baseline.json`.
"""

from __future__ import annotations

from pathlib import Path

from rasid.evaluate.baseline import check_floors, load_baseline, metric
from rasid.evaluate.run import evaluate_paths

REPO = Path(__file__).resolve().parents[2]
DEV_GOLD = REPO.parent / "shared" / "gold" / "dev"
GOLD_DIRS = [DEV_GOLD] + [d for d in [REPO / "tests" / "gold"] if d.is_dir()]


def test_scores_stay_above_their_floors() -> None:
    assert DEV_GOLD.is_dir(), f"the shared dev gold is missing at {DEV_GOLD}"
    baseline = load_baseline(REPO / "eval_baseline.json")
    report = evaluate_paths(GOLD_DIRS)
    assert len(report.files) >= 26
    shortfalls = check_floors(report, baseline)
    scores = {key: metric(report, key) for key in baseline.floors}
    assert not shortfalls, "below floor: " + "; ".join(map(str, shortfalls)) + f" (all: {scores})"
