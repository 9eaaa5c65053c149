"""Clitic-aware phrase matching over normalised Arabic text.

Every lexicon recogniser (places, actors, weapons ...) looks up multi-word phrases in
the normalised article, where the first word may carry proclitics: "بحلب", "وحلب",
"للائتلاف", "فبإدلب", "والرقة". `PhraseMatcher` is built once from (phrase, payload)
pairs and finds them in milliseconds: phrases are stored in a trie of words, and only
the first word of a candidate is tried with its proclitics (data/clitics.tsv) removed.

All the lexicons are matched together (`_Lexicons`): every live matcher is registered, a
word form's readings are tried against every lexicon once per process (grouped by the
way a lexicon reads clitics), and a text's words are looked up once for all lexicons, the
first time any of them is asked about that text; each matcher then walks its own trie from
the words that start one of its phrases.

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
import weakref
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Generic, Literal, NamedTuple, TypeVar, cast

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.normalise import normalise_string

T = TypeVar("T")

ARTICLE = "ال"
_WORD = re.compile(r"\w+")
ArticleMode = Literal["none", "contracted", "explicit"]
#: (trie key, offset of the phrase in the word, clitic) for each reading of a word.
Forms = tuple[tuple[str, int, str], ...]
#: Word forms whose lexicon readings are remembered before starting again (a batch meets new
#: forms all the time; bench/README.md, "Memory of the per-form caches").
_FORMS_CACHE = 1 << 16


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


def rest_index(words: Iterable[str]) -> dict[str, list[int]]:
    """The rest of every (clitic, rest) reading of the words (`proclitic_readings`) → the indexes
    of the words read so, in order. Built once per article, it tells a finder which words have a
    reading in a table by one set intersection (`dict.keys() & table.keys()`), so the finder asks
    those words, not every word of the article."""
    index: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        for _, rest in _readings(word):
            index.setdefault(rest, []).append(i)
    return index


def _split(word: str, clitics: Sequence[Clitic]) -> tuple[tuple[str, str], ...]:
    out = [("", word)]
    for c in clitics:
        if c.article == "explicit" or not word.startswith(c.form) or len(word) - len(c.form) < 2:
            continue
        rest = word[len(c.form) :]
        out.append((c.form, ARTICLE + rest if c.article == "contracted" else rest))
    return tuple(out)


#: How a lexicon reads a word's clitics: (strip_article, no_strip, clitics).
ReadingMode = tuple[bool, frozenset[str], tuple[Clitic, ...]]


def _first_key(word: str, strip_article: bool) -> str:
    """A phrase's first word as a lexicon stores it (without the article when it is optional)."""
    if strip_article and word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 1:
        return word[len(ARTICLE) :]
    return word


def _mode_readings(word: str, mode: ReadingMode) -> Forms:
    """Every (trie key, offset, clitic) reading of a word for lexicons that read clitics this way,
    the unsplit word first; a lexicon keeps those whose key starts one of its phrases."""
    strip_article, no_strip, clitics = mode
    out = [(word, 0, "")]
    if word in no_strip:
        return tuple(out)
    for c in clitics:
        if not word.startswith(c.form) or len(word) - len(c.form) < 2:
            continue
        rest = word[len(c.form) :]
        if c.article == "none":
            out.append((_first_key(rest, strip_article), len(c.form), c.form))
        elif c.article == "contracted":
            out.append((ARTICLE + rest, len(c.form), c.form))
            if strip_article:
                out.append((rest, len(c.form), c.form))
        elif strip_article:  # explicit article: the span keeps it
            keep = len(c.form) - len(ARTICLE)
            out.append((rest, keep, c.form[:keep]))
    return tuple(out)


