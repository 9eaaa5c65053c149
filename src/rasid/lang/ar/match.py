"""Clitic-aware phrase matching over normalised Arabic text.

Every lexicon recogniser (places, actors, weapons ...) looks up multi-word phrases in
the normalised article, where the first word may carry proclitics: "بحلب", "وحلب",
"للائتلاف", "فبإدلب", "والرقة". `PhraseMatcher` is built once from (phrase, payload)
pairs and finds them in milliseconds: phrases are stored in a trie of words, and only
the first word of a candidate is tried with its proclitics (data/clitics.tsv) removed.

A stripped form is accepted only when what remains is, exactly, the first word of a
stored phrase ("بلدة" never yields "لدة" unless "لدة" is itself a phrase), and a
one-word match needs at least `min_stripped` letters after the clitic, so short names
are not found inside ordinary words.

Usage::

    matcher = PhraseMatcher([("حلب", "Aleppo"), ("الرقة", "Raqqa")])
    for m in matcher.find(view.norm):
        start, end = view.span(m.start, m.end)  # the name itself, without "و" or "ب"
        m.payload, m.clitic
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Generic, Literal, TypeVar, cast

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.normalise import normalise_string

T = TypeVar("T")

ARTICLE = "ال"
_WORD = re.compile(r"\w+")
ArticleMode = Literal["none", "contracted", "explicit"]
_FORMS_CACHE = 200_000  # words whose readings a matcher remembers before it starts again


@dataclass(frozen=True)
class Clitic:
    """One proclitic form and how it meets the article of the word after it."""

    form: str
    article: ArticleMode
    parts: tuple[str, ...]


CLITICS_FILE = "clitics.tsv"
CLITIC_USES = frozenset({"names", "dates", "cues"})


@cache
def _clitic_rows() -> tuple[tuple[Clitic, frozenset[str]], ...]:
    """Every row of data/clitics.tsv with what the form may stick to, in file order."""
    out: list[tuple[Clitic, frozenset[str]]] = []
    for row in load_rows(CLITICS_FILE, normalise_columns=("form", "parts")):
        mode = row["article"]
        if mode not in ("none", "contracted", "explicit"):
            raise DataFileError(f"{CLITICS_FILE}: unknown article mode {mode!r} for {row['form']!r}")
        uses = frozenset(u.strip() for u in row["before"].split(",") if u.strip())
        if not uses or uses - CLITIC_USES:
            raise DataFileError(
                f"{CLITICS_FILE}: 'before' of {row['form']!r} must be among {sorted(CLITIC_USES)}"
            )
        out.append((Clitic(row["form"], cast(ArticleMode, mode), tuple(row["parts"].split("+"))), uses))
    return tuple(out)


def clitics_before(use: str) -> tuple[Clitic, ...]:
    """The proclitics that may stick to one kind of word ("names", "dates", "cues"), in file order."""
    return tuple(c for c, uses in _clitic_rows() if use in uses)


@cache
def load_clitics() -> tuple[Clitic, ...]:
    """The proclitics of names and lexicon phrases, longest first."""
    return tuple(sorted(clitics_before("names"), key=lambda c: (-len(c.form), c.form)))


def contracts(form: str) -> bool:
    """Whether a proclitic swallows the alef of a following article: "ل" + "اليوم" = "لليوم"."""
    return any(c.form == form + "ل" and c.article == "contracted" for c, _ in _clitic_rows())


def proclitic_readings(word: str, clitics: Sequence[Clitic] | None = None) -> tuple[tuple[str, str], ...]:
    """Every (clitic, rest) reading of a normalised word, the unsplit word first.

    "بمدينه" -> (("", "بمدينه"), ("ب", "مدينه")); "للمدينه" also gives ("لل", "المدينه").
    The article is kept on the rest, so context words are looked up as written. With the
    clitics of data/clitics.tsv the readings of a word are computed once per process.
    """
    if clitics is None:
        return _readings(word)
    return _split(word, clitics)


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _readings(word: str) -> tuple[tuple[str, str], ...]:
    return _split(word, load_clitics())


def _split(word: str, clitics: Sequence[Clitic]) -> tuple[tuple[str, str], ...]:
    out = [("", word)]
    for c in clitics:
        if c.article == "explicit" or not word.startswith(c.form) or len(word) - len(c.form) < 2:
            continue
        rest = word[len(c.form) :]
        out.append((c.form, ARTICLE + rest if c.article == "contracted" else rest))
    return tuple(out)


@dataclass
class _Text:
    """The words of one normalised text, found once however many lexicons read it. `vocab` maps
    each distinct word to the indexes where it occurs, so a lexicon tries each distinct word once."""

    norm: str
    spans: tuple[tuple[int, int], ...]
    _vocab: dict[str, list[int]] | None = None
    _distinct: frozenset[str] | None = None
    _words: list[str] | None = None
    _joins: list[bool] | None = None

    @property
    def words(self) -> list[str]:
        """The letters of each word."""
        if self._words is None:
            self._words = [self.norm[s:e] for s, e in self.spans]
        return self._words

    @property
    def joins(self) -> list[bool]:
        """Whether word j is followed by word j+1 with only spaces, on one line, between them."""
        if self._joins is None:
            norm, spans = self.norm, self.spans
            self._joins = [
                (gap := norm[spans[j][1] : spans[j + 1][0]]).isspace() and "\n" not in gap
                for j in range(len(spans) - 1)
            ] + [False]
        return self._joins

    @property
    def distinct(self) -> frozenset[str]:
        """The distinct words (the keys of `vocab`), as a set every lexicon intersects with."""
        if self._distinct is None:
            self._distinct = frozenset(self.vocab)
        return self._distinct

    @property
    def vocab(self) -> dict[str, list[int]]:
        if self._vocab is None:
            self._vocab = {}
            for i, (s, e) in enumerate(self.spans):
                self._vocab.setdefault(self.norm[s:e], []).append(i)
        return self._vocab


_RECENT: list[_Text] = []  # the texts asked for last (an article and its quote-blanked copy)
_RECENT_SIZE = 4


def _text(norm: str) -> _Text:
    for t in _RECENT:
        if t.norm is norm:
            return t
    t = _Text(norm, tuple(m.span() for m in _WORD.finditer(norm)))
    _RECENT.insert(0, t)
    del _RECENT[_RECENT_SIZE:]
    return t


def words(norm: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word spans (letters and digits) of a normalised text, as the matcher sees them."""
    if start == 0 and end is None:
        return list(_text(norm).spans)
    stop = len(norm) if end is None else end
    return [(m.start(), m.end()) for m in _WORD.finditer(norm, start, stop)]


