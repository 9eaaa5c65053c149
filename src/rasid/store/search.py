"""Search tokens: rasid's Arabic normalisation and clitic readings, on both sides of a search.

A document is indexed as the set of its words' *readings*; a query matches a document
when, for every query word, one of the word's readings is among the document's.

A word's readings are the word normalised by `rasid.lang.ar.normalise.normalise_string`
(alef forms, ta marbuta, alef maqsura, diacritics, tatweel, Arabic-Indic digits) and the
words left when one of the proclitics of `lang/ar/data/clitics.tsv` is taken off its
front, with the article handled as that file says: "بحلب" reads "بحلب", "حلب";
"للرقة" reads "للرقه", "الرقه", "رقه"; "والائتلاف" reads "والايتلاف", "ايتلاف". A word
that starts with the article also reads without it. So "حلب" finds "بحلب" and "وحلب",
and "بالرقة" finds "الرقة". Proclitic letters are also ordinary letters, so a query
word can find a few more words than it should ("بلدة" also reads "لده"): search favours
recall, and results are ranked (bm25 on SQLite, ts_rank on PostgreSQL).

The same tokens feed SQLite FTS5 (unicode61 tokenizer) and PostgreSQL full text search
(`to_tsvector('simple', ...)`), so both backends find the same documents.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.lang.ar.match import ARTICLE, load_clitics
from rasid.lang.ar.normalise import normalise, normalise_string

_WORD = re.compile(r"\w+")
#: Letters a reading must keep after a clitic is taken off.
MIN_REST = 2
#: Word forms whose readings are kept: an ingest of millions of articles meets new forms all the time.
READINGS_CACHE = 1 << 15


@lru_cache(maxsize=READINGS_CACHE)
def readings(word: str) -> tuple[str, ...]:
    """Every reading of one normalised word, the word itself first (no duplicates)."""
    out = [word]

    def add(form: str) -> None:
        if len(form) >= MIN_REST and form not in out:
            out.append(form)

    for clitic in load_clitics():
        if not word.startswith(clitic.form) or len(word) - len(clitic.form) < MIN_REST:
            continue
        rest = word[len(clitic.form) :]
        if clitic.article == "contracted":
            add(ARTICLE + rest)
        add(rest)
    for form in list(out):
        if form.startswith(ARTICLE) and len(form) - len(ARTICLE) >= MIN_REST:
            add(form[len(ARTICLE) :])
    return tuple(out)


def words(text: str) -> list[str]:
    """The normalised, lower-cased words of a text."""
    return [m.group() for m in _WORD.finditer(normalise_string(text).lower())]


def index_text(text: str) -> str:
    """The document side: every reading of every word, once each, space-separated."""
    seen: dict[str, None] = {}
    for word in words(text):
        for form in readings(word):
            seen.setdefault(form, None)
    return " ".join(seen)


def query_terms(query: str) -> list[tuple[str, ...]]:
    """The query side: one tuple of readings per query word (all of them must match)."""
    terms: list[tuple[str, ...]] = []
    for word in words(query):
        forms = readings(word)
        if forms not in terms:
            terms.append(forms)
    return terms


def fts5_query(terms: list[tuple[str, ...]]) -> str:
    """An SQLite FTS5 MATCH expression: AND of (reading OR reading ...)."""
    return " AND ".join("(" + " OR ".join(f'"{form}"' for form in forms) + ")" for forms in terms)


def tsquery(terms: list[tuple[str, ...]]) -> str:
    """A PostgreSQL tsquery for `to_tsquery('simple', ...)`: AND of (reading | reading ...)."""
    return " & ".join("(" + " | ".join(f"'{form}'" for form in forms) + ")" for forms in terms)


def snippet(
    text: str, terms: list[tuple[str, ...]], *, width: int = 60
) -> tuple[str, tuple[int, int] | None]:
    """Words around the first word of `text` that matches a query term, and that word's span.

    The search runs on the normalised copy; the span is mapped back to `text`, so the
    snippet quotes the article as written.
    """
    norm = normalise(text)
    wanted = {form for forms in terms for form in forms}
    best: tuple[int, int] | None = None
    for m in _WORD.finditer(norm.text.lower()):
        if wanted.intersection(readings(m.group())):
            best = m.span()
            break
    if best is None:
        return text[: 2 * width].replace("\n", " ").strip(), None
    start, end = norm.to_original(*best)
    left = max(0, start - width)
    right = min(len(text), end + width)
    piece = ("…" if left > 0 else "") + text[left:right] + ("…" if right < len(text) else "")
    return " ".join(piece.split()), (start, end)
