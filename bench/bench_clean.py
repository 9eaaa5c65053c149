"""The clean stage's cost per text article against a baseline commit, in the same run.

Run: `.venv/bin/python bench/bench_clean.py [--baseline COMMIT] [--rounds N]` (also in `make bench`).

The baseline commit's `src/` is checked out into a temporary directory (as `bench_pipeline.py`
does) and a fresh process per tree trims every plain-text article of tests/gold (dev2-check
excepted), tests/gold/pages-train and ../shared/gold/dev with `rasid.clean.text.trim` (patterns,
line features and the line classifier), after one warm-up pass that loads the data files.
Trees alternate `--rounds` times; the figure is the median of the CPU seconds of the
measuring process (the machine may be shared), per article, and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import checkout  # a sibling script, not a package

REPO = Path(__file__).resolve().parents[1]
BASELINE = "9e7c838"  # main when the work on unseen layouts (issue 11) started

MEASURE = """
import json, sys, time
from pathlib import Path
from rasid.clean.text import trim
texts = [Path(p).read_text(encoding="utf-8") for p in json.loads(sys.argv[1])]
for text in texts:
    trim(text)
best = []
for _ in range(3):
    start = time.process_time()
    for text in texts:
        trim(text)
    best.append(time.process_time() - start)
print(json.dumps({"articles": len(texts), "seconds": min(best)}))
"""


def inputs() -> list[str]:
    """The plain-text articles both trees trim, in a fixed order."""
    gold = REPO / "tests" / "gold"
    folders = [gold, gold / "dev2-tune", gold / "pages-train", REPO.parent / "shared" / "gold" / "dev"]
    return [str(p) for folder in folders for p in sorted(folder.glob("*.txt"))]


def measure(src: Path, paths: list[str]) -> float:
    """CPU seconds per article of one tree."""
    run = subprocess.run(
        [sys.executable, "-c", MEASURE, json.dumps(paths)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(src)},
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    return float(result["seconds"]) / int(result["articles"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=BASELINE, help="commit to compare with (default: %(default)s)")
    parser.add_argument(
        "--rounds", type=int, default=5, help="alternating runs per tree (default: %(default)s)"
    )
    args = parser.parse_args()
    paths = inputs()
    with tempfile.TemporaryDirectory(prefix="rasid-bench-clean-") as tmp:
        trees = {"baseline": checkout(args.baseline, Path(tmp)), "now": REPO / "src"}
        runs: dict[str, list[float]] = {name: [] for name in trees}
        for r in range(args.rounds):
            for name in list(trees) if r % 2 == 0 else list(trees)[::-1]:
                runs[name].append(measure(trees[name], paths))
    cost = {name: statistics.median(values) for name, values in runs.items()}
    print(f"clean (trim) of {len(paths)} text articles, medians of {args.rounds} alternating runs, CPU time")
    for name, seconds in cost.items():
        print(f"clean {name:<8} {seconds * 1000:.2f} ms an article")
    print(f"clean cost ratio: {cost['now'] / cost['baseline']:.2f}x the baseline {args.baseline}")


if __name__ == "__main__":
    main()
