"""EventStage: an incident whose only dated sentence points back at it ("شنوا الهجوم مساء الأحد").

A mention that points back at an incident ("الهجوم", "هذه الحملة") adds nothing of where, so it is
no donor of the incident's place; but its clause may be the only one of the article that says
when. When the telling mentions name no date, the incident takes the date of such a mention,
unless that date lies ahead of publication (a plan looked forward to, not the incident's day).
The sentences are written for these tests after the wording of real reports; places are injected.
"""

from __future__ import annotations

from tests.relate.events_support import Place, run


def _dates(text: str, published: str, places: list[Place]) -> list[tuple[str, str | None]]:
    r = run(text, places=places, published=published)
    return [(e.type, r.mention(e.date).value if e.date else None) for e in r.events if not e.cumulative]


def test_the_day_told_where_the_attack_is_named_again() -> None:
    text = (
        "قتل خمسة مدنيين في هجوم مسلحين على بلدة ساحلية في شمال موزمبيق.\n\n"
        "وقال صياد فر من البلدة بعد الهجوم، إن المسلحين شنوا الهجوم مساء الأحد، وقتل خلاله اثنان من الجنود."
    )
    places = [Place("موزمبيق", "Mozambique", precision="country")]
    assert _dates(text, "2025-09-08", places) == [("attack_on_civilians", "2025-09-07")]


def test_a_day_ahead_of_publication_is_no_day_of_the_incident() -> None:
    text = "أطلق ناشطون حملة إلكترونية لنصرة المعتقلين. وتبلغ الحملة ذروتها يوم الجمعة المقبل."
    r = run(text, published="2016-02-15")
    assert [(e.type, e.date) for e in r.events] == [("campaign", None)]
