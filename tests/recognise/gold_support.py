"""Score one recogniser alone on the raw dev gold inputs, the way `rasid eval` scores its layer.

The stage runs on each raw input (no cleaning: page furniture stays, so dates and counts in it
are false positives here), with the gold publication date as given; the record is then scored
by rasid.evaluate, so these tests and the evaluation gate share one definition of a match.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rasid.evaluate.gold import load_gold
from rasid.evaluate.result import EvalReport, aggregate
from rasid.evaluate.score import score_record
from rasid.record import Published, Record

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO.parent / "shared" / "gold" / "dev"


def score_stage(run: Callable[[Record], Record]) -> EvalReport:
    """Every dev gold file through `run` (a stage's process), scored for all layers."""
    results = []
    for path in sorted(GOLD_DIR.glob("*.gold.json")):
        gold = load_gold(path)
        record = Record(id=gold.id, text=gold.input_text)
        if gold.published:
            record.published = Published(value=gold.published, precision="day", from_="given")
        results.append(score_record(gold, run(record)))
    return aggregate(results)


def errors(report: EvalReport, layer: str) -> str:
    """The misses, false positives and wrong attributes of one layer, one per line."""
    return "\n".join(f"{e.file}: {e.kind} {e.text!r} {e.detail}" for e in report.errors if e.layer == layer)
