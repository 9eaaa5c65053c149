"""The page features that compare a line with the others: copies of a line count once."""

from __future__ import annotations

from rasid.clean.features import _furniture, _is_furniture_word, _overlaps, furniture_words, page_features


def test_a_lines_overlap_counts_its_copies_once() -> None:
    lines = [
        "قصف مدفعي على بلدة الحارة",
        "قصف مدفعي على بلدة الحارة",
        "أعلنت وزارة الصحة حصيلة القصف على الحارة",
        "اشترك في النشرة البريدية",
    ]
    page = page_features(lines)
    # the first two are one line: of its stems {قصف, مدفعي, حاره}, two recur in the third line,
    # which shares two of its six; "بلدة" is on the stoplist
    assert page.topics[0] == {"قصف", "مدفعي", "حاره"}
    assert page.overlaps == [2 / 3, 2 / 3, 1 / 3, 0.0]
    assert _overlaps(page.topics, page.keys) == page.overlaps
    assert _overlaps([{"a"}, {"a"}, {"a", "b"}], ["x", "x", "y"]) == [1.0, 1.0, 0.5]


def test_a_furniture_word_is_read_once_per_form_with_its_prefixes() -> None:
    assert _furniture("المزيد") == _is_furniture_word("المزيد", furniture_words()) is True
    assert _furniture("والمزيد") is True and _furniture("الحارة") is False
