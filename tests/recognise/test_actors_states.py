"""States and capitals: actors where they act, places where they are only where things happen."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتقول روسيا إنها تستهدف الإرهابيين فقط.", [("روسيا", "GPE", "Russia")]),
        ("أعلنت تركيا بدء عملية عسكرية جديدة.", [("تركيا", "GPE", "Turkey")]),
        ("روسيا تقصف المستشفيات في حلب.", [("روسيا", "GPE", "Russia")]),
        ("جدير بالذكر أن روسيا، أعلنت بدء الغارات.", [("روسيا", "GPE", "Russia")]),
        ("تقاتل الميليشيات بدعم من إيران في دير الزور.", [("إيران", "GPE", "Iran")]),
        ("وطلب الرئيس دعماً عسكرياً من موسكو.", [("موسكو", "GPE", "Russia")]),
        ("وتحدث عن الدعم المعلن للنظام من قبل موسكو.", [("موسكو", "GPE", "Russia")]),
        (
            "أعلن عن مركز تشارك فيه روسيا وإيران والعراق وسورية.",
            [
                ("روسيا", "GPE", "Russia"),
                ("إيران", "GPE", "Iran"),
                ("العراق", "GPE", "Iraq"),
                ("سورية", "GPE", "Syria"),
            ],
        ),
        (
            "بحث الوزيران العلاقات الثنائية بين مصر والسعودية.",
            [("مصر", "GPE", "Egypt"), ("السعودية", "GPE", "Saudi Arabia")],
        ),
        ("واتهم البيان روسيا والنظام السوري بقصف المدنيين.", [("روسيا", "GPE", "Russia")]),
        ("ووصف الناشطون ما يجري بأنه إرهاب روسيا.", [("روسيا", "GPE", "Russia")]),
        ("وأكدت واشنطن أن العقوبات باقية.", [("واشنطن", "GPE", "United States")]),
        ("وقال الكرملين إن اللقاء مثمر.", [("الكرملين", "GPE", "Russia")]),
        ("ودعا المجتمع الدولي إلى الضغط على إسرائيل لوقف الغارات.", [("إسرائيل", "GPE", "Israel")]),
        ("وتستضيف تشاد آلاف اللاجئين.", [("تشاد", "GPE", "Chad")]),
        ("اتهم الناشطون روسيا بقصف الأسواق.", [("روسيا", "GPE", "Russia")]),
        (
            "بموجب الاتفاق الذي توصلت إليه روسيا وتركيا.",
            [("روسيا", "GPE", "Russia"), ("تركيا", "GPE", "Turkey")],
        ),
    ],
)
def test_actors_states_acting(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = actors(text)
    for item in expected:
        assert item in found


@pytest.mark.parametrize(
    "text",
    [
        "وصل الوفد السوري إلى موسكو أمس.",
        "يعيش آلاف اللاجئين في تركيا منذ سنوات.",
        "قتل ثلاثة مدنيين بقصف على سورية.",
        "عاد المهاجرون من ليبيا إلى مصر.",
        "تقع البلدة شمال العراق قرب الحدود.",
        "عقد المؤتمر في العاصمة دمشق بحضور الوزراء.",
    ],
)
def test_actors_states_as_places(text: str) -> None:
    assert [m for m in actors(text) if m[1] == "GPE"] == []
