"""Reports are compared within one calendar month, so no component outgrows a month.

Without the bound a strike a day in one town chains every day to the next, and the
merge must hold the whole war as one component (the batch's client held 7.7 GB at
100,000 generated articles). These tests pin the bound and its price.
"""

from __future__ import annotations

import datetime as dt

from rasid.incidents import EventFacts, IncidentIndex
from rasid.incidents.sweep import Sweep, order

from .builders import facts, killed

JAN_1 = dt.date(2017, 1, 1)


def daily(days: int) -> list[EventFacts]:
    """One report a day of an airstrike on the same town, each published on its day."""
    out = []
    for i in range(days):
        day = (JAN_1 + dt.timedelta(days=i)).isoformat()
        out.append(facts(f"d{i:03}", date=day, published=day))
    return out


def test_a_strike_a_day_chains_only_within_its_month() -> None:
    reports = daily(90)  # 1 January to 31 March
    index = IncidentIndex(reports)
    sizes = [len(index.component_keys(r.key)) for r in reports]
    assert sizes == [31] * 31 + [28] * 28 + [31] * 31
    assert IncidentIndex(reversed(reports)).incidents() == index.incidents()


def test_the_sweep_holds_at_most_a_month_of_a_daily_chain() -> None:
    reports = daily(365)
    sweep = Sweep()
    got = []
    for r in sorted(reports, key=lambda f: (order(f), f.key)):
        got += sweep.add(r)
    got += sweep.finish()
    assert sorted(got, key=lambda i: i.id) == IncidentIndex(reports).incidents()
    assert sweep.peak == 32  # a month's reports and the next month's first


def test_the_price_two_reports_either_side_of_a_month_end_stay_apart() -> None:
    end = facts("a", date="2017-01-31", published="2017-02-01", figures=(killed(5),))
    next_day = facts("b", date="2017-02-01", published="2017-02-01", figures=(killed(5),))
    day_before = facts("c", date="2017-01-30", published="2017-01-31", figures=(killed(5),))
    assert IncidentIndex([end, next_day, day_before]).clusters() == [["a:e1", "c:e1"], ["b:e1"]]
