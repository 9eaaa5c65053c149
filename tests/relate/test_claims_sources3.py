"""Who speaks in toll reports of unseen outlets, third round (issue 12): sentences written for
the test. A speaker's line that ends in a colon goes on into the next line; a toll's verbal noun
with a glued ب ends the source phrase; an adverbial right after the verb is no subject; a day
between a merged "حسب ما أفاد" and its subject is skipped; the outlet's own correspondent
("وفق مراسلنا") is a source."""

from __future__ import annotations

import pytest
from tests.relate.events_support import figure_sources

import rasid
from rasid.record import Record


def _claims(r: Record) -> list[tuple[str, str | None, str | None]]:
    """(cue, source as written, source's name) of every claim."""
    out = []
    for c in r.claims:
        m = r.mention(c.source) if c.source else None
        out.append((c.cue.text, r.span_text(m.span) if m else None, getattr(m, "name", None)))
    return out


@pytest.mark.parametrize(
    ("text", "claims", "figures"),
    [
        (  # the statement's words come on the line after the colon
            "أعلنت الوزارة حصيلة جديدة للقصف على القطاع.\n"
            "وقالت وزارة الصحة الفلسطينية في بيان:\n"
            "ارتفع عدد الشهداء في غزة إلى 120 شهيدا.",
            [
                ("أعلنت", "الوزارة", None),
                ("وقالت", "وزارة الصحة الفلسطينية", "Palestinian Ministry of Health"),
            ],
            [("120 شهيدا", "وزارة الصحة الفلسطينية")],
        ),
        (  # "باستشهاد" opens the object: the source is "معلومات صحافية" alone
            "أفادت معلومات صحافية باستشهاد 9 جنود في هجوم على موقع للجيش في محافظة ديالى.",
            [("أفادت", "معلومات صحافية", "press reports")],
            [("9 جنود", "معلومات صحافية")],
        ),
        (  # "بأشد العبارات" is how it condemned, not who: the network goes on speaking
            "أفادت شبكة أطباء السودان بمقتل 8 أشخاص في قصف على المدينة."
            ' وأدانت بأشد العبارات "استمرار القصف على الأحياء السكنية".',
            [
                ("أفادت", "شبكة أطباء السودان", "Sudan Doctors Network"),
                ("وأدانت", "شبكة أطباء السودان", "Sudan Doctors Network"),
            ],
            [("8 أشخاص", "شبكة أطباء السودان")],
        ),
        (  # the day stands between the verb of "حسب ما أفاد" and who said it
            "قتل تسعة مدنيين في غارات جوية على مدينة تعز، حسب ما أفاد السبت طبيب في المستشفى.",
            [("حسب ما أفاد", "طبيب", "doctor")],
            [("تسعة مدنيين", "طبيب")],
        ),
        (  # the outlet's own correspondent
            "ووفق مراسلنا، قتل 5 جنود في الهجوم على الحاجز.",
            [("ووفق", "مراسلنا", "correspondent")],
            [("5 جنود", "مراسلنا")],
        ),
    ],
)
def test_speakers(
    text: str, claims: list[tuple[str, str | None, str | None]], figures: list[tuple[str, str | None]]
) -> None:
    r = rasid.extract("نشرة الأخبار\n" + text)
    assert _claims(r) == claims
    assert figure_sources(r) == figures
