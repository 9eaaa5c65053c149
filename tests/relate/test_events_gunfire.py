"""Shooting is not shelling: a gunfire trigger (specific=gunfire in data/event_triggers.tsv) is
retyped by who fired it, but no ground agent ("قوات") or drone word makes it shelling or an air
strike (relate.events.triggers.REMOTE_FIRE); a drone word inside a protest trigger ("مسيرة
احتجاجية") is no agent at all; a force on the ground ("قوات", agent needs=ground) does not make
an assault ("هجوم", specific=assault) shelling either. Stabbings are attacks on civilians.
The sentences are written for these tests.
"""

from __future__ import annotations

from rasid.api import extract
from rasid.record import Record

PUBLISHED = "2025-12-20"


def _types(text: str) -> list[tuple[str, str]]:
    r: Record = extract(text, published=PUBLISHED)
    return [(e.type, r.text[e.trigger.span[0] : e.trigger.span[1]]) for e in r.events]


def test_police_shooting_beside_forces_stays_an_attack_on_civilians() -> None:
    text = "وحاول الشاب الهرب فور رؤيته قوات الشرطة، ما دفع الضابط إلى إطلاق النار عليه."
    assert _types(text) == [("attack_on_civilians", "إطلاق النار")]


def test_a_generic_trigger_beside_forces_is_still_shelling() -> None:
    text = "استهدفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم."
    assert [t for t, _ in _types(text)] == ["shelling"]


def test_gunfire_beside_a_protest_march_is_no_air_strike() -> None:
    text = "أصيب مواطنان بشظايا طلقات نارية أطلقتها قوات الأمن لتفريق مسيرة احتجاجية في رفح."
    assert _types(text) == [
        ("attack_on_civilians", "طلقات نارية أطلقتها قوات الأمن"),
        ("protest", "مسيرة احتجاجية"),
    ]


def test_a_drone_strike_keeps_its_drone() -> None:
    assert [t for t, _ in _types("استهدفت مسيرة إسرائيلية سيارة في بلدة بنت جبيل.")] == ["airstrike"]


def test_a_stabbing_is_an_attack_on_civilians() -> None:
    text = "أصيب رجل بجروح متوسطة في عملية طعن وقعت في سوق المدينة ظهر اليوم."
    assert [t for t, _ in _types(text)] == ["attack_on_civilians"]


def test_an_assault_by_ground_forces_is_no_shelling() -> None:
    text = "شنت قوات المعارضة هجوما عنيفا على مواقع الجيش في ريف حماة الشمالي أمس."
    # no shelling; army positions as the object make the assault a clash (relate.events.objects)
    assert _types(text) == [("armed_clash", "شنت قوات المعارضة هجوما")]
