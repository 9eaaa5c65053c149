"""Long-tail places of the conflict fronts that GeoNames' cities500 names without Arabic
(issue 11, item 3): towns and districts of Iraq, Libya, Sudan and Somalia, the Bekaa, the
West Bank camps and Sinai, curated in place_aliases.tsv; names that are ordinary words keep
asking for a place word."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import resolved


def places(text: str) -> list[tuple[str, str, str, str, float | None, float | None]]:
    return resolved(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "سقطت قذائف هاون على قضاء طوز خورماتو، فيما شنت القوات الأمنية حملة تفتيش في ناحية جلولاء"
            " وقرب بلدة السعدية شمال شرقي ديالى.",
            [
                ("طوز خورماتو", "Tuz Khurmatu", "IRQ", "city", 34.89, 44.63),
                ("جلولاء", "Jalawla", "IRQ", "city", 34.27, 45.16),
                ("السعدية", "Saadiya", "IRQ", "city", 34.19, 45.12),
                ("ديالى", "Diyala Governorate", "IRQ", "admin1", 33.75, 44.61),
            ],
        ),
        (
            "عاد مئات النازحين المسيحيين إلى قرقوش وبعشيقة في سهل نينوى.",
            [
                ("قرقوش", "Qaraqosh", "IRQ", "city", 36.27, 43.38),
                ("بعشيقة", "Bashiqa", "IRQ", "city", 36.45, 43.35),
                ("سهل نينوى", "Nineveh Plains", "IRQ", "admin2", 36.4, 43.3),
            ],
        ),
        (
            "أعلنت المؤسسة الوطنية للنفط استئناف التصدير من ميناءي راس لانوف والسدرة.",
            [
                ("راس لانوف", "Ras Lanuf", "LBY", "city", 30.5, 18.57),
                ("السدرة", "Es Sider", "LBY", "city", 30.63, 18.35),
            ],
        ),
        (
            "وصلت قافلة إغاثة إلى مدينة كتم في شمال دارفور قادمة من الفاشر.",
            [
                ("كتم", "Kutum", "SDN", "city", 14.2, 24.66),
                ("شمال دارفور", "North Darfur", "SDN", "admin1", 15.77, 24.9),
                ("الفاشر", "El Fasher", "SDN", "city", 13.63, 25.35),
            ],
        ),
        (
            "سيطرت حركة الشباب على بلدة بولو بردي بعد انسحاب القوات الحكومية، فيما شهدت غرووي وهرجيسا هدوءا حذرا.",
            [
                ("بولو بردي", "Bulo Burte", "SOM", "city", 3.85, 45.57),
                ("غرووي", "Garowe", "SOM", "city", 8.41, 48.48),
                ("هرجيسا", "Hargeisa", "SOM", "city", 9.56, 44.06),
            ],
        ),
        (
            "استهدفت غارة منزلا في بلدة بريتال، وأخرى أطراف سحمر في البقاع الغربي.",
            [
                ("بريتال", "Brital", "LBN", "city", 33.99, 36.25),
                ("سحمر", "Sohmor", "LBN", "city", 33.5, 35.69),
                ("البقاع", "Beqaa Governorate", "LBN", "admin1", 33.85, 35.9),
            ],
        ),
        (
            "اقتحمت قوات الاحتلال مخيم بلاطة شرق نابلس ومخيم الدهيشة جنوب بيت لحم فجر اليوم.",
            [
                ("مخيم بلاطة", "Balata camp", "PSE", "neighbourhood", 32.21, 35.29),
                ("نابلس", "Nablus", "PSE", "city", 32.22, 35.25),
                ("مخيم الدهيشة", "Dheisheh camp", "PSE", "neighbourhood", 31.69, 35.18),
                ("بيت لحم", "Bethlehem", "PSE", "city", 31.7, 35.2),
            ],
        ),
        (
            "قتل ثلاثة جنود في هجوم على كمين قرب مدينة الحسنة وسط سيناء، وآخر في بلدة نخل.",
            [
                ("الحسنة", "Al-Hasana", "EGY", "city", 30.47, 33.78),
                ("سيناء", "Sinai Peninsula", "EGY", "admin2", 29.5, 33.8),
                ("نخل", "Nakhl", "EGY", "city", 29.91, 33.75),
            ],
        ),
        (
            "استهدفت مسيرة قاعدة الوطية غرب ليبيا، وهاجم مسلحون مدينة مايدوغوري شمال شرقي نيجيريا.",
            [
                ("قاعدة الوطية", "Al-Watiya air base", "LBY", "facility", 32.47, 11.9),
                ("ليبيا", "Libya", "LBY", "country", 26.34, 17.23),
                ("مايدوغوري", "Maiduguri", "NGA", "city", 11.85, 13.16),
                ("نيجيريا", "Nigeria", "NGA", "country", 9.08, 8.68),
            ],
        ),
    ],
)
def test_long_tail_towns_of_the_fronts_are_found_and_placed(
    text: str, expected: list[tuple[str, str, str, str, float | None, float | None]]
) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "شرب الضيف كاس شاي في الحسنة.",  # a cup; a good deed
        "كتم الشاهد ما رآه، ثم جلب الماء من النخل القريب.",  # concealed, brought, palm trees
    ],
)
def test_towns_named_by_ordinary_words_need_a_place_word(text: str) -> None:
    assert places(text) == []
