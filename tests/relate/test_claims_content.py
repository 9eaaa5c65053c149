"""Content spans: quotations, أن-clauses, the clause around a preposition cue, and where content ends."""

from __future__ import annotations

import pytest
from tests.relate.claims_support import Actor, chain_texts, content, run, source_text

CONTENT = [
    # (body, cue, expected content, quoted)
    ('وقال قائد الشرطة: "لن نسمح بتكرار هذا الهجوم".', "وقال", '"لن نسمح بتكرار هذا الهجوم"', True),
    ("بحسب المرصد، قتل خمسة مدنيين في الغارة.", "بحسب", "قتل خمسة مدنيين في الغارة", False),
    ("قتل خمسة مدنيين في الغارة، بحسب المرصد.", "بحسب", "قتل خمسة مدنيين في الغارة", False),
    (
        "وأسفر القصف، وفق المرصد، عن مقتل خمسة مدنيين.",
        "وفق",
        "وأسفر القصف، وفق المرصد، عن مقتل خمسة مدنيين",
        False,
    ),
    ("وقتل شخصان في الحادث، وفق ما أفاد الدفاع المدني.", "وفق ما أفاد", "وقتل شخصان في الحادث", False),
    (
        "وتقول الحكومة إن قواتها لم تستهدف المدنيين، غير أن صور الأقمار الصناعية تظهر دمارا واسعا.",
        "وتقول",
        "قواتها لم تستهدف المدنيين",
        False,
    ),
    ("وقال المحافظ إن المياه انقطعت، مضيفا أن الإصلاح يحتاج أسبوعا.", "وقال", "المياه انقطعت", False),
    ("وقال المحافظ إن المياه انقطعت، مضيفا أن الإصلاح يحتاج أسبوعا.", "مضيفا", "الإصلاح يحتاج أسبوعا", False),
    (
        "وأعلنت الوزارة، في بيان لها أمس، إغلاق المعبر حتى إشعار آخر.",
        "وأعلنت",
        "إغلاق المعبر حتى إشعار آخر",
        False,
    ),
    ("وأشارت المنظمة إلى تضرر أربع مدارس.", "وأشارت", "تضرر أربع مدارس", False),
    # single straight marks pair like double ones (data/quote_marks.tsv, paired on the Doc)
    ("وقال المحافظ: 'لن نسمح بقطع الطريق'.", "وقال", "'لن نسمح بقطع الطريق'", True),
    (
        "وأعرب الوزير عن 'قلقه البالغ من تصاعد القصف على الأحياء السكنية'.",
        "وأعرب",
        "'قلقه البالغ من تصاعد القصف على الأحياء السكنية'",
        True,
    ),
]


@pytest.mark.parametrize(("body", "cue", "expected", "quoted"), CONTENT)
def test_claims_content_span(body: str, cue: str, expected: str, quoted: bool) -> None:
    record = run(body)
    claim = next(c for c in record.claims if c.cue.text == cue)
    assert content(record, claim) == expected
    assert claim.quoted is quoted


def test_claims_postposed_statement_joins_the_claims_it_follows() -> None:
    record = run(
        'واستنكرت الرابطة القصف، مطالبة بمحاسبة المسؤولين عنه، ومؤكدة أن "المدنيين دفعوا الثمن"، وفق البيان.',
        [Actor("الرابطة")],
    )
    assert [c.cue.text for c in record.claims] == ["واستنكرت", "مطالبة", "ومؤكدة"]
    for claim in record.claims:
        assert chain_texts(record, claim) == ["الرابطة", "البيان"]
        assert source_text(record, claim) == "الرابطة"
    assert content(record, record.claims[2]) == '"المدنيين دفعوا الثمن"'


def test_claims_postposed_outlet_is_a_claim_of_its_own() -> None:
    record = run("ونفت الجماعة قصف الأحياء، بحسب ما نقلت قناتها الرسمية.")
    assert [(c.cue.text, c.stance) for c in record.claims] == [("ونفت", "deny"), ("بحسب ما نقلت", "assert")]
    relay = record.claims[1]
    assert source_text(record, relay) == "قناتها الرسمية"
    assert content(record, relay) == "ونفت الجماعة قصف الأحياء"


def test_claims_date_of_the_saying_is_in_the_cue_clause() -> None:
    record = run("وقال المرصد في بيان له أمس إن القصف الذي بدأ الأحد الماضي لم يتوقف.")
    claim = record.claims[0]
    assert record.mention(claim.date).text == "أمس"
    assert content(record, claim) == "القصف الذي بدأ الأحد الماضي لم يتوقف"


def test_claims_spans_keep_the_final_marks_of_a_word() -> None:
    record = run("وقال ناشطون إن القتلى بلغوا عشرين شخصاً.")
    claim = record.claims[0]
    assert content(record, claim) == "القتلى بلغوا عشرين شخصاً"
