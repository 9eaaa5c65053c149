"""Who a figure's source is, fourth round (issue 12): sentences written for the test.

A figure's source is scored by name, so the claim's chain must carry the canonical names a
reader would give: the body a speaker's apposition names ("محمود، المتحدث باسم الدفاع
المدني،"), the body inside a title's phrase ("رئيسة الفريق الطبي لمنظمة أطباء بلا حدود"), the
English of a nameless source head ("مراسلنا", "معلومات صحافية", "وسائل إعلام"), and, after a
merged relay ("بحسب ما نقلت الوكالة عن مصدر طبي"), the one quoted, to whom "المصدر" then refers.
"""

from __future__ import annotations

import pytest

import rasid
from rasid.record import Record

GAZA_CD = "Gaza Civil Defence"
MSF = "Médecins Sans Frontières"
AFP = "Agence France-Presse"


def _chains(r: Record) -> list[tuple[str, str | None, list[str | None]]]:
    """(cue, the claimant's name, the names along the chain) of every claim."""
    out = []
    for c in r.claims:
        source = r.mention(c.source) if c.source else None
        names = [getattr(r.mention(i), "name", None) for i in c.source_chain]
        out.append((c.cue.text, getattr(source, "name", None), names))
    return out


def _figure_chains(r: Record) -> list[tuple[str, list[str | None]]]:
    """(figure words, the names along its claim's chain) of every casualty."""
    claims = {c.id: c for c in r.claims}
    out = []
    for e in r.events:
        for c in e.casualties:
            claim = claims.get(c.claim) if c.claim else None
            names = [getattr(r.mention(i), "name", None) for i in claim.source_chain] if claim else []
            out.append((r.span_text(c.span), names))
    return sorted(out, key=lambda x: r.text.index(x[0]))


def _extract(text: str) -> Record:
    return rasid.extract("نشرة الأخبار\n" + text)


def test_a_role_apposition_puts_the_body_in_the_chain() -> None:
    """The body named in "، المتحدث باسم ...،" follows the speaker, even when the speaker's
    mention leaves out the last word of the name."""
    r = _extract("وقال سامر عودة، المتحدث باسم الدفاع المدني في غزة، إن 14 شخصا قتلوا في غارة على رفح.")
    [(cue, _, names)] = _chains(r)
    assert cue == "وقال"
    assert GAZA_CD in names
    assert _figure_chains(r) == [("14 شخصا", names)]


def test_a_role_apposition_closing_the_sentence() -> None:
    """ "، بحسب ما أعلنه X، مدير مستشفى ..." at the sentence's end: the hospital joins the chain."""
    r = _extract(
        "قتل 9 أشخاص في قصف على دير البلح، بحسب ما أعلنه الطبيب ياسر حمدان، مدير مستشفى شهداء الأقصى."
    )
    [(_, _, names)] = _chains(r)
    assert "Al-Aqsa Martyrs Hospital" in names
    assert [f for f, _ in _figure_chains(r)] == ["9 أشخاص"]


def test_a_comma_segment_that_is_content_is_no_apposition() -> None:
    """A role word that opens what is reported ("، مدير المدرسة قتل") names no body of the speaker."""
    r = _extract("وقال المرصد السوري لحقوق الإنسان، مدير المدرسة قتل مع 3 من أبنائه في الغارة.")
    names = [n for _, _, chain in _chains(r) for n in chain]
    assert "Syrian Observatory for Human Rights" in names
    assert all(n is None or "School" not in n for n in names)


def test_a_title_keeps_the_registered_body_inside_the_actor_after_it() -> None:
    r = _extract("وقالت رئيسة الفريق الطبي لمنظمة أطباء بلا حدود إن 4 من أفراد الطاقم أصيبوا.")
    [(_, _, names)] = _chains(r)
    assert MSF in names
    assert "doctors" not in names  # a group's word inside the body's name is no body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال مراسلنا إن 6 أشخاص قتلوا في قصف على البلدة.", "correspondent"),
        ("وأفادت معلومات صحفية بمقتل 6 جنود في هجوم على موقع للجيش.", "press reports"),
        ("وذكرت وسائل الإعلام أن 6 أشخاص قتلوا في قصف على البلدة.", "media"),
    ],
)
def test_a_nameless_source_head_is_named_in_english(text: str, name: str) -> None:
    r = _extract(text)
    [(_, claimant, _)] = _chains(r)
    assert claimant == name
    assert [names for _, names in _figure_chains(r)] == [[name]]


def test_a_head_with_more_words_keeps_no_english_of_its_own() -> None:
    """ "مصدر طبي" is more than a "source": the head's English would lose its adjective."""
    r = _extract("وقال مصدر طبي في المستشفى الميداني إن 3 من الجرحى في حال خطرة.")
    assert [claimant for _, claimant, _ in _chains(r)] != ["source"]


def test_a_merged_relay_gives_the_claim_to_the_one_quoted() -> None:
    """ "بحسب ما نقلت وكالة X عن مصدر طبي": the medical source claims, the agency first in the
    chain; "وقال المصدر" after it is that medical source, not the agency."""
    r = _extract(
        "قتل 11 شخصا في قصف على سوق المدينة، بحسب ما نقلت وكالة فرانس برس عن مصدر طبي."
        " وقال المصدر إن 20 آخرين أصيبوا في القصف."
    )
    claims = _chains(r)
    assert [(cue, claimant) for cue, claimant, _ in claims] == [
        ("بحسب ما نقلت", "medical source"),
        ("وقال", "medical source"),
    ]
    assert claims[0][2] == [AFP, "medical source"]
    assert [(f, names[0]) for f, names in _figure_chains(r)] == [
        ("11 شخصا", AFP),
        ("20 آخرين", "medical source"),
    ]


def test_a_describing_verb_with_no_subject_goes_on_with_the_speaker_before() -> None:
    """ "ووصفت القصف بأنه ..." opening a sentence after a claim: the speaker before describes it;
    with no claim in the sentence before, the verb (which needs a named subject) makes none."""
    r = _extract("وقالت لجنة الأطباء في بيان إن القصف طال الحي الشرقي. ووصفت القصف بأنه الأعنف منذ أسابيع.")
    said = [(c.cue.text, r.span_text(r.mention(c.source).span) if c.source else None) for c in r.claims]
    assert said == [("وقالت", "لجنة الأطباء"), ("ووصفت", "لجنة الأطباء")]
    alone = _extract("شهدت المدينة هدوءا حذرا. ووصفت حالة الجرحى بأنها مستقرة.")
    assert alone.claims == []


def test_a_participle_after_a_quotation_opened_by_a_colon_is_a_cue() -> None:
    """The quotation after "وقال X:" is the speech; "، مشيراً إلى أن" after its closing mark is
    the speaker's next claim, while words inside it are no cues of their own."""
    r = _extract(
        "وقال مدير المستشفى: “استقبلنا 12 جريحا وأكد الأطباء أن حالتهم مستقرة”،"
        " مشيرا إلى أن “الكهرباء انقطعت عن الأقسام”."
    )
    assert [(c.cue.text, r.span_text(c.content.span)) for c in r.claims] == [
        ("وقال", "“استقبلنا 12 جريحا وأكد الأطباء أن حالتهم مستقرة”"),
        ("مشيرا", "“الكهرباء انقطعت عن الأقسام”"),
    ]
