"""tests/gold/dev2-places: real articles for the places layer, sourced, guarded and gated."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.evaluate.test_eval_gate import assert_floors_hold

from rasid.evaluate.gold import find_gold_files, load_gold
from rasid.evaluate.run import evaluate_paths

REPO = Path(__file__).resolve().parents[2]
PLACES = REPO / "tests" / "gold" / "dev2-places"
HELDOUT_GUARD = REPO.parent / "shared" / "tools" / "heldout_guard.py"


def test_each_file_has_places_exhaustive_and_its_url_and_outlet() -> None:
    golds = [load_gold(p) for p in find_gold_files([PLACES])]
    assert len(golds) >= 34
    for gold in golds:
        assert gold.exhaustive >= {"body", "places"}, gold.path.name
        assert gold.publisher, gold.path.name
        assert re.search(r"https?://\S+", gold.notes), gold.path.name


def test_every_text_passes_the_heldout_guard() -> None:
    texts = [str(load_gold(p).input_path) for p in find_gold_files([PLACES])]
    run = subprocess.run([sys.executable, str(HELDOUT_GUARD), *texts], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_places_scores_stay_above_their_floors() -> None:
    assert_floors_hold(evaluate_paths([PLACES]), REPO / "eval_baseline_places.json")
