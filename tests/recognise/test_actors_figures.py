"""Public figures by country (data/actor_figures.tsv), the Arab leagues' clubs by their bare
names (data/actor_clubs.tsv) and the romanisation of Mauritanian names. Sentences written for
the test; the rules alone (no tagger), so each case shows what the tables give."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors

from rasid.lang.ar.romanise import romanise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال وزير الخارجية العماني بدر البوسعيدي إن المحادثات كانت بناءة.",
            [("بدر البوسعيدي", "PER", "Badr Albusaidi")],
        ),
        (
            "واستقبل الرئيس الموريتاني محمد ولد الغزواني في نواكشوط وفدا من البنك الدولي.",
            [("محمد ولد الغزواني", "PER", "Mohamed Ould Ghazouani"), ("البنك الدولي", "ORG", "World Bank")],
        ),
        (
            "وأعلن العميد يحيى سريع استهداف سفينة في البحر الأحمر.",
            [("يحيى سريع", "PER", "Yahya Saree")],  # the rank is a role word, outside the name
        ),
    ],
)
def test_a_public_figure_of_the_table_is_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert actors(text) == expected


def test_a_kuwaiti_club_is_named_by_its_bare_name_in_a_kuwaiti_sports_report() -> None:
    text = "وتغلب القادسية على العربي بهدفين في الجولة العاشرة من الدوري الكويتي، وتعادل كاظمة مع الساحل."
    assert actors(text) == [
        ("القادسية", "ORG", "Al-Qadsia"),
        ("العربي", "ORG", "Al-Arabi (Kuwait)"),
        ("كاظمة", "ORG", "Kazma SC"),
        ("الساحل", "ORG", "Al-Sahel (Kuwait)"),
    ]


def test_a_bare_club_name_is_no_club_in_another_countrys_news() -> None:
    # "الساحل" is the coast in an Egyptian report, not Kuwait's Al-Sahel
    assert actors("وتغلب الأهلي على الزمالك في الدوري المصري بعد مباراة على الساحل الشمالي.") == [
        ("الأهلي", "ORG", "Al Ahly"),
        ("الزمالك", "ORG", "Zamalek"),
    ]


def test_a_mauritanian_name_links_with_ould() -> None:
    assert romanise("سيدي ولد أحمد") == "Sidi Ould Ahmed"
