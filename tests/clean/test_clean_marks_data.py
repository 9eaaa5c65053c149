"""The cleaner's punctuation is built from clause_marks.tsv and quote_marks.tsv (clean.marks).

The move kept every class the line model was trained on; three sets grew by a mark the data
file lists and the code had left out, with no record changed over the corpus. These tests pin
the three: a Latin semicolon is a clause mark, curly brackets are a tag list's edges, and the
low quote „ opens a quotation after a speaker's colon.
"""

from __future__ import annotations

from rasid.clean.marks import CLOSING_QUOTES, COMMAS, DOUBLE_QUOTES, STOPS
from rasid.clean.metadata import parse_tags
from rasid.clean.text import _QUOTE_MARKS, _run_on


def test_the_classes_the_line_model_reads() -> None:
    assert frozenset("،,") == COMMAS
    assert frozenset(".!?؟") == STOPS  # no Arabic semicolon: a page's sentence line ends otherwise
    assert frozenset('«»“”"') == DOUBLE_QUOTES  # no "'": an apostrophe more often than a quote
    assert frozenset("»”’\"'") == CLOSING_QUOTES


def test_a_line_with_a_latin_semicolon_is_no_run_on_ticker() -> None:
    words = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية المتضررة من الجفاف"
    line = f"{words}; وقالت الوزارة إن التنفيذ يبدأ الشهر المقبل في كل المحافظات"
    assert not _run_on(line)
    assert _run_on(line.replace(";", ""))


def test_curly_brackets_are_a_tag_lists_edges() -> None:
    assert parse_tags("{سورية، روسيا}") == ["سورية", "روسيا"]
    assert parse_tags("(غزة، رفح)") == ["غزة", "رفح"]


def test_the_low_quote_opens_what_a_speaker_says() -> None:
    assert "„لا يزال الوضع صعبا".startswith(_QUOTE_MARKS)
    assert "«لا يزال الوضع صعبا".startswith(_QUOTE_MARKS)
    assert not "لا يزال الوضع صعبا".startswith(_QUOTE_MARKS)
