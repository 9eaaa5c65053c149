"""Places on pages of outlets rasid was not tuned on: ordinary nouns after a place word are no
names (place_common_nouns.tsv), capital epithets, "X.." headline labels, villages and
neighbourhoods GeoNames lacks, a place word before a verb, and the Islamic State's "provinces"."""

from __future__ import annotations

import pytest

from rasid.lang.ar.text import TextView
from rasid.recognise.places import find_places
from rasid.recognise.places.unknown import common_noun


def places(text: str) -> list[tuple[str, str, str]]:
    view = TextView(text)
    out = []
    for f in find_places(view):
        s, e = view.span(f.start, f.end)
        out.append((text[s:e], f.place.name, f.place.precision))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbal noun or an ordinary noun after a place word names no place
        ("وصلت المساعدات إلى مخيمات النزوح في مدينة إدلب.", [("إدلب", "Idlib", "city")]),
        ("خرج المتظاهرون إحياء لذكرى الثورة في مدينة بورتسودان.", [("بورتسودان", "Port Sudan", "city")]),
        ("تعرضت مدن الاستقبال في ريف حلب لضغط كبير.", [("ريف حلب", "Aleppo countryside", "admin2")]),
        # ... while a neighbourhood may be named so, and a list of names after a plural word stays
        (
            "سقطت قذيفة على حي التضامن في دمشق.",
            [("التضامن", "al-Tadamon", "neighbourhood"), ("دمشق", "Damascus", "city")],
        ),
        # a capital by its adjective; once only when the capital's name follows
        ("اندلعت اشتباكات عنيفة في العاصمة الليبية أمس.", [("العاصمة الليبية", "Tripoli", "city")]),
        ("اندلعت اشتباكات في العاصمة الليبية طرابلس أمس.", [("طرابلس", "Tripoli", "city")]),
        # a country opening a headline with two dots is where the news is from
        ("ليبيا.. قتلى وجرحى في اشتباكات", [("ليبيا", "Libya", "country")]),
        # villages of south Lebanon in a list after a plural place word
        (
            "قصف على بلدتي ميس الجبل وعيترون جنوب لبنان.",
            [
                ("ميس الجبل", "Mays al-Jabal", "city"),
                ("عيترون", "Aitaroun", "city"),
                ("جنوب لبنان", "South Lebanon Governorate", "admin1"),
            ],
        ),
        # a name after a place word is no subject of the verb after it
        ("وعن بلدة ياطر قالت الوكالة إن مسيرة استهدفت دراجة.", [("ياطر", "Yater", "city")]),
        (
            "وقعت الاشتباكات في حي عصيفرة بمدينة تعز.",
            [("عصيفرة", "Usayfirah", "neighbourhood"), ("تعز", "Taiz", "city")],
        ),
        # an armed group named after a province
        ('قتل جنديان بهجوم لتنظيم "ولاية سيناء" في العريش.', [("العريش", "Arish", "city")]),
    ],
)
def test_places_on_unseen_pages(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert places(text) == expected


def test_common_nouns_read_clitics_articles_and_templates() -> None:
    assert common_noun("لذكري", plural=False)  # normalised, with the preposition ل
    assert common_noun("النزوح", plural=False)
    assert common_noun("الاستقبال", plural=True)  # the template استفعال
    assert not common_noun("الاستقبال", plural=False)  # "حي الاستقبال" may be a name
    assert not common_noun("الصاخور", plural=True)
