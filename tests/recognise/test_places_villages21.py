"""Villages, nahiyas and towns of the fronts written from knowledge by region (issue 11, item 3,
round vil21): the Euphrates towns of Deir ez-Zor, Nineveh's nahiyas, West Bank camps, Darfur
and Khartoum State, curated in place_aliases.tsv; a name that is an ordinary word keeps asking
for a place word."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import resolved


def places(text: str) -> list[tuple[str, str, str, str, float | None, float | None]]:
    return resolved(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "سقطت قذائف على بلدتي السيال والمجاودة قرب البوكمال.",
            [
                ("السيال", "As-Sayyal", "SYR", "city", 34.49, 40.88),
                ("المجاودة", "Al-Majawdah", "SYR", "city", 34.53, 40.82),
                ("البوكمال", "Abu Kamal", "SYR", "city", 34.45, 40.92),
            ],
        ),
        (
            "داهمت القوات منازل في ناحية العياضية غربي الموصل.",
            [
                ("العياضية", "Al-Ayadiyah", "IRQ", "city", 36.48, 42.48),
                ("الموصل", "Mosul", "IRQ", "city", 36.34, 43.12),
            ],
        ),
        (
            "اقتحمت قوات الاحتلال مخيم العين غرب نابلس فجر اليوم.",
            [
                ("مخيم العين", "Ein Beit al-Ma Camp", "PSE", "city", 32.22, 35.24),
                ("نابلس", "Nablus", "PSE", "city", 32.22, 35.25),
            ],
        ),
        (
            "وصلت أسر نازحة إلى معسكر زمزم جنوب الفاشر.",
            [
                ("معسكر زمزم", "Zamzam Camp", "SDN", "city", 13.5, 25.3),
                ("الفاشر", "El Fasher", "SDN", "city", 13.63, 25.35),
            ],
        ),
    ],
)
def test_places_villages21_rows(
    text: str, expected: list[tuple[str, str, str, str, float | None, float | None]]
) -> None:
    assert places(text) == expected


def test_places_villages21_ordinary_word_needs_its_place_word() -> None:
    # العبارة is "the phrase" as well as a Diyala nahiya: alone it names nothing, after ناحية it is the nahiya.
    assert places("وردت هذه العبارة في بيان الوزارة.") == []
    assert places("اشتباكات في ناحية العبارة شمال بعقوبة.")[0][:4] == ("العبارة", "Al-Abbara", "IRQ", "city")
