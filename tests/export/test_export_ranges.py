"""How the exports count a casualty range ("بين 200 و300 قتيل": value null, low 200, high 300).

ACLED's `fatalities` takes its lowest end (ACLED's conservative rule); rasid's best estimate
takes it too when no report gives a single number, and an exact report wins over it.
"""

from __future__ import annotations

from rasid.export import acled
from rasid.incidents.incident import FigureReport, best_figure


def report(value: float | None, low: int, high: int | None, outlet: str) -> FigureReport:
    return FigureReport(
        status="killed", group="people", value=value, low=low, high=high, vague=None, qualifier="exact",
        breakdown=False, cumulative=False, source=None, outlet=outlet, doc_id=outlet, event_id="e1",
        published="2024-05-02", url=None, text="", span=(0, 1),
    )  # fmt: skip


def test_a_range_counts_its_lowest_end_for_acled() -> None:
    rng = report(None, 200, 300, "a")
    assert acled.count(rng.value, rng.vague, rng.low) == 200
    assert (rng.low, rng.hi, rng.point) == (200, 300, 200.0)


def test_best_estimate_of_ranges_alone_and_beside_an_exact_report() -> None:
    assert best_figure([report(None, 200, 300, "a")]) == (200.0, "lowest bound of vague figures")
    assert best_figure([report(None, 200, 300, "a"), report(250.0, 250, 250, "b")])[0] == 250.0
