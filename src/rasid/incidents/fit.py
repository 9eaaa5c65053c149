"""Fit the merge score's weights on one set of the cluster gold; check them on the others.

`rasid eval-incidents DIR --fit a` runs the pipeline once on every gold article, then
searches, one coordinate at a time over a small grid, the cue weights of
`compat.WEIGHTS`, the edge threshold `compat.MIN_SCORE` and the penalty of a broken rule
`cluster.PENALTY`, scoring only the events of set `a`. A setting is judged by its B³ F1
when its pairwise precision is at least `MIN_PAIR_P`, else it loses to every setting that
keeps it; ties keep the current value, so the hand-set values move only when the gold
says so. The command prints the fitted values and every set's scores with them; the
values shipped in `compat.py` and `cluster.py` are copied from that output by hand (the
command never edits code), which keeps the other sets a fair check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from rasid.incidents import cluster, compat
from rasid.incidents.evaluate import Report, Scores, evaluate_golds
from rasid.incidents.gold import ClusterGold, GoldArticle
from rasid.record import Record

#: Below this pairwise precision a setting is not acceptable (the issue's target).
MIN_PAIR_P = 0.90
#: The values tried for each cue weight, the threshold and the penalty.
GRID: dict[str, tuple[float, ...]] = {
    **{name: (0.0, 0.25, 0.5, 0.75, 1.0, 1.5) for name in compat.WEIGHTS},
    "MIN_SCORE": (1.0, 1.25, 1.5, 1.75, 2.0, 2.5),
    "PENALTY": (0.5, 1.0, 1.5, 2.0, 3.0),
}
#: Coordinate passes over every parameter.
PASSES = 2


@dataclass(frozen=True)
class Fit:
    """The fitted values, the set they were fitted on, and every set's scores with them."""

    tuned_on: str
    values: dict[str, float]
    before: dict[str, Scores]
    after: dict[str, Scores]


def current() -> dict[str, float]:
    """The values in force: the cue weights, the edge threshold and the penalty."""
    return {**compat.WEIGHTS, "MIN_SCORE": compat.MIN_SCORE, "PENALTY": cluster.PENALTY}


@contextmanager
def using(values: dict[str, float]) -> Iterator[None]:
    """Merge with `values` inside the block; the shipped values come back after it."""
    saved = current()
    _set(values)
    try:
        yield
    finally:
        _set(saved)


def _set(values: dict[str, float]) -> None:
    for name, value in values.items():
        if name == "MIN_SCORE":
            compat.MIN_SCORE = value
        elif name == "PENALTY":
            cluster.PENALTY = value
        else:
            compat.WEIGHTS[name] = value


def fit(golds: list[ClusterGold], extract: Callable[[GoldArticle], Record], tune_on: str) -> Fit:
    """Coordinate search on set `tune_on`; the articles go through the pipeline once."""
    if tune_on not in {g.set for g in golds}:
        raise ValueError(f"no gold set {tune_on!r} (sets: {', '.join(sorted(g.set for g in golds))})")
    records = {a.id: extract(a) for g in golds for a in g.articles}

    def per_set(values: dict[str, float]) -> dict[str, Scores]:
        with using(values):
            return set_scores(evaluate_golds(golds, lambda article: records[article.id]))

    def objective(values: dict[str, float]) -> tuple[bool, float]:
        s = per_set(values)[tune_on]
        return s.pair_p >= MIN_PAIR_P, s.b3_f1

    best = current()
    best_obj = objective(best)
    for _ in range(PASSES):
        moved = False
        for name, grid in GRID.items():
            for value in grid:
                if value == best[name]:
                    continue
                trial = {**best, name: value}
                obj = objective(trial)
                if obj > best_obj:
                    best, best_obj, moved = trial, obj, True
        if not moved:
            break
    return Fit(tune_on, best, per_set(current()), per_set(best))


def set_scores(report: Report) -> dict[str, Scores]:
    """Rasid's scores per gold set and over all of them."""
    return {**{k: v[0] for k, v in report.by_set().items()}, "all": report.system}


__all__ = ["GRID", "MIN_PAIR_P", "Fit", "current", "fit", "set_scores", "using"]
