"""ArgContext.words_with: the words of a span that read as a word of a list, found once per list."""

from __future__ import annotations

from tests.relate.events_support import run

from rasid.lang.ar.doc import doc_of
from rasid.relate.events.args import ArgContext
from rasid.relate.events.lexicon import event_lexicon
from rasid.relate.events.triggers import Segments
from rasid.relate.text import in_set

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
