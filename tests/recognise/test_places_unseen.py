"""Places on articles from outlets rasid was not built on (issue 11, second fresh sample): longer
names the gazetteer lacks, Sudan's localities, pronoun-suffixed plural place words, glued heads,
homonyms resolved by nearness and local namesakes of places abroad."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import resolved

Row = tuple[str, str, str, str, float | None, float | None]


def places(text: str) -> list[Row]:
    return resolved(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a head takes the next word and may chain; the Iranian town "دير" gives way
            "قتل مزارع في قرية دير جبل الطير بمركز سمالوط.",
            [
                ("دير جبل الطير", "", "EGY", "city", 28.31, 30.71),
                ("سمالوط", "Samalut", "EGY", "city", 28.31, 30.71),
            ],
        ),
        (  # a head before a nisba-shaped word: not a noun and its adjective
            "قصفت قوات الدعم السريع قرية الشيخ السماني شرق مدينة سنار.",
            [
                ("الشيخ السماني", "", "SDN", "city", 13.57, 33.69),
                ("سنار", "Sennar", "SDN", "city", 13.57, 33.57),
            ],
        ),
        (  # a two-letter head
            "قتل العشرات في قرية ود النورة بولاية الجزيرة.",
            [
                ("ود النورة", "", "SDN", "city", 14.4, 33.52),
                ("ولاية الجزيرة", "Al Jazirah State", "SDN", "admin1", 14.4, 33.52),
            ],
        ),
        (  # a compass adjective ends the name
            "قصف الطيران حي الامتداد الغربي في مدينة ود مدني.",
            [
                ("الامتداد الغربي", "", "SDN", "neighbourhood", 14.4, 33.52),
                ("ود مدني", "Wad Medani", "SDN", "city", 14.4, 33.52),
            ],
        ),
        (
            "انقلبت سيارة تقل ركاباً من قرية بني أحمد الغربية بمركز المنيا.",
            [
                ("بني أحمد الغربية", "", "EGY", "city", 28.09, 30.76),
                ("المنيا", "Minya", "EGY", "city", 28.09, 30.76),
            ],
        ),
        (  # a bridge is a facility
            "وقع الحادث بين قرية عزاقة وكوبري أبو شناف في المنيا.",
            [
                ("عزاقة", "", "EGY", "city", 28.09, 30.76),
                ("كوبري أبو شناف", "", "EGY", "facility", 28.09, 30.76),
                ("المنيا", "Minya", "EGY", "city", 28.09, 30.76),
            ],
        ),
        (  # a pronoun-suffixed plural place word opens a list; an unknown item does not cut it
            "هطلت الأمطار على مدينة نجران ومحافظاتها بدر الجنوب وحبونا وثار ويدمة وخباش.",
            [
                ("نجران", "Najran", "SAU", "city", 17.49, 44.13),
                ("بدر الجنوب", "Badr al-Janub", "SAU", "city", 17.89, 43.71),
                ("حبونا", "Habuna", "SAU", "city", 17.85, 44.02),
                ("ثار", "", "SAU", "city", 17.85, 44.02),
                ("يدمة", "Yadamah", "SAU", "city", 18.53, 44.2),
                ("خباش", "Khubash", "SAU", "city", 17.56, 44.75),
            ],
        ),
        (  # Sudan's locality: the Iraqi Al-Faw is another place
            "سقطت قذائف على القرية التابعة لمحلية الفاو بولاية القضارف شرقي السودان.",
            [
                ("الفاو", "", "SDN", "city", 14.03, 35.38),
                ("ولاية القضارف", "Al Qadarif Governorate", "SDN", "admin1", 14.03, 35.38),
                ("السودان", "Sudan", "SDN", "country", 12.86, 30.22),
            ],
        ),
        ("وتحدثت مصادر محلية عن قذائف محلية الصنع.", []),  # محلية as "local"
        (  # a district GeoNames names in Latin letters only (admin_names_ar.tsv)
            "استهدف القصف منطقة اليتمة في مديرية خب والشعف شمال شرق محافظة الجوف.",
            [
                ("اليتمة", "", "YEM", "city", 16.71, 44.85),
                ("مديرية خب والشعف", "Khabb wa ash Sha'af District", "YEM", "admin2", 16.71, 44.85),
                ("محافظة الجوف", "Al Jawf Governorate", "YEM", "admin1", 16.17, 44.78),
            ],
        ),
        (
            "سيطر المسلحون على بلدة أدالي في شبيلي الوسطى.",
            [  # a gazetteer row since places22 (session 22): the town at its own point
                ("أدالي", "Adale", "SOM", "city", 2.75, 46.32),
                ("شبيلي الوسطى", "Middle Shabeelle", "SOM", "admin1", 2.78, 45.53),
            ],
        ),
        (  # glued heads
            "أصيب مهندس من أبوقرقاص ونازح من امدرمان.",
            [
                ("أبوقرقاص", "Abu Qurqas", "EGY", "city", 27.93, 30.84),
                ("امدرمان", "Omdurman", "SDN", "city", 15.64, 32.48),
            ],
        ),
        (  # the capital epithet fixes Tripoli's country; Sayyida Zaynab here is Zawiya's, not Damascus's
            "اندلعت اشتباكات في منطقة السيدة زينب جنوبي مدينة الزاوية غرب العاصمة الليبية طرابلس."
            " وعاد الهدوء إلى السيدة زينب.",
            [
                ("السيدة زينب", "", "LBY", "city", 32.76, 12.73),
                ("الزاوية", "Zawiya", "LBY", "city", 32.76, 12.73),
                ("طرابلس", "Tripoli", "LBY", "city", 32.89, 13.19),
                ("السيدة زينب", "", "LBY", "city", 32.76, 12.73),
            ],
        ),
        (  # nearness: Yemen's Al Jawf beside Najran, not Saudi Arabia's Al-Jawf region
            "قصفت الطائرات مديرية خب والشعف في محافظة الجوف بعد سقوط مقذوف على نجران.",
            [
                ("مديرية خب والشعف", "Khabb wa ash Sha'af District", "YEM", "admin2", 16.71, 44.85),
                ("محافظة الجوف", "Al Jawf Governorate", "YEM", "admin1", 16.17, 44.78),
                ("نجران", "Najran", "SAU", "city", 17.49, 44.13),
            ],
        ),
        (  # a setting verb with و; an echo of the proven name; a country after a plural place word
            "وتشهد الزاوية، مثل كثير من مدن ليبيا، اشتباكات متكررة منذ أن شهدت مدينة الزاوية معارك.",
            [
                ("الزاوية", "Zawiya", "LBY", "city", 32.76, 12.73),
                ("ليبيا", "Libya", "LBY", "country", 26.34, 17.23),
                ("الزاوية", "Zawiya", "LBY", "city", 32.76, 12.73),
            ],
        ),
        (
            "دارت المعارك في مناطق “الإدارة الذاتية” شمال سوريا، وقصفت قرية آهلة بالسكان.",
            [("سوريا", "Syria", "SYR", "country", 34.8, 38.99)],
        ),
        (  # more name heads: ابن, أبي, بئر
            "نقل الجرحى إلى مستشفى ابن سينا في مدينة الموصل.",
            [
                ("مستشفى ابن سينا", "", "IRQ", "facility", 36.34, 43.12),
                ("الموصل", "Mosul", "IRQ", "city", 36.34, 43.12),
            ],
        ),
        (
            "قصفت مدرسة أبي بكر الصديق في مدينة حلب.",
            [
                ("مدرسة أبي بكر", "", "SYR", "facility", 36.2, 37.16),
                ("حلب", "Aleppo", "SYR", "city", 36.2, 37.16),
            ],
        ),
        # a strike falls on a country; a team wins over one; an aggression on one keeps its own cue
        ("قتل 3 في غارة إسرائيلية على لبنان.", [("لبنان", "Lebanon", "LBN", "country", 33.85, 35.86)]),
        ("فاز المنتخب على العراق بهدفين.", []),
        ("شنت إسرائيل عدواناً على لبنان.", []),
        (  # the sky of a country is in it
            "أعلنت السعودية اعتراض صاروخ في سماء المملكة أطلق من اليمن.",
            [
                ("المملكة", "Saudi Arabia", "SAU", "country", 23.89, 45.08),
                ("اليمن", "Yemen", "YEM", "country", 15.55, 48.52),
            ],
        ),
        (
            "تظاهر المئات في ساحة عبد الكريم قاسم وسط البصرة.",
            [
                ("ساحة عبد الكريم", "", "IRQ", "facility", 30.51, 47.78),
                ("البصرة", "Basra", "IRQ", "city", 30.51, 47.78),
            ],
        ),
    ],
)
def test_places_unseen(text: str, expected: list[Row]) -> None:
    assert places(text) == expected
