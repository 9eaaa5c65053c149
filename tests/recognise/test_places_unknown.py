"""Villages and neighbourhoods the gazetteer lacks, named right after a place word."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import described as places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أصيب طفلان في قرية معرة حرمة بريف إدلب.",
            [
                ("معرة حرمة", "", "city", 35.85, 36.6),
                ("ريف إدلب", "Idlib countryside", "admin2", 35.85, 36.6),
            ],
        ),
        (
            "قصفت الطائرات قريتي حميمة والعاجوزية شرقي حلب.",  # the list lies east of Aleppo
            [
                ("حميمة", "", "city", 36.2, 37.46),
                ("العاجوزية", "", "city", 36.2, 37.46),
                ("حلب", "Aleppo", "city", 36.2, 37.16),
            ],
        ),
        (
            "تعرضت أحياء الشعار والمغاوير والصاخور في حلب للقصف.",  # an unknown name inside a known list
            [
                ("الشعار", "al-Sha'ar", "neighbourhood", 36.21, 37.18),
                ("المغاوير", "", "neighbourhood", 36.2, 37.16),  # the list is said to be in Aleppo
                ("الصاخور", "al-Sakhour", "neighbourhood", 36.22, 37.19),
                ("حلب", "Aleppo", "city", 36.2, 37.16),
            ],
        ),
        ("قتل مدني في قرية الطويسة.", [("الطويسة", "", "city", None, None)]),  # nowhere to place it
        (
            "نزح سكان بلدة كفر سجنة التابعة لإدلب.",
            [("كفر سجنة", "", "city", 35.93, 36.63), ("إدلب", "Idlib", "city", 35.93, 36.63)],
        ),
    ],
)
def test_places_unknown_names(
    text: str, expected: list[tuple[str, str, str, float | None, float | None]]
) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قتل مدني في قرية صغيرة.",
        "لجأ النازحون إلى مدن وبلدات مجاورة.",
        "تعرضت أحياء سكنية للقصف.",
        "استهدفت الغارات قرى المنطقة.",
        "في كل حارة ومنزل من المدينة.",
        "هي أقدم مدينة مأهولة في العالم.",
    ],
)
def test_places_unknown_not_names(text: str) -> None:
    assert places(text) == []
