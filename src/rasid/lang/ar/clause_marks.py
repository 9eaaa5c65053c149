"""The marks that end a clause or a sentence (data/clause_marks.tsv), read once.

The Doc cuts clauses at the commas and semicolons (`clause_breaks`) and `text.sentence_spans`
cuts sentences at the marks whose `sentence` column says yes; the rules that ask for a comma
("الاثنين، 15 شباط", an apposition set off by two commas) read `commas()`.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows

CLAUSE_MARKS_FILE = "clause_marks.tsv"
KINDS = ("comma", "semicolon", "full_stop", "stop")
SENTENCE = {"yes": True, "no": False}


@dataclass(frozen=True)
class ClauseMarks:
    """The marks of data/clause_marks.tsv by kind, and those that end a sentence."""

    commas: frozenset[str]
    semicolons: frozenset[str]
    full_stops: frozenset[str]
    stops: frozenset[str]
    sentence_ends: frozenset[str]

    @property
    def clause_breaks(self) -> frozenset[str]:
        """The marks that cut a clause inside a sentence: commas and semicolons."""
        return self.commas | self.semicolons

    @property
    def every(self) -> frozenset[str]:
        """Every mark of the file: the clause breaks, the full stops and the other stops."""
        return self.clause_breaks | self.full_stops | self.stops


@cache
def clause_marks() -> ClauseMarks:
    """The marks of data/clause_marks.tsv (raises DataFileError on a bad row)."""
    by: dict[str, set[str]] = {k: set() for k in KINDS}
    ends: set[str] = set()
    for row in load_rows(CLAUSE_MARKS_FILE):
        mark, kind, sentence = row["mark"], row["kind"], row["sentence"]
        if len(mark) != 1 or kind not in by or sentence not in SENTENCE:
            raise DataFileError(
                f"{CLAUSE_MARKS_FILE} row {mark!r}: a mark is one character of a known kind, "
                "sentence yes or no"
            )
        if kind in ("full_stop", "stop") and not SENTENCE[sentence]:
            raise DataFileError(f"{CLAUSE_MARKS_FILE} row {mark!r}: a {kind} ends a sentence")
        by[kind].add(mark)
        if SENTENCE[sentence]:
            ends.add(mark)
    return ClauseMarks(
        commas=frozenset(by["comma"]),
        semicolons=frozenset(by["semicolon"]),
        full_stops=frozenset(by["full_stop"]),
        stops=frozenset(by["stop"]),
        sentence_ends=frozenset(ends),
    )


def commas() -> frozenset[str]:
    """The commas (، ,): what sets off an apposition, a list item or a date after a weekday."""
    return clause_marks().commas


def char_class(chars: Set[str]) -> str:
    """The marks escaped for a regular expression's character class, without the brackets, in a
    fixed order (a set's order varies between runs, a compiled pattern's text should not)."""
    return "".join(re.escape(c) for c in sorted(chars))
