"""Shooting is not shelling: a gunfire trigger (specific=gunfire in data/event_triggers.tsv) is
retyped by who fired it, but a ground agent ("قوات") never makes it shelling
(relate.events.triggers.INDIRECT_FIRE). The sentences are written for these tests.
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
