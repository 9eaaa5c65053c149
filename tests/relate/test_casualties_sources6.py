"""Who a casualty figure is attributed to, sixth round (issue 12): sentences written for the test.

A toll that "speaks" ("وكانت حصيلة سابقة أشارت إلى مقتل 20") is the figure itself, not someone
it is attributed to; a state's army that the registry does not list is named "<Adjective>
army", as analysts name it.
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an earlier toll "pointed to" the figures: nobody is their source
            "وكانت حصيلة سابقة أشارت إلى مقتل 20 شخصا بينهم 8 أطفال في الهجوم على القرية.",
            [("20 شخصا", None), ("8 أطفال", None)],
        ),
        (  # a toll with an author: the author is the source
            "وأعلنت وزارة الصحة السودانية مقتل 20 شخصا في الهجوم على القرية.",
            [("20 شخصا", "Sudanese Ministry of Health")],
        ),
        (  # the army of a state the registry does not list
            "وأعلن الجيش الكيني مقتل 6 مسلحين في اشتباك قرب الحدود.",
            [("6 مسلحين", "Kenyan army")],
        ),
    ],
)
def test_figure_sources(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _sources(_extract(text)) == expected


def _titled(title: str, body: str) -> list[tuple[str, str | None]]:
    return _sources(rasid.extract(title + "\n" + body))


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (  # the headline's speaker is the last words of the body's source
            "الصحة العراقية: 9 قتلى في انفجار ببغداد",
            "أعلنت وزارة الصحة العراقية أن الانفجار أدى إلى مقتل 9 أشخاص.",
            [("9 قتلى", "Iraqi Ministry of Health"), ("9 أشخاص", "Iraqi Ministry of Health")],
        ),
        (  # in quotes
            '"رويترز": 4 قتلى في هجوم على قرية',
            "قتل 4 أشخاص في هجوم على قرية، حسبما أفادت وكالة رويترز.",
            [("4 قتلى", "Reuters"), ("4 أشخاص", "Reuters")],
        ),
        (  # a place before the colon is not a speaker, though a source ends with it
            "غزة: مقتل 3 في غارة",
            "قالت وزارة الصحة في غزة إن 3 أشخاص قتلوا في الغارة.",
            [("3", None), ("3 أشخاص", "Palestinian Ministry of Health")],
        ),
    ],
)
def test_headline_speaker(title: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _titled(title, body) == expected


def test_a_sentence_that_adds_to_the_report_takes_its_source() -> None:
    text = "أفاد مصدر طبي بمقتل 4 أشخاص في القصف على البلدة. وأصيب في القصف أيضا 10 آخرون بجروح."
    assert _sources(_extract(text)) == [("4 أشخاص", "medical source"), ("10 آخرون", "medical source")]


def test_a_sentence_without_an_adverb_of_addition_stays_in_the_outlets_voice() -> None:
    text = "أفاد مصدر طبي بمقتل 4 أشخاص في القصف على البلدة. وأصيب في قصف آخر 10 أشخاص بجروح."
    assert _sources(_extract(text)) == [("4 أشخاص", "medical source"), ("10 أشخاص", None)]


def test_a_figure_between_a_reports_cue_and_its_late_content_is_the_reports() -> None:
    record = _extract("وأعلنت الشرطة، صباح اليوم، مقتل 3 أشخاص في الانفجار الذي يشتبه أنه ناجم عن قنبلة.")
    claims = {c.id: c for c in record.claims}
    [figure] = [c for e in record.events for c in e.casualties]
    assert figure.claim is not None
    assert record.mention(claims[figure.claim].source).text == "الشرطة"


def test_what_a_condemnation_is_about_stays_in_the_outlets_voice() -> None:
    text = "واستنكر الحزب في بيان قصفا استهدف السوق وخلف 12 قتيلا، ما وصفه بأنه جريمة حرب."
    assert _sources(_extract(text)) == [("12 قتيلا", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a document with no author: named from its head and adjectives, as anonymous sources are
        (
            "وأشار التقرير الأمني إلى مقتل 14 جنديا في الكمين.",
            [("14 جنديا", "security report")],
        ),
        ("وكشفت وثيقة سرية عن مقتل 14 جنديا في الكمين.", [("14 جنديا", "confidential document")]),
    ],
)
def test_a_document_without_an_author_is_named_by_its_adjectives(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _sources(_extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a toll's verbal noun right after a present verb is its object: the speaker is before it
        ("وزارة الصحة السودانية تعلن مقتل 9 مدنيين في القصف.", [("9 مدنيين", "Sudanese Ministry of Health")]),
        ("الجيش الكيني يعلن مقتل 4 مسلحين في الاشتباك.", [("4 مسلحين", "Kenyan army")]),
    ],
)
def test_a_subject_before_a_present_reporting_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _sources(_extract(text)) == expected