class _Lexicons:
    """Every live `PhraseMatcher`, matched together.

    A word form's readings are computed once per way of reading clitics and tried against
    every lexicon's first words once per process (`entries`, bounded); a text's distinct words
    are then looked up once for all lexicons (`index`). A matcher made, grown or collected
    starts a new generation, which forgets what was found for the old set of lexicons.
    """

    def __init__(self) -> None:
        self.generation = 0
        self._live: dict[int, weakref.ref[PhraseMatcher[Any]]] = {}
        self._modes: list[tuple[ReadingMode, list[tuple[int, dict[str, Any]]]]] | None = None
        self.entries: dict[str, tuple[tuple[int, Forms], ...]] = {}

    def register(self, matcher: PhraseMatcher[Any]) -> None:
        key = id(matcher)
        self._live[key] = weakref.ref(matcher, lambda _ref: self._forget(key))
        self.changed()

    def ensure(self, matcher: PhraseMatcher[Any]) -> None:
        """Register a matcher that was not built by its `__init__` (a pickled or copied one)."""
        ref = self._live.get(id(matcher))
        if ref is None or ref() is not matcher:
            self.register(matcher)

    def _forget(self, key: int) -> None:
        self._live.pop(key, None)
        self.changed()

    def changed(self) -> None:
        """A lexicon was made, grown or collected: what was found for the old set is forgotten."""
        self.generation += 1
        self._modes = None
        self.entries.clear()

    def modes(self) -> list[tuple[ReadingMode, list[tuple[int, dict[str, Any]]]]]:
        """The live lexicons' first words (`id`, trie root), grouped by how they read clitics."""
        if self._modes is None:
            grouped: dict[ReadingMode, list[tuple[int, dict[str, Any]]]] = {}
            for key, ref in self._live.items():
                m = ref()
                if m is not None:
                    grouped.setdefault(m.reading_mode, []).append((key, m._root))
            self._modes = list(grouped.items())
        return self._modes

    def entry(self, word: str) -> tuple[tuple[int, Forms], ...]:
        """(lexicon, readings) for each lexicon one of whose phrases this word may start."""
        out: list[tuple[int, Forms]] = []
        for mode, lexicons in self.modes():
            readings = _mode_readings(word, mode)
            for key, root in lexicons:
                forms = tuple(f for f in readings if f[0] in root)
                if forms:
                    out.append((key, forms))
        return tuple(out)

    def index(self, words: Collection[str]) -> dict[int, list[tuple[str, Forms]]]:
        """For each lexicon (`id`), the words that start one of its phrases, with their readings."""
        entries = self.entries
        if len(entries) + len(words) > _FORMS_CACHE:
            entries.clear()
        out: dict[int, list[tuple[str, Forms]]] = {}
        for word in words:
            found = entries.get(word)
            if found is None:
                found = entries[word] = self.entry(word)
            for key, forms in found:
                hits = out.get(key)
                if hits is None:
                    out[key] = [(word, forms)]
                else:
                    hits.append((word, forms))
        return out


LEXICONS = _Lexicons()


@dataclass
class _Text:
    """The words of one normalised text, found once however many lexicons read it. `vocab` maps
    each distinct word to the indexes where it occurs, so all lexicons look each distinct word up once."""

    norm: str
    spans: tuple[tuple[int, int], ...]
    _vocab: dict[str, list[int]] | None = None
    _words: list[str] | None = None
    _joins: list[bool] | None = None
    _starting: dict[int, list[tuple[str, Forms]]] | None = None
    _generation: int = -1
    #: A blanked copy's original and the offsets `blanked` changed: the copy's joins are the
    #: original's but at the gaps that hold one of them.
    _source: _Text | None = None
    _changed: tuple[int, ...] = ()

    def starting(self, matcher: int) -> list[tuple[str, Forms]]:
        """The distinct words that start a phrase of one lexicon (by `id`), with their readings
        that do: every lexicon's are found in one pass over the words, when the first asks."""
        if self._generation != LEXICONS.generation or self._starting is None:
            self._starting = self._shared_starting()
            if self._starting is None:
                self._starting = LEXICONS.index(self.vocab)
            self._generation = LEXICONS.generation
        return self._starting.get(matcher, [])

    def _shared_starting(self) -> dict[int, list[tuple[str, Forms]]] | None:
        """The starting words of a recent text with the same distinct words, found for this
        generation of lexicons: they depend on the words alone, and an article is read twice
        (its text, and the same text with quotation marks as spaces, `ActorText.unquoted`)."""
        for other in _RECENT:
            if (
                other is not self
                and other._starting is not None
                and other._generation == LEXICONS.generation
                and other.vocab.keys() == self.vocab.keys()
            ):
                return other._starting
        return None

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
            if self._source is not None:
                self._joins = self._source.joins.copy()
                starts = [s for s, _ in spans]
                for j in {bisect.bisect_right(starts, pos) - 1 for pos in self._changed}:
                    if 0 <= j < len(spans) - 1:
                        gap = norm[spans[j][1] : spans[j + 1][0]]
                        self._joins[j] = gap.isspace() and "\n" not in gap
                return self._joins
            self._joins = [
                (gap := norm[spans[j][1] : spans[j + 1][0]]).isspace() and "\n" not in gap
                for j in range(len(spans) - 1)
            ] + [False]
        return self._joins

    @property
    def vocab(self) -> dict[str, list[int]]:
        if self._vocab is None:
            self._vocab = {}
            for i, word in enumerate(self.words):
                self._vocab.setdefault(word, []).append(i)
        return self._vocab


