"""Regions, governorates, districts and facilities composed from the words around a name."""

from __future__ import annotations

import pytest

from rasid.lang.ar.text import TextView
from rasid.recognise.places import find_places


def places(text: str) -> list[tuple[str, str, str, float, float]]:
    view = TextView(text)
    out = []
    for f in find_places(view):
        s, e = view.span(f.start, f.end)
        p = f.place
        out.append((text[s:e], p.name, p.precision, round(p.lat, 2), round(p.lon, 2)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "استهدفت الغارات ريف حلب الشمالي.",
            [("ريف حلب الشمالي", "northern Aleppo countryside", "admin2", 36.5, 37.2)],
        ),
        (
            "نزح الآلاف من ريف إدلب الجنوبي الغربي.",
            [("ريف إدلب الجنوبي الغربي", "southwestern Idlib countryside", "admin2", 35.6, 36.3)],
        ),
        (
            "قصف على ريفي حماة الشمالي والغربي.",
            [("ريفي حماة الشمالي والغربي", "northern and western Hama countryside", "admin2", 35.33, 36.5)],
        ),
        ("وبريف منبج اشتباكات.", [("ريف منبج", "Manbij countryside", "admin2", 36.53, 37.95)]),
        ("دخلت القوات ريف القامشلي.", [("ريف القامشلي", "Qamishli countryside", "admin2", 37.05, 41.23)]),
        ("قتل خمسة في محافظة درعا.", [("محافظة درعا", "Daraa Governorate", "admin1", 32.62, 36.1)]),
        (
            "امتدت المعارك إلى محافظة الأنبار.",
            [("محافظة الأنبار", "Anbar Governorate", "admin1", 33.42, 43.3)],
        ),
        (
            "قصف مديرية السبعين في صنعاء.",
            [
                ("مديرية السبعين", "al-Sabeen District", "admin2", 15.32, 44.2),
                ("صنعاء", "Sanaa", "city", 15.35, 44.21),
            ],
        ),
        ("وصل الرئيس إلى مطار حلب.", [("مطار حلب", "Aleppo airport", "facility", 36.2, 37.16)]),
        (
            "اشتباكات في جبل الزاوية وسهل الغاب.",
            [
                ("جبل الزاوية", "Jabal al-Zawiya", "admin2", 35.65, 36.55),
                ("سهل الغاب", "Al-Ghab Plain", "admin2", 35.6, 36.35),
            ],
        ),
    ],
)
def test_places_regions_composed(text: str, expected: list[tuple[str, str, str, float, float]]) -> None:
    assert places(text) == expected
