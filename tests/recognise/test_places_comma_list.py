"""A plural place word's list read past its commas: "قرى X، Y، وZ" names three villages.

An item after a comma alone counts only once the list closes, with a name joined by "و", a name
the gazetteer knows or another place word; a dual ("بلدتي X، Y") takes its two names.
"""

from __future__ import annotations

import pytest
from tests.recognise.places_support import described as places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قصفت الطائرات قرى الطويسة، العويجة، الحميرة، وحزيرين جنوبي حلب.",  # the whole list lies south of Aleppo
            [
                ("الطويسة", "", "city", 35.95, 37.16),
                ("العويجة", "", "city", 35.95, 37.16),
                ("الحميرة", "", "city", 35.95, 37.16),
                ("حزيرين", "", "city", 35.95, 37.16),
                ("حلب", "Aleppo", "city", 36.2, 37.16),
            ],
        ),
        (
            "داهمت القوات أحياء الطويسة، العويجة، والحميرة في حماة.",
            [
                ("الطويسة", "", "neighbourhood", 35.13, 36.76),
                ("العويجة", "", "neighbourhood", 35.13, 36.76),
                ("الحميرة", "", "neighbourhood", 35.13, 36.76),
                ("حماة", "Hama", "city", 35.13, 36.76),
            ],
        ),
        (
            "قصفت الطائرات بلدتي الطويسة، العويجة جنوبي حلب.",  # a dual names exactly two
            [
                ("الطويسة", "", "city", 35.95, 37.16),
                ("العويجة", "", "city", 35.95, 37.16),
                ("حلب", "Aleppo", "city", 36.2, 37.16),
            ],
        ),
        (
            "قصفت الطائرات قرى الطويسة، العويجة، وقال مصدر إن الغارات مستمرة.",  # never closed: a clause follows
            [("الطويسة", "", "city", None, None)],
        ),
        (
            "قصفت الطائرات قرى الطويسة، العويجة، قال مصدر محلي.",
            [("الطويسة", "", "city", None, None)],
        ),
    ],
)
def test_comma_list_after_a_plural_place_word(
    text: str, expected: list[tuple[str, str, str, float | None, float | None]]
) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "داهمت القوات قرى وبلدات: بيت عوسا، والعويجة، وحزيرين جنوبي حلب.",  # a colon opens the list
            [
                ("بيت عوسا", "", "city", 35.95, 37.16),
                ("العويجة", "", "city", 35.95, 37.16),
                ("حزيرين", "", "city", 35.95, 37.16),
                ("حلب", "Aleppo", "city", 36.2, 37.16),
            ],
        ),
        (
            "قصفت الطائرات قرى الطويسة، صافية و حزيرين جنوبي حلب.",  # "صافية" after a comma is a name
            [
                ("الطويسة", "", "city", 35.95, 37.16),
                ("صافية", "", "city", 35.95, 37.16),
                ("حزيرين", "", "city", 35.95, 37.16),
                ("حلب", "Aleppo", "city", 36.2, 37.16),
            ],
        ),
        ("نزح السكان إلى مناطق سكنية وزراعية.", []),  # the first word is still an adjective
    ],
)
def test_list_opened_by_a_colon_and_names_spelled_like_adjectives(
    text: str, expected: list[tuple[str, str, str, float | None, float | None]]
) -> None:
    assert places(text) == expected
