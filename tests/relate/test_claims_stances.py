"""Each attribution cue gives a claim with the stance of its verb, preposition or participle."""

from __future__ import annotations

import pytest
from tests.relate.claims_support import Actor, run, summary

CASES = [
    # (body, injected actors, expected (cue, stance, source text) of every claim)
    (
        "وقال مدير المستشفى إن الجرحى نقلوا إلى قسم الطوارئ.",
        [],
        [("وقال", "assert", "مدير المستشفى")],
    ),
    (
        "أعلنت وزارة الصحة ارتفاع عدد الإصابات إلى أربعين.",
        [Actor("وزارة الصحة")],
        [("أعلنت", "announce", "وزارة الصحة")],
    ),
    (
        "واتهمت الحكومة الجماعة المسلحة بقصف السوق المركزي.",
        [Actor("الحكومة", "GPE"), Actor("الجماعة المسلحة", "NORP")],
        [("واتهمت", "accuse", "الحكومة")],
    ),
    (
        "ونفى الجيش أن تكون طائراته قد حلقت فوق المدينة.",
        [],
        [("ونفى", "deny", "الجيش")],
    ),
    (
        "وشكك ناشطون في الأرقام التي نشرتها السلطات.",
        [],
        [("وشكك", "doubt", "ناشطون")],
    ),
    (
        "وطالبت المنظمة بفتح تحقيق مستقل في الحادثة.",
        [Actor("المنظمة")],
        [("وطالبت", "demand", "المنظمة")],
    ),
    (
        "واستنكرت النقابة اعتقال الصحفيين الثلاثة.",
        [Actor("النقابة")],
        [("واستنكرت", "condemn", "النقابة")],
    ),
    (
        "وحذر بنك الطعام من نقص حاد في الطحين.",
        [],
        [("وحذر", "warn", "بنك الطعام")],
    ),
    (
        "قتل ثلاثة مدنيين في القصف، بحسب مصادر محلية.",
        [],
        [("بحسب", "assert", "مصادر محلية")],
    ),
    (
        "وقال المتحدث باسم الشرطة إن الوضع هادئ، مؤكداً أن الدوريات مستمرة.",
        [],
        [("وقال", "assert", "المتحدث باسم الشرطة"), ("مؤكداً", "assert", "المتحدث باسم الشرطة")],
    ),
    (
        "وأعلنت البلدية إغلاق الطريق، محذرة السكان من الاقتراب من المبنى المتصدع.",
        [Actor("البلدية")],
        [("وأعلنت", "announce", "البلدية"), ("محذرة", "warn", "البلدية")],
    ),
]


@pytest.mark.parametrize(("body", "actors", "expected"), CASES)
def test_claims_stance_cue_and_source(
    body: str, actors: list[Actor], expected: list[tuple[str, str, str]]
) -> None:
    assert summary(run(body, actors)) == expected


ARTICLE_VOICE = [
    "يذكر أن المدينة تعرضت لقصف مماثل الشهر الماضي.",  # impersonal: the article itself
    "ولم يذكر البيان عدد الضحايا.",  # a negated cue says nothing
    "ودعا ناشطون إلى المشاركة في وقفة احتجاجية يوم الجمعة.",  # a call to act is an event
    "ونقلت سيارات الإسعاف الجرحى إلى المستشفى.",  # نقل without أن/عن: transported
    "لم يتضرر المستشفى فحسب بل المدرسة المجاورة أيضا.",  # فحسب is "only", not ف + حسب
    "وقتل طالب جامعي في القصف.",  # طالب without بـ after it is a student
    "وأصيبت مضيفة الطيران بجروح طفيفة.",  # a participle cue opens a clause only after a comma
]


@pytest.mark.parametrize("body", ARTICLE_VOICE)
def test_claims_article_voice_has_no_claim(body: str) -> None:
    assert run(body).claims == []


def test_claims_cue_inside_a_quotation_is_the_quoted_speaker() -> None:
    record = run('وقال الوزير: "المجتمع الدولي يزعم الحياد لكنه يسكت عن الجرائم".')
    assert summary(record) == [("وقال", "assert", "الوزير")]
