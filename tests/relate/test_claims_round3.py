"""Claims, third round on unseen text (issue 12): sentences written for the test.

Three false claims of fresh articles, each a mechanism: the participle "قائلاً" after a verb of
saying taken for its subject; "رصد" (documented) read as a claim where it means observed or
spotted, with nothing it documents after it; and a cue form right after a preposition cue
("وبحسب رصد المنظمة"), where it is the noun the preposition cites, not a verb.
"""

from __future__ import annotations

import rasid
from rasid.record import Record


def _claims(r: Record) -> list[tuple[str, str | None, str | None]]:
    """(cue, source phrase as written, content) of every claim."""
    out = []
    for c in r.claims:
        source = r.mention(c.source) if c.source else None
        out.append(
            (
                c.cue.text,
                r.span_text(source.span) if source else None,
                r.span_text(c.content.span) if c.content else None,
            )
        )
    return out


def _extract(text: str) -> Record:
    return rasid.extract("نشرة الأخبار\n" + text)


def test_qaelan_after_the_verb_is_how_not_who() -> None:
    """ "وأضاف قائلاً:" opens a sentence with no subject: the speaker before goes on."""
    r = _extract(
        "وقال الناطق باسم الشرطة المحلية إن مسلحين هاجموا نقطة تفتيش شرقي المدينة. "
        'وأضاف قائلاً: "تمكنت قواتنا من صد الهجوم".'
    )
    assert _claims(r) == [
        ("وقال", "الناطق باسم الشرطة المحلية", "مسلحين هاجموا نقطة تفتيش شرقي المدينة"),
        ("وأضاف", "الناطق باسم الشرطة المحلية", '"تمكنت قواتنا من صد الهجوم"'),
    ]


def test_rasad_with_a_toll_is_a_claim() -> None:
    """ "رصدت الشبكة مقتل ..." documents a toll: a claim of the network."""
    r = _extract("رصدت الشبكة مقتل 12 مدنيا في قصف على البلدة.")
    assert _claims(r) == [("رصدت", "الشبكة", "مقتل 12 مدنيا في قصف على البلدة")]


def test_rasad_observing_inside_a_report_is_no_claim() -> None:
    """ "بعد أن رصدت طائرات الاستطلاع تحركات": observed, part of what the spokesman explains."""
    r = _extract("وأوضح المتحدث أن القصف جاء بعد أن رصدت طائرات الاستطلاع تحركات للآليات قرب الحدود.")
    assert _claims(r) == [
        ("وأوضح", "المتحدث", "القصف جاء بعد أن رصدت طائرات الاستطلاع تحركات للآليات قرب الحدود")
    ]


def test_passive_tamma_rasd_is_no_claim() -> None:
    """ "وتم رصد حركة طيران": spotted, in the article's own voice, with no source."""
    assert _claims(_extract("وتم رصد حركة طيران كثيفة فوق المدينة مساء الأحد.")) == []


def test_a_cue_form_after_a_preposition_cue_is_its_noun() -> None:
    """ "وبحسب رصد المنظمة": رصد is what بحسب cites, so the one claim is بحسب's."""
    r = _extract("وبحسب رصد المنظمة للبيانات الرسمية، فإن عدد النازحين تجاوز ألفي شخص.")
    assert [cue for cue, _, _ in _claims(r)] == ["وبحسب"]


def test_fused_hasabama_still_takes_its_verb() -> None:
    """ "حسبما أفاد" is a preposition written with its ما: the verb after it joins it."""
    r = _extract("قتل ثلاثة أشخاص في الانفجار، حسبما أفاد الدفاع المدني.")
    assert _claims(r) == [("حسبما أفاد", "الدفاع المدني", "قتل ثلاثة أشخاص في الانفجار")]


def test_a_relative_clause_between_the_object_and_bi_anna_is_skipped() -> None:
    """ "ووصفت الحركة القصف الذي ...، بأنه": the needs window steps over the relative clause that
    describes the object, so بأنه far after the verb still makes it a claim."""
    r = _extract(
        "ووصفت الحركة القصف الذي استهدف الحي الشرقي وخلف تسعة قتلى من المدنيين العزل، بأنه عدوان همجي."
    )
    [(cue, source, content)] = _claims(r)
    assert (cue, content) == ("ووصفت", "عدوان همجي")
    assert source is not None and source.startswith("الحركة")


def test_a_party_is_a_named_source() -> None:
    """ "الحزب" heads a source phrase (claim_sources.tsv, body), so وصف, which needs a named
    subject, makes a claim of it."""
    r = _extract(
        "وصف الحزب في بيان القصف الذي استهدف الحي الشرقي وخلف 9 قتلى بينهم أربعة أطفال، بأنه عدوان همجي."
    )
    assert _claims(r) == [("وصف", "الحزب", "عدوان همجي")]


def test_an_object_without_bi_anna_is_no_claim() -> None:
    """ "ووصف الطبيب الجرح الذي أصيب به الطفل ...": described a wound, reported nothing."""
    assert (
        _claims(_extract("ووصف الطبيب الجرح الذي أصيب به الطفل في ساقه اليسرى خلال القصف الليلي على الحي."))
        == []
    )
