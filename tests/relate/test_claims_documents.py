"""Who speaks for a source phrase: a document named alone ("البيان", "التقرير") speaks for
the one who issued it, a quoted name in apposition for its descriptor (issue 12).

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


def test_a_quoted_name_in_apposition_after_the_source_is_who_speaks() -> None:
    record = run(
        "قتل ستة مدنيين في غارات على البلدة، بحسب منظمة الإغاثة «فرق النجدة».",
        [Actor("منظمة الإغاثة"), Actor("فرق النجدة", name="Rescue Teams")],
    )
    (said,) = record.claims
    assert (source_text(record, said), chain_texts(record, said)) == (
        "فرق النجدة",
        ["فرق النجدة", "منظمة الإغاثة"],
    )


def test_a_quotation_that_is_more_than_a_name_is_no_apposition() -> None:
    record = run(
        "وقال الجيش «الجيش قصف مواقع المسلحين».",
        [Actor("الجيش", name="Army"), Actor("الجيش", name="Army", occurrence=2)],
    )
    (said,) = record.claims
    assert chain_texts(record, said) == ["الجيش"]
