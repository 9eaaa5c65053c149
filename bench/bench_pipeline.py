"""Throughput of the default pipeline, per stage, as ratios against reading + cleaning.

Run: `make bench` (or `.venv/bin/python bench/bench_pipeline.py [DIR ...] --repeat N`).
The baseline (read + clean) runs in the same process on the same inputs, so the ratios
compare like with like on any machine; absolute seconds are printed for context only.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rasid.clean import CleanStage
from rasid.pipeline import Pipeline, default_stages
from rasid.read import read_path
from rasid.record import Record

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = [REPO / "examples", REPO / "tests" / "gold", REPO.parent / "shared" / "gold" / "dev"]


def load(paths: list[Path]) -> list[Record]:
    records: list[Record] = []
    for path in paths:
        if path.exists():
            records.extend(read_path(path))
    return records


def timed(pipeline: Pipeline, records: list[Record], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        batch = [r.model_copy(deep=True) for r in records]
        start = time.perf_counter()
        for _ in pipeline.run(batch):
            pass
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="*", type=Path, default=DEFAULT_INPUTS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    records = load(args.inputs)
    chars = sum(len(r.raw_text) for r in records)
    start = time.perf_counter()
    timed(Pipeline(default_stages()), records, 1)  # warm-up: language data loads once per process
    warm_up = time.perf_counter() - start
    baseline = timed(Pipeline([CleanStage()]), records, args.repeat)
    print(f"{len(records)} articles, {chars / 1e6:.2f} M characters; best of {args.repeat} runs")
    print(f"baseline read+clean: {baseline:.3f} s ({len(records) / baseline:.0f} articles/s) = 1.00")
    print(f"first run, loading the language data: {warm_up / baseline:.2f} x baseline (excluded below)")
    stages = default_stages()
    for n in range(2, len(stages) + 1):
        seconds = timed(Pipeline(stages[:n]), records, args.repeat)
        print(
            f"  + {stages[n - 1].name:<12} cumulative {seconds:.3f} s = {seconds / baseline:.2f} x baseline"
        )
    full = Pipeline(default_stages())
    for _ in full.run([r.model_copy(deep=True) for r in records]):
        pass
    print("per-stage share of the full pipeline:")
    total = sum(s.seconds for s in full.stats().values())
    for name, stats in full.stats().items():
        print(f"  {name:<12} {stats.seconds / total:6.1%}")


if __name__ == "__main__":
    main()
