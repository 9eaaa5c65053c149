"""Organisations by class (data/actor_orgs.tsv): outlets, companies, banks, parties, universities.

The rules alone (no tagger), so each case shows what the table itself gives.
"""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقع بنك قطر الوطني اتفاقية تمويل مع صندوق قطر للتنمية في الدوحة.",
            [
                ("بنك قطر الوطني", "ORG", "Qatar National Bank"),
                ("صندوق قطر للتنمية", "ORG", "Qatar Fund for Development"),
            ],
        ),
        (
            "فاز حزب التجمع الوطني للأحرار بالمرتبة الأولى وتراجع حزب العدالة والتنمية المغربي.",
            [
                ("حزب التجمع الوطني للأحرار", "ORG", "National Rally of Independents"),
                ("حزب العدالة والتنمية المغربي", "ORG", "Justice and Development Party"),
            ],
        ),
        (
            "وتخرج الطالب في جامعة الملك سعود ثم درس في الجامعة الأمريكية في بيروت.",
            [
                ("جامعة الملك سعود", "ORG", "King Saud University"),
                ("الجامعة الأمريكية في بيروت", "ORG", "American University of Beirut"),
            ],
        ),
    ],
)
def test_an_organisation_of_the_table_is_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert actors(text) == expected


def test_a_company_after_its_head_noun_is_the_company_itself() -> None:
    # the alias gives the airline the head شركة: "شركة <airline>" is not "<airline> Company"
    assert actors("أعلنت شركة الخطوط الجوية الكويتية تعليق رحلاتها إلى بيروت حتى إشعار آخر.") == [
        ("شركة الخطوط الجوية الكويتية", "ORG", "Kuwait Airways")
    ]


def test_an_organisation_takes_its_own_states_adjective() -> None:
    assert actors("ونقلت صحيفة «الغارديان» البريطانية عن مسؤول قوله إن المفاوضات متعثرة.")[0] == (
        "صحيفة «الغارديان» البريطانية",
        "ORG",
        "The Guardian",
    )
    assert actors("ووقعت سوناطراك الجزائرية عقدا مع إيني الإيطالية لتطوير حقل غاز.") == [
        ("سوناطراك الجزائرية", "ORG", "Sonatrach"),
        ("إيني الإيطالية", "ORG", "Eni"),
    ]
    # another state's adjective is no part of the name
    assert actors("ووقعت سوناطراك اتفاقا مع شركة إيني المصرية.")[0] == ("سوناطراك", "ORG", "Sonatrach")


def test_a_bare_central_bank_is_the_articles_countrys() -> None:
    text = "قرر البنك المركزي رفع أسعار الفائدة، وقال وزير المالية الأردني إن القرار يحمي الدينار."
    assert actors(text)[0] == ("البنك المركزي", "ORG", "Central Bank of Jordan")


def test_a_name_that_is_also_a_word_needs_the_tagger() -> None:
    # "تداول" (trading) names the Saudi Exchange only where the tagger finds an organisation
    assert actors("ارتفعت أسهم المصارف في جلسة تداول الأحد بعد إعلان مصرف الراجحي أرباحه.") == [
        ("مصرف الراجحي", "ORG", "Al Rajhi Bank")
    ]


def test_a_listed_outlet_keeps_its_proclitic_outside() -> None:
    # "لعربي بوست": ل + the outlet's name (outlets.tsv), so the mention and its English name
    assert actors("وقال مصدر لعربي بوست إن الاتفاق قريب.") == [("عربي بوست", "ORG", "Arabi Post")]
    # an unlisted name keeps its letters: "لبنان نيوز" is no ل + "بنان نيوز"
    assert ("لبنان نيوز", "ORG", None) in actors("ونقلت لبنان نيوز عن مصدر.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأعلنت المفوضية العليا المستقلة للانتخابات في بغداد النتائج، وقال مجلس القضاء الأعلى إن المحكمة الاتحادية العليا ستصادق عليها.",
            [
                ("المفوضية العليا المستقلة للانتخابات", "ORG", "Independent High Electoral Commission"),
                ("مجلس القضاء الأعلى", "ORG", "Iraqi Supreme Judicial Council"),
                ("المحكمة الاتحادية العليا", "ORG", "Federal Supreme Court of Iraq"),
            ],
        ),
        (
            "ارتفع سهم بنك مسقط وتراجع سهم عمانتل في بورصة مسقط.",
            [
                ("بنك مسقط", "ORG", "Bank Muscat"),
                ("عمانتل", "ORG", "Omantel"),
                ("بورصة مسقط", "ORG", "Muscat Stock Exchange"),
            ],
        ),
        (
            "ووقعت المصرية للاتصالات اتفاقا مع اتصالات المغرب، فيما أعلن بنك عودة أرباحه.",
            [
                ("المصرية للاتصالات", "ORG", "Telecom Egypt"),
                ("اتصالات المغرب", "ORG", "Maroc Telecom"),
                ("بنك عودة", "ORG", "Bank Audi"),
            ],
        ),
        (
            "واستقبل الديوان الملكي الهاشمي وفدا من غرفة تجارة عمان.",
            [
                ("الديوان الملكي الهاشمي", "ORG", "Royal Hashemite Court"),
                ("غرفة تجارة عمان", "ORG", "Amman Chamber of Commerce"),
            ],
        ),
    ],
)
def test_a_state_body_operator_bank_or_chamber_of_its_country_is_named(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert actors(text) == expected


def test_a_bare_public_prosecution_is_the_articles_countrys() -> None:
    text = "وقررت النيابة العامة حبس المتهم أربعة أيام على ذمة التحقيق، وقال وزير العدل المصري إن القضية تخص مسؤولا في القاهرة."
    assert actors(text)[0] == ("النيابة العامة", "ORG", "Egyptian Public Prosecution")
    # another state's prosecution is not Egypt's
    text = "وقررت النيابة العامة الفرنسية فتح تحقيق مع مسؤول في باريس، وقالت فرنسا إن القضية تخص شركة فرنسية."
    assert all(name != "Egyptian Public Prosecution" for _, _, name in actors(text))
