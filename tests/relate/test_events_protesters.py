"""EventStage: protesters hold protests and are never the agent of the violence against them.

- the protesters named in a protest's sentence held it, even when the sentence also names
  who reports it or the protesters are the source of its demands;
- a protest whose sentences name no one was held by the article's protesters, else by the
  people it was held in the name of;
- "استهداف المتظاهرين" and a clash with protesters do not make the protesters the agent.
The sentences are written for these tests; places, actors and claims are injected.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from tests.relate.events_support import Actor, Place, Said, perpetrator_names, run

BASRA = Place("البصرة", "Basra", 30.5, 47.8)
PROTESTERS = Actor("المحتجين", "Iraqi protesters", "NORP", "IRQ")
ACTIVISTS = Actor("ناشطون", "activists", "NORP")
FORCES = Actor("قوات الأمن", "Iraqi security forces")


def _rows(
    text: str, actors: list[Actor], claims: Sequence[Said] = ()
) -> list[tuple[str, str, list[str | None]]]:
    r = run(text, places=[BASRA], actors=actors, claims=claims)
    return [
        (e.type, r.text[e.trigger.span[0] : e.trigger.span[1]], perpetrator_names(r, e)) for e in r.events
    ]


@pytest.mark.parametrize(
    ("text", "actors", "claims", "expected"),
    [
        (  # the activists report it; the protesters held it
            "قال ناشطون إن آلاف المحتجين خرجوا في مظاهرة حاشدة وسط البصرة أمس.",
            [ACTIVISTS, PROTESTERS],
            [Said("قال", "آلاف المحتجين خرجوا في مظاهرة حاشدة وسط البصرة أمس", "assert", "ناشطون")],
            [("protest", "مظاهرة", ["Iraqi protesters"])],
        ),
        (  # the protesters are the source of the protest's demands
            "خرج مئات المحتجين في مظاهرة في البصرة طالبت بتوفير الكهرباء.",
            [PROTESTERS],
            [Said("طالبت", "بتوفير الكهرباء", "demand", "المحتجين")],
            [("protest", "مظاهرة", ["Iraqi protesters"])],
        ),
    ],
)
def test_events_protest_held_by_its_protesters(
    text: str, actors: list[Actor], claims: list[Said], expected: list[tuple[str, str, list[str | None]]]
) -> None:
    assert _rows(text, actors, claims) == expected


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (  # nobody named in the protest's sentence: the article's protesters
            "تتواصل الاحتجاجات في البصرة منذ أسبوع.\n\nوأحصت مصادر طبية إصابة عشرين من المحتجين بالاختناق.",
            [Actor("مصادر طبية", "medical sources", "NORP"), PROTESTERS],
            ["Iraqi protesters"],
        ),
        (  # no protesters in the article: the people
            "يطالب الشعب العراقي بالإصلاح منذ سنوات.\n\nوعمت المظاهرات الشعبية مدن البصرة.",
            [Actor("الشعب العراقي", "Iraqi people", "NORP", "IRQ")],
            ["Iraqi people"],
        ),
        (  # nobody at all
            "عمت المظاهرات مدينة البصرة أمس.",
            [],
            [],
        ),
    ],
)
def test_events_protest_stand_in(text: str, actors: list[Actor], expected: list[str | None]) -> None:
    [row] = [row for row in _rows(text, actors) if row[0] == "protest"]
    assert row[2] == expected


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        (  # the protesters are what was targeted
            "قتل ثلاثة أشخاص جراء استهداف المتظاهرين بالرصاص الحي في البصرة أمس.",
            [Actor("المتظاهرين", "protesters", "NORP")],
            [("attack_on_civilians", "الرصاص الحي", [])],  # shot at, not shelled
        ),
        (  # a clash: only the armed side is an agent
            "قتل خمسة أشخاص في مواجهات بين قوات الأمن والمحتجين في البصرة أمس.",
            [FORCES, Actor("المحتجين", "protesters", "NORP")],
            [("armed_clash", "مواجهات", ["Iraqi security forces"])],
        ),
    ],
)
def test_events_protesters_not_agents_of_violence(
    text: str, actors: list[Actor], expected: list[tuple[str, str, list[str | None]]]
) -> None:
    assert _rows(text, actors) == expected


@pytest.mark.parametrize(
    ("target", "name"),
    [
        ("المسعفين", "paramedics"),
        ("الأهالي", "residents"),
        ("الصحفيين", "journalists"),
        ("الأطفال", "children"),
    ],
)
def test_the_people_a_strike_hits_are_never_its_perpetrator(target: str, name: str) -> None:
    text = f"وبعد ربع ساعة استهدفت غارة ثانية {target} قرب سوق البصرة."
    rows = _rows(text, [Actor(target, name, "NORP")])
    assert [(etype, perps) for etype, _, perps in rows] == [("airstrike", [])]
