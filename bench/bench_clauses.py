"""The clause analysis's cost per article, and the pipeline against the commit issue 12 started from.

Run: `make bench` (or `.venv/bin/python bench/bench_clauses.py [--baseline COMMIT] [--rounds N]`).

1. In this process, on the plain-text articles of examples/, tests/gold/ and ../shared/gold/dev:
   the default pipeline once per article (read + every stage), best of `--repeat`, then the
   clause analysis alone (`Clauses(doc)`, built afresh on each article's Doc), best of
   `--repeat`; the share is clause time / pipeline time, in CPU time (process time).
2. The whole pipeline on this tree against the baseline commit (its src/ from `git archive`),
   throughput measured by bench/measure.py in fresh processes, alternating, median of rounds
   (the machinery of bench_pipeline.py): the ratio is what every change of this branch costs,
   the clause analysis included.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from rasid.lang.ar.clause import Clauses
from rasid.lang.ar.doc import Doc, doc_of
from rasid.pipeline import default_pipeline
from rasid.read import read_string
from rasid.record import Record

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import checkout, interleaved
from measure import texts

REPO = Path(__file__).resolve().parents[1]
BASELINE = "7ae9e46"  # main when issue 12 started (before the clause analysis)


def pipeline_seconds(articles: list[str], repeat: int) -> tuple[float, list[Record]]:
    pipe = default_pipeline()
    best = float("inf")
    records: list[Record] = []
    for _ in range(repeat):
        start = time.process_time()
        records = [pipe.run_one(read_string(a)) for a in articles]
        best = min(best, time.process_time() - start)
    return best, records


def clause_seconds(docs: list[Doc], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for d in docs:
            Clauses(d)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", default=BASELINE, help="commit to compare with (default: %(default)s)")
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternating runs per tree (default: %(default)s)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="in-process repetitions (default: %(default)s)")
    args = parser.parse_args()
    print(
        f"rasid clause bench, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}; load average {os.getloadavg()[0]:.1f}"
    )
    articles = texts()
    pipe_s, records = pipeline_seconds(articles, args.repeat)
    docs = [doc_of(r) for r in records]
    clause_s = clause_seconds(docs, args.repeat)
    n = len(articles)
    words = sum(len(d.words) for d in docs)
    clauses = sum(len(Clauses(d).clauses) for d in docs)
    print(
        f"clause analysis: {n} articles, {words} words, {clauses} clauses; "
        f"{clause_s / n * 1000:.2f} ms an article against {pipe_s / n * 1000:.1f} ms for the whole pipeline "
        f"({clause_s / pipe_s:.1%} of it, {words / clause_s / 1000:.0f}k words/s)"
    )
    with tempfile.TemporaryDirectory(prefix="rasid-bench-") as tmp:
        trees = {"baseline": checkout(args.baseline, Path(tmp)), "now": REPO / "src"}
        runs = interleaved(trees, "throughput", repeat=3, rounds=args.rounds)
        rate: dict[str, float] = {}
        for name, results in runs.items():
            count = results[0]["articles"]
            seconds = statistics.median(min(r["seconds"]) for r in results)
            rate[name] = count / seconds
            print(f"pipeline {name:<8} {count} articles, {1000 / rate[name]:.1f} ms each")
        print(
            f"pipeline now / baseline {args.baseline}: {rate['baseline'] / rate['now']:.2f}x the time an article "
            f"({rate['now'] / rate['baseline']:.2f}x the throughput), medians of {args.rounds} alternating runs"
        )


if __name__ == "__main__":
    main()