_RECENT: list[_Text] = []  # the texts asked for last (an article and its quote-blanked copy)
_RECENT_SIZE = 4


def _text(norm: str) -> _Text:
    for t in _RECENT:
        if t.norm is norm:
            return t
    t = _Text(norm, tuple(map(re.Match.span, _WORD.finditer(norm))))
    _RECENT.insert(0, t)
    del _RECENT[_RECENT_SIZE:]
    return t


def blanked(norm: str, table: dict[int, str]) -> str:
    """`norm.translate(table)`, where `table` turns characters that are no word characters into
    spaces (quotation marks: `ActorText.unquoted`). The copy has the same words at the same
    offsets, so it shares the original's words and their index when the original was read
    recently: only which words are joined is read again."""
    out = norm.translate(table)
    if out is norm or any(_WORD.match(chr(c)) for c in table):
        return out
    for t in _RECENT:
        if t.norm is norm:
            changed = tuple(k for c in map(chr, table) for k in offsets(norm, c))
            copy = _Text(out, t.spans, t.vocab, t.words, _source=t, _changed=changed)
            _RECENT.insert(0, copy)
            del _RECENT[_RECENT_SIZE:]
            break
    return out


def offsets(text: str, char: str) -> Iterator[int]:
    """Where `char` occurs in `text` (found with `str.find`, not by reading every character)."""
    k = text.find(char)
    while k >= 0:
        yield k
        k = text.find(char, k + 1)


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


class PhraseMatch(NamedTuple, Generic[T]):
    """A phrase found in the normalised text.

    `start`/`end` bound the phrase itself in the normalised text, without the
    proclitic letters, which are in `clitic` ("" when there are none). `payloads`
    holds every payload stored under the phrase, in insertion order. Immutable; a named
    tuple, since every lexicon makes one per candidate in every article.
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
        # The last text's matches: a text asked for again is not scanned again.
        self._last: tuple[str, list[PhraseMatch[T]]] | None = None
        self._last_candidates: tuple[str, list[PhraseMatch[T]]] | None = None
        for phrase, payload in entries:
            self._store(phrase, payload)
        LEXICONS.register(self)  # matched with every other lexicon from now on

    @property
    def reading_mode(self) -> ReadingMode:
        """How this lexicon reads a word's clitics (lexicons that read them alike share the readings)."""
        return (self.strip_article, self.no_strip, self.clitics)

    def _first_key(self, word: str) -> str:
        return _first_key(word, self.strip_article)

    def add(self, phrase: str, payload: T) -> None:
        """Store one more phrase (an empty phrase is ignored)."""
        if self._store(phrase, payload):
            self._last = None
            self._last_candidates = None
            LEXICONS.changed()

    def _store(self, phrase: str, payload: T) -> bool:
        key = phrase_key(phrase)
        if not key:
            return False
        first, *rest = key.split(" ")
        node = self._root.setdefault(self._first_key(first), _Node())
        for w in rest:
            node = node.children.setdefault(w, _Node())
        if not node.payloads:
            self._size += 1
            node.phrase = key
        node.payloads.append(payload)
        return True

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

    def candidates(self, norm: str) -> list[PhraseMatch[T]]:
        """Every match at every word, overlapping (what `find` chooses from)."""
        if self._last_candidates is not None and self._last_candidates[0] is norm:
            return list(self._last_candidates[1])
        found = self._candidates(norm)
        self._last_candidates = (norm, found)
        return list(found)

    def _candidates(self, norm: str) -> list[PhraseMatch[T]]:
        LEXICONS.ensure(self)
        text = _text(norm)
        spans, vocab, texts, joins = text.spans, text.vocab, text.words, text.joins
        # The words that start one of this lexicon's phrases, found for every lexicon at once.
        starts = sorted((i, forms) for word, forms in text.starting(id(self)) for i in vocab[word])
        out: list[PhraseMatch[T]] = []
        seen: set[tuple[int, int, str]] = set()
        root = self._root
        for i, forms in starts:
            s = spans[i][0]
            word = texts[i]
            for key, offset, clitic in forms:
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
