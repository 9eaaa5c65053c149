"""Second-level units written from knowledge (link/data/admin2_known.tsv): found after a place
word, resolved to their seat, and not read as places without one."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import resolved


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أغلقت السلطات منفذ ناحية سفوان الحدودي جنوب البصرة.",
            [
                ("سفوان", "Safwan", "IRQ", "city", 30.11, 47.72),
                ("البصرة", "Basra", "IRQ", "city", 30.51, 47.78),
            ],
        ),
        (
            "غمرت السيول طرقا في محافظة المويه شرق مكة المكرمة.",
            [
                ("المويه", "Al Muwayh Governorate", "SAU", "admin2", 22.43, 41.76),
                ("مكة المكرمة", "Makkah", "SAU", "city", 21.43, 39.83),
            ],
        ),
        (
            "انفجرت عبوة في قضاء المدائن جنوبي بغداد.",
            [
                ("المدائن", "Mada'in", "IRQ", "city", 33.1, 44.58),
                ("بغداد", "Baghdad", "IRQ", "city", 33.34, 44.4),
            ],
        ),
        (
            "افتتح المحافظ مستشفى جديدا في مدينة رأس غارب بالبحر الأحمر.",
            [("رأس غارب", "Ras Gharib", "EGY", "city", 28.36, 33.08)],
        ),
    ],
)
def test_a_second_level_unit_after_a_place_word_is_found_at_its_seat(
    text: str, expected: list[tuple[str, str, str, str, float, float]]
) -> None:
    assert [r for r in resolved(text) if r[1]] == expected


def test_a_second_level_unit_without_a_place_word_is_not_read_as_a_place() -> None:
    assert resolved("قال إن الطوز هادئة اليوم.") == []
