"""Word helpers the events and casualties relaters share on top of the record's Doc
(`rasid.lang.ar.doc`): the readings a word-set lookup tries, the words of a Doc found in a word
set, and span sets."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

from rasid.lang.ar.doc import Doc, Word
from rasid.lang.ar.match import ARTICLE, load_clitics


@cache
def _clitic_forms() -> tuple[tuple[str, str], ...]:
    """(form, article mode) of every proclitic, longest first."""
    return tuple((c.form, c.article) for c in load_clitics())


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def readings(word: str) -> tuple[str, ...]:
    """The ways a normalised word may be read: as written, without a proclitic, without the article."""
    out: list[str] = [word]
    for form, mode in _clitic_forms():
        if word.startswith(form) and len(word) - len(form) >= 2:
            rest = word[len(form) :]
            if mode == "contracted":
                out.append(ARTICLE + rest)
            out.append(rest)
    for w in list(out):
        if w.startswith(ARTICLE) and len(w) > len(ARTICLE) + 1:
            out.append(w[len(ARTICLE) :])
    seen: dict[str, None] = dict.fromkeys(out)
    return tuple(seen)


def in_set(word: str, forms: frozenset[str] | Mapping[str, object]) -> str | None:
    """The first reading of `word` found in `forms`, or None."""
    for r in readings(word):
        if r in forms:
            return r
    return None


Forms = frozenset[str] | Mapping[str, object]


def words_in_set(doc: Doc, forms: Forms) -> list[tuple[Word, str]]:
    """The words of `doc` with a reading in `forms`, each with the first such reading (`in_set`),
    in text order: what a pass asking `in_set` of every word finds, read from the Doc's reading
    index (`reading_index`) with one set intersection, once per Doc and word set."""
    found: dict[int, tuple[Forms, list[tuple[Word, str]]]] = doc.analyses.setdefault("in_set", {})  # type: ignore[assignment]
    kept = found.get(id(forms))
    if kept is not None and kept[0] is forms:
        return kept[1]
    index = reading_index(doc)
    common: set[str] | frozenset[str]
    if isinstance(forms, Mapping):
        common = index.keys() & forms.keys()  # two key views: the smaller one is walked
    elif len(forms) <= len(index):
        common = index.keys() & forms  # walks the word set, asking the article's readings
    else:
        common = forms.intersection(index)  # walks the article's readings, asking the word set
    words = doc.words
    hits: list[tuple[Word, str]] = []
    for i in sorted({i for r in common for i in index[r]}):
        form = in_set(words[i].norm, forms)
        assert form is not None  # one of the word's readings is in `forms`
        hits.append((words[i], form))
    found[id(forms)] = (forms, hits)
    return hits


def reading_index(doc: Doc) -> dict[str, list[int]]:
    """Every reading (`readings`) of the words of `doc` → the indexes of the words that have it,
    in text order: built once per Doc."""
    kept = doc.analyses.get("readings")
    if kept is not None:
        return kept  # type: ignore[return-value]
    index: dict[str, list[int]] = {}
    for w in doc.words:
        for r in readings(w.norm):
            index.setdefault(r, []).append(w.i)
    doc.analyses["readings"] = index
    return index


class SpanSet:
    """Spans that do not change, asked "does any of you overlap [start, end)?" in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end: list[int] = []
        for _, e in ordered:
            self._max_end.append(max(e, self._max_end[-1]) if self._max_end else e)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # the spans that start before `end`
        return i > 0 and self._max_end[i - 1] > start


def contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def first(items: Iterable[object]) -> object | None:
    return next(iter(items), None)


_BULLETS = "•·▪◦*-–—"
LABEL_WORDS = 4  # words of a list item's label before its colon ("بعلبك - الهرمل:")
LIST_LINE_CHARS = 120  # longer lines are prose, not items of a list


def list_item(line: str) -> bool:
    """A short line that opens with a bullet or with a label and a colon ("• النبطية: 6 شهداء")."""
    line = line.strip()
    if not line or len(line) > LIST_LINE_CHARS:
        return False
    if line[0] in _BULLETS:
        return True
    label, colon, _ = line.partition(":")
    return bool(colon) and len(label.split()) <= LABEL_WORDS
