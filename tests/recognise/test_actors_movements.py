"""Armed groups, militias, parties and coalitions (data/actor_movements.tsv).

The rules alone (no tagger), so each case shows what the table itself gives.
"""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأعلنت كتائب الإمام علي وسرايا الخراساني انسحابهما من محيط بغداد.",
            [
                ("كتائب الإمام علي", "ORG", "Kata'ib Imam Ali"),
                ("سرايا الخراساني", "ORG", "Saraya al-Khorasani"),
            ],
        ),
        (
            "وأعلن لواء طارق بن زياد انتشاره في سبها جنوب ليبيا.",
            [("لواء طارق بن زياد", "ORG", "Tariq Ben Zeyad Brigade")],
        ),
        (
            "وتبنى تنظيم القاعدة في بلاد المغرب الإسلامي الهجوم في شمال مالي.",
            [("تنظيم القاعدة في بلاد المغرب الإسلامي", "ORG", "Al-Qaeda in the Islamic Maghreb")],
        ),
        (
            "وهاجمت ألوية الناصر صلاح الدين موقعا عسكريا شرق غزة.",
            [("ألوية الناصر صلاح الدين", "ORG", "Al-Nasser Salah al-Deen Brigades")],
        ),
    ],
)
def test_an_armed_group_of_the_table_is_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقالت كتلة التنمية والتحرير إن جلسة انتخاب الرئيس ستعقد الأسبوع المقبل.",
            [("كتلة التنمية والتحرير", "ORG", "Development and Liberation bloc")],
        ),
        (
            "وطالب التجمع من أجل الثقافة والديمقراطية بالإفراج عن المعتقلين.",
            [("التجمع من أجل الثقافة والديمقراطية", "ORG", "Rally for Culture and Democracy")],
        ),
    ],
)
def test_a_name_with_wa_inside_is_matched_whole(text: str, expected: list[tuple[str, str, str]]) -> None:
    # the و of "والتحرير" is part of the name, not a clitic that ends it
    assert actors(text) == expected


def test_a_name_that_is_also_a_phrase_is_the_group_only_in_its_country() -> None:
    assert actors("وسيطرت جماعة أهل السنة والجماعة على بلدة في وسط الصومال.") == [
        ("جماعة أهل السنة والجماعة", "ORG", "Ahlu Sunna Wal Jama'a")
    ]
    assert actors("واستعاد أهل السنة والجماعة في العراق ذكرى المولد النبوي.") == []


def test_a_bare_national_army_is_the_army_the_articles_country_calls_so() -> None:
    assert actors("وقال الجيش الوطني إن قواته صدت هجوما على مواقعه في مأرب شرق صنعاء في اليمن.") == [
        ("الجيش الوطني", "ORG", "Yemeni government forces")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال الأفالان والأرندي إنهما يدعمان المرشح في الجزائر.",
            [
                ("الأفالان", "ORG", "National Liberation Front"),
                ("الأرندي", "ORG", "National Rally for Democracy"),
            ],
        ),
        (
            "وانتقد البيجيدي حصيلة الحكومة في الرباط.",
            [
                ("البيجيدي", "ORG", "Justice and Development Party"),
                ("الحكومة", "GPE", "Moroccan government"),
            ],
        ),
    ],
)
def test_a_press_abbreviation_names_the_party(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert actors(text) == expected


def test_a_party_named_by_a_common_noun_stands_alone() -> None:
    assert actors("وقالت حركة حقوق إنها ستقاطع جلسة البرلمان في بغداد في العراق.") == [
        ("حركة حقوق", "ORG", "Huquq Movement")
    ]
    assert actors("وشاركت حركة حقوق المرأة في تظاهرة ببغداد في العراق.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وتبنى تنظيم ولاية خراسان تفجيرا استهدف حافلة في جلال آباد.",
            [("تنظيم ولاية خراسان", "ORG", "Islamic State – Khorasan Province")],
        ),
        (
            "وهاجم مقاتلو جيش تحرير بلوشستان قافلة للجيش في إقليم بلوشستان.",
            [
                ("مقاتلو جيش تحرير بلوشستان", "ORG", "Balochistan Liberation Army"),
                ("جيش", "ORG", "Pakistani army"),
            ],
        ),
        (
            "واستعادت حركة 23 مارس السيطرة على بلدة قرب غوما.",
            [("حركة 23 مارس", "ORG", "M23")],
        ),
        (
            "ونسب الجيش الأوغندي الهجوم إلى القوات الديمقراطية المتحالفة.",
            [
                ("الجيش الأوغندي", "ORG", "Ugandan army"),
                ("القوات الديمقراطية المتحالفة", "ORG", "Allied Democratic Forces"),
            ],
        ),
        (
            "وقصفت طائرات تابعة لأفريكوم موقعا لحركة الشباب جنوب الصومال.",
            [
                ("طائرات تابعة لأفريكوم", "ORG", "United States Africa Command"),
                ("حركة الشباب", "ORG", "Al-Shabaab"),
            ],
        ),
        (
            "واشتبك الجيش المالي مع عناصر من تنظيم الدولة في الصحراء الكبرى قرب ميناكا.",
            [
                ("الجيش المالي", "ORG", "Malian armed forces"),
                ("تنظيم الدولة في الصحراء الكبرى", "ORG", "Islamic State in the Greater Sahara"),
            ],
        ),
    ],
)
def test_an_armed_group_of_africa_or_asia_is_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert actors(text) == expected
