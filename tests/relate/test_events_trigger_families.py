"""EventStage: trigger families of the taxonomy that the vocabulary lacked, and sport context.

- an exchange of fire is an armed clash; arson (أحرق، أضرم), a sniper's bullets and tear gas
  are attacks; an incursion (توغل) is a military intervention; an intercepted missile or drone
  was fired (shelling, airstrike);
- an indefinite "مسيرة" is a drone that makes "استهدفت" an airstrike; "المسيرة" (a march, a
  channel) is not;
- a trigger in a sentence with a sport word, or anywhere in a match report, names play, unless
  the sentence tells of a killing.
The sentences are written for these tests; places are injected.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import Place, run

HOMS = Place("حمص", "Homs", 34.7, 36.7)


def _rows(text: str) -> list[tuple[str, str]]:
    r = run(text, places=[HOMS])
    return [(e.type, r.text[e.trigger.span[0] : e.trigger.span[1]]) for e in r.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قتل عنصران من الشرطة في تبادل لإطلاق النار مع مسلحين في حمص أمس.",
            [("armed_clash", "تبادل لإطلاق النار")],
        ),
        ("أحرق مستوطنون منزلين في قرية قرب حمص فجر اليوم.", [("attack_on_civilians", "أحرق")]),
        ("أضرم محتجون غاضبون النار في مبنى المحافظة في حمص أمس.", [("attack_on_civilians", "أضرم")]),
        ("أصيب رجل برصاص قناص في حي الخالدية في حمص أمس.", [("attack_on_civilians", "رصاص قناص")]),
        ("توغلت قوة عسكرية داخل بلدة قرب حمص فجر اليوم.", [("military_intervention", "توغلت")]),
        (  # the light verb before joins the trigger
            "وأطلقت قوات الشرطة الغاز المسيل للدموع على المتظاهرين في حمص أمس.",
            [("attack_on_civilians", "وأطلقت قوات الشرطة الغاز المسيل للدموع")],
        ),
        ("أعلن الجيش اعتراض صواريخ أطلقها مسلحون باتجاه حمص أمس.", [("shelling", "اعتراض صواريخ")]),
        ("أعلن الجيش اعتراض طائرة مسيرة فوق حمص أمس.", [("airstrike", "اعتراض طائرة مسيرة")]),
    ],
)
def test_events_new_trigger_families(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت مصادر محلية إن مسيرة استهدفت سيارة على طريق حمص أمس.", [("airstrike", "استهدفت")]),
        ("قالت قناة المسيرة إن الجماعة استهدفت سفينة قرب حمص أمس.", []),  # a channel: no attack cue
        ("خرجت مسيرة في حمص أمس.", []),  # a drone word alone names no event
    ],
)
def test_events_indefinite_drone_agent(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وحدث اشتباك بين لاعبين في الشوط الثاني من المباراة في حمص أمس.", []),
        ("انتزع المنتخب بطاقة التأهل بعد فوزه بركلات الترجيح في حمص أمس.", []),
        (  # a killing keeps the clash, sport word or not
            "قتل مشجعان في اشتباكات اندلعت بعد مباراة في حمص أمس.",
            [("armed_clash", "اشتباكات")],
        ),
        (  # a match report: six different sport words make every sentence play
            "فاز النادي في الدوري أمس بعد ركلة جزاء. وقال المدرب إن الفريق لعب جيدا في الملعب أمام"
            " منتخب الشباب. واندلعت مواجهات عنيفة في حمص بعد ذلك.",
            [],
        ),
        (  # two sport words elsewhere do not make a match report
            "فاز النادي في الدوري أمس. واندلعت مواجهات عنيفة في حمص بعد ذلك.",
            [("armed_clash", "مواجهات")],
        ),
        ("اندلعت اشتباكات بين مسلحين في حمص أمس.", [("armed_clash", "اشتباكات")]),
    ],
)
def test_events_sport_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # explosions after raids are their sound: the raids' type
            "شن الطيران الحربي غارات على حمص أمس، وهزت انفجارات عنيفة المدينة.",
            [("airstrike", "شن الطيران الحربي غارات"), ("airstrike", "انفجارات")],
        ),
        ("هزت انفجارات عنيفة مدينة حمص أمس.", [("explosion", "انفجارات")]),
    ],
)
def test_events_explosions_take_their_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected
