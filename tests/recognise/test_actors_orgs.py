"""Organisations the registry does not know: head nouns, their name words, composed names."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors, mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقالت وزارة الخارجية المصرية إن الوزير سيزور الرياض.",
            ("وزارة الخارجية المصرية", "ORG", "Egyptian Ministry of Foreign Affairs"),
        ),
        (
            "وصرّح المتحدث باسم وزارة الخارجية والهجرة المصرية بأن الزيارة مهمة.",
            ("وزارة الخارجية والهجرة المصرية", "ORG", "Egyptian Ministry of Foreign Affairs and Emigration"),
        ),
        (
            "وقالت وزارة الصحة في غزة إن عدد الضحايا ارتفع.",  # the registry's name (actors.tsv)
            ("وزارة الصحة في غزة", "ORG", "Palestinian Ministry of Health"),
        ),
        (
            "حذر المركز الوطني للأرصاد من أمطار غزيرة.",
            ("المركز الوطني للأرصاد", "ORG", "National Center for Meteorology"),
        ),
        ("ونشر مركز حلب الإعلامي صوراً للدمار.", ("مركز حلب الإعلامي", "ORG", "Aleppo Media Center")),
        ("وقال المركز الصحفي السوري إن القصف استمر.", ("المركز الصحفي السوري", "ORG", "Syrian Press Center")),
        (
            "وأعلنت الداخلية السعودية القبض على المتهمين.",
            ("الداخلية السعودية", "ORG", "Saudi Ministry of Interior"),
        ),
        ("وأفاد مرصد تعقب حركة الطيران بإقلاع طائرتين.", ("مرصد تعقب حركة الطيران", "ORG", None)),
        ("ووثق تجمع أحرار زيتون مقتل شخصين.", ("تجمع أحرار زيتون", "ORG", None)),
        ("ذكر موقع صدى نيوز أن الاشتباكات تجددت.", ("صدى نيوز", "ORG", None)),
        ('وأفادت وكالة "آرا برس" الإخبارية بسقوط قتلى.', ('وكالة "آرا برس" الإخبارية', "ORG", None)),
        ("ونشر التقرير «سيفا»، وهو تحالف عالمي للمجتمع المدني.", ("سيفا", "ORG", None)),
        ("وكشفت منظمة سورية أن روسيا ارتكبت مجزرة.", ("منظمة سورية", "ORG", None)),
    ],
)
def test_actors_orgs_by_head(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in actors(text)


def test_actors_orgs_nested_in_an_office() -> None:
    text = "وفق تقرير للقسم الإعلامي للائتلاف السوري المعارض اليوم."
    found = actors(text)
    assert ("ائتلاف السوري المعارض", "ORG", "Syrian National Coalition") in found
    assert (
        "قسم الإعلامي للائتلاف السوري المعارض",
        "ORG",
        "Syrian National Coalition Media Department",
    ) in found
    # the nested mention is listed first: mentions are in order of their end
    assert found.index(("ائتلاف السوري المعارض", "ORG", "Syrian National Coalition")) < found.index(
        ("قسم الإعلامي للائتلاف السوري المعارض", "ORG", "Syrian National Coalition Media Department")
    )


def test_actors_orgs_name_ar_as_written() -> None:
    found = mention("ووثق تجمع أحرار زيتون مقتل شخصين.", "تجمع أحرار زيتون")
    assert (found.name, found.name_ar) == (None, "تجمع أحرار زيتون")


@pytest.mark.parametrize(
    "text",
    [
        "تزايدت حركة النزوح من المدينة.",  # a weak head with no known name word
        "وصلت القافلة إلى مركز المدينة.",
        "وقدرت الوزارة الخسائر الأولية بملايين الدولارات.",  # a definite head takes no genitive
    ],
)
def test_actors_orgs_not_names(text: str) -> None:
    assert [m for m in actors(text) if m[1] == "ORG" and m[2] is None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ودخل الضيوف غرفة كبيرة في القصر.", []),  # a weak indefinite head with a plain adjective
        ("وشكلت لجنة عسكرية للتحقيق.", []),
        ("وتغلب منتخب الأردن أمام منتخب قطر.", ["منتخب الأردن", "منتخب قطر"]),  # أمام ends a name
        ("وزار وفد نادي حمص محمود المدينة.", ["نادي حمص"]),  # a place ends the name
    ],
)
def test_actors_orgs_name_ends(text: str, expected: list[str]) -> None:
    assert [a[0] for a in actors(text) if a[1] == "ORG"] == expected
