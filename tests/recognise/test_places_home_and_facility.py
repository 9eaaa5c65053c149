"""Names read through the article's own country (`home_only`) and facility words (جامعة X) in place_context.tsv."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import described as places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a Sudanese report: Gezira State after a locative
            "هاجمت قوات الدعم السريع قرى بالجزيرة وسط السودان.",
            [
                ("الجزيرة", "Al Jazirah State", "admin1", 14.4, 33.52),
                ("السودان", "Sudan", "country", 12.86, 30.22),
            ],
        ),
        (  # a report from elsewhere: the channel
            "قال مراسل الجزيرة في دمشق إن القصف استهدف حلب.",
            [("دمشق", "Damascus", "city", 33.51, 36.29), ("حلب", "Aleppo", "city", 36.2, 37.16)],
        ),
        (  # told the channel, even in a Sudanese report
            "وقال المتحدث باسم الجيش السوداني للجزيرة إن القوات دخلت الخرطوم.",
            [("الخرطوم", "Khartoum", "city", 15.55, 32.53)],
        ),
        (  # no locative before it
            "ذكرت الجزيرة أن القوات دخلت الخرطوم.",
            [("الخرطوم", "Khartoum", "city", 15.55, 32.53)],
        ),
    ],
)
def test_home_only_names(text: str, expected: list[tuple[str, str, str, float | None, float | None]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a university named by its town is a facility there
            "أعلنت رئاسة جامعة طرابلس تعليق الدراسة.",
            [("جامعة طرابلس", "Tripoli university", "facility", 32.89, 13.19)],
        ),
        (  # a university not named by a place is no place
            "اجتمع وزراء جامعة الدول العربية في القاهرة.",
            [("القاهرة", "Cairo", "city", 30.06, 31.25)],
        ),
    ],
)
def test_universities_named_by_their_town(
    text: str, expected: list[tuple[str, str, str, float | None, float | None]]
) -> None:
    assert places(text) == expected
