"""Who a casualty figure is attributed to, sixth round (issue 12): sentences written for the test.

A toll that "speaks" ("وكانت حصيلة سابقة أشارت إلى مقتل 20") is the figure itself, not someone
it is attributed to; a state's army that the registry does not list is named "<Adjective>
army", as analysts name it.
"""

from __future__ import annotations

import pytest

import rasid
from rasid.record import Record


def _extract(text: str) -> Record:
    return rasid.extract("نشرة الأخبار\n" + text)


def _sources(r: Record) -> list[tuple[str, str | None]]:
    """(figure words, the canonical name of its claim's source) of every casualty."""
    claims = {c.id: c for c in r.claims}
    out = []
    for e in r.events:
        for c in e.casualties:
            claim = claims.get(c.claim) if c.claim else None
            source = r.mention(claim.source) if claim and claim.source else None
            out.append((r.span_text(c.span), getattr(source, "name", None) if source else None))
    return sorted(out, key=lambda x: r.text.index(x[0]))


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
