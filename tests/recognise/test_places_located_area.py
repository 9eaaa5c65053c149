"""An indefinite name after "منطقة" is a place when the words after it say where it lies."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import described as places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a compass word after the name: west of Raqqa
            "سقطت قذيفة على منطقة بير شويخ، غرب مدينة الرقة.",
            [("بير شويخ", "", "city", 35.95, 38.98), ("الرقة", "Raqqa", "city", 35.95, 39.01)],
        ),
        (  # an anchor after the name
            "داهمت القوات منطقة بطيخة التابعة لناحية العظيم.",
            [("بطيخة", "", "city", 34.1, 44.52), ("ناحية العظيم", "Al-Udhaim", "admin2", 34.1, 44.52)],
        ),
        (  # the second name of a dual list, its adjective left out
            "تتواجد القوات في منطقتي الرويشد وكحيلة القريبتين من المقدادية.",
            [
                ("الرويشد", "", "city", 33.98, 44.94),
                ("كحيلة", "", "city", 33.98, 44.94),
                ("المقدادية", "Al Miqdadiyah", "city", 33.98, 44.94),
            ],
        ),
    ],
)
def test_located_area_names(
    text: str, expected: list[tuple[str, str, str, float | None, float | None]]
) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فر السكان من منطقة عازلة شمال سوريا.", [("سوريا", "Syria", "country", 34.8, 38.99)]),
        (
            "قالت المعارضة إن الغارات تصيب مناطق ليست تابعة للتنظيم في سوريا.",
            [("سوريا", "Syria", "country", 34.8, 38.99)],
        ),
        (
            "اشتبك الطرفان في منطقة واسعة في محافظة إدلب.",
            [("محافظة إدلب", "Idlib Governorate", "admin1", 35.93, 36.63)],
        ),
        (  # a word right before a gazetteer name is that name's head, not a name of its own
            "قالت المصادر إن منطقتي «الكولة وبقثة آل جميل» بمديرية «رحبة» تعرضتا للقصف.",
            [
                ("الكولة", "Rahabah", "city", 14.9, 44.99),
                ("آل جميل", "Aal Jamil", "city", 14.9, 44.99),
                ("رحبة", "Rahabah", "city", 14.9, 44.99),
            ],
        ),
    ],
)
def test_area_descriptions_are_no_names(
    text: str, expected: list[tuple[str, str, str, float | None, float | None]]
) -> None:
    assert places(text) == expected
