"""Line breaks part words (a title from its dateline), datelines name towns, agencies are no places."""

from __future__ import annotations

import pytest

from rasid.lang.ar.text import TextView
from rasid.recognise.places import find_places


def places(text: str) -> list[tuple[str, str]]:
    view = TextView(text)
    out = []
    for f in find_places(view):
        s, e = view.span(f.start, f.end)
        out.append((text[s:e], f.place.name))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite word ending the title does not make the dateline's town an adjective
        (
            "وصول قافلة جديدة من المساعدات\n\nالرمادي - وكالة محلية\n\nوصلت القافلة صباح اليوم.",
            [("الرمادي", "Ramadi")],
        ),
        # a dateline names the town, not the country of the same name
        (
            "اجتماع للمبعوثين\n\nتونس (وكالة الأخبار) - بدأ الاجتماع صباح اليوم في القاعة الكبرى.",
            [("تونس", "Tunis")],
        ),
        # the outlet after a dateline's dash is no place
        ('أمطار غزيرة\n\nحماة - "حوران اليوم"\n\nهطلت الأمطار ليلاً.', [("حماة", "Hama")]),
        ("أمطار غزيرة\n\nالفاشر - دارفور الآن\n\nهطلت الأمطار ليلاً.", [("الفاشر", "El Fasher")]),
    ],
)
def test_places_lines_datelines(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "الغوطة\nالشرقية" is not one name: a phrase never runs across a line break
        ("قصف على الغوطة\nالشرقية للمرة الأولى", [("الغوطة", "Ghouta")]),
        ("قصف على الغوطة الشرقية للمرة الأولى", [("الغوطة الشرقية", "Eastern Ghouta")]),
    ],
)
def test_places_lines_phrases_stay_on_one_line(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected
