"""Every real gold file is satisfiable: the oracle record scores perfectly on it.

This runs the scorer over all the shared dev gold and the project's own gold
(tests/gold), so a gold construct the scorer mishandles (repeated strings, `also`
triggers, part_of by text, event places by coordinates) shows up here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.evaluate.oracle import oracle_record

from rasid.evaluate.gold import LAYERS, Gold, find_gold_files, load_gold
from rasid.evaluate.score import score_record

REPO = Path(__file__).resolve().parents[2]
GOLD_DIRS = [d for d in (REPO.parent / "shared" / "gold" / "dev", REPO / "tests" / "gold") if d.is_dir()]
GOLD_FILES = find_gold_files(GOLD_DIRS)


def test_there_is_gold_to_check() -> None:
    assert len(GOLD_FILES) >= 26


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_oracle_scores_perfectly(path: Path) -> None:
    gold: Gold = load_gold(path)
    result = score_record(gold, oracle_record(gold))
    carrier = bool(gold.casualties) and not gold.events
    for layer in LAYERS:
        s = result.layers[layer]
        assert (s.tp, s.fn) == (s.gold, 0), (layer, [e for e in result.errors if e.layer == layer])
        expected_fp = int(carrier) if layer == "events" and layer in gold.exhaustive else 0
        assert s.fp == expected_fp, (layer, [e for e in result.errors if e.layer == layer])
        wrong = {k: t.accuracy for k, t in s.attributes.items() if t.accuracy != 1.0}
        assert wrong == {}, (layer, [e for e in result.errors if e.layer == layer])
    assert (result.title.correct, result.publisher.correct) == (result.title.total, result.publisher.total)
