"""Yemen's sub-districts for the gazetteer build: placed at their district (the compiled district
before its seat town), under new names of two words or more, never under a name the package
gives two districts."""

from __future__ import annotations

import json
from pathlib import Path

from rasid.link.build import GazetteerRow, ascii_name, yemen_rows
from rasid.link.build_yemen import Anchor, district_points

DATA = {
    "governorates": [
        {
            "name_ar": "الحديدة",
            "districts": [
                {
                    "name_ar": "الدريهمي",
                    "uzaal": [
                        {"name_ar": "الجحبة العليا", "name_en": "Al-Jahbah Al-Ulya"},
                        {"name_ar": "المنافره", "name_en": "Al-Manafirah"},  # one word
                        {"name_ar": "الدريهمي", "name_en": "Al-Durayhimi"},  # the district's own name
                        {"name_ar": "بني محمد", "name_en": "Bani Muhammad"},  # also in the next district
                        {"name_ar": "كمران (جزيرة كمران)", "name_en": "Kamaran"},
                    ],
                },
                {
                    "name_ar": "زبيد",
                    "uzaal": [
                        {"name_ar": "بني محمد", "name_en": "Bani Muhammad"},
                        {"name_ar": "بلاد الرقود", "name_en": "Bilad Ar-Ruqud"},
                    ],
                },
                {
                    "name_ar": "مديرية لا نقطة لها",
                    "uzaal": [{"name_ar": "وادي بعيد", "name_en": "Wadi Baid"}],
                },
            ],
        }
    ]
}


def row(name_ar: str, precision: str, lat: float, population: int = 0) -> GazetteerRow:
    return GazetteerRow(name_ar, name_ar, 1, "YEM", "Al Hudaydah", lat, 43.0, population, precision)


def test_sub_districts_sit_at_their_district_under_new_two_word_names(tmp_path: Path) -> None:
    data = tmp_path / "yemen-info.json"
    data.write_text(json.dumps(DATA, ensure_ascii=False), encoding="utf-8")
    compiled = [
        row("الدريهمي", "city", 14.6, population=10000),
        row("الدريهمي", "admin2", 14.5),
        row("زبيد", "city", 14.2, population=50000),
    ]
    rows = yemen_rows(compiled, ascii_name, data)
    assert [(r.name_ar, r.name, r.lat, r.precision, r.population) for r in rows] == [
        ("الجحبة العليا", "Al-Jahbah Al-Ulya", 14.5, "city", 0),
        ("بلاد الرقود", "Bilad Ar-Ruqud", 14.2, "city", 0),
    ]


def test_a_district_is_placed_before_its_seat_and_a_bigger_seat_before_a_smaller() -> None:
    points = district_points(
        [
            Anchor("زبيد", "Al Hudaydah", 14.2, 43.3, "city", 50000),
            Anchor("زبيد", "Al Hudaydah", 14.9, 43.9, "city", 900),
            Anchor("الدريهمي", "Al Hudaydah", 14.6, 43.0, "city", 10000),
            Anchor("الدريهمي", "Al Hudaydah", 14.5, 43.1, "admin2", 0),
            Anchor("الحديدة", "Al Hudaydah", 14.8, 42.9, "admin1", 0),
        ]
    )
    assert {k: (a.lat, a.precision) for k, a in points.items()} == {
        "زبيد": (14.2, "city"),
        "الدريهمي": (14.5, "admin2"),
    }
