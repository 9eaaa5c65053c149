"""Who a casualty figure is attributed to, seventh round (issue 12): sentences written for the test.

A verb that carries a pronoun back to an indefinite document noun ("في بيان نقلته الوكالة")
describes the document, so it is no claim of its own, whatever punctuation sets it off: the
statement's author keeps the figures, and a dropped subject after it goes on with the author.
An anonymous source in a named body ("مصدر في الشرطة العراقية") is named by that body.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import figure_sources

import rasid
from rasid.record import Record


def _extract(text: str) -> Record:
    return rasid.extract("نشرة الأخبار\n" + text)


def _sources(r: Record) -> list[tuple[str, str | None]]:
    """(figure words, the canonical name of its claim's source) of every casualty, in text order."""
    return sorted(figure_sources(r, name=True), key=lambda x: r.text.index(x[0]))


def _cues(r: Record) -> list[str]:
    return [c.cue.text for c in r.claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the relay between dashes: the ministry speaks, and goes on speaking after "وأشارت"
            "وأفادت وزارة الصحة العراقية - في بيان نقلته وكالة الأنباء العراقية - بمقتل 4 أشخاص في القصف. "
            "وأشارت إلى إصابة 9 آخرين في البلدة نفسها.",
            [("4 أشخاص", "Iraqi Ministry of Health"), ("9 آخرين", "Iraqi Ministry of Health")],
        ),
        (  # the same relay between commas
            "وقالت وزارة الصحة العراقية، في بيان أوردته وكالة الأنباء العراقية، إن 7 أشخاص قتلوا في الهجوم.",
            [("7 أشخاص", "Iraqi Ministry of Health")],
        ),
        (  # an anonymous source in a force named by its state
            "وقال مصدر في الشرطة العراقية إن 3 عناصر أصيبوا في الانفجار.",
            [("3 عناصر", "Iraqi Police source")],
        ),
        (  # an anonymous source in a body named by its place
            "وقال مصدر في شرطة كركوك إن شخصين قتلا في الانفجار.",
            [("شخصين", "Kirkuk Police source")],
        ),
    ],
)
def test_figure_sources(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _sources(_extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        (  # the relay verb describes the statement: one claim, the ministry's
            "وأفادت وزارة الصحة اللبنانية - في بيان نقلته الوكالة الوطنية للإعلام - بأن الغارة أصابت منزلا.",
            ["وأفادت"],
        ),
        (  # a relay verb that is not after a document noun is still a cue
            "ونقلت الوكالة عن مصدر أمني أن الغارة أصابت منزلا.",
            ["ونقلت"],
        ),
    ],
)
def test_relay_after_document(text: str, cues: list[str]) -> None:
    assert _cues(_extract(text)) == cues


def _titled(title: str, body: str) -> list[tuple[str, str | None]]:
    return _sources(rasid.extract(title + "\n" + body))


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (  # an agency headline names its source in brackets at its end
            "خمسة قتلى في قصف على سوق بمدينة حلب (مصدر طبي)",
            "قتل خمسة أشخاص في قصف على سوق شعبي، بحسب ما أفاد مصدر طبي.",
            [("خمسة قتلى", "medical source"), ("خمسة أشخاص", "medical source")],
        ),
        (  # the bracket holds the head of the body's source name
            "مقتل تسعة مدنيين في غارات على ريف حماة (المرصد)",
            "قتل تسعة مدنيين في غارات على ريف حماة، وفق ما أفاد المرصد السوري لحقوق الإنسان.",
            [("تسعة مدنيين", "Syrian Observatory for Human Rights")] * 2,
        ),
        (  # brackets that name no source of the body leave the headline's figure in the outlet's voice
            "مقتل تسعة مدنيين في غارات على ريف حماة (صور)",
            "قتل تسعة مدنيين في غارات على ريف حماة، وفق ما أفاد المرصد السوري لحقوق الإنسان.",
            [("تسعة مدنيين", None), ("تسعة مدنيين", "Syrian Observatory for Human Rights")],
        ),
    ],
)
def test_headline_source_in_brackets(title: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _titled(title, body) == expected


def test_outlet_told_is_no_owner() -> None:
    """ "لوكالة الأناضول" after a ministry is whom it told, not a part of the ministry's name."""
    r = rasid.extract(
        "انفجار في بغداد\nوقالت وزارة الصحة العراقية لوكالة الأناضول إن 7 أشخاص قتلوا في الانفجار."
    )
    assert _sources(r) == [("7 أشخاص", "Iraqi Ministry of Health")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the verbal noun of أعلن: its genitive announces the toll that follows
            "وجاء ذلك بعد يومين من إعلان وزارة الصحة العراقية مقتل 7 أشخاص في الهجوم.",
            [("7 أشخاص", "Iraqi Ministry of Health")],
        ),
        (  # with no source after it, إعلان is what is announced, and the toll stays the outlet's
            "وجاء ذلك بعد إعلان حالة الطوارئ، وقتل 7 أشخاص في الهجوم.",
            [("7 أشخاص", None)],
        ),
    ],
)
def test_announcement_noun(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _sources(_extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a shorter repeat of an earlier source takes its name: the network without its country
            "أفادت شبكة أطباء السودان بمقتل 9 أشخاص في القصف. وأوضحت شبكة الأطباء أن 4 أطفال أصيبوا في القصف.",
            [("9 أشخاص", "Sudan Doctors Network"), ("4 أطفال", "Sudan Doctors Network")],
        ),
        (  # an army named without its state after it was named with it
            "أعلن الجيش السوداني مقتل 5 مسلحين في الاشتباك. وقال الجيش إن 3 جنود أصيبوا.",
            [("5 مسلحين", "Sudanese Armed Forces"), ("3 جنود", "Sudanese Armed Forces")],
        ),
        (  # organisations are organizations; rights organisations, as the press names them, rights groups
            "ووفقاً لتقديرات المنظمات الدولية، قتل أكثر من 20 ألف شخص منذ بداية الحرب.",
            [("أكثر من 20 ألف شخص", "international organizations")],
        ),
        (
            "وقالت منظمات حقوقية دولية إن 7 معتقلين توفوا في السجن.",
            [("7 معتقلين", "international rights groups")],
        ),
    ],
)
def test_source_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _sources(_extract(text)) == expected
