"""What an incident says: figures with sources, supersession, the best rule, grading."""

from __future__ import annotations

from rasid.incidents import IncidentIndex, summarise

from .builders import facts, killed


def test_an_outlets_update_supersedes_its_earlier_figure_and_keeps_it():
    early = facts("d1", outlet="وكالة أ", published="2017-10-17", figures=(killed(7),))
    later = facts("d2", outlet="وكالة أ", published="2017-10-18", figures=(killed(12),))
    other = facts(
        "d3", outlet="صحيفة ب", published="2017-10-18", figures=(killed(12, source="الدفاع المدني"),)
    )
    inc = summarise([later, early, other])
    kept = {(f.doc_id, f.value, f.superseded_by) for f in inc.figures}
    assert kept == {("d1", 7.0, "d2"), ("d2", 12.0, None), ("d3", 12.0, None)}
    killed_range = inc.range("killed")
    assert killed_range is not None
    assert (killed_range.low, killed_range.best, killed_range.high) == (12, 12.0, 12)
    assert killed_range.rule == "reported by 2 outlets"
    assert inc.n_outlets == 2 and inc.grade == "multiple_sources"
    assert not killed_range.disagreement


def test_best_is_the_most_cited_sources_latest_figure_when_outlets_disagree():
    a = facts("d1", outlet="أ", published="2017-10-17", figures=(killed(20, source="الدفاع المدني"),))
    b = facts("d2", outlet="ب", published="2017-10-18", figures=(killed(25, source="الدفاع المدني"),))
    c = facts("d3", outlet="ج", published="2017-10-19", figures=(killed(30, source="المرصد"),))
    inc = summarise([a, b, c])
    r = inc.range("killed")
    assert r is not None
    assert (r.low, r.best, r.high, r.n_outlets) == (20, 25.0, 30, 3)
    assert r.rule == "latest figure of the most-cited source"
    assert r.disagreement
    assert "killed total: outlets disagree" in inc.disagreements


def test_one_outlet_is_a_single_source_claim():
    inc = summarise([facts("d1", outlet="أ", figures=(killed(3),))])
    assert inc.grade == "single_source" and inc.n_outlets == 1
    assert inc.kind == "incident" and inc.date == "2017-10-17" and inc.date_precision == "day"


def test_breakdowns_count_per_group_not_in_the_total():
    report = facts("d1", figures=(killed(16), killed(5, group="children", part_of=0)))
    inc = summarise([report])
    total, children = inc.range("killed"), inc.range("killed", "children")
    assert total is not None and children is not None
    assert (total.best, children.best) == (16.0, 5.0)


def test_best_date_is_the_finest_most_reported_day():
    reports = [
        facts("d1", outlet="أ", date="2017-10-17"),
        facts("d2", outlet="ب", date="2017-10-17"),
        facts("d3", outlet="ج", date="2017-10-18"),
        facts("d4", outlet="د", date="2017-10", precision="month"),
    ]
    index = IncidentIndex(reports)
    [inc] = index.incidents()
    assert (inc.date, inc.date_precision) == ("2017-10-17", "day")
    assert "dates: 2017-10-17, 2017-10-18" in inc.disagreements
