"""The article's security forces, and unnamed offices of a state, belong to the state.

"الأجهزة الأمنية" with no owner named is the article's country's; a state with its own
security body in the registry gets that body, any other "<Adjective> security forces" with the
state as parent. "وزير الخارجية المصري" with no holder named acts for Egypt (parent Egypt).
"""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors, mention

from rasid.lang.ar.text import TextView
from rasid.recognise.actors.stage import find_actors

EGYPT = "شهدت مصر احتجاجات واسعة في القاهرة والإسكندرية وأسوان. "
IRAQ = "تشهد مدن العراق توتراً في بغداد والبصرة والموصل. "


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            EGYPT + "واعتقلت الأجهزة الأمنية عشرين شاباً في الجيزة.",
            "الأجهزة الأمنية",
            ("ORG", "Egyptian security forces", "EGY", "Egypt"),
        ),
        (
            EGYPT + "وفرقت قوات الأمن تجمعاً أمام النقابة.",
            "قوات الأمن",
            ("ORG", "Egyptian security forces", "EGY", "Egypt"),
        ),
        (
            "انتشرت قوات أمنية أردنية على الحدود مع سوريا.",
            "قوات أمنية أردنية",
            ("ORG", "Jordanian security forces", "JOR", "Jordan"),
        ),
        (
            IRAQ + "وداهمت الأجهزة الأمنية منازل في حي الكرادة.",
            "الأجهزة الأمنية",
            ("ORG", "Iraqi security forces", "IRQ", "Iraq"),
        ),
    ],
)
def test_actors_security_forces_of_the_article_state(
    text: str, words: str, expected: tuple[str, str, str, str]
) -> None:
    found = mention(text, words)
    assert (found.type, found.name, found.country, found.parent) == expected


def test_actors_security_forces_need_the_article_state() -> None:
    """No country in the article: whose forces they are, the text does not say."""
    assert [a for a in actors("واعتقلت الأجهزة الأمنية عشرين شاباً.") if a[0] == "الأجهزة الأمنية"] == []


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "استقبل وزير الخارجية المصري نظيره الأردني في العاصمة.",
            "وزير الخارجية المصري",
            ("Egyptian Minister of Foreign Affairs", "Egypt"),
        ),
        (
            "وأعلن وزير الداخلية التركي توقيف خمسة أشخاص.",
            "وزير الداخلية التركي",
            ("Turkish Minister of Interior", "Turkey"),
        ),
    ],
)
def test_actors_unnamed_office_belongs_to_its_state(text: str, words: str, expected: tuple[str, str]) -> None:
    found = mention(text, words)
    assert (found.name, found.parent) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            IRAQ + "وقالت الشرطة إن عبوة ناسفة انفجرت قرب سوق شعبي.",
            "الشرطة",
            ("ORG", "Iraqi Police", "IRQ", "Iraq"),
        ),
        (
            EGYPT + "وطوقت قوات الشرطة محيط المبنى.",
            "قوات الشرطة",
            ("ORG", "Egyptian Police", "EGY", "Egypt"),
        ),
        (
            "أعلنت الشرطة الأردنية توقيف ثلاثة مطلوبين في إربد.",
            "الشرطة الأردنية",
            ("ORG", "Jordanian Police", "JOR", "Jordan"),
        ),
        (
            "اعتقلت الشرطة الإسرائيلية شاباً عند باب العامود.",
            "الشرطة الإسرائيلية",
            ("ORG", "Israel Police", "ISR", "Israel"),
        ),
    ],
)
def test_actors_police_of_the_article_state(
    text: str, words: str, expected: tuple[str, str, str, str | None]
) -> None:
    """Bare "الشرطة" is the article's country's police, as "الجيش" is its army; a state with
    a police row of its own (Israel Police) gets that row."""
    found = mention(text, words)
    assert (found.type, found.name, found.country, found.parent) == expected


def test_actors_police_need_the_article_state() -> None:
    assert [a for a in actors("وقالت الشرطة إن عبوة انفجرت صباح اليوم.") if a[0] == "الشرطة"] == []


def test_actors_office_in_the_police_keeps_its_portfolio() -> None:
    """ "مسؤول في الشرطة" is a police official of the article's state, not the police itself."""
    assert mention(EGYPT + "وقال مسؤول في الشرطة إن شرطيين أصيبا.", "مسؤول في الشرطة").name == (
        "Egyptian official of Police"
    )


def test_actors_iraqi_army_is_a_unit_of_the_security_forces() -> None:
    """ "الجيش العراقي" is the Iraqi Army (the guide's name), one of the Iraqi security forces;
    "الجيش" alone in an article about Iraq is the same army."""
    found = mention("قال الجيش العراقي إن قواته تقدمت غرب الموصل.", "الجيش العراقي")
    assert (found.name, found.parent) == ("Iraqi Army", "Iraqi security forces")
    assert mention(IRAQ + "وقال الجيش إن قواته تقدمت.", "الجيش").name == "Iraqi Army"
    # the federal and government forces stay the security forces as a whole
    assert (
        mention(IRAQ + "وانتشرت القوات الاتحادية في كركوك.", "القوات الاتحادية").name
        == "Iraqi security forces"
    )


def test_actors_egyptian_army_by_its_usual_english_name() -> None:
    """The Egyptian army is named as the press in English names it, also when a person owns it."""
    assert mention("وقال الجيش المصري إن قواته دمرت أنفاقاً.", "الجيش المصري").name == "Egyptian army"
    assert mention(EGYPT + "وقال جيش السيسي إن قواته دمرت أنفاقاً.", "جيش السيسي").name == "Egyptian army"


def _by_places(text: str, countries: tuple[str, ...]) -> list[tuple[str, str | None, str | None]]:
    """(text, name, country) of the police mentions when the article's places lie in `countries`."""
    found = find_actors(TextView(text), tagger=False, places=countries)
    return [(f.text, f.name, f.country) for f in found if "الشرط" in f.text or "البوليس" in f.text]


def test_actors_police_of_the_country_the_places_lie_in() -> None:
    """A police noun (alone `home` in actor_forces.tsv) names the police of the country the
    article's places lie in when its words tell none; the word after it is its object, not an
    owner ("الغاز", "المحتجين": no nisba ending)."""
    text = "وأطلقت قوات الشرطة الغاز المسيل للدموع، ثم فرقت الشرطة المحتجين في الميدان."
    assert _by_places(text, ("SDN",)) == [
        ("قوات الشرطة", "Sudanese Police", "SDN"),
        ("الشرطة", "Sudanese Police", "SDN"),
    ]
    assert _by_places(text, ()) == []  # no place, no state: nobody's police


def test_actors_police_before_a_nisba_is_not_named_by_the_places() -> None:
    """ "الشرطة السرية": an adjective may name another force than the state's police."""
    assert _by_places("وأطلق عناصر الشرطة السرية النار على المحتجين.", ("SYR",)) == []


def test_actors_police_written_as_a_loanword_and_its_members() -> None:
    text = EGYPT + "واعتقل أفراد الشرطة ثلاثة شبان، وقال البوليس إن التحقيق مستمر."
    assert _by_places(text, ()) == [
        ("أفراد الشرطة", "Egyptian Police", "EGY"),
        ("البوليس", "Egyptian Police", "EGY"),
    ]
