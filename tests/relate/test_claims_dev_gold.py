"""ClaimStage on the shared dev gold: claims P/R and stance, source and content accuracy above floors.

The default stages run on each dev input with its publication date, then the actors
stage (when the default list does not hold it yet) and ClaimStage; the record is scored
by rasid.evaluate, as `rasid eval` scores the claims layer (every dev file lists claims
as exhaustive). The texts are read from ../shared, never copied.

Measured (26 files, 91 required claims): with the actors stage P 1.0, R 1.0, stance,
source and content accuracy 1.0; without any actor mentions P 1.0, R 1.0, stance 1.0,
source 0.99, content 1.0. The floors leave room for changes in the actors stage.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid import extract_file
from rasid.evaluate.result import EvalReport
from rasid.evaluate.run import evaluate_golds, load_golds
from rasid.pipeline import READER_LAYERS, Pipeline, Stage
from rasid.relate.claims import ClaimStage
from rasid.stages import default_stage_list

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO.parent / "shared" / "gold" / "dev"

MIN_PRECISION = 0.95
MIN_RECALL = 0.95
MIN_ACCURACY = {"stance": 0.95, "source": 0.9, "content": 0.95}


def _pipeline() -> Pipeline:
    stages: list[Stage] = list(default_stage_list())
    provided = READER_LAYERS
    if not any(s.name == "actors" for s in stages):
        try:
            from rasid.recognise.actors import ActorStage

            stages.append(ActorStage())
        except ImportError:  # the actors stage is not there yet: claims make their own mentions
            provided = provided | {"mentions:actor"}
    if not any(s.name == "claims" for s in stages):
        stages.append(ClaimStage())
    return Pipeline(stages, provided=provided)


@pytest.fixture(scope="module")
def report() -> EvalReport:
    if not GOLD_DIR.is_dir():
        pytest.fail(f"the shared dev gold is missing at {GOLD_DIR}")
    pipeline = _pipeline()
    golds = load_golds([GOLD_DIR])
    return evaluate_golds(
        golds, lambda g: extract_file(g.input_path, published=g.published, pipeline=pipeline)
    )


def test_claims_dev_gold_precision_and_recall(report: EvalReport) -> None:
    claims = report.layers["claims"]
    misses = [
        f"{e.file}: {e.kind} {e.text}" for e in report.errors if e.layer == "claims" and e.kind != "attribute"
    ]
    assert claims.exhaustive_files == len(report.files)
    assert (claims.precision or 0) >= MIN_PRECISION, misses
    assert (claims.recall or 0) >= MIN_RECALL, misses


@pytest.mark.parametrize("attribute", sorted(MIN_ACCURACY))
def test_claims_dev_gold_attribute_accuracy(report: EvalReport, attribute: str) -> None:
    claims = report.layers["claims"]
    wrong = [
        f"{e.file}: {e.text}: {e.detail}"
        for e in report.errors
        if e.layer == "claims" and e.kind == "attribute" and e.detail.startswith(attribute)
    ]
    assert (claims.accuracy(attribute) or 0) >= MIN_ACCURACY[attribute], wrong


def test_claims_dev_gold_seed_article_has_all_nine(report: EvalReport) -> None:
    seed = next(f for f in report.files if f.file.startswith("seed-quds-press"))
    claims = seed.layers["claims"]
    errors = [f"{e.kind} {e.text}: {e.detail}" for e in seed.errors if e.layer == "claims"]
    assert (claims.gold, claims.tp, claims.fp, claims.fn) == (9, 9, 0, 0), errors
    assert errors == []
