"""Evaluate the pipeline on gold directories: load every gold file first, then extract and score.

Loading all gold files before running anything means a malformed file stops the
run at once, with its name, instead of after minutes of extraction.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rasid.errors import RasidError
from rasid.evaluate.gold import Gold, find_gold_files, load_gold
from rasid.evaluate.result import EvalReport, aggregate
from rasid.evaluate.score import score_record
from rasid.record import Record

Extractor = Callable[[Gold], Record]


def pipeline_extractor() -> Extractor:
    """`rasid.extract_file` on the gold file's input with its known publication date, one pipeline for all."""
    from rasid import default_pipeline, extract_file

    pipeline = default_pipeline()

    def run(gold: Gold) -> Record:
        return extract_file(gold.input_path, published=gold.published, pipeline=pipeline)

    return run


def load_golds(paths: Sequence[Path]) -> list[Gold]:
    return [load_gold(p) for p in find_gold_files(list(paths))]


def evaluate_golds(golds: Sequence[Gold], extractor: Extractor | None = None) -> EvalReport:
    """Extract and score each gold file's input (the default pipeline unless `extractor` is given)."""
    extractor = extractor or pipeline_extractor()
    results = []
    for gold in golds:
        start = time.perf_counter()
        try:
            record = extractor(gold)
        except Exception as exc:  # name the article whose extraction failed; the cause stays chained
            raise RasidError(f"{gold.input_path}: extraction failed: {type(exc).__name__}: {exc}") from exc
        results.append(score_record(gold, record, seconds=time.perf_counter() - start))
    return aggregate(results)


def evaluate_paths(paths: Sequence[Path], extractor: Extractor | None = None) -> EvalReport:
    """Score every *.gold.json under `paths` (directories are searched recursively)."""
    return evaluate_golds(load_golds(paths), extractor)
