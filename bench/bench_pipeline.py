"""rasid against a baseline commit, in the same run: throughput, cost against length, HTML.

Run: `make bench` (or `.venv/bin/python bench/bench_pipeline.py [--baseline COMMIT] [--rounds N]`).

The baseline commit's `src/` is checked out into a temporary directory (`git archive`), and
`bench/measure.py` runs in a fresh process once with it and once with the working tree,
alternately, `--rounds` times; every figure is the median over the rounds, in CPU seconds of
the measuring process (the machine may be shared, so wall time would measure the neighbours).
Both trees read the same inputs: the plain-text articles of examples/, tests/gold/ and
../shared/gold/dev, and their HTML pages.

- throughput: articles per CPU second over all the plain-text articles (read + every stage);
- unseen: the same, on one first pass over the articles of tests/gold/dev2-tune after the others
  (every per-word-form cache meets new words, as in a batch of fresh reports);
- cost against length: one text of 1, 2, 4 ... 32 articles joined; the exponent is the slope
  of log(seconds) against log(characters), least squares (1.0 = linear);
- HTML: rasid on every page against `trafilatura.extract` alone on the same pages.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
MEASURE = REPO / "bench" / "measure.py"
BASELINE = "327849f"  # the commit the Doc / stage-contract / speed work started from


def checkout(commit: str, into: Path) -> Path:
    """The commit's src/ under `into` (read from git; the working tree is not touched)."""
    data = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", commit, "src"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def measure(src: Path, mode: str, repeat: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, str(MEASURE), mode, "--repeat", str(repeat)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def interleaved(
    trees: dict[str, Path], mode: str, repeat: int, rounds: int
) -> dict[str, list[dict[str, Any]]]:
    """`rounds` measurements per tree, alternating which tree goes first."""
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    names = list(trees)
    for r in range(rounds):
        for name in names if r % 2 == 0 else names[::-1]:
            runs[name].append(measure(trees[name], mode, repeat))
    return runs


def exponent(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(y) against log(x)."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", default=BASELINE, help="commit to compare with (default: %(default)s)")
    parser.add_argument(
        "--rounds", type=int, default=5, help="alternating runs per tree (default: %(default)s)"
    )
    args = parser.parse_args()

    print(
        f"rasid bench, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}; load average {os.getloadavg()[0]:.1f}"
    )
    print(
        f"baseline {args.baseline} against the working tree; medians of {args.rounds} alternating runs, CPU time"
    )
    with tempfile.TemporaryDirectory(prefix="rasid-bench-") as tmp:
        trees = {"baseline": checkout(args.baseline, Path(tmp)), "now": REPO / "src"}

        runs = interleaved(trees, "throughput", repeat=3, rounds=args.rounds)
        rate: dict[str, float] = {}
        for name, results in runs.items():
            n = results[0]["articles"]
            seconds = statistics.median(min(r["seconds"]) for r in results)
            rate[name] = n / seconds
            print(
                f"throughput {name:<8} {n} articles, {rate[name]:6.1f} articles/s ({1000 / rate[name]:.1f} ms each)"
            )
        print(f"throughput ratio: {rate['now'] / rate['baseline']:.2f}x the baseline")

        runs = interleaved(trees, "unseen", repeat=1, rounds=args.rounds)
        for name, results in runs.items():
            n = results[0]["articles"]
            rate[name] = n / statistics.median(r["seconds"][0] for r in results)
            print(
                f"unseen {name:<8} {n} articles, first pass, {rate[name]:6.1f} articles/s "
                f"({1000 / rate[name]:.1f} ms each)"
            )
        print(f"unseen ratio: {rate['now'] / rate['baseline']:.2f}x the baseline")

        runs = interleaved(trees, "scaling", repeat=1, rounds=max(3, args.rounds // 2))
        for name, results in runs.items():
            sizes = results[0]["sizes"]
            points = [
                (float(sizes[k]["chars"]), statistics.median(r["sizes"][k]["seconds"] for r in results))
                for k in sizes
            ]
            row = "  ".join(f"{int(c):>6} ch {s * 1000:8.1f} ms" for c, s in points)
            print(f"length {name:<8} exponent {exponent(points):.2f}: {row}")

        runs = interleaved(trees, "html", repeat=3, rounds=args.rounds)
        for name, results in runs.items():
            ratio = statistics.median(
                statistics.median(r["rasid"]) / statistics.median(r["trafilatura"]) for r in results
            )
            per_page = statistics.median(statistics.median(r["rasid"]) for r in results) / results[0]["pages"]
            print(
                f"html {name:<8} {results[0]['pages']} pages, rasid {per_page * 1000:.1f} ms a page = "
                f"{ratio:.1f}x trafilatura.extract alone"
            )


if __name__ == "__main__":
    main()
