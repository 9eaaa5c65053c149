"""Words around a name: setting verbs, liberation, coordinated parties, per cent, facilities."""

from __future__ import annotations

import pytest

from rasid.lang.ar.text import TextView
from rasid.recognise.places import find_places


def places(text: str) -> list[tuple[str, str | None]]:
    view = TextView(text)
    out = []
    for f in find_places(view):
        s, e = view.span(f.start, f.end)
        out.append((text[s:e], f.place.name or None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country that lives through, witnesses or nears something is its setting
        ("يذكر أن ليبيا تعيش أزمة سياسية منذ سنوات.", [("ليبيا", "Libya")]),
        ("بينما يعيش اليمن حرباً طويلة.", [("اليمن", "Yemen")]),
        ("حذرت المنظمة من أن السودان يقترب من المجاعة.", [("السودان", "Sudan")]),
        ("سيعقد المجلس جلسة بشأن العراق الأسبوع المقبل.", [("العراق", "Iraq")]),
        # "تحرير" before a town is its liberation, the group's name still hides its place
        ("أعلن الجيش بدء عملية لتحرير هيت من المسلحين.", [("هيت", "Hit")]),
        ("هاجمت هيئة تحرير الشام المواقع.", []),
        # the capital and a government joined by و are two parties, and a doubting capital an actor
        ("وقعت الاتفاقية بين أنقرة وحكومة الوفاق.", []),
        ("موسكو تشكك في الأرقام المعلنة.", []),
        # per cent and months are words
        ("ارتفعت الأسعار 40 في المائة خلال الأشهر الماضية.", []),
    ],
)
def test_places_context_words(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a market or hospital the gazetteer lacks, with a definite name, is a facility nearby
        (
            "انفجرت عبوة قرب سوق الخضار وسط مدينة كركوك.",
            [("سوق الخضار", None, 35.47, 44.39), ("كركوك", "Kirkuk", 35.47, 44.39)],
        ),
        # no name after the noun: an adjective is no facility
        ("نقل الجرحى إلى مستشفى ميداني في مدينة كركوك.", [("كركوك", "Kirkuk", 35.47, 44.39)]),
        # "سوق بإدلب" is a market in Idlib, not a facility named Idlib
        ("غارات على سوق بإدلب.", [("إدلب", "Idlib", 35.93, 36.63)]),
    ],
)
def test_places_context_unknown_facilities(
    text: str, expected: list[tuple[str, str | None, float, float]]
) -> None:
    view = TextView(text)
    got = []
    for f in find_places(view):
        s, e = view.span(f.start, f.end)
        got.append((text[s:e], f.place.name or None, round(f.place.lat, 2), round(f.place.lon, 2)))
    assert got == expected
