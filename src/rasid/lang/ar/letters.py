"""The Arabic letter classes, written once for every regular expression and test that asks
whether a character is an Arabic letter.

Each is the body of a character class (no brackets), to be put inside `[...]` with whatever a
pattern adds ("[{LETTERS}{EXTENDED_LETTERS}]+"). `FIRST_LETTER` and `LAST_LETTER` are the ends
of `LETTERS`, for a test on one character without a pattern (`FIRST_LETTER <= c <= LAST_LETTER`).
"""

from __future__ import annotations

#: Hamza (ء) and yeh (ي): the first and last letter of the basic Arabic alphabet in Unicode.
FIRST_LETTER, LAST_LETTER = "\u0621", "\u064a"
#: The basic Arabic letters, hamza to yeh. The range also holds the tatweel (ـ, U+0640) and five
#: rare Kashmiri and Khowar letters (U+063B-U+063F) that sit between ghain and feh.
LETTERS = f"{FIRST_LETTER}-{LAST_LETTER}"
#: `LETTERS` without the tatweel and the five letters beside it: a name or a word written only in
#: letters proper (hamza to ghain, feh to yeh). The gazetteer builder and the place finder's
#: unknown names read this narrower set; the tatweel is no letter of a name.
LETTERS_WITHOUT_TATWEEL = "\u0621-\u063a\u0641-\u064a"
#: Alef wasla (ٱ) to yeh barree (ے): the letters Persian and Urdu keyboards put in Arabic text
#: ("ی", "ک", "ھ"), which the tokenisers read as letters of a word.
EXTENDED_LETTERS = "\u0671-\u06d3"
#: The whole Arabic block (letters, marks, digits, punctuation): whether a line is Arabic text.
ARABIC_BLOCK = "\u0600-\u06ff"
