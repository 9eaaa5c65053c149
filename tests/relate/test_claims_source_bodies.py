"""Source chains: the bodies written inside a source's name, and a document named again."""

from __future__ import annotations

import pytest
from tests.relate.claims_support import Actor, chain_texts, run, source_text


@pytest.mark.parametrize(
    ("body", "actors", "source", "chain"),
    [
        (  # the body a sub-unit's name holds follows it in the chain
            "وقال مدير مركز الدفاع المدني إن فرقه انتشلت ثلاث جثث.",
            [
                Actor("الدفاع المدني", name="Syrian Civil Defence"),
                Actor("مركز الدفاع المدني", name="Syrian Civil Defence Center"),
                Actor("مدير مركز الدفاع المدني", "PER", name="Syrian Civil Defence Center"),
            ],
            "مدير مركز الدفاع المدني",
            ["مدير مركز الدفاع المدني", "مركز الدفاع المدني", "الدفاع المدني"],
        ),
        (  # an unnamed mention inside adds nothing
            "وقال مدير المستشفى الميداني إن الجرحى كثيرون.",
            [
                Actor("المستشفى الميداني"),
                Actor("مدير المستشفى الميداني", "PER", name="field hospital director"),
            ],
            "مدير المستشفى الميداني",
            ["مدير المستشفى الميداني"],
        ),
    ],
)
def test_named_bodies_inside_a_source(body: str, actors: list[Actor], source: str, chain: list[str]) -> None:
    record = run(body, actors)
    claim = record.claims[0]
    assert (source_text(record, claim), chain_texts(record, claim)) == (source, chain)


def test_the_report_speaks_for_who_issued_it() -> None:
    body = (
        "ووثقت منظمة الرصد المستقل مقتل عشرة مدنيين في تقرير أصدرته أمس.\n\n"
        "وأوضح التقرير أن أربعة أطفال قتلوا في السوق."
    )
    record = run(body, [Actor("منظمة الرصد المستقل", name="Independent Monitoring Organisation")])
    second = record.claims[1]
    assert (source_text(record, second), chain_texts(record, second)) == (
        "منظمة الرصد المستقل",
        ["التقرير", "منظمة الرصد المستقل"],
    )


def test_a_report_with_no_earlier_source_speaks_for_itself() -> None:
    record = run("وأوضح التقرير أن أربعة أطفال قتلوا في السوق.")
    claim = record.claims[0]
    assert (source_text(record, claim), chain_texts(record, claim)) == ("التقرير", ["التقرير"])
