"""What the name tagger sees of a word: the features of its form, cached once per form."""

from __future__ import annotations

from rasid.lang.ar.text import TextView
from rasid.recognise.names.features import _gap_features, _word_features, doc_features
from rasid.recognise.names.tagger import view_doc


def test_the_features_of_a_word_form() -> None:
    assert _word_features("وللبنك") == (
        "bias",
        "w=وللبنك",
        "rest=البنك",
        "bare=بنك",
        "clitic=ولل",
        "al=True",
        "p2=بن",
        "p3=بنك",
        "s1=ك",
        "s2=نك",
        "s3=بنك",
        "p4=بنك",
        "s4=بنك",
        "len=3",
        "shape=arabic",
    )


def test_the_features_of_a_gap_before_and_after_a_word() -> None:
    assert _gap_features("، «") == (("gap:comma", "gap:quote"), ("gapnext:comma", "gapnext:quote"))
    assert _gap_features(" ") == ((), ())


def test_a_word_reads_the_same_in_any_article_and_its_form_is_computed_once() -> None:
    first = view_doc(TextView("أعلن البنك التجاري أرباحه."))
    second = view_doc(TextView("وقال رئيس مجلس إدارة البنك التجاري إن النمو مستمر."))
    a, b = doc_features(first)[1], doc_features(second)[4]
    assert a[:15] == b[:15] == list(_word_features("البنك"))
    assert a[15:] != b[15:]  # the context differs: a sentence start, other neighbours
    hits = _word_features.cache_info().hits
    _word_features("البنك")
    assert _word_features.cache_info().hits == hits + 1
