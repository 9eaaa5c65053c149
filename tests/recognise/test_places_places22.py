"""Places of 2025-26 news written from knowledge by region (issue 11, item 3, round pl22): Israel's towns
and the Gaza envelope, Iran's nuclear sites, Tripoli's districts, the Kurdistan Region's border towns,
Quneitra's villages and Sudan's Tawila, curated in place_aliases.tsv; a name that is also a given name
or an ordinary word keeps asking for its evidence."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import resolved


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "سقطت صواريخ على بلدتي سديروت وأوفاكيم جنوبي إسرائيل.",
            [
                ("سديروت", "Sderot", "ISR", "city", 31.52, 34.6),
                ("أوفاكيم", "Ofakim", "ISR", "city", 31.31, 34.62),
                ("إسرائيل", "Israel", "ISR", "country", 31.05, 34.85),
            ],
        ),
        (
            "استهدفت الغارات منشأة فوردو جنوب طهران.",
            [
                ("منشأة فوردو", "Fordow Fuel Enrichment Plant", "IRN", "facility", 34.88, 50.99),
                ("طهران", "Tehran", "IRN", "city", 35.69, 51.42),
            ],
        ),
        (
            "تجددت الاشتباكات في منطقة باب بن غشير وسط طرابلس.",
            [
                ("باب بن غشير", "Bab Bin Ghashir", "LBY", "neighbourhood", 32.87, 13.19),
                ("طرابلس", "Tripoli", "LBY", "city", 32.89, 13.19),
            ],
        ),
        (
            "قصفت المدفعية قرى قرب سرسنك شمال دهوك.",
            [
                ("سرسنك", "Sarsink", "IRQ", "city", 37.06, 43.34),
                ("دهوك", "Duhok", "IRQ", "city", 36.87, 42.99),
            ],
        ),
        (
            "توغلت دورية في قرية طرنجة بريف القنيطرة الشمالي.",
            [
                ("طرنجة", "Turnjah", "SYR", "city", 33.29, 35.8),
                ("ريف القنيطرة الشمالي", "northern Quneitra countryside", "SYR", "admin2", 33.38, 35.82),
            ],
        ),
    ],
)
def test_places_places22_rows(
    text: str, expected: list[tuple[str, str, str, str, float | None, float | None]]
) -> None:
    assert resolved(text) == expected


def test_places_places22_given_names_need_their_evidence() -> None:
    # إيتمار is a settlement and Itamar Ben-Gvir's given name; أرئيل is a settlement and Ariel Sharon's.
    assert resolved("صرح إيتمار بن غفير بأن الحكومة ستواصل الحرب.") == []
    assert resolved("هاجم مستوطنون من مستوطنة إيتمار قرية قرب نابلس.")[0][:4] == (
        "إيتمار",
        "Itamar",
        "PSE",
        "city",
    )
    assert resolved("قال أرئيل شارون في حينه إن الخطة نهائية.") == []


def test_places_places22_arak_is_not_read_inside_barack() -> None:
    # "باراك" reads as ب + "اراك" (Arak): the Iranian city asks for a place word, so Barack Obama names no place.
    assert resolved("قال الرئيس الأمريكي السابق باراك أوباما إن الحرب طويلة.") == []
    assert resolved("دوت انفجارات في مدينة أراك وسط إيران.")[0][:4] == ("أراك", "Arak", "IRN", "city")


def test_places_places22_tawila_is_darfurs_after_a_place_word() -> None:
    # الطويلة is "the long one" as well as a Darfur town and a Yemeni one: alone it names nothing.
    assert resolved("كانت الرحلة الطويلة شاقة على الأسر.") == []
    found = resolved("وصلت أسر نازحة إلى بلدة الطويلة غرب الفاشر.")
    assert found[0][:4] == ("الطويلة", "Tawila", "SDN", "city")
