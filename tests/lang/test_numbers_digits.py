"""Numbers in digits: three scripts, thousands separators, decimal marks, scale words."""

from __future__ import annotations

import pytest

from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.numbers import digits_value, find_numbers


def values(text: str) -> list[tuple[str, float, bool]]:
    norm = normalise_string(text)
    return [(norm[m.start : m.end], m.value, m.words) for m in find_numbers(norm)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 17 شخصا", [("17", 17.0, False)]),
        ("قتل ١٧ شخصا", [("17", 17.0, False)]),  # Arabic-Indic digits
        ("قتل ۱۷ شخصا", [("17", 17.0, False)]),  # Persian digits
        ("نزح ٢٬٥٠٠ شخص", [("2,500", 2500.0, False)]),  # Arabic thousands separator
        ("بلغت النسبة ٢٫٥", [("2.5", 2.5, False)]),  # Arabic decimal mark
        ("وصل 2,000,000 لاجئ", [("2,000,000", 2000000.0, False)]),
        ("وصل 1.500 لاجئ", [("1.500", 1500.0, False)]),  # dot before three digits groups thousands
        ("ارتفع المؤشر 2,5 نقطة", [("2,5", 2.5, False)]),  # comma before one digit is decimal
        ("سجل 40.35 نقطة", [("40.35", 40.35, False)]),
        ("بلغ 1,234.5 طن", [("1,234.5", 1234.5, False)]),  # thousands and decimal together
        ("نزح 1.5 مليون شخص", [("1.5 مليون", 1500000.0, True)]),
        ("نزح 2 مليون شخص", [("2 مليون", 2000000.0, True)]),
        # blocks in round brackets, as official statements write them, with or without "و"
        ("صدرت (12) مليوناً (405) آلاف و(18) طناً", [("12) مليونا (405) الاف و(18", 12405018.0, True)]),
        ("صدرت (3) ملايين و(70) طناً", [("3) ملايين و(70", 3000070.0, True)]),
        ("بلغ 2500 (ألفان وخمسمائة) دينار", [("2500", 2500.0, False), ("الفان وخمسمايه", 2500.0, True)]),
        ("نزح 3 ملايين (400) شخص", [("3 ملايين", 3000000.0, True), ("400", 400.0, False)]),
        ("خسائر بـ 3.2 مليار", [("3.2 مليار", 3200000000.0, True)]),
        ("بلغ 1.250 مليار", [("1.250 مليار", 1250000000.0, True)]),  # "." before a scale is decimal
        ("قتل 350 ألفاً و209 أشخاص", [("350 الفا و209", 350209.0, True)]),
        ("في 12.05.2015", []),  # a date in digits is not one number
        ("الملف 14d08f وF16", []),  # digits glued to Latin letters are codes
    ],
)
def test_numbers_digits(text: str, expected: list[tuple[str, float, bool]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("digits", "before_scale", "expected"),
    [
        ("2015", False, 2015.0),
        ("2,500", False, 2500.0),
        ("2.500", False, 2500.0),
        ("2.500", True, 2.5),
        ("2,5", False, 2.5),
        ("12,345,678", False, 12345678.0),
        ("1234,567", False, 1234.567),  # four digits before: not a thousands group
        ("1.2.3", False, None),
        ("1,23,456", False, None),
    ],
)
def test_numbers_digits_value(digits: str, before_scale: bool, expected: float | None) -> None:
    assert digits_value(digits, before_scale=before_scale) == expected
