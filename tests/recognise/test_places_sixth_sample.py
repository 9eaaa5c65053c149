"""Places of the sixth fresh sample's error kinds (issue 11, branch s16-places6): a capital's epithet
before a word that names a place of another country ("العاصمة المقدسة صباح"), unknown regions after
إقليم, and long-tail places written into place_aliases.tsv (Tripoli's hinterland, Asir's centres,
Diyala's Udhaim, which is also an everyday adjective), given names read whole, and compass words typed onto a name's end. Sentences written for the test."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import resolved


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "صباح" is also a Yemeni district: it is no name the Saudi epithet stands before
            "هطلت أمطار غزيرة على العاصمة المقدسة صباح اليوم.",
            [("العاصمة المقدسة", "Makkah", "SAU", "city", 21.43, 39.83)],
        ),
        (  # a capital's epithet before its own city is that city's place word
            "وصل المبعوث إلى العاصمة الليبية طرابلس مساء الأحد.",
            [("طرابلس", "Tripoli", "LBY", "city", 32.89, 13.19)],
        ),
        (  # a region after إقليم, definite or not, placed at the place its sentence names
            "قال مسؤول محلي في إقليم تهامة إن السيول جرفت منازل قرب الحديدة.",
            [
                ("تهامة", "", "YEM", "admin1", 14.8, 42.95),
                ("الحديدة", "Hodeidah", "YEM", "city", 14.8, 42.95),
            ],
        ),
        (  # or at the country it names
            "أعلنت سلطات إقليم أمهرة في إثيوبيا حظر التجول.",
            [
                ("أمهرة", "", "ETH", "admin1", 9.15, 40.49),
                ("إثيوبيا", "Ethiopia", "ETH", "country", 9.15, 40.49),
            ],
        ),
        ("قال الوزير إن الإقليم يشهد توترا متصاعدا.", []),  # the region word alone names nothing
        ("أكد أن إقليم الشرق الأوسط يمر بمرحلة صعبة.", []),  # nor does it before a direction word
        (
            "تجددت الاشتباكات في منطقة ورشفانة جنوب غربي طرابلس.",
            [
                ("ورشفانة", "Warshefana", "LBY", "city", 32.55, 12.95),
                ("طرابلس", "Tripoli", "LBY", "city", 32.89, 13.19),
            ],
        ),
        (
            "جرفت السيول مزارع في مركز الأمواه شرقي منطقة عسير.",
            [
                ("الأمواه", "Al-Amwah", "SAU", "city", 19.7, 43.1),
                ("منطقة عسير", "Asir Region", "SAU", "admin1", 18.22, 42.51),
            ],
        ),
        (  # "العظيم" (the great) is a place only after its place word
            "انفجرت عبوة في ناحية العظيم شمال بعقوبة.",
            [
                ("ناحية العظيم", "Al-Udhaim", "IRQ", "admin2", 34.1, 44.52),
                ("بعقوبة", "Baqubah", "IRQ", "city", 33.75, 44.61),
            ],
        ),
        ("قال الخطيب إن الله العظيم رحيم بعباده.", []),
        (  # a given name is read whole: "فاطمة" is no ف + the town "اطمة", "فادي" no ف + "ادي"
            "أصيبت الطفلة فاطمة وشقيقها فادي بجروح في إدلب.",
            [("إدلب", "Idlib", "SYR", "city", 35.93, 36.63)],
        ),
        (  # a compass word typed onto a name's end: the name alone is the place
            "قصفت الطائرات مواقع في تعزجنوب البلاد أمس.",
            [("تعز", "Taiz", "YEM", "city", 13.58, 44.02)],
        ),
        (
            "وصل الوفد بتعزجنوب غرب اليمن.",
            [
                ("تعز", "Taiz", "YEM", "city", 13.58, 44.02),
                ("اليمن", "Yemen", "YEM", "country", 15.55, 48.52),
            ],
        ),
        ("وقال إن الشمس تغرب مبكرا في الشتاء بالمشرق.", []),  # "تغرب", "بالمشرق": no name before the compass
        (
            "قتل شخص في اطمة شمال إدلب.",
            [("اطمة", "Atmeh", "SYR", "city", 36.22, 36.69), ("إدلب", "Idlib", "SYR", "city", 35.93, 36.63)],
        ),
    ],
)
def test_sixth_sample_places(text: str, expected: list[tuple[str, str, str, str, float, float]]) -> None:
    assert resolved(text) == expected
