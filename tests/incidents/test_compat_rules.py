"""The merging rules on hand-built reports: blocking, places, perpetrators, figures, tallies."""

from __future__ import annotations

import pytest

from rasid.incidents import IncidentIndex
from rasid.incidents.compat import link

from .builders import (
    ALEPPO,
    ARIHA,
    ARIHA_MARKET,
    IDLIB_GOV,
    KHAN_SHAYKHUN,
    SARAQIB,
    SYRIA,
    TAIZ,
    facts,
    killed,
)


@pytest.mark.parametrize(
    ("a", "b", "ok", "why"),
    [
        (facts("a"), facts("b"), True, ""),
        (facts("a"), facts("b", date="2017-10-18"), True, ""),  # ±1 day
        (facts("a"), facts("b", date="2017-10-19"), False, "dates"),
        (facts("a"), facts("b", date="2017-10", precision="month"), True, ""),
        (facts("a"), facts("b", date="2017-11", precision="month"), False, "dates"),
        (facts("a"), facts("b", date="2017-W42", precision="week"), True, ""),  # 16–22 Oct
        (facts("a"), facts("b", type="shelling"), True, ""),  # one family
        (facts("a"), facts("b", type="massacre"), True, ""),  # a massacre bridges families
        (facts("a"), facts("b", type="protest"), False, "event family"),
        (facts("a"), facts("b", place=ARIHA_MARKET), True, ""),
        (facts("a"), facts("b", place=IDLIB_GOV), True, ""),  # the governorate contains Ariha
        (facts("a"), facts("b", place=SYRIA), True, ""),
        (facts("a"), facts("b", place=SARAQIB), False, "places"),  # same admin-1, 18 km apart
        (facts("a"), facts("b", place=KHAN_SHAYKHUN), False, "places"),
        (facts("a"), facts("b", place=ALEPPO), False, "places"),
        (facts("a"), facts("b", place=TAIZ), False, "places"),
        (facts("a"), facts("b", place=None), True, ""),
        (facts("a", tally=True), facts("b"), False, "tally and incident"),
        (facts("a", event="e1"), facts("a", event="e2"), False, "same document"),
        (facts("a", perpetrators=("Russia",)), facts("b", perpetrators=("Russia",)), True, ""),
        (facts("a", perpetrators=("Russia",)), facts("b", perpetrators=("Israel",)), False, "perpetrators"),
        (facts("a", figures=(killed(7),)), facts("b", figures=(killed(29),)), True, ""),  # a toll that rose
        (facts("a", figures=(killed(2),)), facts("b", figures=(killed(40),)), False, "figures"),
    ],
)
def test_link_rules(a, b, ok, why):
    lk = link(a, b)
    assert (lk.ok, lk.why) == (ok, why)
    assert link(b, a).ok == ok


def test_tallies_never_join_incidents_but_join_each_other():
    reports = [
        facts("a", figures=(killed(20),)),
        facts("b", figures=(killed(20),)),
        facts("t1", tally=True, date="2017-10", precision="month", figures=(killed(300),)),
        facts("t2", tally=True, date="2017-10", precision="month", figures=(killed(300),)),
    ]
    index = IncidentIndex(reports)
    assert index.clusters() == [["a:e1", "b:e1"], ["t1:e1", "t2:e1"]]
    kinds = sorted((i.kind, len(i.members)) for i in index.incidents())
    assert kinds == [("incident", 2), ("tally", 2)]


def test_one_report_that_fits_two_neighbours_does_not_chain_them():
    """A governorate-level report fits both towns; the two towns never share an incident."""
    reports = [
        facts("ariha", place=ARIHA, figures=(killed(10),)),
        facts("ariha2", place=ARIHA, figures=(killed(10),)),
        facts("saraqib", place=SARAQIB, figures=(killed(10),)),
        facts("saraqib2", place=SARAQIB, figures=(killed(10),)),
        facts("idlib", place=IDLIB_GOV, figures=(killed(10),)),
    ]
    clusters = IncidentIndex(reports).clusters()
    together = next(c for c in clusters if "ariha:e1" in c)
    assert "saraqib:e1" not in together
    assert sorted(len(c) for c in clusters) == [2, 3]
