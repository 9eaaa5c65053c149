"""Place names that are also ordinary words need the words around them."""

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
        "ارتفعت حدة القصف على المدينة.",  # intensity, not Hadda
        "يعاني مرضى السكري في الحي.",  # diabetes; "the neighbourhood"
        "ركع المصلون في المشهد الأخير.",  # the scene
        "أعلن الدفاع المدني (الخوذ البيضاء) وقف إطلاق النار.",  # an adjective; a ceasefire
        "دوماً كانت الحرب طويلة.",  # an adverb with tanwin
        "أكد المسؤول بأنه وأن اللغات والبحوث كثيرة.",  # بأنه، وأن، لغات، بحوث
        "فتح الباب أمام المفاوضات.",  # the door
        "هذا الباب مغلق.",
        "تراكمت المخلفات الصلبة في الشوارع.",  # an adjective after a definite noun
        "قتل مدني في قرية صغيرة.",  # an adjective after a place word
        "مدينة تقع على الساحل.",
        "شارك في الثورة السورية آلاف الشباب.",
        "زاد سعر الجنيه أمام الدولار.",
    ],
)
def test_places_words_not_places(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقطت قذيفة في منطقة حدة جنوب صنعاء.", [("حدة", "Hadda"), ("صنعاء", "Sanaa")]),
        ("قصف حي السكري في حلب.", [("السكري", "al-Sukkari"), ("حلب", "Aleppo")]),
        (
            "قتل ثلاثة في أحياء المشهد والشعار والفردوس بحلب.",
            [("المشهد", "al-Mashhad"), ("الشعار", "al-Sha'ar"), ("الفردوس", "al-Firdaws"), ("حلب", "Aleppo")],
        ),
        ("قصفت الطائرات مدينة الباب وريفها.", [("الباب", "Al-Bab")]),
        ("قتل مدنيان في الباب وريفها.", [("الباب", "Al-Bab")]),
        ("سيطر التنظيم على مدينة الثورة.", [("الثورة", "Al-Tabqa")]),
        ("قتل شاب في الصالحين بمدينة حلب.", [("الصالحين", "al-Salihin"), ("حلب", "Aleppo")]),
    ],
)
def test_places_words_with_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected
