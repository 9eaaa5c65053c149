"""unknown_names reads only the words that may give a hint (`_hint_words`), found among the
article's distinct readings: every word a pass over all words would read further is among them."""

from __future__ import annotations

from rasid.lang.ar.normalise import normalise_string
from rasid.link.context import place_context
from rasid.recognise.places.evidence import Reader
from rasid.recognise.places.unknown import _definite_plural, _hint_words

TEXT = "قصفت الطائرات قرية الحلاوين وبلدات المنطقة والقرى الغربية في الشمال السوري قرب طريق المطار"


def test_the_hint_words_hold_every_word_with_a_context_or_definite_plural_reading() -> None:
    reader = Reader(normalise_string(TEXT), place_context())
    hints = _hint_words(reader)
    assert hints == sorted(hints)
    expected = [
        p
        for p in range(len(reader.words) - 1)
        if reader.ctx.readings(reader.word(p)) or _definite_plural(reader, p) is not None
    ]
    assert set(expected) <= set(hints)
    assert len(reader.words) - 1 not in hints  # the last word opens nothing after it
    assert "قريه" in [reader.word(p) for p in hints]
    assert "والقري" in [reader.word(p) for p in hints]  # a definite plural with a clitic
    assert "الطايرات" not in [reader.word(p) for p in hints]
