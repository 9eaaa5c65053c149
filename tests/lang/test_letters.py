"""The Arabic letter classes, written once (`rasid.lang.ar.letters`): what each holds, and a
house rule that no other module spells one of their ranges again."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import rasid
from rasid.lang.ar.letters import (
    ARABIC_BLOCK,
    EXTENDED_LETTERS,
    FIRST_LETTER,
    LAST_LETTER,
    LETTERS,
    LETTERS_WITHOUT_TATWEEL,
)

SRC = Path(rasid.__file__).parent
HOME = SRC / "lang" / "ar" / "letters.py"


def _all(chars: str, body: str) -> bool:
    return re.fullmatch(f"[{body}]+", chars) is not None


def test_the_letters_run_from_hamza_to_yeh_with_the_tatweel() -> None:
    assert (FIRST_LETTER, LAST_LETTER) == ("ء", "ي")
    assert _all("ءأإآابتثجحخدذرزسشصضطظعغفقكلمنهوىيةـ", LETTERS)
    assert [c for c in "ًّٰ٠ٱیکھ،؟" if _all(c, LETTERS)] == []


def test_the_narrower_letters_leave_out_the_tatweel() -> None:
    assert _all("ءابتغفقي", LETTERS_WITHOUT_TATWEEL)
    assert [c for c in "ـ\u063b\u063fً" if _all(c, LETTERS_WITHOUT_TATWEEL)] == []


def test_the_extended_letters_are_those_of_persian_and_urdu_keyboards() -> None:
    assert _all("ٱیکھۀہ", EXTENDED_LETTERS)
    assert [c for c in "ياكه" if _all(c, EXTENDED_LETTERS)] == []


def test_the_block_holds_every_arabic_character() -> None:
    assert _all("،؟ًيـ٠٩ٱے", ARABIC_BLOCK)
    assert [c for c in "a1 " if _all(c, ARABIC_BLOCK)] == []


#: The ranges' first ends, as a string literal holds them (a character, or a regex escape).
_STARTS = ("\u0621-", "\u0600-", "\u0671-", "\\u0621-", "\\u0600-", "\\u0671-")


def ranges_written(source: str) -> list[tuple[int, str]]:
    """(line, literal) of every string constant that writes one of the letter ranges."""
    return [
        (node.lineno, node.value)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(s in node.value for s in _STARTS)
    ]


def test_no_module_spells_a_letter_range_again() -> None:
    found = [
        (str(path.relative_to(SRC)), line)
        for path in sorted(SRC.rglob("*.py"))
        if path != HOME
        for line, _ in ranges_written(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_rule_sees_a_range_as_a_character_or_an_escape() -> None:
    source = 'A = "[\u0621-\u064a]"\nB = r"[\\u0621-\\u064a]+"\nC = "[a-z]"\n'
    assert [line for line, _ in ranges_written(source)] == [1, 2]
