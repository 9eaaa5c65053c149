"""ArgContext.words_with: the words of a span that read as a word of a list, found once per list."""

from __future__ import annotations

from tests.relate.events_support import run

from rasid.lang.ar.doc import doc_of
from rasid.relate.events.args import ArgContext
from rasid.relate.events.lexicon import event_lexicon
from rasid.relate.events.triggers import Segments
from rasid.relate.text import in_set, words_in_set

TEXT = "اعترضت الدفاعات الجوية صاروخا أطلقه المسلحون. ثم أطلقت القوات قذائف واعترضت طائرة."


def test_the_words_of_a_list_in_a_span_are_those_a_pass_over_the_span_finds() -> None:
    record = run(TEXT)
    doc = doc_of(record)
    lex = event_lexicon()
    ctx = ArgContext(record, doc, Segments(doc, lex))
    second = record.text.index("ثم")
    for forms in (lex.intercepts, lex.launches):
        for lo, hi in ((0, len(record.text)), (0, second), (second, len(record.text)), (3, 30), (7, second)):
            expected = [w for w in doc.words_in(lo, hi) if in_set(w.norm, forms) is not None]
            assert ctx.words_with(forms, lo, hi) == expected
    assert [w.norm for w in ctx.words_with(lex.intercepts, 0, len(record.text))] == ["اعترضت", "واعترضت"]
    assert [w.norm for w in ctx.words_with(lex.launches, 0, second)] == ["اطلقه"]
    assert ctx.words_with(lex.intercepts, len("اعترضت "), second) == []  # after the first word


def test_words_in_set_finds_what_asking_every_word_finds_with_its_reading() -> None:
    record = run(TEXT)
    doc = doc_of(record)
    lex = event_lexicon()
    small = frozenset({"اعترضت", "القوات"})  # fewer forms than the article has readings
    as_mapping = {"اطلق": 1, "قوات": 2}
    for forms in (lex.intercepts, lex.launches, small, as_mapping):
        expected = [(w, in_set(w.norm, forms)) for w in doc.words if in_set(w.norm, forms) is not None]
        assert words_in_set(doc, forms) == expected
        assert words_in_set(doc, forms) is words_in_set(doc, forms)  # read once per Doc and set
    assert [(w.norm, form) for w, form in words_in_set(doc, small)] == [
        ("اعترضت", "اعترضت"),
        ("القوات", "القوات"),
        ("واعترضت", "اعترضت"),
    ]
    assert [(w.norm, form) for w, form in words_in_set(doc, as_mapping)] == [("القوات", "قوات")]
