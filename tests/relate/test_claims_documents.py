"""A document named alone ("البيان", "التقرير") speaks for the one who issued it (issue 12).

The issuer is the latest source when that source is itself a document ("وفقاً لبيان صادر
عن ..."), else the latest speaker, else the actor that issued the same document, named
without article, in this sentence or the one before ("أصدرت اللجنة بياناً"). The
sentences are written for these tests.
"""

from __future__ import annotations

from tests.relate.claims_support import Actor, chain_texts, run, source_text


def test_a_statement_cited_by_wafqan_speaks_for_its_author_when_named_again() -> None:
    record = run(
        'وقصفت الطائرات حي السوق مساء أمس، وفقاً لبيان صادر عن "لجان الأحياء" في المدينة، '
        "وهي مجموعة تطوعية. وقال البيان إن القصف أدى إلى مقتل أربعة مدنيين.",
        [Actor("لجان الأحياء")],
    )
    said = record.claims[-1]
    assert said.cue.text == "وقال"
    assert (source_text(record, said), chain_texts(record, said)) == (
        "لجان الأحياء",
        ["البيان", "لجان الأحياء"],
    )


def test_a_statement_issued_in_the_sentence_before_speaks_for_its_issuer() -> None:
    record = run(
        "أصدرت هيئة الإغاثة بياناً عن القصف. وقال البيان إن خمسة مدنيين قتلوا في القصف.",
        [Actor("هيئة الإغاثة")],
    )
    (said,) = record.claims
    assert (source_text(record, said), chain_texts(record, said)) == (
        "هيئة الإغاثة",
        ["البيان", "هيئة الإغاثة"],
    )


def test_a_report_with_no_issuer_before_it_speaks_for_itself() -> None:
    record = run("وقال التقرير إن ألف مدني قتلوا منذ بداية العام.")
    (said,) = record.claims
    assert (source_text(record, said), chain_texts(record, said)) == ("التقرير", ["التقرير"])
