"""A quote-blanked copy of a text shares the original's words and still reads its own joins."""

from __future__ import annotations

import re

from rasid.lang.ar.match import PhraseMatcher, _Text, _text, blanked, words
from rasid.lang.ar.normalise import normalise_string

QUOTES = str.maketrans({"«": " ", "»": " "})


def test_the_copy_has_the_words_of_a_fresh_reading() -> None:
    norm = normalise_string("أعلن تنظيم «الدولة الإسلامية» مسؤوليته عن الهجوم")
    _text(norm)  # the original, read first as the stages do
    copy = blanked(norm, QUOTES)
    assert copy == norm.replace("«", " ").replace("»", " ")
    fresh = [m.span() for m in re.finditer(r"\w+", copy)]  # the copy's words read on their own
    assert list(_text(copy).spans) == words(copy) == fresh
    assert _text(copy).spans is _text(norm).spans  # shared, not read again
    assert _text(copy).joins != _text(norm).joins  # the quotation marks no longer part words


def test_a_phrase_is_matched_through_the_quotation_marks_of_the_copy_only() -> None:
    matcher = PhraseMatcher([("تنظيم الدولة الإسلامية", "IS")])
    norm = normalise_string("أعلن تنظيم «الدولة الإسلامية» مسؤوليته")
    _text(norm)
    copy = blanked(norm, QUOTES)
    assert [m.payload for m in matcher.find(norm)] == []
    assert [(copy[m.start : m.end], m.payload) for m in matcher.find(copy)] == [
        ("تنظيم  الدوله الاسلاميه", "IS")
    ]


def test_the_copy_joins_the_words_a_fresh_reading_of_it_joins() -> None:
    # Quotation marks between words, at a line's end, at the text's edges and next to a comma:
    # the copy's joins are taken from the original's and read again only where a mark stood.
    norm = normalise_string("«قال» المتحدث «إن\nالقصف» استهدف، «المدينة» صباحا «")
    _text(norm)
    copy = blanked(norm, QUOTES)
    fresh = _Text(copy, _text(norm).spans)  # the copy read on its own
    assert _text(copy).joins == fresh.joins == [True, True, False, True, False, True, False]
