"""Triggers that name no event of their own: talk about an event, care for the wounded, a side's
own version, a place told in another claim, and the "similar" incident's own words.

The sentences are written for these tests; places, actors and claims are injected
(events_support) so that only the events stage is under test.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from tests.relate.events_support import Actor, Place, Said, mention_text, run

HAMA = Place("حماة", "Hama", 35.13, 36.75)
SARAQIB = Place("سراقب", "Saraqib", 35.86, 36.80)
BASE = Place("مطار الشعيرات", "Shayrat Airbase", 34.49, 36.91, precision="facility")


def _rows(
    text: str, places: Sequence[Place] = (), claims: Sequence[Said] = (), actors: Sequence[Actor] = ()
) -> list[tuple[object, ...]]:
    r = run(text, places=places, claims=claims, actors=actors)
    return [(e.type, e.trigger.text, mention_text(r, e.place)) for e in r.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a breach of an agreement is talk about it, not an agreement reached
            "قصفت طائرات حربية أمس مدينة حماة، في انتهاك واضح لاتفاق التهدئة.",
            [("airstrike", "قصفت", "حماة")],
        ),
        (  # the collapse of a truce dates another event
            "تشهد مدينة حماة قصفاً مدفعياً منذ انهيار الهدنة الشهر الماضي.",
            [("shelling", "قصفاً مدفعيا", "حماة")],
        ),
        (  # a truce demanded, then named again in the same sentence
            "صدر قرار يطالب بهدنة لمدة أسبوع في حماة، وهي هدنة لم تطبق بعد.",
            [],
        ),
        ("يُنتظر عقد جولة جديدة من محادثات السلام في حماة الشهر المقبل.", []),  # talks expected
        ("حذر المبعوث من نتائج خطيرة لأي هجوم على مدينة حماة.", []),  # any attack
        ("يقيم في المخيم آلاف من موجات نزوح قديمة إلى حماة.", []),  # waves of a kind
        (  # the circumstances of a funeral
            "شيع الأهالي الضحايا في حماة في ظل استمرار القصف.",
            [],
        ),
        (  # "استقبل" with a visitor is a meeting
            "استقبل محافظ حماة أمس وفداً أممياً.",
            [("cooperation", "استقبل", "حماة")],
        ),
        (  # an adjective of a weapon names no explosion
            "ضبطت الشرطة في حماة صواريخ شديدة الانفجار.",
            [],
        ),
    ],
)
def test_events_background_topics(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, [HAMA]) == expected


def test_events_background_place_in_another_claim() -> None:
    """A place inside what a statement says, away from the trigger, is not where the raids were."""
    text = "قصفت طائرات حربية أمس مدينة سراقب. ووثق المرصد مقتل أربعة مدنيين في الغارات، مؤكداً أن الطائرات أقلعت من مطار الشعيرات."
    claims = [Said("ووثق", "مقتل أربعة مدنيين في الغارات"), Said("مؤكداً", "الطائرات أقلعت من مطار الشعيرات")]
    assert _rows(text, [SARAQIB, BASE], claims) == [("airstrike", "الغارات", "سراقب")]


def test_events_background_side_tells_its_own_act() -> None:
    """ "قال الجيش إنه استهدف ...": the attacker's version of the strike told before, not another."""
    text = "قتل ثلاثة مدنيين أمس في غارة جوية على مدينة سراقب. في المقابل، قال الجيش إنه استهدف مخزناً للسلاح."
    claims = [Said("قال", "استهدف مخزناً للسلاح", source="الجيش")]
    actors = [Actor("الجيش", "Syrian Army")]
    assert _rows(text, [SARAQIB], claims, actors) == [("airstrike", "غارة جوية", "سراقب")]


def test_events_background_similar_names_the_incident() -> None:
    """ "هجوماً مماثلاً استهدف": the similar attack's own words stand for it, not its verb."""
    text = (
        "قتل جنديان أمس بانفجار عبوة ناسفة في حماة. وشهدت سراقب الشهر الماضي هجوماً مماثلاً استهدف "
        "دورية للجيش، ما أسفر عن مقتل جندي."
    )
    assert _rows(text, [HAMA, SARAQIB]) == [("explosion", "انفجار", "حماة"), ("explosion", "هجوما", "سراقب")]


@pytest.mark.parametrize(
    ("text", "cooperation"),
    [
        ("استقبل مشفى حماة الوطني أمس عشرات الجرحى.", False),  # care for the wounded
        ("استقبل محافظ حماة أمس وفداً أممياً.", True),  # a meeting
    ],
)
def test_events_background_received_wounded(text: str, cooperation: bool) -> None:
    assert any(t == "cooperation" for t, *_ in _rows(text, [HAMA])) is cooperation
