"""Numbers in words: units and teens in both genders, tens, hundreds, scales, compounds, fractions."""

from __future__ import annotations

import pytest

from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.numbers import NumberMatch, find_numbers, match_number


def first(text: str) -> tuple[str, float]:
    norm = normalise_string(text)
    found = find_numbers(norm)
    assert found, f"no number in {text!r}"
    return norm[found[0].start : found[0].end], found[0].value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # units, both genders and cases
        ("واحد", 1),
        ("واحدة", 1),
        ("اثنان", 2),
        ("اثنين", 2),
        ("اثنتان", 2),
        ("اثنتين", 2),
        ("ثلاثة رجال", 3),
        ("ثلاث نساء", 3),
        ("أربعة", 4),
        ("أربع", 4),
        ("خمسة", 5),
        ("خمس", 5),
        ("ستة", 6),
        ("سبعة", 7),
        ("سبع", 7),
        ("ثمانية", 8),
        ("ثماني", 8),
        ("تسعة", 9),
        ("تسع", 9),
        ("عشرة", 10),
        ("عشر", 10),
        # teens
        ("أحد عشر رجلا", 11),
        ("إحدى عشرة امرأة", 11),
        ("اثنا عشر", 12),
        ("اثني عشر", 12),
        ("اثنتا عشرة", 12),
        ("ثلاثة عشر", 13),
        ("ثلاث عشرة", 13),
        ("تسعة عشر", 19),
        ("ثمانيَ عشرةَ", 18),  # with diacritics
        # tens
        ("عشرون", 20),
        ("عشرين", 20),
        ("خمسون", 50),
        ("تسعين", 90),
        ("خمسة وعشرون", 25),
        ("خمس وثلاثين", 35),
        ("ثلاثة و سبعون", 73),  # joiner written apart
        # hundreds
        ("مئة", 100),
        ("مائة", 100),
        ("مئتان", 200),
        ("مئتا", 200),
        ("مئتين", 200),
        ("مائتين", 200),
        ("ثلاثمئة", 300),
        ("ثلاثمائة", 300),
        ("ثلاث مئة", 300),
        ("ستمائة", 600),
        ("تسعمئة", 900),
        ("مئة وخمسة وعشرون", 125),
        ("أربعمائة وعشرة", 410),
        # thousands: singular, dual, plural after 3..10, accusative after 11..99
        ("ألف", 1000),
        ("ألفان", 2000),
        ("ألفين", 2000),
        ("ثلاثة آلاف", 3000),
        ("عشرة آلاف", 10000),
        ("خمسة عشر ألفا", 15000),
        ("عشرين ألفاً", 20000),
        ("مئة ألف", 100000),
        ("ثلاثمائة ألف", 300000),
        ("ثلاثة آلاف وخمسمائة وعشرون", 3520),
        ("ألف ومئتان", 1200),
        # millions and milliards
        ("مليون", 1000000),
        ("مليونان", 2000000),
        ("مليونين", 2000000),
        ("ثلاثة ملايين", 3000000),
        ("أربعة عشر مليونا", 14000000),
        ("مليار", 1000000000),
        ("مليارين", 2000000000),
        ("خمسة مليارات", 5000000000),
        ("مليون وخمسمائة ألف", 1500000),
        # fractions with a scale
        ("نصف مليون", 500000),
        ("ربع مليون", 250000),
        ("نصف مليار", 500000000),
        ("مليون ونصف", 1500000),
        # a clitic before the first word
        ("وثلاثة", 3),
        ("بخمسة", 5),
        ("لعشرين", 20),
    ],
)
def test_numbers_words_value(text: str, value: float) -> None:
    assert first(text)[1] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ثلاثة و أربعة", [3.0, 4.0]),  # two numbers, not seven
        ("عشرون و خمسة", [20.0, 5.0]),  # units come before tens in Arabic
        ("ألف وألفان", [1000.0, 2000.0]),  # the second group is not smaller
        ("نصف الشهر", []),  # a fraction alone is not a count
        ("أحد المساجد", []),  # "one of", not a number
        ("إحدى القرى", []),
        ("لست أدري", []),  # ل + ست is not "six"
        ("آلاف المدنيين", []),  # a plural scale alone is vague, not a number
        ("الأول والثاني والعاشر", []),  # ordinals are not numbers
    ],
)
def test_numbers_words_boundaries(text: str, expected: list[float]) -> None:
    assert [m.value for m in find_numbers(normalise_string(text))] == expected


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("وثلاثة أطفال", 0, NumberMatch(1, 6, 3.0, True)),  # the clitic is not part of the match
        ("قتل 25 شخصا", 4, NumberMatch(4, 6, 25.0, False)),
        ("قتل 25 شخصا", 3, None),  # a space, not a number
        ("قتل خمسة وعشرون", 4, NumberMatch(4, 15, 25.0, True)),
        ("قتل خمسة وعشرون", 5, None),  # not at a word start
        ("قتل 1325 شخصا", 6, None),  # inside digits
        ("الخمستين", 2, None),  # "خمس" inside another word
    ],
)
def test_numbers_words_match_at(text: str, pos: int, expected: NumberMatch | None) -> None:
    assert match_number(normalise_string(text), pos) == expected


def test_numbers_words_offsets_are_normalised() -> None:
    text = "قُتِلَ ثلاثةُ أطفالٍ"
    norm = normalise_string(text)
    (m,) = find_numbers(norm)
    assert norm[m.start : m.end] == "ثلاثه"
