"""A country in a genitive after an open plural place word ("مناطق السودان") or after a border
noun with ل ("الحدود الجنوبية للبنان") is where things happen: a place, not an actor."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تتوقع الهيئة أمطاراً على بعض مناطق السودان، خلال الأسبوع.", [("السودان", "Sudan")]),
        ("انقطع التيار عن عدة مدن الأردن مساء أمس.", [("الأردن", "Jordan")]),
        ("سقطت القذيفة قرب الحدود الجنوبية للبنان صباحاً.", [("لبنان", "Lebanon")]),
        ("أغلقت الدوريات الحدود للبنان منذ أسبوع.", [("لبنان", "Lebanon")]),
        ("اندلعت اشتباكات في مناطق سورية مختلفة يوم الأحد.", []),  # "Syrian areas": an adjective
        ("وجه الوزير رسالة للبنان يطلب فيها الدعم.", []),  # ل alone marks the addressee
        ("قالت مصادر الحدود إن الجيش سلّم رسالة للبنان.", []),  # the border word is too far
    ],
)
def test_country_genitive_after_plural_or_border(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(surface, f.place.name) for surface, f in found(text)] == expected
