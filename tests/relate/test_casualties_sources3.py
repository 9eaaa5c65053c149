"""Casualty figures of unseen outlets, third round (issue 12): sentences written for the test.

A full stop between digits is a thousands separator, not a sentence end ("43.552 قتيلا"); a
war's toll is a running tally ("حصيلة العدوان"); a breakdown that opens a sentence reaches past
a sentence with no figure to the nearest total of its own status, and one whose marker is
followed by an existential ("من بين الشهداء هناك") is still a breakdown.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import figure_sources

import rasid
from rasid.lang.ar.text import sentence_spans
from rasid.record import Record

MOH = "Palestinian Ministry of Health"


def _figures(r: Record) -> list[tuple[str, str, bool, str | None, str | None]]:
    """(words, status, cumulative, words of its total, its source's name) of every casualty."""
    claims = {c.id: c for c in r.claims}
    out = []
    for e in r.events:
        for c in e.casualties:
            claim = claims.get(c.claim) if c.claim else None
            source = getattr(r.mention(claim.source), "name", None) if claim and claim.source else None
            total = r.span_text(e.casualties[c.part_of].span) if c.part_of is not None else None
            out.append((r.span_text(c.span), c.status, c.cumulative, total, source))
    return sorted(out, key=lambda x: r.text.index(x[0]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the toll's number keeps its thousands separator: the claim holds the whole figure
            "أعلنت وزارة الصحة في غزة، اليوم الأحد، أن حصيلة الحرب على القطاع ارتفعت إلى 41.870 قتيلا.",
            [("41.870 قتيلا", "killed", True, None, MOH)],
        ),
        (  # "وبينهم" after a sentence with no figure details the killed of the sentence before it
            "أعلنت وزارة الصحة في غزة ارتفاع حصيلة العدوان إلى 30120 شهيدا و71500 إصابة."
            " ومعظم الضحايا من النساء. وبينهم 95 قتيلا خلال اليوم الأخير.",
            [
                ("30120 شهيدا", "killed", True, None, MOH),
                ("71500 إصابة", "injured", True, None, MOH),
                ("95 قتيلا", "killed", True, "30120 شهيدا", MOH),
            ],
        ),
        (  # "من بين الشهداء هناك 2700 طفل": the existential does not cut the breakdown
            "وقالت وزارة الصحة في غزة في بيان إن عدد الشهداء منذ بداية الحرب بلغ 6500 شهيد."
            " وأوضحت أنه من بين الشهداء هناك 2700 طفل.",
            [
                ("6500 شهيد", "killed", True, None, MOH),
                ("2700 طفل", "killed", True, "6500 شهيد", MOH),
            ],
        ),
    ],
)
def test_tallies_and_breakdowns(
    text: str, expected: list[tuple[str, str, bool, str | None, str | None]]
) -> None:
    assert _figures(rasid.extract("نشرة الأخبار\n" + text)) == expected


def test_full_stop_between_digits_is_no_sentence_end() -> None:
    text = "ارتفعت الحصيلة إلى 43.552 قتيلا. وأصيب 3.5 آلاف.وقال المصدر"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "ارتفعت الحصيلة إلى 43.552 قتيلا.",
        "وأصيب 3.5 آلاف.",
        "وقال المصدر",
    ]


def _sources(text: str) -> list[tuple[str, str | None]]:
    return figure_sources(rasid.extract("نشرة الأخبار\n" + text), name=True)


def test_attribution_in_the_next_sentence() -> None:
    """ "وذلك وفق ما أعلنته X" attributes the sentence before; a speaker later in a sentence that
    opens with "وذلك" for another reason does not."""
    assert _sources(
        "قتل 14 شخصا في انفجار سيارة مفخخة وسط المدينة. وذلك وفق ما أعلنته وزارة الصحة العراقية."
    ) == [("14 شخصا", "Iraqi Ministry of Health")]
    assert _sources(
        "قتل 14 شخصا في انفجار سيارة مفخخة وسط المدينة. وذلك بعد يومين من هجوم مماثل، وقال مصدر أمني إن التحقيق بدأ."
    ) == [("14 شخصا", None)]


def test_count_before_between_pair() -> None:
    """ "أكثر من 27 بين قتيل وجريح" is one killed_or_injured figure of more than 27."""
    r = rasid.extract("نشرة الأخبار\nأسفر القصف على سوق المدينة عن أكثر من 27 بين قتيل وجريح.")
    got = [(r.span_text(c.span), c.status, c.value, c.qualifier) for e in r.events for c in e.casualties]
    assert got == [("أكثر من 27 بين قتيل وجريح", "killed_or_injured", 27, "more_than")]
