"""The outlet list (data/outlets.tsv): publisher from the address or the article's own credit,
and the English name of an outlet an article names. Sentences written for the test."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors

from rasid import extract
from rasid.lang.ar.lexicon import load_rows
from rasid.recognise.actors.outlets import load_outlets, publisher_of


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.aawsat.com/node/5000001", "الشرق الأوسط"),
        ("https://arabic.rt.com/middle_east/100-x/", "روسيا اليوم"),  # the Arabic edition's host
        ("https://www.dailysabah.com/arabic/arab-world/2019/05/25/x", "ديلي صباح"),  # host and path
        ("https://m.youm7.com/story/2024/1/1/x", "اليوم السابع"),  # a mobile edition
        ("http://www.okaz.com.sa:80/news/local/1", "عكاظ"),
        ("https://example.org/news/1", None),
        ("tests/gold/x.txt", None),  # a file path is no address
    ],
)
def test_publisher_from_address(url: str, expected: str | None) -> None:
    outlet = load_outlets().of_url(url)
    assert (outlet.name_ar if outlet else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("شفق نيوز/ أفاد مصدر أمني بأن انفجاراً وقع في السوق.", "شفق نيوز"),
        ("رام الله - مصدر الإخبارية: أعلنت الشرطة اعتقال شابين.", "مصدر الإخبارية"),
        ("أربيل (كوردستان 24)- قالت وزارة النفط إن الصادرات ارتفعت.", "كوردستان 24"),
        ("الخرطوم؛ المنبر 24", "المنبر 24"),
        ("خاص // وكالة الصحافة اليمنية//", "وكالة الصحافة اليمنية"),
        ("المصدر: Transparency News", None),  # not on the list
        ("مصدر:TRT ARABI", "TRT ARABI"),
        ("الرياض - أعلنت الهيئة تعليق الدراسة.", None),  # a city's dateline, though a paper shares its name
        ("بيروت (أ ف ب) - قال مسؤول إن الغارة أصابت مبنى.", None),  # a wire's credit is not the publisher
        ("وقالت مسيرة إسرائيلية، اليوم (السبت)، إن", None),  # a word on the list inside a sentence
        ("سلمى الحربي – مكة", None),  # a reporter and her city, though a paper shares its name
        ("الرياض - الجزيرة", "الجزيرة"),  # a place's dateline before it: the outlet
        ("(سبوتنيك)", None),  # an outlet alone in brackets: the copy's source
        ("الأخبار", None),  # a page's word alone on a line, though a paper shares its name
        ("عاجل: مقتل ثلاثة في انفجار بالسوق", None),
    ],
)
def test_publisher_credited_in_text(line: str, expected: str | None) -> None:
    credit = load_outlets().credited(f"عنوان الخبر\n{line}\nوتابع المصدر حديثه عن الحادث.")
    assert (credit.written if credit else None) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.yemeress.com/nashwannews/1319110", "نشوان نيوز"),  # an aggregator's path names it
        ("https://www.masress.com/unlisted/1", None),  # never the aggregator itself
        ("https://npa.ps/post/29740/x", "npa.ps"),  # an outlet not on the list: its address
        ("https://www.example-news.ly/2024/1", "example-news.ly"),
        ("http://95.217.235.12/article/1", None),
    ],
)
def test_publisher_from_address_beyond_the_list(url: str, expected: str | None) -> None:
    assert publisher_of(url, "عنوان\nقال شهود إن الانفجار وقع صباحاً.") == expected


def test_publisher_of_a_record() -> None:
    text = "انفجار عبوة في السوق\n\nصنعاء - المصدر أونلاين\nقال شهود إن عبوة ناسفة انفجرت قرب السوق."
    assert extract(text).source.publisher == "المصدر أونلاين"
    by_address = extract("انفجار عبوة في السوق\n\nقال شهود إن عبوة انفجرت.", url="https://aawsat.com/node/1")
    assert by_address.source.publisher == "الشرق الأوسط"


def test_outlet_named_in_the_text_takes_its_english_name() -> None:
    found = actors("وأفادت صحيفة «تايمز أوف إسرائيل» بأن الجيش نفذ غارة على القرية.")
    named = [(ty, n) for t, ty, n in found if "تايمز أوف إسرائيل" in t]
    assert named == [("ORG", "The Times of Israel")]


def test_shared_names_are_taken_only_in_their_country() -> None:
    outlets = load_outlets()
    assert outlets.english("صحيفة الوطن") is None  # six papers are called الوطن
    assert outlets.english("صحيفة الوطن", "SYR") == "Al-Watan Syria"
    assert outlets.english("هآرتس") == "Haaretz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ونقلت صحيفة القبس الكويتية عن مصدر حكومي أن الميزانية أقرت.", ("صحيفة القبس الكويتية", "Al-Qabas")),
        # the adjective picks one of the six papers called الوطن, whatever the article's country
        (
            "وكشفت صحيفة الوطن القطرية أن المفاوضات استؤنفت في القاهرة.",
            ("صحيفة الوطن القطرية", "Al-Watan Qatar"),
        ),
    ],
)
def test_an_outlet_followed_by_its_states_adjective_keeps_its_name(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(t, n) for t, ty, n in actors(text) if ty == "ORG"] == [expected]


def test_outlet_list_covers_the_arab_press() -> None:
    rows = load_rows("outlets.tsv")
    assert len(rows) >= 150
    assert len({row["domain"] for row in rows}) == len(rows)
    countries = {row["country"] for row in rows}
    arab = {"DZA", "BHR", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT"}
    arab |= {"SAU", "SDN", "SYR", "TUN", "ARE", "YEM"}
    assert arab <= countries


def test_an_outlet_after_its_noun_is_named_by_the_list_not_composed() -> None:
    """ "صحيفة الأنباء الكويتية": the Kuwaiti paper Al-Anba, not a composed "Kuwaiti News newspaper"."""
    found = actors("وذكرت صحيفة الأنباء الكويتية أن المجلس سيجتمع الأحد.")
    assert ("صحيفة الأنباء الكويتية", "ORG", "Al-Anba") in found


def test_a_namesake_of_another_states_outlet_is_not_that_outlet() -> None:
    """ "وكالة الأنباء الموريتانية": the adjective's state is not Al-Anba's (Kuwait)."""
    found = actors("وقالت وكالة الأنباء الموريتانية إن الرئيس سافر.")
    assert not [a for a in found if a[2] == "Al-Anba"]


def test_a_registry_agency_keeps_its_registry_name() -> None:
    found = actors("وقالت وكالة الأنباء الأردنية إن الملك استقبل الوفد.")
    assert ("وكالة الأنباء الأردنية", "ORG", "Petra News Agency") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an outlet noun and a listed outlet's name: the outlet, though no org head would compose it
        ("وقال موقع هسبريس إن الحكومة صادقت على المشروع.", ("موقع هسبريس", "ORG", "Hespress")),
        ("ونشرت جريدة الشرق الأوسط مقابلة مع الوزير.", ("جريدة الشرق الأوسط", "ORG", "Asharq Al-Awsat")),
        ("وقالت مجلة فورين بوليسي إن الأزمة ستطول.", ("مجلة فورين بوليسي", "ORG", "Foreign Policy")),
        # a name two outlets share: an organisation still, its English name unknown
        ("وبثت قناة «الغد» لقاء مع المتحدث.", ("قناة «الغد»", "ORG", None)),
    ],
)
def test_an_outlet_noun_and_a_listed_name_is_the_outlet(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in actors(text)
