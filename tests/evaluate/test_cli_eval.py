"""`rasid eval` and `rasid eval-ner` end to end: the real pipeline on a gold directory of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.evaluate.builders import gold_dict, write_gold
from tests.evaluate.test_ner_score import CORPUS
from typer.testing import CliRunner

from rasid.cli.main import app
from rasid.errors import EXIT_EVAL_BELOW_FLOOR, EXIT_FAILED

runner = CliRunner()


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    write_gold(tmp_path / "gold")
    write_gold(tmp_path / "gold" / "nested", gold_dict(id="kafranbel-2", input="kafranbel-2.txt"))
    return tmp_path / "gold"


def test_eval_prints_the_layer_table(gold_dir: Path) -> None:
    result = runner.invoke(app, ["eval", str(gold_dir), "--per-file"])
    assert result.exit_code == 0, result.output
    for word in ("places", "casualties", "claims", "body score", "macro F1", "kafranbel-2.gold.json"):
        assert word in result.stdout


def test_eval_json(gold_dir: Path) -> None:
    result = runner.invoke(app, ["eval", str(gold_dir), "--json", "--per-file", "--show-errors"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["files"] == 2
    assert {name: s["gold"] for name, s in report["layers"].items()} == {
        "entities": 4, "places": 6, "dates": 2, "quantities": 8, "casualties": 8, "events": 2, "claims": 4,
    }  # fmt: skip
    assert [f["file"] for f in report["per_file"]] == ["kafranbel.gold.json", "kafranbel-2.gold.json"]
    assert report["body"] == 1.0  # the cleaner keeps the body and drops the "اقرأ أيضاً" line
    missed = sum(s["fn"] for s in report["layers"].values())
    assert len([e for e in report["errors"] if e["kind"] == "miss"]) == missed


def test_eval_check_exits_4_naming_each_layer_below_its_floor(gold_dir: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    floors = {"body": 1.0, "dates": 0.0, "entities": 0.0, "places.recall": 1.0}
    baseline.write_text(json.dumps({"floors": floors}), encoding="utf-8")
    # Whatever the pipeline does: a body phrase declared furniture costs 1/3 of the body score,
    # and a place quoted only in the furniture line cannot be found in the record.
    data = gold_dict(body={"must_include": ["قتل 12 مدنياً"], "must_exclude": ["اقرأ أيضاً", "ونزحت عشرات"]})
    data["places"].append({"text": "حلب", "name": ["Aleppo"], "lat": 36.2, "lon": 37.16})
    write_gold(gold_dir, data)
    result = runner.invoke(app, ["eval", str(gold_dir / "kafranbel.gold.json"), "--check", str(baseline)])
    assert result.exit_code == EXIT_EVAL_BELOW_FLOOR
    below = [line for line in result.stderr.splitlines() if line.startswith("below floor")]
    assert [line.split(":")[1].strip() for line in below] == ["body", "places.recall"]
    assert below[0] == "below floor: body: 0.667 < floor 1.000"


def test_eval_bad_gold_is_one_line_naming_the_file(gold_dir: Path) -> None:
    data = gold_dict(id="broken", input="broken.txt")
    data["places"][2]["text"] = "حماة"
    write_gold(gold_dir, data)
    result = runner.invoke(app, ["eval", str(gold_dir)])
    assert result.exit_code == EXIT_FAILED
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "broken.gold.json: places[2]: not in the input" in lines[0]


def test_eval_empty_directory_fails(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == EXIT_FAILED
    assert "no *.gold.json" in result.stderr


def test_eval_ner_json(tmp_path: Path) -> None:
    path = tmp_path / "c.conll"
    path.write_text(CORPUS, encoding="utf-8")
    result = runner.invoke(app, ["eval-ner", str(path), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert {t: c["gold"] for t, c in out["per_type"].items()} == {"PER": 1, "LOC": 3, "ORG": 1}
    assert (out["sentences"], out["tokens"], out["micro"]["gold"]) == (2, 19, 5)
    limited = json.loads(runner.invoke(app, ["eval-ner", str(path), "--json", "--limit", "1"]).stdout)
    assert (limited["sentences"], limited["micro"]["gold"]) == (1, 3)


def test_eval_ner_table(tmp_path: Path) -> None:
    path = tmp_path / "c.conll"
    path.write_text(CORPUS, encoding="utf-8")
    result = runner.invoke(app, ["eval-ner", str(path)])
    assert result.exit_code == 0, result.output
    assert "micro" in result.stdout
    assert "tokens/s" in result.stdout


def test_eval_ner_scores_the_tagger_alone_and_the_system_without_it(tmp_path: Path) -> None:
    path = tmp_path / "c.conll"
    path.write_text(CORPUS, encoding="utf-8")
    runs = {
        system: json.loads(runner.invoke(app, ["eval-ner", str(path), "--json", "--system", system]).stdout)
        for system in ("tagger", "rules", "combined")
    }
    assert {s: r["micro"]["gold"] for s, r in runs.items()} == {"tagger": 5, "rules": 5, "combined": 5}
    bad = runner.invoke(app, ["eval-ner", str(path), "--system", "bert"])
    assert bad.exit_code == EXIT_FAILED
    assert "unknown system 'bert'; systems are combined, rules, tagger" in bad.stderr
    parts = {
        part: json.loads(runner.invoke(app, ["eval-ner", str(path), "--json", "--part", part]).stdout)
        for part in ("train", "held-back")
    }
    # 21 tokens: no sentence starts in the last 10 %, so both sentences are the training part
    assert {p: (r["sentences"], r["micro"]["gold"]) for p, r in parts.items()} == {
        "train": (2, 5),
        "held-back": (0, 0),
    }
