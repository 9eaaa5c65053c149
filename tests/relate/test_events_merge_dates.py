"""EventStage: an attack named again joins the earlier one only on a day that may be the same.

"هجوم" names an attack but not its means; a later sentence that names an attack again with no
means of its own used to join the latest such incident whatever its day. A second incident told
with a day of its own that differs from the first one's ("وفي 2 آذار وقع هجوم على قرية") is
another attack; a mention with no day, or the same day, still joins. The sentences are written
for these tests after the wording of real reports.
"""

from __future__ import annotations

from tests.relate.events_support import run


def _dated(text: str) -> list[str | None]:
    r = run(text, published="2024-03-11")
    return [r.mention(e.date).value if e.date else None for e in r.events if not e.cumulative]


def test_an_attack_on_another_day_is_another_incident() -> None:
    text = (
        "قتل ثلاثة جنود في هجوم على حاجز عسكري يوم الأحد.\n\n"
        "وفي 2 آذار 2024 وقع هجوم على قرية مجاورة قتل فيه مزارع."
    )
    assert _dated(text) == ["2024-03-10", "2024-03-02"]


def test_the_attack_named_again_without_a_day_is_the_same_incident() -> None:
    text = (
        "قتل ثلاثة جنود في هجوم على حاجز عسكري يوم الأحد.\n\n"
        "ووقع الهجوم بعد منتصف الليل بقليل، وفق مصدر أمني."
    )
    assert _dated(text) == ["2024-03-10"]
