"""The article as the actor finders see it: normalised words and lexicon hits by word.

Finders walk word indexes, not characters: `ActorText.words[i]` is the i-th word of the
normalised text, `ActorText.gap(i)` the characters between word i-1 and word i (spaces,
punctuation, quotes), and each lexicon's phrase matches are indexed by the word they start
at (`Hits.at(i)`), so "the next word is a state's adjective" is one dictionary lookup.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from typing import Generic, NamedTuple, TypeVar

from rasid.lang.ar.clause_marks import clause_marks
from rasid.lang.ar.match import ARTICLE, PhraseMatch, PhraseMatcher, blanked, rest_index, words
from rasid.lang.ar.quotes import quote_marks
from rasid.recognise.actors.lexicon import Cue, Force, Group, Place, Service, Tables, Title
from rasid.recognise.actors.registry import Alias

T = TypeVar("T")

#: Every quotation glyph of data/quote_marks.tsv that may open (close) a quotation, paired or
#: not: a finder asks only whether a quote stands next to a word, not which quotation it is.
OPENING_QUOTES = quote_marks().any_opening
CLOSING_QUOTES = quote_marks().any_closing
#: The sentence ends of data/clause_marks.tsv and a line break.
SENTENCE_BREAK = clause_marks().sentence_ends | {"\n"}
_UNREAD = object()  # a word whose verb reading is not read yet (ActorText.verb)
_QUOTES_TO_SPACES = str.maketrans({c: " " for c in OPENING_QUOTES | CLOSING_QUOTES})
#: Dashes joining the parts of one name ("الحركة الشعبية لتحرير السودان – قطاع الشمال").
NAME_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
_NAME_MARKS_TO_SPACES = str.maketrans({c: " " for c in (*OPENING_QUOTES, *CLOSING_QUOTES, *NAME_DASHES)})


class LexiconHit(NamedTuple, Generic[T]):
    """A phrase match from word `first` to word `last` (inclusive); a named tuple, one per
    lexicon match of every article."""

    first: int
    last: int
    match: PhraseMatch[T]

    @property
    def payload(self) -> T:
        return self.match.payload

    @property
    def clitic(self) -> str:
        return self.match.clitic


class Hits(Generic[T]):
    """One lexicon's matches in a document, by first word."""

    def __init__(
        self, doc: ActorText, matcher: PhraseMatcher[T], *, overlapping: bool = False, text: str | None = None
    ) -> None:
        text = doc.norm if text is None else text
        found = matcher.candidates(text) if overlapping else matcher.find(text)
        self._by_first: dict[int, list[LexiconHit[T]]] = {}
        self._firsts: list[int] | None = None  # the keys of _by_first in order (`next_first`)
        self._n = len(doc)
        firsts, lasts = doc.index_of_start, doc.index_of_end
        for m in found:
            first = firsts.get(m.start - len(m.clitic))  # m.word_start
            last = lasts.get(m.end)
            if first is None or last is None:
                continue
            self._by_first.setdefault(first, []).append(LexiconHit(first, last, m))
        for hits in self._by_first.values():
            if len(hits) > 1:  # most words start one match
                hits.sort(key=lambda h: (-(h.last - h.first), len(h.clitic)))

    def __contains__(self, i: int) -> bool:
        """Whether a match starts at word i."""
        return i in self._by_first

    def firsts(self) -> list[int]:
        """The words where a match starts, in order: a finder walks from match to match, not
        word by word."""
        if self._firsts is None:
            self._firsts = sorted(self._by_first)
        return self._firsts

    def next_first(self, i: int) -> int:
        """The first word from i on where a match starts (`len(doc)` when none)."""
        firsts = self.firsts()
        k = bisect.bisect_left(firsts, i)
        return firsts[k] if k < len(firsts) else self._n

    def at(self, i: int) -> LexiconHit[T] | None:
        """The longest match starting at word i."""
        hits = self._by_first.get(i)
        return hits[0] if hits else None

    def all_at(self, i: int) -> list[LexiconHit[T]]:
        return self._by_first.get(i, [])

    def __iter__(self) -> Iterator[LexiconHit[T]]:
        for i in sorted(self._by_first):
            yield from self._by_first[i]


#: Different sport words an article needs to be about sport (`ActorText.about_sport`).
MIN_SPORT_CUES = 2


