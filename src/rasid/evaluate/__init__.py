"""Evaluation against gold annotations (`rasid eval`) and CoNLL NER corpora (`rasid eval-ner`)."""

from __future__ import annotations

from rasid.evaluate.baseline import Baseline, Shortfall, check_floors, load_baseline, metric
from rasid.evaluate.gold import Gold, find_gold_files, load_gold
from rasid.evaluate.ner import NerSpan, run_ner, score_ner
from rasid.evaluate.result import EvalReport, FileResult, LayerScore
from rasid.evaluate.run import evaluate_golds, evaluate_paths, load_golds
from rasid.evaluate.score import score_record

__all__ = [
    "Baseline",
    "EvalReport",
    "FileResult",
    "Gold",
    "LayerScore",
    "NerSpan",
    "Shortfall",
    "check_floors",
    "evaluate_golds",
    "evaluate_paths",
    "find_gold_files",
    "load_baseline",
    "load_gold",
    "load_golds",
    "metric",
    "run_ner",
    "score_ner",
    "score_record",
]
