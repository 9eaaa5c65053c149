"""Dateline and credit lines: where a report was filed from and who filed it, alone on a line.

Many outlets print, between the headline and the lead, a short line of two or three pieces cut
by a dash, a slash, a bar, a colon or brackets: a place and an agency, outlet or writer
("بغداد - العرب اليوم", "رام الله (الاتحاد)", "الخرطوم – أ ف ب:", "نيالا: محجوب حسون"), or
credits alone ("تلفزيون سوريا - متابعات", "حسام حمودة – الموقف الليبي"). The place is the
article's dateline, text of the article (the places stage reads it); the rest credits the
report, and is page furniture (tests/gold/README.md, "Dateline and credit lines").

Only the shape is read here: a few short pieces and separators, and whether a piece at either
end is a place the gazetteer knows. Which words name outlets is left to `metadata`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.lang.ar.normalise import normalise_string
from rasid.link.gazetteer import default_gazetteer

CREDIT_MAX_WORDS = 6  # "الدار البيضاء - محمد رشيد": a credit line is this short
PIECE_MAX_WORDS = 3  # each piece (a place, an agency, a writer's name) is this short
MIN_PIECES, MAX_PIECES = 2, 3  # "مقديشو/ مقديشو برس", "المصدر / وكالات - هيا"

# A spaced tatweel ("دبي ـ سعيد") is a dash; inside a word ("الاحتــلال") it stretches the word.
_SPACED_TATWEEL = re.compile(r"(?<=\s)ـ+(?=\s)|(?<=\S)ـ+(?=\s)|(?<=\s)ـ+(?=\S)")
_PIECE = re.compile(r"[^\-–—/|؛:()\[\]«»\"“”]+")
_SENTENCE = re.compile(r"[!?؟،,]|\.\s|\.$")  # "أ.ف.ب" has dots, a sentence has its stop
_LETTER = re.compile(r"[^\W\d_]")


def credit_pieces(line: str) -> list[tuple[int, int]] | None:
    """The spans of the pieces of a credit-shaped line (two or three short pieces of letters cut
    by separators, no sentence mark), or None for any other line."""
    words = len(line.split())
    if words > CREDIT_MAX_WORDS or _SENTENCE.search(line):
        return None
    probe = _SPACED_TATWEEL.sub(lambda m: "-" * len(m.group()), line)
    pieces = []
    for m in _PIECE.finditer(probe):
        text = m.group()
        if not text.strip():
            continue
        start = m.start() + len(text) - len(text.lstrip())
        pieces.append((start, m.end() - (len(text) - len(text.rstrip()))))
    if not MIN_PIECES <= len(pieces) <= MAX_PIECES:
        return None
    for s, e in pieces:
        piece = line[s:e]
        if len(piece.split()) > PIECE_MAX_WORDS or not _LETTER.search(piece):
            return None
    return pieces


@lru_cache(maxsize=1 << 12)
def is_place(piece: str) -> bool:
    """The piece is a place the gazetteer knows by that whole name ("الميناء" too: opening a
    dateline is cue enough), and no word that page furniture uses ("المصدر: رويترز")."""
    return bool(default_gazetteer().lookup(normalise_string(piece.strip()))) and not _common_word(piece)


def _common_word(piece: str) -> bool:
    from rasid.clean.features import furniture_words  # late: features imports this module

    key = normalise_string(piece.strip()).casefold()
    return key in furniture_words() or key.removeprefix("ال") in furniture_words()


def dateline_place(line: str) -> tuple[int, int] | None:
    """The span of the place when a credit-shaped line opens with one ("بغداد - العرب اليوم" →
    "بغداد"; an agency may share a place's name: "رام الله (الاتحاد)"), or closes with one after
    pieces that are no places ("المشهد الجنوبي الأول | شبوة" → "شبوة"); None otherwise."""
    pieces = credit_pieces(line)
    if pieces is None:
        return None
    if is_place(line[slice(*pieces[0])]):
        return pieces[0]
    if is_place(line[slice(*pieces[-1])]) and not any(is_place(line[s:e]) for s, e in pieces[:-1]):
        return pieces[-1]
    return None
