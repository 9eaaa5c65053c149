"""Places given as the examples of a plural place word a few words on (issue 11, branch
s20-places11): after a word that opens them ("منها", "شملت", "أبرزها") or with the clitic ك,
also after a definite plural ("المديريات الشمالية كالمسيمير"). A name the gazetteer lacks must be
definite there; a definite plural with no examples names nothing. Sentences written for the test."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import resolved


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "منها" after a plural place word and two adjectives: an unknown village, then a town
            "قصفت المدفعية مناطق زراعية متفرقة منها البويضة والسلمية شرق مدينة حماة.",
            [
                ("البويضة", "", "SYR", "city", 35.13, 36.79),
                ("السلمية", "Salamiyah", "SYR", "city", 35.01, 37.05),
                ("حماة", "Hama", "SYR", "city", 35.13, 36.76),
            ],
        ),
        (  # a definite plural, an adjective, then examples with ك: two Yemeni districts' towns
            "تعرضت المديريات الشمالية كالمسيمير وطور الباحة لقصف متواصل في لحج.",
            [
                ("المسيمير", "Al Musaymir", "YEM", "city", 13.44, 44.62),
                ("طور الباحة", "Tawr al Bahah", "YEM", "city", 13.18, 44.3),
                ("لحج", "Lahij", "YEM", "city", 13.06, 44.88),
            ],
        ),
        (  # "أبرزها": definite names the gazetteer lacks, located by the town after them
            "غمرت السيول مناطق منخفضة كثيرة أبرزها الدانكوج والحقونا غرب مدينة الأبيض.",
            [
                ("الدانكوج", "", "SDN", "city", 13.18, 30.19),
                ("الحقونا", "", "SDN", "city", 13.18, 30.19),
                ("الأبيض", "El Obeid", "SDN", "city", 13.18, 30.22),
            ],
        ),
        (  # a definite plural without examples: no names ("ما" is none)
            "تقدمت القوات في المناطق المحررة منها ما هو قريب من الحدود.",
            [],
        ),
        (  # an indefinite word after "منها" is no name the gazetteer lacks
            "اقتحمت الشرطة بلدات عدة منها ثلاث بلدات في ريف حلب.",
            [("ريف حلب", "Aleppo countryside", "SYR", "admin2", 36.25, 37.2)],
        ),
        (  # the sentence ends before the word that would open examples
            "نزح السكان من القرى المجاورة. منها انطلقت القوافل نحو حلب.",
            [("حلب", "Aleppo", "SYR", "city", 36.2, 37.16)],
        ),
    ],
)
def test_examples_of_a_plural_place_word(text: str, expected: list[tuple[object, ...]]) -> None:
    assert resolved(text) == expected
