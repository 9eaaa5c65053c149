"""A state's government is GPE; its forces and security bodies (rows of role army) are ORG;
well-known bodies of the region are named from the registry."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("واتهم النظام السوري المعارضة بخرق الهدنة.", ("النظام السوري", "GPE", "Syrian government")),
        ("وقصفت قوات النظام السوري البلدة بالمدفعية.", ("قوات النظام السوري", "ORG", "Syrian government")),
        (
            "وقالت اللجنة الأمنية التابعة للنظام في درعا إن الاتفاق انتهى.",
            ("اللجنة الأمنية التابعة للنظام", "ORG", "Syrian government"),
        ),
        ("وقصفت المروحيات قرى ريف حماة في سوريا.", ("المروحيات", "ORG", "Syrian government")),
        ("ورحبت الحكومة العراقية بالاتفاق.", ("الحكومة العراقية", "GPE", "Iraqi government")),
    ],
)
def test_actors_state_bodies_type(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in actors(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأعلنت وزارة الصحة اللبنانية ارتفاع عدد القتلى في جنوب لبنان.",
            ("وزارة الصحة اللبنانية", "ORG", "Lebanese Ministry of Public Health"),
        ),
        (
            "وقالت وزارة الصحة في بيروت إن الغارة قتلت شخصين في لبنان.",
            ("وزارة الصحة", "ORG", "Lebanese Ministry of Public Health"),
        ),
        (
            "وأعلن البنك المركزي اليمني خفض قيمة الريال.",
            ("البنك المركزي اليمني", "ORG", "Central Bank of Yemen"),
        ),
        ("وقال البنك المركزي إن الرواتب تأخرت في اليمن.", ("البنك المركزي", "ORG", "Central Bank of Yemen")),
        (
            "وأدانت نقابة الصحفيين اليمنيين اختطاف زملائها.",
            ("نقابة الصحفيين اليمنيين", "ORG", "Yemeni Journalists Syndicate"),
        ),
        (
            "وطالب الاتحاد الدولي للصحفيين بالإفراج عنهم.",
            ("الاتحاد الدولي للصحفيين", "ORG", "International Federation of Journalists"),
        ),
        ("وتبنى تنظيم حراس الدين الهجوم.", ("تنظيم حراس الدين", "ORG", "Hurras al-Din")),
        ("وهاجمت جبهة فتح الشام مواقع الجيش.", ("جبهة فتح الشام", "ORG", "al-Nusra Front")),
    ],
)
def test_actors_state_bodies_registry(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in actors(text)