class ActorText:
    """Normalised words of one article and the lexicon hits over them."""

    def __init__(self, norm: str, tables: Tables, surface: Callable[[int, int], str] | None = None) -> None:
        self.norm = norm
        self.tables = tables
        self._surface = surface
        self.words: list[tuple[int, int]] = words(norm)
        #: The letters of each word (`word(i)` without the bounds check, for a pass over them all).
        self.texts: list[str] = [norm[s:e] for s, e in self.words]
        self._n = len(self.words)  # the finders ask for words by index hundreds of times per word
        self._verbs: list[object] = [_UNREAD] * self._n  # `verb(i)` once read
        self.index_of_start = {s: i for i, (s, _) in enumerate(self.words)}
        self.index_of_end = {e: i for i, (_, e) in enumerate(self.words)}
        self.doc_country: str | None = None
        #: Countries of the article's resolved places, in text order (the places stage's).
        self.place_countries: tuple[str | None, ...] = ()
        #: The state of a body named without one (link/country.py), set with doc_country.
        self.home_country: str | None = None
        self._read_in: dict[int, tuple[Mapping[str, object], list[int]]] = {}  # `read_in`

    def __len__(self) -> int:
        return self._n

    def word(self, i: int) -> str:
        return self.texts[i] if 0 <= i < self._n else ""

    @cached_property
    def _rests(self) -> dict[str, list[int]]:
        """`rest_index` of the words: built once per article."""
        return rest_index(self.texts)

    def read_in(self, table: Mapping[str, object]) -> list[int]:
        """The words with a reading whose rest is a key of `table` (those for which
        `Tables.word_in` finds one), in order: one set intersection per article and table, so
        a finder asks only these words, not every word of the article."""
        kept = self._read_in.get(id(table))
        if kept is None or kept[0] is not table:
            index = self._rests
            found = sorted({i for rest in index.keys() & table.keys() for i in index[rest]})
            kept = self._read_in[id(table)] = (table, found)
        return kept[1]

    def gap(self, i: int) -> str:
        """The characters between word i-1 and word i (before the first word: its prefix)."""
        if not 0 <= i < self._n:
            return "\n"
        start = self.words[i - 1][1] if i > 0 else 0
        return self.norm[start : self.words[i][0]]

    @cached_property
    def gaps(self) -> list[str]:
        """`gap(i)` of every word, in order (the tagger reads them all)."""
        norm, words = self.norm, self.words
        ends = [0, *(e for _, e in words)]  # one longer than the words: zip stops at the last word
        return [norm[start:s] for start, (s, _) in zip(ends, words, strict=False)]

    def joined(self, i: int) -> bool:
        """Whether word i follows word i-1 with nothing but spaces between them."""
        return 0 < i < len(self.words) and self.gap(i).strip() == "" and "\n" not in self.gap(i)

    def sentence_break(self, i: int) -> bool:
        return any(c in SENTENCE_BREAK for c in self.gap(i))

    def quoted(self, i: int) -> bool:
        """Whether an opening quote stands right before word i."""
        gap = self.gap(i).strip()
        return bool(gap) and gap[-1] in OPENING_QUOTES

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Normalised character span of words first..last."""
        return self.words[first][0], self.words[last][1]

    def text(self, first: int, last: int) -> str:
        s, e = self.span(first, last)
        return self.norm[s:e]

    def verb(self, i: int) -> str | None:
        """The kind of verb word i is (speech, act, motion), or None; remembered per word, since
        the finders and the tagger ask for the same words again."""
        if not 0 <= i < self._n:
            return None
        found = self._verbs[i]
        if found is _UNREAD:
            found = self._verbs[i] = self.tables.verb_of_word(self.texts[i], lambda: self.surface(i, i))
        return found  # type: ignore[return-value]

    def written(self, i: int) -> str:
        """Word i as written, with the marks that follow its last letter ("دعماً")."""
        start, end = self.words[i]
        if end < len(self.norm):
            return (
                self.surface_chars(start, end + 1)[:-1] if self._surface is not None else self.norm[start:end]
            )
        return self.surface_chars(start, end)

    def local_place(self, i: int) -> LexiconHit[Place] | None:
        """A place starting at word i (no clitic) in the article's own country, or None:
        gazetteer names that are also ordinary words ("الساحل") rarely fall in it. A unit of
        the curated place list that the gazetteer lacks counts too ("شرطة نينوى")."""
        hit = self.places.at(i) or self.unit_places.at(i)
        if hit is None or hit.clitic:
            return None
        if self.doc_country is not None and hit.payload.country != self.doc_country:
            return None
        return hit

    @cached_property
    def about_sport(self) -> bool:
        """Whether the article is about sport: `MIN_SPORT_CUES` different words of
        data/actor_sport_cues.tsv ("المباراة", "الدوري")."""
        cues = self.tables.sport_cues
        seen: set[str] = set()
        for i in self.read_in(cues):
            found = self.tables.word_in(self.texts[i], cues)
            if found is not None:
                seen.add(found[1])
                if len(seen) >= MIN_SPORT_CUES:
                    return True
        return False

    @cached_property
    def main_place(self) -> Place | None:
        """The place of the article's country it names most (first named on a tie), not the
        country itself: what "المحافظة" refers to in an organisation's name."""
        if self.doc_country is None:
            return None
        votes: dict[str, int] = {}
        places: dict[str, Place] = {}
        for hit in self.places:
            place = hit.payload
            if place.country != self.doc_country or self.alias(self.registry.at(hit.first)) is not None:
                continue  # another country's, or a state's name ("العراق")
            votes[place.name] = votes.get(place.name, 0) + 1
            places.setdefault(place.name, place)
        if not votes:
            return None
        best = max(votes.values())
        return next(places[n] for n in places if votes[n] == best)

    def home_place(self, i: int) -> tuple[Place, str] | None:
        """The article's place and the name word it adds, when word i is "المحافظة" (with or
        without ل), or None."""
        main = self.main_place
        if main is None:
            return None
        found = self.tables.word_in(self.word(i), self.tables.home_places)
        if found is None or found[0] not in ("", *self.tables.particles.of("of_clitic")):
            return None
        return main, self.tables.home_places[found[1]]

    def surface(self, first: int, last: int) -> str:
        """Words first..last as written in the clean text (normalised when no text is known)."""
        return self.surface_chars(*self.span(first, last))

    def surface_chars(self, start: int, end: int) -> str:
        """Normalised characters start..end as written in the clean text."""
        return self._surface(start, end) if self._surface is not None else self.norm[start:end]

    def alias(self, hit: LexiconHit[Alias | None] | None) -> Alias | None:
        """The first alias of a registry hit allowed in this article (None for a blocker); an
        alias the name tagger must confirm (`tagged`) is not one (recognise/actors/tagged.py)."""
        if hit is None:
            return None
        for alias in hit.match.payloads:
            if alias is None:
                return None
            if (
                not alias.tagged
                and alias.allowed_in(self.doc_country)
                and (not alias.solo or self.stands_alone(hit.last))
            ):
                return alias
        return None

    def stands_alone(self, last: int) -> bool:
        """Whether no ال-word continues the noun phrase that ends at word `last`."""
        nxt = last + 1
        if nxt >= len(self.words) or not self.joined(nxt):
            return True
        word = self.word(nxt)
        return not word.startswith(ARTICLE) or self.tables.particles.has("relative", word)

    @cached_property
    def unquoted(self) -> str:
        """The normalised text with quotation marks as spaces (same offsets): names are
        matched through them ('تنظيم "الدولة الإسلامية"')."""
        return blanked(self.norm, _QUOTES_TO_SPACES)  # the article's words, read once

    @cached_property
    def unmarked(self) -> str:
        """The normalised text with quotation marks and dashes as spaces (same offsets): the
        registry's names are matched through both, a dash joining the parts of one name
        ("الحركة الشعبية لتحرير السودان – قطاع الشمال" is SPLM-N)."""
        return blanked(self.norm, _NAME_MARKS_TO_SPACES)

    @cached_property
    def registry(self) -> Hits[Alias | None]:
        return Hits(self, self.tables.registry.matcher, text=self.unmarked)

    @cached_property
    def registry_all(self) -> Hits[Alias | None]:
        """Every registry match, nested ones included."""
        return Hits(self, self.tables.registry.matcher, overlapping=True, text=self.unmarked)

    @cached_property
    def groups(self) -> Hits[Group]:
        return Hits(self, self.tables.groups)

    @cached_property
    def forces(self) -> Hits[Force]:
        return Hits(self, self.tables.forces, overlapping=True)

    @cached_property
    def titles(self) -> Hits[Title]:
        return Hits(self, self.tables.titles)

    @cached_property
    def portfolios(self) -> Hits[str]:
        return Hits(self, self.tables.portfolios)

    @cached_property
    def services(self) -> Hits[Service]:
        return Hits(self, self.tables.services)

    @cached_property
    def cues(self) -> Hits[Cue]:
        return Hits(self, self.tables.cues, overlapping=True)

    def cue_hits_ending(self, i: int) -> list[LexiconHit[Cue]]:
        """Cue phrases that end at word i."""
        return self._cue_ends.get(i, [])

    @cached_property
    def _cue_ends(self) -> dict[int, list[LexiconHit[Cue]]]:
        ends: dict[int, list[LexiconHit[Cue]]] = {}
        for hit in self.cues:
            ends.setdefault(hit.last, []).append(hit)
        return ends

    @cached_property
    def places(self) -> Hits[Place]:
        return Hits(self, self.tables.places)

    @cached_property
    def unit_places(self) -> Hits[Place]:
        return Hits(self, self.tables.unit_places)
