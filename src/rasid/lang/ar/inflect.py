"""Inflected forms of lexicon phrases that the written form does not show.

An indefinite noun phrase in the accusative carries a tanwin alif on every word that takes it
("فجر حزاما ناسفا", "أطلق صاروخا"): a lexicon that lists the nominative form ("حزام ناسف")
adds this form beside it. Which endings take no alif is data (data/accusative_endings.tsv).
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.match import ARTICLE

ENDINGS_FILE = "accusative_endings.tsv"
TANWIN_ALIF = "ا"
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670\u0640"  # harakat, dagger alef, tatweel


@cache
def _no_alif_endings() -> tuple[str, ...]:
    """The endings of data/accusative_endings.tsv, longest first."""
    return tuple(sorted((row["ending"] for row in load_rows(ENDINGS_FILE)), key=len, reverse=True))


def _takes_alif(word: str) -> bool:
    return len(word) > 1 and not word.endswith(_no_alif_endings())


def accusative_indefinite(phrase: str) -> str | None:
    """The phrase with the tanwin alif on every word that takes it, or None when it has no
    such form (a definite phrase, or one whose words all keep their form).

    "حزام ناسف" → "حزاما ناسفا"; "عبوة ناسفة" → None; "الفوسفور الأبيض" → None.
    """
    words = [w.strip(_MARKS) for w in phrase.split()]
    if not words or any(w.startswith(ARTICLE) for w in words):
        return None
    out = [w + TANWIN_ALIF if _takes_alif(w) else w for w in words]
    return " ".join(out) if out != words else None
