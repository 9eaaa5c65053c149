"""Sources named on unseen text (issue 12, src9): a spokesman without his name, authorities,
the Egyptian spelling of مسئول, media outlets, and place names that are ordinary words first."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors

from rasid.lang.ar.text import TextView
from rasid.recognise.actors import find_actors
from rasid.recognise.actors.states import infer_doc_country
from rasid.recognise.names.tagger import view_doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال الناطق العسكري إن جنديين أصيبا.", ("الناطق العسكري", "PER", "military spokesman")),
        (
            "وقال المتحدث العسكري المصري إن ثلاثة مجندين قتلوا.",
            ("المتحدث العسكري المصري", "PER", "Egyptian military spokesman"),
        ),
        ("وأعلنت السلطات المحلية إغلاق الطريق.", ("السلطات المحلية", "NORP", "local authorities")),
        ("وقالت السلطات الصومالية إن التحقيق بدأ.", ("السلطات الصومالية", "NORP", "Somali authorities")),
        ("وقال مسئولون نيجيريون إن القرية أُحرقت.", ("مسئولون نيجيريون", "NORP", "Nigerian officials")),
        ("وقال مسئول محلي إن الجسر انهار.", ("مسئول محلي", "PER", "local official")),
        ("وتناقلت وسائل إعلامية صور الحريق.", ("وسائل إعلامية", "NORP", "media outlets")),
    ],
)
def test_sources_named_by_their_noun(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in actors(text)


def test_a_military_spokesman_takes_the_articles_state() -> None:
    """The adjective of a state organ ("العسكري") gives the article's state, as "قوات أمنية" does."""
    text = "أعلن الجيش المصري في القاهرة حصيلة الهجوم. وقال الناطق العسكري إن الجنود ثلاثة."
    assert ("الناطق العسكري", "PER", "Egyptian military spokesman") in actors(text)


def test_a_spokesman_for_a_body_is_the_title_finders() -> None:
    """Before "باسم" the spokesman speaks for a body: no "official spokesman" inside the title."""
    found = actors("وقال المتحدث الرسمي باسم وزارة الداخلية إن الطريق أُغلق.")
    assert "المتحدث الرسمي" not in [t for t, _, _ in found]
    assert ("المتحدث الرسمي باسم وزارة الداخلية", "PER") in [(t, k) for t, k, _ in found]


def test_a_place_name_that_is_an_ordinary_word_votes_for_no_country() -> None:
    """ "الشهداء" (the martyrs) is also a town in Egypt: a toll does not make the article Egyptian."""
    text = "ارتفعت حصيلة الشهداء في الخليل، وشيّع الشهداء أمس، ونعت الفصائل الشهداء."
    assert infer_doc_country(view_doc(TextView(text))) == "PSE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # casualty sources of Sudan and Egypt written from knowledge (actors.tsv, actor_orgs.tsv)
        (
            "وقالت تنسيقية لجان مقاومة الفاشر إن القصف طال السوق في دارفور بالسودان.",
            ("تنسيقية لجان مقاومة الفاشر", "ORG", "El Fasher Resistance Committees"),
        ),
        (
            "وأعلنت نقابة الأطباء أن المستشفى خرج عن الخدمة في الخرطوم بالسودان.",
            ("نقابة الأطباء", "ORG", "Sudan Doctors Syndicate"),
        ),
        (
            "وأعلنت نقابة الأطباء أن المستشفى خرج عن الخدمة في القاهرة بمصر.",
            ("نقابة الأطباء", "ORG", "Egyptian Medical Syndicate"),
        ),
    ],
)
def test_casualty_sources_of_a_country(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in actors(text)


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "قال المتحدث باسم وزارة الصحة أشرف القدرة إن ثلاثة أشخاص قتلوا. وأضاف القدرة أن خمسة أصيبوا.",
            "القدرة",
            "Ashraf al-Qudra",
        ),
        (
            # a person no table lists (محمد المومني is a public figure since nm10's rows)
            "قال الوزير خالد البرغوثي إن الطريق أغلق. وأكد البرغوثي أن التحقيق بدأ.",
            "البرغوثي",
            "Khaled al-Barghouti",
        ),
    ],
)
def test_a_surname_the_tagger_finds_is_the_person_named_before(text: str, short: str, full: str) -> None:
    """The tagger knows no earlier mention: its surname alone takes the full name found before."""
    found = [(f.text, f.name) for f in find_actors(TextView(text), tagger=True)]
    assert (short, full) in found
