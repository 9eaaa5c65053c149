"""Eleventh round of issue 12's perpetrators (rasid.relate.events.provoked), run through the whole
pipeline as `rasid extract` runs it: a fight an attack draws ("تبادل لإطلاق النار", "الاشتباك")
whose own words name no side takes the agent of the attack told in its sentence or just before it
(data/event_provoked_fights.tsv); not from an attack whose agent is only supposed.
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.relate.events_support import event_rows

from rasid.relate.events.provoked import fight_words

PUBLISHED = "2025-11-02"


def _agents(text: str) -> list[tuple[str, list[str | None]]]:
    return [(kind, names) for kind, _, names, _ in event_rows(text, PUBLISHED)]


def test_an_exchange_of_fire_after_a_claimed_attack_takes_the_claimer() -> None:
    text = (
        "هجوم على نقطة للجيش\n"
        "قتل أربعة جنود في هجوم على نقطة للجيش قرب بلدة ميرانشاه فجر اليوم. "
        "وقال مسؤول محلي إن ثلاثة من المهاجمين قتلوا في تبادل لإطلاق النار استمر ساعتين. "
        "وأعلنت حركة طالبان باكستان مسؤوليتها عن الهجوم."
    )
    # the attack (on soldiers: a clash), then the exchange of fire it drew
    assert _agents(text) == [
        ("armed_clash", ["Tehrik-i-Taliban Pakistan"]),
        ("armed_clash", ["Tehrik-i-Taliban Pakistan"]),
    ]


def test_an_exchange_of_fire_after_a_supposed_agent_takes_nobody() -> None:
    text = (
        "هجوم على نقطة للجيش\n"
        "قتل أربعة جنود في هجوم يرجح أن حركة طالبان باكستان نفذته على نقطة للجيش قرب بلدة ميرانشاه فجر اليوم. "
        "وقال مسؤول محلي إن ثلاثة من المهاجمين قتلوا في تبادل لإطلاق النار استمر ساعتين."
    )
    assert _agents(text) == [("armed_clash", ["Tehrik-i-Taliban Pakistan"]), ("armed_clash", [])]


def test_the_fight_words_come_from_the_data_file() -> None:
    assert {"تبادل", "الاشتباك", "اشتباكات"} <= fight_words()
    assert not {"معارك", "مواجهات"} & fight_words()


def test_a_name_apposed_to_a_source_is_no_agent() -> None:
    # the spokesman's name after his title tells the strike; it did not carry it out
    text = (
        "قتلى في غارة على مدرسة\n"
        "قتل تسعة أشخاص في غارة على مدرسة تؤوي نازحين، ووفقاً للمتحدث باسم الدفاع المدني، سامر خليل، "
        "فقد نُفذ الهجوم فجر اليوم."
    )
    assert _agents(text) == [("airstrike", [])]


def test_the_enemy_and_the_entity_are_names_of_israel_acting() -> None:
    text = "غارات على الجنوب\nوشن العدو الإسرائيلي غارات على بلدة عيتا الشعب فجر اليوم."
    assert _agents(text) == [("airstrike", ["Israel"])]
