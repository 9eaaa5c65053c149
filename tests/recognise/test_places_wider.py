"""The wider gazetteer in use: facility phrases, epithets, glued compass words, a verb after a
preposition's object, districts the gazetteer lacks, and homonyms read by the article's country."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import found


def places(text: str) -> list[tuple[str, str, str, str]]:
    return [(surface, f.place.name, f.place.country, f.place.precision) for surface, f in found(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل ثلاثة مصلين في غارة على مسجد النور في مدينة الفاشر.",
            [("مسجد النور", "", "SDN", "facility"), ("الفاشر", "El Fasher", "SDN", "city")],
        ),
        (
            "انفجرت عبوة قرب جامع الرحمن في الموصل.",
            [("جامع الرحمن", "", "IRQ", "facility"), ("الموصل", "Mosul", "IRQ", "city")],
        ),
        (
            "سقطت قذيفة قرب مدرسة الأمل في بلدة بنش.",
            [("مدرسة الأمل", "", "SYR", "facility"), ("بنش", "Binnish", "SYR", "city")],
        ),
        (
            "تجمع المحتجون في ميدان التحرير وسط القاهرة.",
            [("ميدان التحرير", "Tahrir Square", "EGY", "facility"), ("القاهرة", "Cairo", "EGY", "city")],
        ),
        (
            "تظاهر المئات في ميدان التحرير وسط صنعاء.",
            [("ميدان التحرير", "Tahrir Square", "YEM", "facility"), ("صنعاء", "Sanaa", "YEM", "city")],
        ),
    ],
)
def test_places_wider_facility_phrases(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert places(text) == expected


def test_places_wider_office_after_district_word_is_no_place() -> None:
    assert places("وقال مدير مديرية الأمن إن الطريق مغلق.") == []
    assert places("بحسب ما أفادت مديرية صحة دمشق.") == [("دمشق", "Damascus", "SYR", "city")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هطلت أمطار غزيرة على العاصمة المقدسة مساء الخميس.", [("العاصمة المقدسة", "Makkah", "SAU", "city")]),
        ("وصل آلاف الحجاج إلى أم القرى.", [("أم القرى", "Makkah", "SAU", "city")]),
    ],
)
def test_places_wider_epithets(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل مدنيان في قصف مدفعي جنوبصنعاء أمس.", [("صنعاء", "Sanaa", "YEM", "city")]),
        ("سقطت قذيفة شمالتعز صباح الجمعة.", [("تعز", "Taiz", "YEM", "city")]),
    ],
)
def test_places_wider_glued_compass_words(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفي حمص أكدت مصادر محلية سقوط قذيفة.", [("حمص", "Homs", "SYR", "city")]),
        ("في دمشق قالت الوزارة إن الانفجار وقع صباحاً.", [("دمشق", "Damascus", "SYR", "city")]),
        ("روسيا تقصف المدن منذ عام 2015.", []),  # no preposition: the subject of its verb
    ],
)
def test_places_wider_verb_after_a_prepositions_object(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert places(text) == expected


def test_places_wider_sudan_states_and_towns() -> None:
    assert places("تظاهر العشرات في الخرطوم وفي ولاية النيل الأبيض، واعتقل شاب في مدينة كوستي.") == [
        ("الخرطوم", "Khartoum", "SDN", "city"),
        ("ولاية النيل الأبيض", "White Nile State", "SDN", "admin1"),
        ("كوستي", "Kosti", "SDN", "city"),
    ]


def test_places_wider_unknown_district_is_located_by_its_anchor() -> None:
    # المدائن, الإسحاقي and المعتصم, the examples here before, are in the gazetteer now
    # (link/data/admin2_known.tsv, place_aliases.tsv).
    found = places("انفجرت عبوة في قضاء الزوية جنوبي سامراء.")
    assert found == [("الزوية", "", "IRQ", "admin2"), ("سامراء", "Samarra", "IRQ", "city")]


def test_places_wider_namesake_abroad_gives_way_to_the_sentence() -> None:
    # Al Husayniyah is a town of Egypt in GeoNames; here the sentence places it north of Baghdad.
    assert places("قتل شخص إثر انفجار عبوة ناسفة بمنطقة الحسينية شمالي العاصمة بغداد.") == [
        ("الحسينية", "", "IRQ", "city"),
        ("بغداد", "Baghdad", "IRQ", "city"),
    ]


def test_places_wider_homonym_by_the_articles_own_country() -> None:
    text = "عاد الهدوء إلى لبنان، وقال مسؤول في لبنان إن وفداً من ليبيا وصل. واندلعت اشتباكات في طرابلس."
    assert places(text)[-1] == ("طرابلس", "Tripoli", "LBN", "city")


def test_places_wider_neighbour_towns_and_ordinary_words() -> None:
    assert places("فر آلاف اللاجئين إلى مدينة أبشي شرقي تشاد.") == [
        ("أبشي", "Abeche", "TCD", "city"),
        ("تشاد", "Chad", "TCD", "country"),
    ]
    assert places("لأي سبب كان الطريق مغلقاً.") == []


def test_places_wider_anaphor_by_a_town_of_its_country() -> None:
    assert places("سقط صاروخ على مدينة جازان جنوب غربي المملكة.") == [
        ("جازان", "Jizan", "SAU", "city"),
        ("المملكة", "Saudi Arabia", "SAU", "country"),
    ]
    assert places("قال الوزير إن المملكة ترفض ذلك.") == []  # no place says which kingdom
