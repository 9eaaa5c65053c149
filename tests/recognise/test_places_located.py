"""Where names land: repeated unknown names, town parts, namesakes far away, joined parents."""

from __future__ import annotations

import pytest

from rasid.lang.ar.text import TextView
from rasid.recognise.places import find_places


def located(text: str) -> list[tuple[str, str | None, float, float]]:
    view = TextView(text)
    out = []
    for f in find_places(view):
        s, e = view.span(f.start, f.end)
        out.append((text[s:e], f.place.name or None, round(f.place.lat, 2), round(f.place.lon, 2)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unknown village named after "بلدة" is the same place wherever else it is named
        (
            "قصف على بلدة المرجانة في ريف حماة. وعاد الأهالي إلى المرجانة مساء.",
            [
                ("المرجانة", None, 35.2, 36.65),
                ("ريف حماة", "Hama countryside", 35.2, 36.65),
                ("المرجانة", None, 35.2, 36.65),
            ],
        ),
        # "شرقي مدينة تعز" after a neighbourhood is the town's eastern part, not 30 km away
        (
            "سقطت قذائف على حي النسيم شرقي مدينة تعز.",
            [("النسيم", None, 13.58, 44.05), ("تعز", "Taiz", 13.58, 44.02)],
        ),
        # a village 30 km east of its town
        (
            "سقطت قذائف على قرية النسيم شرقي مدينة تعز.",
            [("النسيم", None, 13.58, 44.32), ("تعز", "Taiz", 13.58, 44.02)],
        ),
        # a hospital named by an ordinary word that is also a far hamlet is in the town named with it
        (
            "نقل الجرحى إلى مستشفى الثورة في مدينة تعز.",
            [("مستشفى الثورة", None, 13.58, 44.02), ("تعز", "Taiz", 13.58, 44.02)],
        ),
        # a neighbourhood and its town joined by ل are one place
        (
            "شنت الطائرات غارات على الضاحية الجنوبية لبيروت ليلاً.",
            [("الضاحية الجنوبية لبيروت", "Dahieh", 33.85, 35.51)],
        ),
    ],
)
def test_places_located(text: str, expected: list[tuple[str, str | None, float, float]]) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عقدت المحادثات في جنيف برعاية أممية.", [("جنيف", "Geneva", 46.2, 6.15)]),
        ("التقى الرئيسان في مدينة سوتشي.", [("سوتشي", "Sochi", 43.6, 39.73)]),
        (
            "انفجرت عبوة في منطقة حمام العليل جنوبي الموصل.",
            [("حمام العليل", "Hammam al-Alil", 36.16, 43.26), ("الموصل", "Mosul", 36.34, 43.12)],
        ),
        # "أدري" ("I know") is a town only after a place word, and in Chad when the story is there
        (
            "عبر اللاجئون من السودان إلى تشاد عبر معبر أدري.",
            [
                ("السودان", "Sudan", 12.86, 30.22),
                ("تشاد", "Chad", 15.45, 18.73),
                ("معبر أدري", "Adre crossing", 13.47, 22.2),
            ],
        ),
        ("لا أدري متى يعود.", []),
    ],
)
def test_places_located_curated_towns(
    text: str, expected: list[tuple[str, str | None, float, float]]
) -> None:
    assert located(text) == expected


def test_a_stoplisted_word_does_not_vote_for_its_namesake_region() -> None:
    # "الرأس" (the head) is also a West Bank village: it must not pull أريحا to Jericho.
    text = "غارات على سوق في أريحا بريف إدلب\n\nوصل إلى المستشفى الوطني بأريحا جرحى بشظايا في الرأس والصدر."
    assert {name for words, name, _, _ in located(text) if words.endswith("أريحا")} == {"Ariha"}


def test_an_adjective_after_a_neighbourhood_word_is_no_name() -> None:
    names = [words for words, *_ in located("سقطت قذيفة على حي سكني مكتظ قرب حي جوبر في دمشق.")]
    assert names == ["جوبر", "دمشق"]
