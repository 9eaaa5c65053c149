"""Sentences, and the Doc's words and clauses, of Arabic text."""

from __future__ import annotations

import pytest

from rasid.lang.ar.text import TextView, sentence_spans

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


def test_doc_clauses_split_on_the_marks_of_the_data_file() -> None:
    from rasid.lang.ar.doc import Doc

    text = "وصل الوفد، والتقى المسؤولين؛ ثم عاد"
    doc = Doc(TextView(text), [(0, len(text))])
    assert [(w.norm, w.clause) for w in doc.words] == [
        ("وصل", 0),
        ("الوفد", 0),
        ("والتقي", 1),
        ("المسوولين", 1),
        ("ثم", 2),
        ("عاد", 2),
    ]
    assert doc.same_clause(0, text.index("الوفد")) and not doc.same_clause(0, text.index("ثم"))


def test_doc_words_carry_both_spans_their_sentence_and_readings() -> None:
    from rasid.lang.ar.doc import Doc

    text = "قصف على حلب.\nوقُتل ٢٠ شخصاً بإدلب"
    doc = Doc(TextView(text), sentence_spans(text))
    last = doc.words[-1]
    assert (text[last.start : last.end], doc.norm[last.nstart : last.nend]) == ("بإدلب", "بادلب")
    assert [w.sentence for w in doc.words] == [0, 0, 0, 1, 1, 1, 1]
    assert ("ب", "ادلب") in last.readings
    assert doc.word_at(text.index("حلب") + 1) == 2
    assert doc.words_between(0, text.index("شخصاً")) == 5


def test_text_view_maps_normalised_match_to_clean_text() -> None:
    view = TextView("قُتل ٢٠ شخصاً في إدلب.")
    i = view.norm.index("ادلب")
    s, e = view.span(i, i + 4)
    assert view.text[s:e] == "إدلب"


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
