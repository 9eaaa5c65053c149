"""Countries (and capitals) as actors are not places; as locations they are."""

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
    "text",
    [
        "روسيا تقصف المدن منذ عام 2015.",  # subject before its verb
        "وتقول روسيا إن طائراتها لا تستهدف المدنيين.",  # subject after its verb
        "اتهم الناشطون روسيا بأنها تقصف الأسواق.",  # object of an accusation
        "مركز تشارك فيه روسيا وإيران والعراق.",  # subjects of a verb, and their list
        "طالبوا بوضع روسيا على لائحة الإرهاب.",  # object
        "فاز المنتخب على العراق وتعادل مع البحرين.",  # national teams
        "أعلنت قطر عن المبادرة.",
        "هاجمت الفصائل المدعومة من تركيا القرية.",  # من marks the agent
        "وجاء ذلك بطلب من موسكو ودعم من قبل موسكو.",  # a capital standing for its state
        "قال محافظ بنك مصر.",  # part of an organisation's name
        "تسيطر قوات سوريا الديمقراطية على المدينة.",
        "بثت قناة الجزيرة التقرير.",
    ],
)
def test_places_agents_are_not_places(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يعيش ملايين اللاجئين في سوريا ولبنان.", [("سوريا", "Syria"), ("لبنان", "Lebanon")]),
        ("عاد الوفد إلى سورية.", [("سورية", "Syria")]),
        ("كان يقيم بسوريا.", [("سوريا", "Syria")]),
        ("خرجت الأموال من مصر.", [("مصر", "Egypt")]),
        ("انتشرت القوات شمال غربي سوريا.", [("سوريا", "Syria")]),
        ("الرئيس زار الصين وروسيا.", [("الصين", "China"), ("روسيا", "Russia")]),
        ("عاد بعد زيارته تركيا.", [("تركيا", "Turkey")]),
        ("امتدت الغارات إلى أنحاء المملكة العربية السعودية.", [("المملكة العربية السعودية", "Saudi Arabia")]),
    ],
)
def test_places_countries_as_locations(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


def test_places_kingdom_stands_for_the_named_country() -> None:
    text = "أعلنت السعودية خطة جديدة تشمل مختلف أنحاء المملكة."
    assert places(text) == [("المملكة", "Saudi Arabia")]
