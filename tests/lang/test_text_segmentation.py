"""Sentence, clause and token segmentation of Arabic text."""

from __future__ import annotations

import pytest

from rasid.lang.ar.text import TextView, clause_spans, sentence_spans, tokens

SENTENCES = [
    ("قصفت الطائرات البلدة. وقتل ثلاثة مدنيين.", ["قصفت الطائرات البلدة.", "وقتل ثلاثة مدنيين."]),
    ("هل انتهت الهدنة؟ لا أحد يعرف؛ الوضع غامض", ["هل انتهت الهدنة؟", "لا أحد يعرف؛", "الوضع غامض"]),
    ("العنوان\n\nالفقرة الأولى\nالفقرة الثانية", ["العنوان", "الفقرة الأولى", "الفقرة الثانية"]),
    ("قال: «انتهى القصف.» ثم غادر", ["قال: «انتهى القصف.»", "ثم غادر"]),
    ("  \n  ", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentence_spans_split_on_arabic_punctuation(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_clause_spans_split_on_arabic_comma() -> None:
    text = "وصل الوفد، والتقى المسؤولين؛ ثم عاد"
    assert [text[s:e] for s, e in clause_spans(text, 0, len(text))] == [
        "وصل الوفد",
        "والتقى المسؤولين",
        "ثم عاد",
    ]


def test_tokens_separate_quotes_and_arabic_punctuation() -> None:
    text = "قال «نحو 1,500 شخص» ، ثم؟"
    assert [t.text for t in tokens(text)] == ["قال", "«", "نحو", "1,500", "شخص", "»", "،", "ثم", "؟"]
    for t in tokens(text):
        assert text[t.start : t.end] == t.text


def test_text_view_maps_normalised_match_to_clean_text() -> None:
    view = TextView("قُتل ٢٠ شخصاً في إدلب.")
    i = view.norm.index("ادلب")
    s, e = view.span(i, i + 4)
    assert view.text[s:e] == "إدلب"
    assert view.sentence_of(s) == (0, len(view.text))


def test_text_view_of_a_record_is_built_once_and_follows_its_text() -> None:
    from rasid.lang.ar.text import text_view
    from rasid.record import Record

    record = Record(id="t", text="قُتل ٢٠ شخصاً.")
    view = text_view(record)
    assert text_view(record) is view
    assert view.norm == "قتل 20 شخصا."
    record.text = "أمس"
    assert text_view(record).norm == "امس"
    assert "working" not in record.to_dict()
