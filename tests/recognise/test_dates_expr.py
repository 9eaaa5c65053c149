"""DateExpr: the grammar copies the expression read so far before each rule it tries."""

from __future__ import annotations

import copy

from rasid.recognise.dates.expr import DateExpr


def test_a_copied_expression_has_the_same_parts_and_changes_alone() -> None:
    start = DateExpr(4, 9, day=3, month=5, since=True)
    trial = copy.copy(start)
    trial.year, trial.end = 2024, 15
    assert (start.day, start.month, start.since, start.year, start.end) == (3, 5, True, None, 9)
    assert (trial.day, trial.month, trial.since, trial.year, trial.end) == (3, 5, True, 2024, 15)
    assert type(trial) is DateExpr and trial is not start
