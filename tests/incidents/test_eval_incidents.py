"""`rasid eval-incidents` on the test cluster gold, and the pairwise/B³ arithmetic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasid.cli.main import app
from rasid.incidents.evaluate import score

GOLD = Path(__file__).parent / "gold"


def test_scores_of_a_known_clustering():
    gold = ["a", "a", "a", "b", "c"]
    predicted = ["x", "x", "y", "y", "z"]
    s = score(gold, predicted)
    assert (s.gold_pairs, s.predicted_pairs, s.true_pairs) == (3, 2, 1)
    assert (s.pair_p, s.pair_r) == (0.5, pytest.approx(1 / 3))
    # B³: precision per item 1, 1, 1/2, 1/2, 1; recall 2/3, 2/3, 1/3, 1, 1
    assert s.b3_p == pytest.approx(4 / 5)
    assert s.b3_r == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)


def test_perfect_and_all_singletons():
    assert score(["a", "a", "b"], ["p", "p", "q"]).b3_f1 == 1.0
    s = score(["a", "a"], ["p", "q"])
    assert (s.pair_p, s.pair_r, s.b3_p, s.b3_r) == (1.0, 0.0, 1.0, 0.5)


def test_cli_scores_the_test_gold_beside_the_baseline():
    result = CliRunner().invoke(app, ["eval-incidents", str(GOLD), "--json", "--show-errors"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["articles"], report["gold_events"], report["aligned"], report["gold_incidents"]) == (
        8,
        8,
        8,
        5,
    )
    assert report["rasid"]["pair_p"] == 1.0 and report["rasid"]["b3_f1"] == 1.0
    # the baseline merges the other strike of the same day in the same governorate
    base = report["baseline_same_day_admin1"]
    assert (base["gold_pairs"], base["predicted_pairs"], base["true_pairs"]) == (4, 7, 4)
    items = {i["article"]: i for i in report["items"]}
    assert items["t-d02-difftain"]["baseline"] == items["t-c01-ufuq"]["baseline"]
    assert items["t-d02-difftain"]["predicted"] != items["t-c01-ufuq"]["predicted"]


def test_cli_table_and_bad_gold(tmp_path):
    result = CliRunner().invoke(app, ["eval-incidents", str(GOLD)])
    assert result.exit_code == 0
    assert "baseline: same day + admin-1" in result.output
    bad = tmp_path / "x.incidents.json"
    bad.write_text(
        '{"format": "rasid-incidents/1", "articles": [], "incidents": [{"id": 3}]}', encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["eval-incidents", str(bad)])
    assert result.exit_code == 1
    assert "x.incidents.json: incident 3" in result.output
