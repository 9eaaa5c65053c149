"""A direction or land noun and a country adjective name a region or the country itself."""

from __future__ import annotations

import pytest

from rasid.lang.ar.text import TextView
from rasid.recognise.places import find_places


def places(text: str) -> list[tuple[str, str, str]]:
    view = TextView(text)
    out = []
    for f in find_places(view):
        s, e = view.span(f.start, f.end)
        out.append((text[s:e], f.place.name, f.place.precision))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تصاعد القصف على الجنوب اللبناني أمس.", [("الجنوب اللبناني", "southern Lebanon", "admin1")]),
        ("انتشرت القوات في الشمال السوري.", [("الشمال السوري", "northern Syria", "admin1")]),
        ("تمركزت الفصائل في الغرب الليبي.", [("الغرب الليبي", "western Libya", "admin1")]),
        ("سقطت القذائف داخل الأراضي التركية.", [("الأراضي التركية", "Turkey", "country")]),
        ("وصلت القافلة إلى الأراضي السورية.", [("الأراضي السورية", "Syria", "country")]),
        # an outlet's name is no region
        ("قال مسؤول لشبكة الشمال السوري إن القصف توقف.", []),
        # an adjective after another noun is no place
        ("قال الجيش السوري إن القصف توقف.", []),
    ],
)
def test_places_nisba_regions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert places(text) == expected
