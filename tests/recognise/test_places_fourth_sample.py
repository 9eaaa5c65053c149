"""Places of the fourth fresh sample's error kinds (issue 11, branch s15-places): valleys and
hills with indefinite names, sizeable towns whose names are ordinary words in the article's own
governorate, weekdays after a comma, village namesakes of another governorate, facility names
before an agreeing adjective, old quarters, glued "دار", verbs of residence, and long-tail towns (Saudi
governorate seats, Iraqi, Sudanese, Egyptian and Lebanese towns). Sentences written for the test."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import resolved


def places(text: str) -> list[tuple[str, str, str, str, float | None, float | None]]:
    return resolved(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a valley's name may be indefinite; it lies where the sentence says
            "جرفت السيول سيارة في وادي حلي شرق محافظة القنفذة.",
            [
                ("حلي", "", "SAU", "city", 19.13, 41.38),
                ("القنفذة", "Al Qunfudhah Governorate", "SAU", "admin2", 19.13, 41.08),
            ],
        ),
        (  # so may a hill's
            "تقدمت القوات نحو تبة الخزان جنوب مدينة تعز.",
            [("الخزان", "", "YEM", "city", 13.33, 44.02), ("تعز", "Taiz", "YEM", "city", 13.58, 44.02)],
        ),
        (  # "وأدى" (and led) normalises to "وادي" (a valley): the hamza says it is a verb
            "وأدت الغارة إلى دمار واسع، وأدى الانفجار إلى حريق في حلب.",
            [("حلب", "Aleppo", "SYR", "city", 36.2, 37.16)],
        ),
        (  # El Obeid's name means "the white": after a locative, in a report naming its state
            "قال والي شمال كردفان إن الجرحى نقلوا إلى مستشفى الضمان في الأبيض.",
            [
                ("شمال كردفان", "North Kordofan", "SDN", "admin1", 13.8, 30.0),
                ("مستشفى الضمان", "", "SDN", "facility", 13.18, 30.22),
                ("الأبيض", "El Obeid", "SDN", "city", 13.18, 30.22),
            ],
        ),
        (  # a village of the same governorate is not enough: "في الرأس" is still the head
            "أصيب الشاب برصاصة في الرأس قرب قرية المغير شرق رام الله.",
            [
                ("المغير", "Al Mughayyir", "PSE", "city", 32.02, 35.35),
                ("رام الله", "Ramallah", "PSE", "city", 31.9, 35.2),
            ],
        ),
        (  # a weekday set off by commas after a place is no town of a list
            "قصفت المسيرات قضاء النبطية جنوب لبنان، الجمعة، ثم بلدة الخيام.",
            [
                ("النبطية", "Nabatieh", "LBN", "city", 33.38, 35.48),
                ("جنوب لبنان", "South Lebanon Governorate", "LBN", "admin1", 33.27, 35.4),
                ("الخيام", "Khiam", "LBN", "city", 33.33, 35.61),
            ],
        ),
        (  # a village word before a namesake of another governorate: a village of the article's town
            "تواصل القصف على أحياء مدينة تعز. وقتل مزارع في قرية حبور أمس.",
            [("تعز", "Taiz", "YEM", "city", 13.58, 44.02), ("حبور", "", "YEM", "city", 13.58, 44.02)],
        ),
        (  # named with its governorate, the namesake is the gazetteer's village
            "قتل مزارع في قرية حبور بمحافظة عمران.",
            [
                ("حبور", "Habur", "YEM", "city", 16.05, 43.71),
                ("محافظة عمران", "Amran Governorate", "YEM", "admin1", 15.66, 43.94),
            ],
        ),
        (  # an adjective that agrees with the facility noun shows the word between is a name
            "نقل الجرحى إلى مستشفى رفيديا الحكومي في نابلس.",
            [
                ("مستشفى رفيديا", "", "PSE", "facility", 32.22, 35.25),
                ("نابلس", "Nablus", "PSE", "city", 32.22, 35.25),
            ],
        ),
        (
            "استهدف التفجير حسينية الرضا في بعقوبة.",
            [
                ("حسينية الرضا", "", "IRQ", "facility", 33.75, 44.61),
                ("بعقوبة", "Baqubah", "IRQ", "city", 33.75, 44.61),
            ],
        ),
        (  # a courtyard quarter, and the old quarter of the town named after it
            "اقتحمت القوات حوش العطعوط في البلدة القديمة من نابلس.",
            [
                ("العطعوط", "", "PSE", "neighbourhood", 32.22, 35.25),
                ("البلدة القديمة", "", "PSE", "neighbourhood", 32.22, 35.25),
                ("نابلس", "Nablus", "PSE", "city", 32.22, 35.25),
            ],
        ),
        (  # an old quarter with no town after it: the town of its sentence
            "سقطت قذيفة في حي الصالحين بحلب، وتضرر سوق المدينة القديمة.",
            [
                ("الصالحين", "al-Salihin", "SYR", "neighbourhood", 36.17, 37.16),
                ("حلب", "Aleppo", "SYR", "city", 36.2, 37.16),
                ("المدينة القديمة", "", "SYR", "neighbourhood", 36.2, 37.16),
            ],
        ),
        (  # "دار" glued to the rest of the name
            "وقعت المشاجرة في قرية بني عمار التابعة لمركز دارالسلام بمحافظة سوهاج.",
            [
                ("بني عمار", "", "EGY", "city", 26.28, 32.06),
                ("دارالسلام", "Dar as Salam", "EGY", "city", 26.28, 32.06),
                ("محافظة سوهاج", "Sohag Governorate", "EGY", "admin1", 26.56, 31.69),
            ],
        ),
        (  # a verb of residence sets the place like "في"
            "يعاني النازحون الذين يقطنون مأرب من نقص الغذاء.",
            [("مأرب", "Marib", "YEM", "city", 15.46, 45.33)],
        ),
        (
            "هطلت أمطار غزيرة على محافظات القنفذة والليث وبيشة، وسالت الأودية في رابغ وخليص.",
            [
                ("القنفذة", "Al Qunfudhah Governorate", "SAU", "admin2", 19.13, 41.08),
                ("الليث", "Al Lith", "SAU", "city", 20.15, 40.27),
                ("بيشة", "Bisha", "SAU", "city", 19.99, 42.6),
                ("رابغ", "Rabigh", "SAU", "city", 22.8, 39.03),
                ("خليص", "Khulais", "SAU", "city", 22.15, 39.32),
            ],
        ),
        (
            "وصلت تعزيزات إلى بلدة الضلوعية ومدينة الحبانية وقضاء الدبس.",
            [
                ("الضلوعية", "Dhuluiya", "IRQ", "city", 34.06, 44.24),
                ("الحبانية", "Habbaniyah", "IRQ", "city", 33.37, 43.58),
                ("الدبس", "Dibis", "IRQ", "city", 35.64, 44.07),
            ],
        ),
        (
            "نزح السكان من لقاوة إلى الكرمك ثم إلى القلابات على الحدود.",
            [
                ("لقاوة", "Lagawa", "SDN", "city", 11.4, 29.13),
                ("الكرمك", "Kurmuk", "SDN", "city", 10.55, 34.28),
                ("القلابات", "Gallabat", "SDN", "city", 12.97, 36.15),
            ],
        ),
        (
            "قصفت المسيرات بلدتي كفرتبنيت وعربصاليم في قضاء النبطية.",
            [
                ("كفرتبنيت", "Kfar Tebnit", "LBN", "city", 33.36, 35.52),
                ("عربصاليم", "Arab Salim", "LBN", "city", 33.43, 35.53),
                ("النبطية", "Nabatieh", "LBN", "city", 33.38, 35.48),
            ],
        ),
        (  # the names of a list opened by a dual place word share its kind
            "قتل شخص بتفجير على طريق بين محافظتي ديالى وصلاح الدين شمال العراق.",
            [
                ("محافظتي ديالى", "Diyala Governorate", "IRQ", "admin1", 33.75, 44.61),
                ("صلاح الدين", "Salah ad-Din Governorate", "IRQ", "admin1", 34.6, 43.68),
                ("العراق", "Iraq", "IRQ", "country", 33.22, 43.68),
            ],
        ),
        (  # the eastern part of a village is not Saudi Arabia's Eastern Province
            "اندلعت مواجهات في المنطقة الشرقية من القرية.",
            [],
        ),
        (  # a governorate seat that is also a given name asks for a place word
            "قال أبو علي إن صديقه عفيف وصل أمس.",
            [],
        ),
    ],
)
def test_places_fourth_sample(text: str, expected: list[tuple[str, str, str, str, float, float]]) -> None:
    assert places(text) == expected
