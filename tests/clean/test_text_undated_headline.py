"""`undated_headline`: the one test of a headline that names no date or clock time, which the
teaser, list, subheading and section readers of `clean.text` share."""

from __future__ import annotations

import pytest

from rasid.clean.text import headline_like, undated_headline

LINES = [
    ("اجتماع طارئ لمجلس المحافظة بعد الفيضانات", True, True),
    ("اجتماع طارئ لمجلس المحافظة الساعة 10:30", True, False),  # a clock time: headline-like, but dated
    ("نشر في 12/05/2024", True, False),  # a numeric date
    ("انعقد المجلس صباح اليوم وناقش الأضرار.", False, False),  # a sentence closed by a full stop
    ("2024", False, False),  # no letters
]


@pytest.mark.parametrize(("line", "like", "undated"), LINES)
def test_undated_headline_is_a_headline_like_line_without_a_date(
    line: str, like: bool, undated: bool
) -> None:
    assert (headline_like(line), undated_headline(line)) == (like, undated)
