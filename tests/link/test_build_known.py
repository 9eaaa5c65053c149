"""Units written from knowledge (data/admin2_known.tsv): every spelling becomes a row, a name a
compiled or curated place already holds is not added again, and the rows need a place word."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.link.build import GazetteerRow, clean_arabic, known_rows
from rasid.link.build_known import KNOWN_PATH, known_units, new_known_units
from rasid.link.gazetteer import default_gazetteer

HEADER = "# written for the test\nname_ar\tname\tcountry\tadmin1\tlat\tlon\tprecision\n"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "known.tsv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_each_spelling_of_a_unit_is_a_row_and_a_held_name_is_skipped(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "قره قوش|بخديدا\tQaraqosh\tIRQ\tNineveh\t36.27\t43.38\tcity\n"
        "الواحات البحرية\tBahariya Oasis\tEGY\tGiza\t28.35\t28.86\tadmin2\n",
    )
    held = GazetteerRow("بخديدا", "Bakhdida", 1, "IRQ", "Nineveh", 36.27, 43.38, 0, "city")
    rows = known_rows([held], path)
    assert [(r.name_ar, r.name, r.country, r.admin1, r.lat, r.lon, r.precision) for r in rows] == [
        ("قره قوش", "Qaraqosh", "IRQ", "Nineveh", 36.27, 43.38, "city"),
        ("الواحات البحرية", "Bahariya Oasis", "EGY", "Giza", 28.35, 28.86, "admin2"),
    ]
    assert all(r.geonames_id == 0 and r.population == 0 for r in rows)


def test_a_name_listed_twice_is_kept_once_in_its_first_unit(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "بور فؤاد|بورفؤاد\tPort Fouad\tEGY\tPort Said\t31.25\t32.32\tcity\n"
        "بور فؤاد\tSomewhere Else\tEGY\tPort Said\t31.00\t32.00\tcity\n",
    )
    names = [(u.name_ar, u.name) for u in new_known_units(known_units(path), set(), clean_arabic)]
    assert names == [("بور فؤاد", "Port Fouad"), ("بورفؤاد", "Port Fouad")]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("الخانكة\tKhanka\tEGY\tQalyubia\t30.22\t31.37\ttown\n", "bad precision"),
        ("Khanka\tKhanka\tEGY\tQalyubia\t30.22\t31.37\tcity\n", "not a plain Arabic name"),
    ],
)
def test_a_bad_row_is_refused(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        new_known_units(list(known_units(_write(tmp_path, row))), set(), clean_arabic)


def test_the_shipped_file_is_clean_and_in_known_countries() -> None:
    units = list(known_units(KNOWN_PATH))
    assert all(clean_arabic(u.name_ar) == u.name_ar for u in units)
    assert {u.country for u in units} == {"SAU", "IRQ", "EGY", "SDN"}
    assert all(12 < u.lat < 38 and 24 < u.lon < 50 for u in units)


def test_a_compiled_unit_needs_a_place_word_before_it() -> None:
    gazetteer = default_gazetteer()
    [town] = gazetteer.lookup("الخانكة")
    assert (town.name, town.country, town.admin1, town.precision) == ("Khanka", "EGY", "Qalyubia", "city")
    assert town.default_needs() == "type"
    [oasis] = gazetteer.lookup("الواحات البحرية")
    assert (oasis.name, oasis.precision, oasis.default_needs()) == ("Bahariya Oasis", "admin2", "type")