def definite_variants(phrase: str) -> list[str]:
    """The phrase as written, and with the article on every word after the first
    ("قنابل عنقودية" → also "قنابل العنقودية"): how a definite noun phrase agrees."""
    words = phrase_key(phrase).split(" ")
    out = [" ".join(words)]
    if len(words) > 1:
        later = [w if w.startswith(ARTICLE) else ARTICLE + w for w in words[1:]]
        variant = " ".join([words[0], *later])
        if variant not in out:
            out.append(variant)
    return out


@lru_cache(maxsize=1 << 14)  # bounded: asked per mention (places, targets), with new names all the time
def phrase_key(phrase: str) -> str:
    """The lookup form of a phrase: normalised, words joined by one space (remembered per
    phrase: the relaters and the gazetteer ask for the same mention's key many times)."""
    return " ".join(m.group() for m in _WORD.finditer(normalise_string(phrase)))


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    """A phrase found in the normalised text.

    `start`/`end` bound the phrase itself in the normalised text, without the
    proclitic letters, which are in `clitic` ("" when there are none). `payloads`
    holds every payload stored under the phrase, in insertion order.
    """

    start: int
    end: int
    clitic: str
    phrase: str
    payloads: tuple[T, ...]
    n_words: int = 1

    @property
    def payload(self) -> T:
        return self.payloads[0]

    @property
    def word_start(self) -> int:
        """Where the first word begins, clitic included."""
        return self.start - len(self.clitic)


