"""Quotation marks paired once per text (rasid.lang.ar.quotes, data/quote_marks.tsv)."""

from __future__ import annotations

import pytest

from rasid.lang.ar.doc import Doc
from rasid.lang.ar.lexicon import DataFileError
from rasid.lang.ar.quotes import Quotations, quote_marks
from rasid.lang.ar.text import TextView, sentence_spans


def quoted(text: str) -> list[str]:
    """The text between the marks of each pair, in order."""
    return [text[o + 1 : c] for o, c in Quotations(text).pairs]


def test_guillemets_nest_and_pair_with_the_latest_open_one() -> None:
    text = "قال الوزير «إن قصف «الحي الشرقي» مستمر» أمس"
    assert quoted(text) == ["إن قصف «الحي الشرقي» مستمر", "الحي الشرقي"]


def test_straight_marks_alternate_on_a_line_and_each_glyph_pairs_with_its_own() -> None:
    text = "وصف 'الحملة' بأنها \"عدوان سافر\" على البلدة"
    assert quoted(text) == ["الحملة", "عدوان سافر"]


def test_a_line_break_ends_a_quotation_left_open() -> None:
    text = 'قال المصدر "إن القصف طال السوق\nوأكد الدفاع المدني "انتشال جثتين"'
    assert quoted(text) == ["انتشال جثتين"]
    q = Quotations(text)
    first = text.index('"')
    assert q.close_of(first) is None and q.opens(first)  # unpaired: read by its glyph


def test_a_closing_curly_mark_with_nothing_open_opens_a_quotation() -> None:
    assert quoted("في حديث لـ”إذاعة الشام” قال") == ["إذاعة الشام"]
    assert quoted("وقالت ”الصحة“ إن الحصيلة ارتفعت") == ["الصحة"]


def test_opens_closes_and_inside_read_the_pairs() -> None:
    text = "أكد «المرصد» مقتل خمسة"
    q = Quotations(text)
    o, c = text.index("«"), text.index("»")
    assert q.opens(o) and not q.closes(o) and q.closes(c) and not q.opens(c)
    assert q.open_of(c) == o and q.close_of(o) == c
    assert q.inside(text.index("المرصد")) and not q.inside(text.index("مقتل"))


def test_a_stretch_is_balanced_only_with_whole_quotations() -> None:
    marks = quote_marks()
    assert marks.balanced("وكالة «سانا» الرسمية")
    assert not marks.balanced("وكالة «سانا")
    assert not marks.balanced('قناة "الجزيرة')
    assert ":" in marks.introducers and ":" not in marks.paired


def test_the_doc_pairs_on_the_normalised_text_once() -> None:
    text = "قالَ الناطقُ «إنّ القصفَ مستمرٌ» اليوم"
    doc = Doc(TextView(text), sentence_spans(text))
    assert doc.quotations is doc.quotations
    [(o, c)] = doc.quotations.pairs
    assert doc.norm[o] == "«" and doc.norm[c] == "»"
    assert doc.norm[o + 1 : c] == "ان القصف مستمر"


def test_single_and_low_curly_marks_and_brackets_are_glyphs_the_pairing_leaves_alone() -> None:
    marks = quote_marks()
    assert {"‘", "„"} <= marks.any_opening and "’" in marks.any_closing
    assert {"(", "[", "{"} == marks.open_brackets and {")", "]", "}"} == marks.close_brackets
    assert marks.glyphs - {"‘", "’", "„"} == marks.paired
    assert not marks.brackets & (marks.glyphs | marks.introducers)
    assert quoted("قال ‘المرصد’ إن (الحي) قصف") == []


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ({"mark": "(", "kind": "open_bracket", "reverse": "", "paired": "yes"}, "quotation mark only"),
        ({"mark": "«", "kind": "open", "reverse": "", "paired": ""}, "quotation mark only"),
        ({"mark": "”", "kind": "close", "reverse": "opens", "paired": "no"}, "quotation mark only"),
        ({"mark": '"', "kind": "straight", "reverse": "", "paired": "no"}, "a straight mark is paired"),
        ({"mark": "<<", "kind": "open", "reverse": "", "paired": "yes"}, "one character"),
    ],
)
def test_a_bad_quote_mark_row_is_refused(
    monkeypatch: pytest.MonkeyPatch, row: dict[str, str], problem: str
) -> None:
    import rasid.lang.ar.quotes as quotes

    quote_marks.cache_clear()
    monkeypatch.setattr(quotes, "load_rows", lambda *a, **k: (row,))
    with pytest.raises(DataFileError, match=problem):
        quote_marks()
    quote_marks.cache_clear()
