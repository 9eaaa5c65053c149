"""Gold quotes of the input are found in the cleaned record text."""

from __future__ import annotations

import unicodedata

import pytest
from tests.evaluate.builders import CLEAN_TEXT, FURNITURE, INPUT_TEXT, span

from rasid.evaluate.align import Locator, nfc_with_map
from rasid.evaluate.gold import Quote

MENU = "الرئيسية | أخبار كفرنبل | رياضة"
WITH_MENU = MENU + "\n" + INPUT_TEXT  # furniture before the title repeats كفرنبل


@pytest.mark.parametrize(
    ("input_text", "needle", "index", "expected"),
    [
        # same number of occurrences: the same index
        (INPUT_TEXT, "كفرنبل", 0, span(CLEAN_TEXT, "كفرنبل", 1)),
        (INPUT_TEXT, "كفرنبل", 1, span(CLEAN_TEXT, "كفرنبل", 2)),
        # a menu before the title held a third one: chosen by context
        (WITH_MENU, "كفرنبل", 0, None),
        (WITH_MENU, "كفرنبل", 1, span(CLEAN_TEXT, "كفرنبل", 1)),
        (WITH_MENU, "كفرنبل", 2, span(CLEAN_TEXT, "كفرنبل", 2)),
        # only in removed furniture
        (INPUT_TEXT, "حلب", 0, None),
        (INPUT_TEXT, "إدلب", 0, span(CLEAN_TEXT, "إدلب")),
    ],
)
def test_locate_maps_input_occurrences(
    input_text: str, needle: str, index: int, expected: tuple[int, int] | None
) -> None:
    assert Locator(input_text, CLEAN_TEXT).locate(needle, index) == expected


def test_locate_in_decomposed_record_text_returns_original_offsets() -> None:
    decomposed = unicodedata.normalize("NFD", CLEAN_TEXT)
    assert decomposed != CLEAN_TEXT
    s, e = Locator(INPUT_TEXT, decomposed).locate("5 أطفال", 0) or (0, 0)
    assert unicodedata.normalize("NFC", decomposed[s:e]) == "5 أطفال"
    assert decomposed[s - 6 : s] == "بينهم "


def test_nfc_map_covers_every_character() -> None:
    text = "ا\u0654ب\u0651ة"  # alef + hamza above composes; shadda stays combining
    normal, starts, ends = nfc_with_map(text)
    assert normal == "أب\u0651ة"
    assert list(zip(starts, ends, strict=True)) == [(0, 2), (2, 4), (2, 4), (4, 5)]


def test_spans_of_an_any_occurrence_quote_keep_those_found() -> None:
    quote = Quote("كفرنبل", (0, 1, 2), tuple(span(WITH_MENU, "كفرنبل", i) for i in (1, 2, 3)))
    assert Locator(WITH_MENU, CLEAN_TEXT).spans(quote) == (
        span(CLEAN_TEXT, "كفرنبل", 1),
        span(CLEAN_TEXT, "كفرنبل", 2),
    )


@pytest.mark.parametrize(
    ("phrase", "found"),
    [
        ("أمس الأحد، بحسب", True),
        ("وجرحى قتل 12", True),  # the title and the body are separated by a blank line: white space collapses
        (FURNITURE, False),
        ("كفرنبل في ريف حلب", False),
    ],
)
def test_contains_collapses_white_space(phrase: str, found: bool) -> None:
    assert Locator(INPUT_TEXT, CLEAN_TEXT).contains(phrase) is found


def test_markup_tags_are_no_context() -> None:
    """An HTML input's tags around a quoted place are not compared with the record's text: the place
    under the headline is known by the headline's words before it, whatever follows it."""
    html = (
        "<title>حمص</title><h1>انفجار يهز حي الوعر في مدينة حمص</h1>\n"
        '<p>حمص - "صوت المدينة"</p>\n<p>قتل ثلاثة مدنيين صباح اليوم.</p>'
    )
    record = "انفجار يهز حي الوعر في مدينة حمص\n\nحمص - قتل ثلاثة مدنيين صباح اليوم."
    where = Locator(html, record).locate("حمص", 2)
    assert where == (34, 37)
    assert record[34:37] == "حمص"