@dataclass
class _Node(Generic[T]):
    children: dict[str, _Node[T]] = field(default_factory=dict)
    payloads: list[T] = field(default_factory=list)
    phrase: str = ""


class PhraseMatcher(Generic[T]):
    """Finds stored phrases in normalised text, allowing proclitics on the first word.

    entries: (phrase, payload) pairs; phrases are normalised with `normalise_string`.
    strip_article: when true the article ال is optional on both sides, so a phrase
        stored as "ائتلاف" or "الائتلاف" matches "ائتلاف", "الائتلاف", "للائتلاف" and
        "والائتلاف" alike (actors). When false (places), the article is part of the
        name: "الرقة" matches "والرقة", "بالرقة", "للرقة", but "الباب" never "باب".
    min_stripped: letters a one-word match must keep after its clitic is removed.
    no_strip: normalised words that are never split into clitic + word.
    """

    def __init__(
        self,
        entries: Iterable[tuple[str, T]],
        *,
        strip_article: bool = False,
        min_stripped: int = 3,
        no_strip: Collection[str] = (),
        clitics: Sequence[Clitic] | None = None,
    ) -> None:
        self.strip_article = strip_article
        self.min_stripped = min_stripped
        self.no_strip = frozenset(normalise_string(w) for w in no_strip)
        self.clitics = tuple(load_clitics() if clitics is None else clitics)
        self._root: dict[str, _Node[T]] = {}
        self._size = 0
        # Readings of a word that start a stored phrase, and the last text's matches: a word's
        # clitics are tried once per matcher, and a text asked for again is not scanned again.
        self._forms: dict[str, tuple[tuple[str, int, str], ...]] = {}
        self._starting: set[str] = set()  # the words of `_forms` that start a stored phrase
        self._last: tuple[str, list[PhraseMatch[T]]] | None = None
        self._last_candidates: tuple[str, list[PhraseMatch[T]]] | None = None
        for phrase, payload in entries:
            self.add(phrase, payload)

    def _first_key(self, word: str) -> str:
        if self.strip_article and word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 1:
            return word[len(ARTICLE) :]
        return word

    def add(self, phrase: str, payload: T) -> None:
        """Store one more phrase (an empty phrase is ignored)."""
        key = phrase_key(phrase)
        if not key:
            return
        self._forms.clear()
        self._starting.clear()
        self._last = None
        self._last_candidates = None
        first, *rest = key.split(" ")
        node = self._root.setdefault(self._first_key(first), _Node())
        for w in rest:
            node = node.children.setdefault(w, _Node())
        if not node.payloads:
            self._size += 1
            node.phrase = key
        node.payloads.append(payload)

    def __len__(self) -> int:
        return self._size

    def lookup(self, phrase: str) -> tuple[T, ...]:
        """Payloads stored under exactly this phrase (no clitics), or ()."""
        first, *rest = phrase_key(phrase).split(" ")
        node = self._root.get(self._first_key(first))
        for w in rest:
            if node is None:
                return ()
            node = node.children.get(w)
        return tuple(node.payloads) if node is not None else ()

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and bool(self.lookup(phrase))

    def _first_forms(self, word: str) -> tuple[tuple[str, int, str], ...]:
        """The readings of `word` that start a stored phrase (cached per matcher)."""
        found = self._forms.get(word)
        if found is None:
            found = tuple(f for f in self._readings(word) if f[0] in self._root)
            self._forms[word] = found
            if found:
                self._starting.add(word)
        return found

    def _readings(self, word: str) -> Iterator[tuple[str, int, str]]:
        """(trie key, offset of the phrase in the word, clitic) for each reading of a word."""
        if word in self._root:
            yield word, 0, ""
        if word in self.no_strip:
            return
        for c in self.clitics:
            if not word.startswith(c.form) or len(word) - len(c.form) < 2:
                continue
            rest = word[len(c.form) :]
            if c.article == "none":
                yield self._first_key(rest) if self.strip_article else rest, len(c.form), c.form
            elif c.article == "contracted":
                yield ARTICLE + rest, len(c.form), c.form
                if self.strip_article:
                    yield rest, len(c.form), c.form
            elif self.strip_article:  # explicit article: the span keeps it
                keep = len(c.form) - len(ARTICLE)
                yield rest, keep, c.form[:keep]

    def candidates(self, norm: str) -> list[PhraseMatch[T]]:
        """Every match at every word, overlapping (what `find` chooses from)."""
        if self._last_candidates is not None and self._last_candidates[0] is norm:
            return list(self._last_candidates[1])
        found = self._candidates(norm)
        self._last_candidates = (norm, found)
        return list(found)

    def _candidates(self, norm: str) -> list[PhraseMatch[T]]:
        text = _text(norm)
        spans, vocab, texts, joins = text.spans, text.vocab, text.words, text.joins
        # Words this lexicon has not met yet: `set.difference` tests the article's words for
        # membership in the cache (in C); `vocab.keys() - forms.keys()` would walk the whole
        # per-process cache each time.
        forms, distinct = self._forms, text.distinct
        unknown = distinct.difference(forms)
        if len(forms) + len(unknown) > _FORMS_CACHE:
            forms.clear()
            self._starting.clear()
            unknown = distinct
        for word in unknown:
            self._first_forms(word)
        starts = sorted(i for word in self._starting.intersection(distinct) for i in vocab[word])
        out: list[PhraseMatch[T]] = []
        seen: set[tuple[int, int, str]] = set()
        root = self._root
        for i in starts:
            s = spans[i][0]
            word = texts[i]
            for key, offset, clitic in forms[word]:
                node = root.get(key)
                if node is None:
                    continue
                one_word_ok = not clitic or len(word) - len(clitic) >= self.min_stripped
                j = i
                while True:
                    if node.payloads and (j > i or one_word_ok):
                        tag = (s + offset, spans[j][1], clitic)
                        if tag not in seen:
                            seen.add(tag)
                            out.append(
                                PhraseMatch(
                                    s + offset,
                                    spans[j][1],
                                    clitic,
                                    node.phrase,
                                    tuple(node.payloads),
                                    j - i + 1,
                                )
                            )
                    if not joins[j]:
                        break  # a phrase never runs across a line break or punctuation
                    nxt = node.children.get(texts[j + 1])
                    if nxt is None:
                        break
                    node, j = nxt, j + 1
        return out

    def find(self, norm: str) -> list[PhraseMatch[T]]:
        """Non-overlapping matches in text order; longer phrases win, then unsplit words.

        The matches of the last text are kept, so the stages and rules that look up the same
        lexicon in the same article share one pass over it.
        """
        if self._last is not None and self._last[0] is norm:
            return list(self._last[1])
        chosen = self._find(norm)
        self._last = (norm, chosen)
        return list(chosen)

    def _find(self, norm: str) -> list[PhraseMatch[T]]:
        chosen: list[PhraseMatch[T]] = []
        starts: list[int] = []  # the chosen spans never overlap: kept sorted, two neighbours to check
        ends: list[int] = []
        ranked = sorted(
            self.candidates(norm),
            key=lambda m: (-m.n_words, -(m.end - m.start), len(m.clitic), m.start),
        )
        for m in ranked:
            lo = m.word_start
            k = bisect.bisect_left(starts, m.end)  # the spans that start before m ends: [:k]
            if k > 0 and ends[k - 1] > lo:
                continue
            starts.insert(k, lo)
            ends.insert(k, m.end)
            chosen.append(m)
        return sorted(chosen, key=lambda m: m.start)
