"""A dateline whose dash is drawn with the tatweel ("الخرطوم ــ") is a dateline like "الخرطوم -"."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "الأبيض ــ وكالة الأنباء\nقتل 23 مدنيا في هجوم.",
            [("الأبيض", "El Obeid")],
        ),  # "white" alone needs this cue
        ("الأبيض - وكالة الأنباء\nقتل 23 مدنيا في هجوم.", [("الأبيض", "El Obeid")]),
        ("الأبيض ــ\nقتل 23 مدنيا في هجوم.", [("الأبيض", "El Obeid")]),
        ("الأبيض ـ وكالة الأنباء\nقتل 23 مدنيا في هجوم.", []),  # one tatweel is no dash
        ("كان لونه الأبيض ــ كما قيل ــ ناصعا.", []),  # not at a line's start
    ],
)
def test_tatweel_dateline(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(surface, f.place.name) for surface, f in found(text)] == expected
