"""Copies of incident facts for longer benchmark corpora: centuries apart, or one after another."""

from __future__ import annotations

from rasid.batch.copies import later_copy

from ..incidents.builders import facts


def test_copies_are_four_centuries_apart_by_default() -> None:
    copy = later_copy(facts("a", date="2016-02-29", published="2016-03-01"), 2)
    assert (copy.doc_id, copy.date, copy.published) == ("a-2", "2816-02-29", "2816-03-01")


def test_copies_weeks_apart_move_days_and_weeks_exactly_and_months_by_years() -> None:
    day = later_copy(facts("a", date="2016-02-29", published="2016-03-01T10:00:00"), 1, step_weeks=52)
    assert (day.date, day.published) == ("2017-02-27", "2017-02-28T10:00:00")
    assert later_copy(facts("b", date="2016-W52", precision="week"), 1, step_weeks=52).date == "2017-W52"
    assert later_copy(facts("c", date="2016-05", precision="month"), 3, step_weeks=52).date == "2019-05"
