"""Algeria's and Morocco's communes (build_communes.py): read after a place word, a town word
included ("بلدية", "قرية"), and only in their own country's news."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import resolved


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # after بلدية in an Algerian report: the commune, at its wilaya seat's point
            "اندلعت حرائق في بلدية أزفون بولاية تيزي وزو شرق الجزائر.",
            [
                ("أزفون", "Azeffoun commune", "DZA", "admin2", 36.71, 4.05),
                ("ولاية تيزي وزو", "Tizi Ouzou Governorate", "DZA", "admin1", 36.71, 4.05),
                ("الجزائر", "Algiers", "DZA", "city", 36.73, 3.09),
            ],
        ),
        (  # after قرية
            "قال مسؤولون إن عائلات نزحت من قرية أغريب في ولاية تيزي وزو الجزائرية.",
            [
                ("أغريب", "Aghribs commune", "DZA", "admin2", 36.71, 4.05),
                ("ولاية تيزي وزو", "Tizi Ouzou Governorate", "DZA", "admin1", 36.71, 4.05),
            ],
        ),
        (  # no place word: a unit's name needs one
            "وصل الوفد الوزاري إلى أزفون في تيزي وزو صباح الأحد.",
            [("تيزي وزو", "Tizi Ouzou", "DZA", "city", 36.71, 4.05)],
        ),
        (  # a Syrian report: no Algerian commune
            "قصفت الطائرات منطقة أزفون في ريف حلب الشمالي بسوريا.",
            [
                ("ريف حلب الشمالي", "northern Aleppo countryside", "SYR", "admin2", 36.5, 37.2),
                ("سوريا", "Syria", "SYR", "country", 34.8, 38.99),
            ],
        ),
    ],
)
def test_communes(text: str, expected: list[tuple[str, str, str, str, float | None, float | None]]) -> None:
    assert resolved(text) == expected


def test_a_commune_without_its_place_word_does_not_make_the_article_its_country() -> None:
    # "بالدويرة" (a commune of Algiers) without بلدية: the club's name stays a club's
    text = (
        "مولودية الجزائر يهزم ضيفه\n\nفاز فريق مولودية الجزائر على ضيفه بهدفين في ملعب علي عمار"
        " بالدويرة، ويلتقي مولودية الجزائر الأسبوع المقبل."
    )
    assert resolved(text) == [("ملعب علي عمار", "", "", "facility", None, None)]
