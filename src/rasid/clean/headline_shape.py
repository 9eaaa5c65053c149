"""One test of a headline's shape, for every place that asks whether a line could be a headline.

A headline is a few words, with no mark inside it that ends a sentence or a clause, and names no
date or clock time (a timestamp's line, or a lead that tells when, is no headline). How many words,
which marks, and whether it must close with a full stop differ with where the line stands, so each
reader names its own: the title among a page's lines and a headline the page prints again
(`clean.text`), a headline run into its lead or closed by a full stop (`clean.glued_title`).
"""

from __future__ import annotations

import re

from rasid.clean.features import date_or_clock

_LETTER = re.compile(r"[^\W\d_]")


def headline_shaped(
    line: str,
    *,
    min_words: int = 1,
    max_words: int,
    never: tuple[re.Pattern[str], ...],
    closing: re.Pattern[str] | None = None,
    letters: bool = False,
    dated: bool = False,
) -> bool:
    """Whether `line` has a headline's shape: `min_words` to `max_words` words, none of the `never`
    patterns found in it (marks a headline has not, or ends a headline does not end with), and no
    date or clock time unless `dated`. `closing`: a mark the line must end with (a full stop); the
    `never` marks are then sought before it. `letters`: at least one letter (not a counter)."""
    if not min_words <= len(line.split()) <= max_words:
        return False
    if letters and not _LETTER.search(line):
        return False
    if closing is not None and not closing.search(line):
        return False
    inside = line.rstrip()[:-1] if closing is not None else line
    if any(pattern.search(inside) for pattern in never):
        return False
    return dated or not date_or_clock(line)
