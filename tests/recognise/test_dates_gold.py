"""DateStage on the dev gold files: precision, recall and value accuracy above measured floors.

The stage runs alone on each raw .txt input (no cleaning), with the gold publication date as
given, and is scored like `rasid eval` scores the dates layer: one-to-one span overlap
(rasid.evaluate.match), optional items counting neither way, values compared on gold items
that have one. Page furniture that the clean stage would remove is still in the raw input, so
its dates count here as false positives. The gold texts are read from ../shared, never copied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from rasid.evaluate.gold import load_gold
from rasid.evaluate.match import greedy_match
from rasid.recognise.dates import DateStage
from rasid.record import DateMention, Published, Record

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO.parent / "shared" / "gold" / "dev"

# Measured on the 28 dev files (raw .txt): P 0.966 (2 dates in page furniture), R 1.0, F1 0.983,
# value accuracy 1.0 (20/20 gold values; unresolvable gold dates also came out unresolved).
MIN_PRECISION = 0.95
MIN_RECALL = 0.97
MIN_F1 = 0.95
MIN_VALUE_ACCURACY = 0.97


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    values: int = 0
    values_ok: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.values_ok / self.values if self.values else 1.0


def score_file(path: Path, stage: DateStage, total: Score) -> None:
    gold = load_gold(path)
    published = Published(value=gold.published, precision="day" if gold.published else None, from_="given")
    record = stage.process(Record(id=gold.id, text=gold.input_text, published=published))
    preds = [m for m in record.mentions if isinstance(m, DateMention)]
    matching = greedy_match(
        [g.quote.spans for g in gold.dates], [g.optional for g in gold.dates], [m.span for m in preds]
    )
    for g, p in matching.pairs:
        item, pred = gold.dates[g], preds[p]
        if item.optional:
            continue
        total.tp += 1
        # a gold value is a tuple of alternatives (empty: unresolvable, the span alone counts)
        values = item.value if isinstance(item.value, tuple) else tuple(v for v in [item.value] if v)
        if not values:
            if pred.value is not None:
                total.misses.append(f"{gold.id}: {item.quote.text!r} is unresolvable, got {pred.value}")
            continue
        total.values += 1
        if pred.value in values:
            total.values_ok += 1
        else:
            total.misses.append(f"{gold.id}: {item.quote.text!r} gold {values}, got {pred.value}")
    total.fn += len(matching.missed)
    total.misses += [f"{gold.id}: missed {gold.dates[g].quote.text!r}" for g in matching.missed]
    total.fp += len(matching.false_positives)
    total.misses += [
        f"{gold.id}: extra {preds[p].text!r} ({preds[p].value})" for p in matching.false_positives
    ]


def gold_score() -> Score:
    stage = DateStage()
    total = Score()
    for path in sorted(GOLD_DIR.glob("*.gold.json")):
        score_file(path, stage, total)
    return total


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason="the shared dev gold is not available")
def test_dates_gold_floors() -> None:
    s = gold_score()
    report = "\n".join(s.misses)
    assert s.precision >= MIN_PRECISION, report
    assert s.recall >= MIN_RECALL, report
    assert s.f1 >= MIN_F1, report
    assert s.value_accuracy >= MIN_VALUE_ACCURACY, report


if __name__ == "__main__":
    s = gold_score()
    print("\n".join(s.misses))
    print(
        f"tp={s.tp} fp={s.fp} fn={s.fn} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
        f"value accuracy={s.value_accuracy:.3f} ({s.values_ok}/{s.values})"
    )
