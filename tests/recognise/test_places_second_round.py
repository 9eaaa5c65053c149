"""Places of the second places round's error kinds (issue 11, branch s15-places2): a bare name
that is a governorate and a far namesake town, dual place words, verbs and nearness adjectives
after a list, dual facility nouns, fronts, and two countries after "بين". Sentences written for
the test."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import found


def places(text: str) -> list[tuple[str, str, str]]:
    return [(surface, f.place.name, f.place.precision) for surface, f in found(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # no place word: the governorate, not the Kurdish town of that name
            "قتل جنديان في هجوم على نقطة تفتيش في صلاح الدين شمالي العراق.",
            [
                ("صلاح الدين", "Salah ad-Din Governorate", "admin1"),
                ("العراق", "Iraq", "country"),
            ],
        ),
        (  # a town at its namesake governorate stays the town
            "سقطت قذيفة على حي سكني في صنعاء مساء أمس.",
            [("صنعاء", "Sanaa", "city")],
        ),
    ],
)
def test_bare_governorate_name_over_far_namesake_town(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert places(text) == expected


def test_dual_place_word_lists_two_names() -> None:
    text = "طالت الغارات بلدتي شقرا وشبعا، وأسفرت عن سقوط جرحى."
    assert [s for s, _f in found(text)] == ["شقرا", "شبعا"]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("قال ضابط من بلدة كورتولاري القريبة من مقديشو إن الهجوم وقع فجرا.", ["كورتولاري", "مقديشو"]),
        (
            "حلقت مسيرة فوق بلدات الحصينية والمشيرفة والمناطق المجاورة قرب النبطية.",
            ["الحصينية", "المشيرفة", "النبطية"],
        ),
        ("وقعت اشتباكات في مدن الرهد ورجل الفولة وتسبب القصف بأضرار.", ["الرهد", "رجل الفولة"]),
    ],
)
def test_list_ends_at_verbs_adjectives_and_place_words(text: str, surfaces: list[str]) -> None:
    assert [s for s, _f in found(text)] == surfaces


def test_dual_facility_noun_names_two_facilities() -> None:
    text = "سقطت قذائف على مدينة الأبيض، وأصابت مدرستي الخنساء والفاروق."
    got = [(s, f.place.precision) for s, f in found(text)]
    assert got == [("الأبيض", "city"), ("مدرستي الخنساء", "facility"), ("الفاروق", "facility")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "تجددت المعارك على جبهة حيس جنوبي الحديدة.",
            [("حيس", "Hays", "city"), ("الحديدة", "Hodeidah", "city")],
        ),
        (  # front lines are no town; a front named after an organisation is no place
            "أرسلت تعزيزات إلى جبهات القتال، وأعلنت جبهة النصرة مسؤوليتها.",
            [],
        ),
    ],
)
def test_fronts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "يعبر اللاجئون الحدود بين السودان وتشاد كل يوم.",
            [("السودان", "Sudan", "country"), ("تشاد", "Chad", "country")],
        ),
        ("تعثرت الوساطة بين السعودية والحوثيين.", []),
    ],
)
def test_two_countries_after_between(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert places(text) == expected
