"""One-to-one matching of predicted spans to gold items by overlap.

Greedy by largest overlap: required gold items pick first, optional ones take what
is left. A prediction left over is ignored when it overlaps an optional item (an
analyst might have skipped it) or, for layers that `absorb` duplicates (events: one
incident mentioned several times), any gold item at all; otherwise it is a false
positive. Ties go to the earlier gold item, then the earlier prediction, so the
outcome never depends on set order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rasid.evaluate.gold import Span


def overlap(a: Span, b: Span) -> int:
    """Number of shared code points of two [start, end) spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Matching:
    pairs: list[tuple[int, int]] = field(default_factory=list)  # (gold, prediction), optional gold too
    missed: list[int] = field(default_factory=list)  # required gold items without a prediction
    false_positives: list[int] = field(default_factory=list)
    ignored: list[int] = field(default_factory=list)  # predictions that count neither way


def greedy_match(
    gold_spans: Sequence[Sequence[Span]],
    optional: Sequence[bool],
    predicted: Sequence[Span],
    *,
    absorb: bool = False,
) -> Matching:
    """Match predictions to gold items; a gold item may have several spans (event `also`)."""
    candidates: list[tuple[bool, int, int, int]] = []
    touches: dict[int, list[int]] = {}
    for g, spans in enumerate(gold_spans):
        for p, span in enumerate(predicted):
            best = max((overlap(s, span) for s in spans), default=0)
            if best > 0:
                candidates.append((optional[g], -best, g, p))
                touches.setdefault(p, []).append(g)
    candidates.sort()
    gold_taken: dict[int, int] = {}
    pred_taken: set[int] = set()
    result = Matching()
    for _, _, g, p in candidates:
        if g in gold_taken or p in pred_taken:
            continue
        gold_taken[g] = p
        pred_taken.add(p)
        result.pairs.append((g, p))
    result.pairs.sort()
    result.missed = [g for g in range(len(gold_spans)) if g not in gold_taken and not optional[g]]
    for p in range(len(predicted)):
        if p in pred_taken:
            continue
        near = touches.get(p, [])
        if any(optional[g] for g in near) or (absorb and near):
            result.ignored.append(p)
        else:
            result.false_positives.append(p)
    return result
