"""English names of nameless and country-less sources, fifth round (issue 12): sentences written
for the test.

A figure's source is scored by its English name, so a nameless source phrase carries the
English of its head and adjectives ("مصدر مطلع" → informed source, "مصدران أمنيان" → two
security sources), a fronted time before the verb leaves the subject after it, and a body
named without its state takes the right state or none ("وزارة الداخلية" alone is no Omani
ministry).
"""

from __future__ import annotations

import pytest

import rasid
from rasid.lang.ar.normalise import normalise_string
from rasid.record import Record
from rasid.relate.claims.lexicon import source_heads
from rasid.relate.claims.nameless import nameless_name


def _sources(r: Record) -> list[tuple[str, str, str | None, str | None]]:
    """(cue, the claimant's words, its English name, its country) of every claim."""
    out = []
    for c in r.claims:
        m = r.mention(c.source)
        out.append((c.cue.text, m.text, getattr(m, "name", None), getattr(m, "country", None)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال مصدران أمنيان إن مسلحين هاجموا نقطة تفتيش وقتلوا ثلاثة جنود.",
            [("وقال", "مصدران أمنيان", "two security sources", None)],
        ),
        (
            "وقال مصدر مطلع إن الانفجار أدى إلى مقتل خمسة عمال.",
            [("وقال", "مصدر مطلع", "informed source", None)],
        ),
        (
            "وقال مصدر مسؤول إن قوات الأمن اعتقلت اثنين من المشتبه بهم.",
            [("وقال", "مصدر مسؤول", "official source", None)],
        ),
        (
            "وذكر مصدر قضائي أن المحكمة أجلت النظر في القضية.",
            [("وذكر", "مصدر قضائي", "judicial source", None)],
        ),
        (
            "وصباح اليوم الخميس أكدت مصادر طبية مقتل أربعة مدنيين في القصف.",
            [("أكدت", "مصادر طبية", "medical sources", None)],
        ),
        (
            "وأعلنت وزارة الداخلية مقتل ثلاثة أشخاص في هجوم مسلح.",
            [("وأعلنت", "وزارة الداخلية", "Ministry of Interior", None)],
        ),
    ],
)
def test_claims_nameless_and_stateless_sources_are_named_in_english(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _sources(rasid.extract("عنوان\n\n" + text)) == expected


def test_claims_sources_told_an_outlet_are_sources_and_the_anaphor_after_them_too() -> None:
    r = rasid.extract(
        "عنوان\n\nأفادت مصادر للقناة مساء الأربعاء باستهداف سيارة بطائرة مسيرة. "
        "وأشارت المصادر إلى مقتل شخصين كانا في السيارة."
    )
    names = [(c.cue.text, getattr(r.mention(c.source), "name", None)) for c in r.claims]
    assert names == [("أفادت", "sources"), ("وأشارت", "sources")]


@pytest.mark.parametrize(
    ("head", "rest", "expected"),
    [
        ("مصدر", ["مطلع"], "informed source"),
        ("مصدران", ["طبيان", "عراقيان"], "two Iraqi medical sources"),
        ("مصادر", ["امنيه", "في", "المحافظه"], "security sources"),  # where they are is no part of it
        ("مصدر", ["في", "الشرطه"], None),  # the body they are in names them (actor_source_bodies.tsv)
        ("مصدر", ["عسكري", "رفيع", "المستوى"], "military source"),
        ("مصدر", ["مجهول", "الهويه"], None),  # an unknown word: no name that loses it
    ],
)
def test_claims_nameless_name_composes_head_and_adjectives(
    head: str, rest: list[str], expected: str | None
) -> None:
    words = [normalise_string(w) for w in rest]  # as the claim text gives them
    assert nameless_name(source_heads()[(normalise_string(head),)], words) == expected


def test_claims_a_ministry_without_its_state_is_that_of_the_places_not_of_the_attacker() -> None:
    # Israel is named most (its army, its jets), but every town is Lebanese: so is the ministry
    r = rasid.extract(
        "عنوان\n\nأعلن مركز الطوارئ التابع لوزارة الصحة العامة أن غارات الطيران الإسرائيلي على صور"
        " وبعلبك أسفرت عن مقتل سبعة أشخاص. وقال الجيش الإسرائيلي إنه استهدف مواقع، فيما واصلت"
        " المسيرات الإسرائيلية تحليقها فوق صيدا."
    )
    first = r.claims[0]
    chain = [(r.mention(i).text, getattr(r.mention(i), "name", None)) for i in first.source_chain]
    assert ("وزارة الصحة العامة", "Lebanese Ministry of Public Health") in chain
    assert _sources(r)[1] == ("وقال", "الجيش الإسرائيلي", "Israel Defense Forces", "ISR")


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        (  # the group right after the definite subject is what the army accuses, not a link of its chain
            "واتهم الجيش جماعة مسلحة تابعة لتنظيم الدولة الإسلامية بالوقوف وراء الهجوم على الحاجز.",
            ["الجيش"],
        ),
        (  # a definite actor after the head, and the body inside it, still follow it in the chain
            "وقالت رئيسة الفريق الطبي لمنظمة أطباء بلا حدود إن المستشفى استقبل عشرات الجرحى.",
            ["رئيسة", "الفريق الطبي لمنظمة أطباء بلا حدود", "منظمة أطباء بلا حدود"],
        ),
    ],
)
def test_an_indefinite_actor_after_a_definite_subject_is_its_object(text: str, chain: list[str]) -> None:
    r = rasid.extract(text)
    assert [r.mention(i).text for i in r.claims[0].source_chain] == chain
