"""One event per incident: counted raids, a disputing side's version and periods of strikes.

The sentences are written for these tests; places, actors and claims are injected
(events_support) so that only the events stage is under test.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import Actor, Place, Said, mention_text, perpetrator_names, run

MAARRA = Place("معرة النعمان", "Maarat al-Numan", 35.64, 36.67)
SARAQIB = Place("سراقب", "Saraqib", 35.86, 36.80)


def _rows(text: str, places: list[Place]) -> list[tuple[object, ...]]:
    r = run(text, places=places)
    return [
        (e.type, e.trigger.text, mention_text(r, e.place), e.date and r.mention(e.date).value, e.cumulative)
        for e in r.events
    ]


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (  # a dual and an ordinal count the raids of the strike told first
            "قصفت طائرات حربية أمس سوق الخضار في مدينة معرة النعمان. وقال شاهد إن الطائرة نفذت غارتين "
            "متتاليتين، ثم عادت بعد دقائق وشنت غارة ثالثة على المسعفين.",
            [MAARRA],
            [("airstrike", "نفذت غارتين", "معرة النعمان", "2024-03-10", False)],
        ),
        (  # a number counts them too
            "استهدفت غارات جوية صباح اليوم بلدة سراقب. وأفاد مراسلنا بأن الطيران شن خمس غارات على أطراف البلدة.",
            [SARAQIB],
            [("airstrike", "غارات جوية", "سراقب", "2024-03-11", False)],
        ),
        (  # raids "similar" to it on another town stay apart
            "قصفت طائرات حربية أمس سوق الخضار في مدينة معرة النعمان. وشنت الطائرات غارات مماثلة على بلدة سراقب.",
            [MAARRA, SARAQIB],
            [
                ("airstrike", "قصفت", "معرة النعمان", "2024-03-10", False),
                ("airstrike", "وشنت الطائرات غارات", "سراقب", "2024-03-10", False),
            ],
        ),
    ],
)
def test_events_retelling_counted_raids(
    text: str, places: list[Place], expected: list[tuple[object, ...]]
) -> None:
    assert _rows(text, places) == expected


def test_events_retelling_counted_raids_of_another_means_stay_apart() -> None:
    """Counted raids are not the raids of a ground attack told before them."""
    got = _rows(
        "شن مسلحون هجوماً بقذائف الهاون على قرية الرامي أمس. وقال الجيش إن طائراته نفذت أربع غارات على مواقع المهاجمين.",
        [Place("الرامي", "al-Rami")],
    )
    assert [(t, w) for t, w, *_ in got] == [("shelling", "شن مسلحون هجوما"), ("airstrike", "نفذت أربع غارات")]


@pytest.mark.parametrize(
    ("stance", "expected"),
    [
        (
            "deny",
            [("airstrike", "غارات جوية روسية", "سراقب", ["Russia"])],
        ),  # the denier's version: one incident
        (
            "assert",  # a plain report of a strike is another incident
            [
                ("airstrike", "غارات جوية روسية", "سراقب", ["Russia"]),
                ("airstrike", "استهدف", "سراقب", ["Russian Ministry of Defence"]),
            ],
        ),
    ],
)
def test_events_retelling_disputing_version(stance: str, expected: list[tuple[object, ...]]) -> None:
    """A disputing side's bare-verb account of the strike is the strike, and names no attacker of it."""
    text = (
        "قتل ستة مدنيين في غارات جوية روسية على بلدة سراقب أمس. "
        "وقالت وزارة الدفاع الروسية إن طيرانها استهدف مخازن سلاح للمسلحين قرب سراقب."
    )
    r = run(
        text,
        places=[SARAQIB, Place("سراقب", "Saraqib", 35.86, 36.80, occurrence=2)],
        actors=[
            Actor("روسية", "Russia", "GPE", "RU"),
            Actor("وزارة الدفاع الروسية", "Russian Ministry of Defence", "ORG", "RU"),
        ],
        claims=[
            Said("وقالت", "طيرانها استهدف مخازن سلاح للمسلحين قرب سراقب", stance, "وزارة الدفاع الروسية")
        ],
    )
    got = [(e.type, e.trigger.text, mention_text(r, e.place), perpetrator_names(r, e)) for e in r.events]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (  # an open span up to today: a campaign held to its own clause
            "قصفت طائرات حربية أمس سوق مدينة معرة النعمان.\n"
            "وتتعرض محافظة إدلب منذ مطلع شباط لقصف جوي متواصل، رغم مناشدات منظمات مقرها جنيف.",
            [
                MAARRA,
                Place("محافظة إدلب", "Idlib Governorate", 35.9, 36.6, "admin1"),
                Place("جنيف", "Geneva"),
            ],
            [
                ("airstrike", "قصفت", "معرة النعمان", "2024-03-10", False),
                ("airstrike", "قصف جوي", "محافظة إدلب", "2024-02", True),
            ],
        ),
        (  # an escalation word makes one too, and it takes no place of another clause
            "قصفت طائرات حربية أمس سوق مدينة معرة النعمان.\nوتشهد المنطقة تصعيداً في الغارات، بعد لقاء عقد في جنيف.",
            [MAARRA, Place("جنيف", "Geneva")],
            [
                ("airstrike", "قصفت", "معرة النعمان", "2024-03-10", False),
                ("airstrike", "الغارات", "معرة النعمان", None, True),
            ],
        ),
    ],
)
def test_events_retelling_periods(text: str, places: list[Place], expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, places) == expected
