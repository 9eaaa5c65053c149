"""Arabic normalisation: exact forms, and the offset map proven by property tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasid.lang.ar.normalise import normalise, normalise_string

CASES = [
    ("أحمد إلى آذار", "احمد الي اذار"),  # alef forms, alef maqsura
    ("مدينة حماة", "مدينه حماه"),  # ta marbuta
    ("قتلـــى", "قتلي"),  # tatweel
    ("مُحَمَّدٌ", "محمد"),  # diacritics
    ("٢٠١٦ و۱۵", "2016 و15"),  # Arabic-Indic and Persian digits
    ("٣٫٥ و١٬٠٠٠", "3.5 و1,000"),  # Arabic decimal and thousands marks
    ("\ufefb", "لا"),  # lam-alef presentation form expands to two letters
    ("\ufee3\ufe98\ufee0", "متل"),  # isolated/initial/medial presentation forms
    ("رئيس مسؤول", "رييس مسوول"),  # hamza on carriers
    ("ی ک", "ي ك"),  # Persian ya and kaf
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalise_string_exact(raw: str, expected: str) -> None:
    assert normalise_string(raw) == expected
    assert normalise(raw).text == expected


def test_normalise_maps_word_back_to_original() -> None:
    text = "قُتِلَ ٣ أطفالٍ في إدلب"
    norm = normalise(text)
    start = norm.text.index("اطفال")
    s, e = norm.to_original(start, start + len("اطفال"))
    assert text[s:e] == "أطفال"  # the tanwin after the last letter is not part of the match
    d = norm.text.index("3")
    assert norm.to_original(d, d + 1) == (text.index("٣"), text.index("٣") + 1)


def test_normalise_ligature_span_covers_whole_source_character() -> None:
    text = "ب\ufefbد"
    norm = normalise(text)
    assert norm.text == "بلاد"
    assert norm.to_original(1, 2) == (1, 2)  # lam alone maps to the ligature
    assert norm.to_original(0, 4) == (0, 3)


def test_to_original_rejects_out_of_range() -> None:
    with pytest.raises(ValueError, match="outside"):
        normalise("نص").to_original(0, 5)


ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
PRESENTATION = st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFC)
MIXED = st.one_of(ARABIC, PRESENTATION, st.characters(codec="utf-8"), st.sampled_from(" \n،؛؟«»“”"))


@given(st.text(alphabet=MIXED, max_size=200))
def test_every_normalised_char_maps_to_its_source(text: str) -> None:
    norm = normalise(text)
    assert len(norm.starts) == len(norm.text) == len(norm.ends)
    for i, ch in enumerate(norm.text):
        s, e = norm.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert ch in normalise_string(text[s:e])


@given(st.text(alphabet=MIXED, max_size=200), st.data())
def test_mapped_span_reproduces_original_characters(text: str, data: st.DataObject) -> None:
    norm = normalise(text)
    start = data.draw(st.integers(0, len(norm.text)))
    end = data.draw(st.integers(start, len(norm.text)))
    s, e = norm.to_original(start, end)
    assert 0 <= s <= e <= len(text)
    # The original slice holds exactly the characters the normalised slice came from; it can
    # only be wider where the span cuts through a ligature that normalises to two letters.
    back = normalise_string(text[s:e])
    assert norm.text[start:end] in back
    if not _splits_expansion(norm.starts, start, end):
        assert back == norm.text[start:end]


def _splits_expansion(starts: tuple[int, ...], start: int, end: int) -> bool:
    cut_left = 0 < start < len(starts) and starts[start - 1] == starts[start]
    cut_right = 0 < end < len(starts) and starts[end - 1] == starts[end]
    return start < end and (cut_left or cut_right)


@given(st.text(alphabet=MIXED, max_size=100))
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_string(text)
    assert normalise_string(once) == once


def test_unassigned_presentation_form_is_kept_not_recursed() -> None:
    # U+FEFD lies in the presentation-forms block but is unassigned: NFKC leaves it as it is.
    n = normalise("حلب\ufefdإدلب")
    assert n.text == "حلب\ufefdادلب"
    assert n.to_original(4, 8) == (4, 8)


def test_offsets_around_dropped_and_expanded_characters() -> None:
    # A shadda is dropped, a lam-alef ligature (U+FEFB) expands to two letters of one source character.
    text = "قُتِلَ \ufefb أحد"
    n = normalise(text)
    assert n.text == "قتل لا احد"
    assert n.to_original(4, 6) == (7, 8)
    assert n.to_original(0, 3) == (0, 5)  # the final fatha, dropped, is not part of the span
