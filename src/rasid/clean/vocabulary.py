"""Words page furniture uses far more than prose, for the line features and the credit lines alike."""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.lexicon import load_rows

FURNITURE_WORDS_FILE = "furniture_words.tsv"


@cache
def furniture_words() -> frozenset[str]:
    """Words page furniture uses far more than prose (`furniture_words.tsv`), normalised, case-folded."""
    return frozenset(
        row["word"].casefold() for row in load_rows(FURNITURE_WORDS_FILE, normalise_columns=("word",))
    )
