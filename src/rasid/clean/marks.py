"""The punctuation the cleaner reads, built from the language data files.

Commas, sentence ends and the colon come from data/clause_marks.tsv and data/quote_marks.tsv,
as everywhere else. The cleaner's choices over them are its own typography and stay as the
line model was trained: a sentence ends at a full stop or a stop, not the Arabic semicolon
(a page's lines end so, an article's sentences do not); the straight single quote "'" is no
quotation mark to the line features (an apostrophe in Latin names and English fragments far
more often); the ellipsis "…", dashes, bars and bullets are page furniture, not language.
"""

from __future__ import annotations

from rasid.lang.ar.clause_marks import clause_marks
from rasid.lang.ar.quotes import quote_marks

_MARKS = clause_marks()
_QUOTES = quote_marks()


#: "،" and ",": a clause or a list item goes on.
COMMAS = _MARKS.commas
#: Commas and semicolons, Latin and Arabic.
CLAUSE_BREAKS = _MARKS.clause_breaks
#: The sentence ends of clause_marks.tsv (. ! ? ؟ and the Arabic semicolon).
SENTENCE_ENDS = _MARKS.sentence_ends
#: A full stop or a stop, without the Arabic semicolon: what ends a page's sentence line.
STOPS = _MARKS.full_stops | _MARKS.stops
FULL_STOPS = _MARKS.full_stops
#: The colon that opens what is said ("وقال: ...").
INTRODUCERS = _QUOTES.introducers
#: The paired quotation marks: « » “ ” and the straight " and '.
PAIRED_QUOTES = _QUOTES.paired
#: The double quotation marks the line features count: the paired ones but the straight "'".
DOUBLE_QUOTES = _QUOTES.opening | _QUOTES.closing | (_QUOTES.straight - {"'"})
#: Every quotation glyph that may close a quotation, paired or not.
CLOSING_QUOTES = _QUOTES.any_closing
#: Every quotation glyph of quote_marks.tsv, paired or not.
QUOTE_GLYPHS = _QUOTES.glyphs
#: ( ) [ ] { }.
BRACKETS = _QUOTES.brackets
