"""A shallow clause analysis over the shared `Doc`: who does what in each clause, and how a
clause hangs on the one before it.

Relaters need structure the word lists do not give: the subject dropped by "وأضاف أن"
belongs to the previous speaker, a figure inside "منذ بداية الشهر" is a running tally, an
agent after "يُرجّح أنها" is only supposed. This module computes it once per Doc from the
Doc's public attributes (words, their clitic readings, sentences, clause marks, quotations) and the cue
words of data/clause_cues.tsv; no tagger, no model.

API (stable; new fields are added, none renamed):

- `clauses_of(doc) -> Clauses`: the analysis of a Doc, built once per Doc and remembered.
- `Clauses.clauses`: every `Clause` in text order; `Clauses.at(pos)` the clause holding a
  clean-text offset (None before the first word); `Clauses.index_at(pos)` its index.
- `Clause`: `index`, clean span `start`/`end`, word range `words` ([i, j) into `doc.words`),
  `sentence`, `predicate` (`Predicate`), `subject`, `object` (`Phrase` or None),
  `attachments` (prepositional `Phrase`s, each starting at its preposition), `relation`
  (`ClauseRelation`), `parent` (index of the clause it depends on, or None),
  `dropped_subject` (an active verb with no subject of its own), `hedged` (a hedge cue in
  it or in the clause that introduces it), `tally` (a running-tally cue in it).
- `Predicate`: `word` (index into `doc.words`), `start`/`end`, `kind` ("verbal" or
  "nominal"), `voice` ("active" or "passive"), `negated`.
- `Phrase`: `start`/`end` (clean offsets) and `words` ([i, j) into `doc.words`).
- `Clauses.subject_of(clause)`: the subject the clause's predicate takes: its own, else for a
  continuation or quotation the subject of the clause it hangs on (followed back).
- `Clauses.sentence_subject(sentence)`: the subject of the sentence's first main clause
  (not a quotation, relative or adverbial clause) that has one.
- `Clauses.hedged_at(pos)`, `Clauses.tally_at(pos)`: the flags of the clause at `pos`.

Relations (`ClauseRelation`): "first" (opens its sentence with a subject or topic of its
own), "continuation" (a verb opened by و/ف or a reporting verb like أضاف، أشار with no
subject of its own: the previous main clause's subject goes on), "coordination" (a further
clause of the sentence with its own subject, or after a comma), "quotation" (opened by أن/إن
after a speech verb, by a quotation mark or a colon), "relative" (opened by الذي، التي),
"apposition" (a short verbless stretch between commas naming the noun before it),
"adverbial" (opened by حيث، كما، بينما، في حين، ثم ...), "attribution" (opened by حسبما،
بحسب، وفق، نقلا عن: names the source of what the clause before it says, whatever the order).

What is shallow: a verb is a form listed in the data file or one written with the passive
vowels (a damma on its first letters and a kasra later: "قُتِل"); a phrase runs from its first
word to the next preposition, complementizer, verb, number (digits or a number word) or clause end, at most
`PHRASE_WORDS` words. See docs/clauses.md for examples.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import Literal, NamedTuple

from rasid.lang.ar.affixes import affixes, nisba_like
from rasid.lang.ar.clause_marks import commas
from rasid.lang.ar.doc import Doc, Word
from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.markers import marker_words
from rasid.lang.ar.match import ARTICLE, load_clitics, proclitic_readings

CUES_FILE = "clause_cues.tsv"
NUMBER_WORDS_FILE = "number_words.tsv"  # the number grammar's words (rasid.lang.ar.numbers)
CUE_KINDS = frozenset(
    {
        "verb",
        "passive",
        "passive_aux",
        "continuation",
        "negation",
        "complementizer",
        "relative",
        "opener",
        "preposition",
        "hedge",
        "hedge_agent",
        "tally",
        "attribution",
        "noun",
        "either_voice",
        "patient",
    }
)
PHRASE_WORDS = 5  # the longest subject, object or attachment phrase, in words
APPOSITION_WORDS = 4  # a verbless stretch between commas this short names the noun before it
VERB_KINDS = frozenset({"verb", "passive", "continuation"})
VERB_LIKE = frozenset({"verb", "passive", "passive_aux", "continuation"})
#: Cue kinds that end a subject, object or attachment phrase.
PHRASE_STOPS = frozenset({"complementizer", "relative", "opener", "negation"})
FORMS_CACHE = 1 << 14  # word forms whose cue reading is remembered (bounded: a worker stays flat)
PAST_LETTERS = 4  # the shortest unlisted word read as a past verb at the head of a clause
MAX_HOPS = 6  # clauses a dropped subject is followed back over
NEGATION_WINDOW = 2  # words between a negation and its predicate ("لم يتم استهداف")
QUOTED_NAME_WORDS = 4  # the most words of a quoted name or term ("أبو شريفة", "ولاية سيناء")
#: The cue kinds asked about over a range of words (counted once per Doc, see `_Reader.any_in`).
COUNTED_KINDS = ("negation", "hedge", "tally")
#: After these a word with an imperfect prefix is a verb ("الذي يقود", "لم تستهدف").
IMPERFECT_AFTER = frozenset({"relative", "negation"})
DAMMA, KASRA = "\u064f", "\u0650"

ClauseRelation = Literal[
    "first",
    "continuation",
    "coordination",
    "quotation",
    "relative",
    "apposition",
    "adverbial",
    "attribution",
]
#: Clauses whose subject is not the sentence's: what someone says, a relative, an adverbial.
DEPENDENT = frozenset({"quotation", "relative", "adverbial", "apposition", "attribution"})


class Phrase(NamedTuple):
    """A stretch of words: clean-text offsets and the word range [i, j) in `doc.words` (named
    tuples, this and `Predicate`: the reader makes several per clause of every article)."""

    start: int
    end: int
    words: tuple[int, int]


class Predicate(NamedTuple):
    """The clause's predicate: a verb, or for a verbless clause its first content word."""

    word: int
    start: int
    end: int
    kind: Literal["verbal", "nominal"]
    voice: Literal["active", "passive"]
    negated: bool
    either_voice: bool = False  # an unvowelled verb read passive only for the patient after it


@dataclass(frozen=True)
class Clause:
    """One clause (see the module docstring for the fields)."""

    index: int
    start: int
    end: int
    words: tuple[int, int]
    sentence: int
    predicate: Predicate
    subject: Phrase | None
    object: Phrase | None
    attachments: tuple[Phrase, ...]
    relation: ClauseRelation
    parent: int | None
    dropped_subject: bool
    hedged: bool
    tally: bool


@dataclass(frozen=True)
class ClauseCues:
    """The cue words by kind: single words in `words`, phrases by their first word."""

    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]

    def kinds(self, word: str) -> frozenset[str]:
        return self.words.get(word, frozenset())


@cache
def clause_cues() -> ClauseCues:
    """The cue words of data/clause_cues.tsv (raises DataFileError on an unknown kind)."""
    words: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in load_rows(CUES_FILE, normalise_columns=("form",)):
        kind = row["kind"]
        if kind not in CUE_KINDS:
            raise DataFileError(f"{CUES_FILE} row {row['form']!r}: unknown kind {kind!r}")
        parts = tuple(row["form"].split())
        if not parts:
            raise DataFileError(f"{CUES_FILE}: a row has no form")
        if len(parts) == 1:
            words.setdefault(parts[0], set()).add(kind)
        else:
            phrases.setdefault(parts[0], []).append((parts, kind))
    return ClauseCues(
        {w: frozenset(k) for w, k in words.items()},
        {w: tuple(sorted(p, key=lambda x: -len(x[0]))) for w, p in phrases.items()},
    )


@dataclass(frozen=True)
class _Form:
    """What a word form says by itself, computed once per form: its cue kinds and the clitic
    that gave them, whether it opens a prepositional phrase, whether it is definite, and the
    cue phrases that may start with it."""

    kinds: frozenset[str]
    clitic: str
    prepositional: bool
    definite: bool
    phrases: tuple[tuple[tuple[str, ...], str], ...]
    number: bool


@lru_cache(maxsize=FORMS_CACHE)
def _form(norm: str) -> _Form:
    cues = clause_cues()
    readings = proclitic_readings(norm)
    found: frozenset[str] = frozenset()
    clitic = ""
    for pro, rest in readings:
        kinds = cues.kinds(rest)
        if pro and kinds:
            kinds = frozenset(k for k in kinds if pro in _verb_clitics() or k in ("preposition", "tally"))
        if kinds:
            found, clitic = kinds, pro
            break
    if not found:
        found, clitic = _verb_with_object(cues, readings)
    phrases: tuple[tuple[tuple[str, ...], str], ...] = ()
    for _pro, rest in readings:
        phrases = cues.phrases.get(rest, ())
        if phrases:
            break
    return _Form(
        kinds=found,
        clitic=clitic,
        prepositional="preposition" in found
        or any(pro in _prep_clitics() and rest.startswith(ARTICLE) for pro, rest in readings),
        definite=any(rest.startswith(ARTICLE) for _, rest in readings),
        phrases=phrases,
        number=norm[:1].isdigit() or any(rest in _number_words() for _, rest in readings),
    )


class _Reader:
    """Per-word lookups over one Doc: the cue kinds of each word (with its proclitics split)."""

    def __init__(self, doc: Doc, cues: ClauseCues) -> None:
        self.doc = doc
        self.cues = cues
        self.kinds: list[frozenset[str]] = []
        self.clitic: list[str] = []  # the proclitic of the reading that gave the kinds
        self.prep: list[bool] = []
        self.definite: list[bool] = []
        self.phrase_at: dict[int, list[tuple[int, str]]] = {}  # word -> [(end word, kind)]
        self.all_kinds: list[frozenset[str]] = []  # kinds of the word and of phrases it starts
        self.number: list[bool] = []  # digits or a number word ("عشرة"): a count, no subject
        ws = doc.words
        vowelled = DAMMA in doc.text  # most articles carry no damma: no word is read for one
        for i, w in enumerate(ws):
            form = _form(w.norm)
            found = form.kinds
            if not found and vowelled and _written_passive(doc.text[w.start : w.end]):
                found = frozenset({"passive"})
            if not found and i and not self.kinds[i - 1].isdisjoint(IMPERFECT_AFTER) and _imperfect(w.norm):
                found = frozenset({"verb"})  # "التي تحاصر", "لم يستهدف": the only thing that can follow
            self.kinds.append(found)
            self.clitic.append(form.clitic)
            self.prep.append(form.prepositional)
            self.definite.append(form.definite)
            extra: set[str] = set()
            for parts, kind in form.phrases:
                j = i + len(parts)
                if j <= len(ws) and all(ws[i + n].norm == parts[n] for n in range(1, len(parts))):
                    self.phrase_at.setdefault(i, []).append((j, kind))
                    extra.add(kind)
            self.all_kinds.append(found | extra if extra else found)
            self.number.append(form.number)
        # How many words before each index have a kind: "any word of [lo, hi) has it" in O(1),
        # asked for every clause.
        self._before: dict[str, list[int]] = {
            kind: [0, *accumulate(kind in k for k in self.all_kinds)] for kind in COUNTED_KINDS
        }
        self._prepositional = [i for i, p in enumerate(self.prep) if p]

    def has(self, i: int, kind: str) -> bool:
        return kind in self.all_kinds[i]

    def any_in(self, lo: int, hi: int, kind: str) -> bool:
        """Whether a word of [lo, hi) has `kind` (one of COUNTED_KINDS)."""
        before = self._before[kind]
        return hi > lo and before[hi] > before[lo]

    def prepositional_in(self, lo: int, hi: int) -> list[int]:
        """The words of [lo, hi) that open a prepositional phrase, in order."""
        found = self._prepositional
        return found[bisect.bisect_left(found, lo) : bisect.bisect_left(found, hi)]

    def phrase_end(self, i: int, kind: str) -> int:
        """The end word of the longest cue of `kind` starting at word i (i + 1 for a single word)."""
        ends = [j for j, k in self.phrase_at.get(i, ()) if k == kind]
        if ends:
            return max(ends)
        return i + 1 if kind in self.kinds[i] else i

    def is_verb(self, i: int) -> bool:
        return bool(self.kinds[i] & VERB_LIKE)

    def conjoined(self, i: int) -> bool:
        """The word carries و or ف ("وأضاف")."""
        return self.clitic[i] in _conjunctions()

    def prepositional(self, i: int) -> bool:
        """The word opens a prepositional phrase: a preposition, or ب/ل glued to a definite noun."""
        return self.prep[i]

    def stops_phrase(self, i: int) -> bool:
        return (
            self.prep[i]
            or bool(self.all_kinds[i] & PHRASE_STOPS)
            or bool(self.kinds[i] & VERB_LIKE)
            or self.number[i]
        )


@cache
def _conjunctions() -> frozenset[str]:
    """The conjunctions a word may carry (و، ف; data/affixes.tsv, conjunction_clitic)."""
    return frozenset(affixes("conjunction_clitic"))


@cache
def _verb_clitics() -> frozenset[str]:
    """The proclitics a verb or a cue word may carry, none included (data/affixes.tsv,
    verb_clitic: the conjunctions and ل of "ليرتفع")."""
    return frozenset(("", *affixes("verb_clitic")))


@cache
def _prep_clitics() -> frozenset[str]:
    """The clitic forms of data/clitics.tsv that hold a preposition (affixes.tsv,
    preposition_clitic): on a definite noun they open a prepositional phrase ("بالمدينة",
    "وللمدينة"). Forms that write the article out are left out: no reading splits them."""
    prepositions = set(affixes("preposition_clitic"))
    return frozenset(
        c.form for c in load_clitics() if c.article != "explicit" and prepositions & set(c.parts)
    )


def _verb_with_object(cues: ClauseCues, readings: Iterable[tuple[str, str]]) -> tuple[frozenset[str], str]:
    """The kinds of a listed verb carrying an object pronoun ("استهدفته", "قصفها"), else none."""
    for pro, rest in readings:
        if pro not in _verb_clitics():
            continue
        for suffix in affixes("object_pronoun"):
            if rest.endswith(suffix) and len(rest) > len(suffix) + 2:
                kinds = cues.kinds(rest[: -len(suffix)]) & VERB_KINDS
                if kinds:
                    return kinds, pro
    return frozenset(), ""


def _past_feminine(w: Word) -> bool:
    """A word that can only be a past verb with a feminine subject: ending in ت but not in the
    plural ات, not definite, at least four letters once و/ف is split off ("واحتجزت", "عززت")."""
    rest = w.norm[1:] if w.norm[:1] in _conjunctions() else w.norm
    return (
        len(rest) >= PAST_LETTERS
        and rest.endswith("ت")
        and not rest.endswith("ات")
        and not rest.startswith(ARTICLE)
    )


def _imperfect(norm: str) -> bool:
    return len(norm) >= 4 and norm.startswith(affixes("imperfect_prefix"))


def _written_passive(clean: str) -> bool:
    """A word written with the passive vowels: a damma in its first letters, a kasra after it
    ("قُتِل", "أُصيب" with a kasra, "استُهدِف"). Unvowelled words never match."""
    if clean[:1] in _conjunctions():
        clean = clean[1:]
    d = clean.find(DAMMA)
    return 0 < d <= 4 and KASRA in clean[d:]


class Clauses:
    """The clauses of one Doc (see the module docstring)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._read = _Reader(doc, clause_cues())
        self.clauses: list[Clause] = []
        for lo, hi, opened in self._bounds():
            self.clauses.append(self._clause(len(self.clauses), lo, hi, opened))
        self._starts = [c.start for c in self.clauses]
        self._by_sentence: dict[int, list[Clause]] = {}
        for c in self.clauses:
            self._by_sentence.setdefault(c.sentence, []).append(c)

    # Lookups.

    def index_at(self, pos: int) -> int:
        """Index of the clause that holds clean offset `pos` (-1 before the first)."""
        return bisect.bisect_right(self._starts, pos) - 1

    def at(self, pos: int) -> Clause | None:
        i = self.index_at(pos)
        return self.clauses[i] if i >= 0 else None

    def hedged_at(self, pos: int) -> bool:
        c = self.at(pos)
        return c is not None and c.hedged

    def tally_at(self, pos: int) -> bool:
        c = self.at(pos)
        return c is not None and c.tally

    def subject_of(self, clause: Clause) -> Phrase | None:
        """The clause's own subject; for a dropped subject the one it carries on: its parent's,
        followed back over dropped subjects and over verbless clauses of the same sentence (a
        list of places, "في بيان") to the nearest active verb that names it; None when that
        verb is passive (its subject is no agent) or the walk leaves the text."""
        if clause.subject is not None:
            return clause.subject
        if not clause.dropped_subject:
            return None
        k = clause.parent
        for _ in range(MAX_HOPS):
            if k is None or k < 0:
                return None
            c = self.clauses[k]
            if c.predicate.kind == "verbal":
                if c.predicate.voice == "passive":
                    return None
                if c.subject is not None:
                    return c.subject
                if not c.dropped_subject:
                    return None
                k = c.parent
            elif k > 0 and self.clauses[k - 1].sentence == c.sentence:
                k -= 1
            else:
                k = c.parent
        return None

    def sentence_subject(self, sentence: int) -> Phrase | None:
        """The subject of the sentence's first main clause that has one."""
        main = self.sentence_main(sentence)
        return None if main is None else self.subject_of(main)

    def sentence_main(self, sentence: int) -> Clause | None:
        """The sentence's first main clause that has a subject."""
        for c in self._by_sentence.get(sentence, ()):
            if c.relation not in DEPENDENT and self.subject_of(c) is not None:
                return c
        return None

    def in_sentence(self, sentence: int) -> list[Clause]:
        """The clauses of one sentence (index into `doc.sentences`), in text order."""
        return list(self._by_sentence.get(sentence, ()))

    # Building.

    def _bounds(self) -> Iterable[tuple[int, int, ClauseRelation | None]]:
        """Word ranges [lo, hi) of the clauses, with the relation their opening word sets."""
        ws = self.doc.words
        lo = 0
        opened: ClauseRelation | None = None
        for i in range(1, len(ws)):
            prev, w = ws[i - 1], ws[i]
            opening = self._opening(i)
            cut: ClauseRelation | Literal[False] | None = False
            if opening is not None:
                cut = opening
            elif (
                w.sentence == prev.sentence
                and self.doc.text[prev.end : w.start] != " "  # the gap: one space opens nothing
                and self._opens_quotation(i)
            ):
                cut = "quotation"
            elif w.sentence != prev.sentence or w.clause != prev.clause:
                cut = None
            elif self._coordinated_verb(i, lo):
                cut = "continuation"
            if cut is not False:
                yield lo, i, opened
                lo, opened = i, cut
        if ws:
            yield lo, len(ws), opened

    def _opens_quotation(self, i: int) -> bool:
        """Whether a mark in the gap before word i opens a quotation: an introducer (the colon of
        "وقال:"), or a quotation mark that opens by the Doc's pairing (`Doc.quotations`; a straight
        mark that closes one opened before it opens none), unless it is closed a few words on
        around a short stretch with no verb: a name or a term in quotation marks ("منزل المواطن
        محمد "أبو شريفة" واعتقلته"), not something said."""
        doc = self.doc
        ws, norm, quotes = doc.words, doc.norm, doc.quotations
        lo, hi = ws[i - 1].nend, ws[i].nstart
        if any(ch in quotes.marks.introducers for ch in norm[lo:hi]):
            return True
        mark = next((k for k in range(lo, hi) if norm[k] in quotes.marks.paired and quotes.opens(k)), None)
        if mark is None:
            return False
        close = quotes.close_of(mark)
        if close is None:
            return True
        for k in range(i, min(i + QUOTED_NAME_WORDS, len(ws))):
            if self._read.is_verb(k) or ws[k].sentence != ws[i].sentence or ws[k].nend > close:
                return True
            if k + 1 >= len(ws) or close < ws[k + 1].nstart:
                return False  # closed in the gap after word k
        return True

    def _patient_first(self, verb: int, hi: int) -> bool:
        """An unvowelled verb of both voices ("اعتقل", "قتل") read as passive: right after it
        stands a noun for someone an act is done to ("الشاب", "مواطن"), not an agent."""
        r = self._read
        return r.has(verb, "either_voice") and verb + 1 < hi and r.has(verb + 1, "patient")

    def _before_prepositional(self, lo: int, hi: int) -> int:
        """The first word from lo on that may carry a preposition's clitic ("قتل شاب برصاص
        الشرطة": the patient ends before "برصاص"), else hi."""
        ws = self.doc.words
        return next((k for k in range(lo, hi) if any(p in _prep_clitics() for p, _ in ws[k].readings)), hi)

    def _coordinated_verb(self, i: int, lo: int) -> bool:
        """A verb glued to و/ف inside a clause opens another ("قصفت ... وقتلت")."""
        return self._read.conjoined(i) and self._read.is_verb(i) and i - lo > 1

    def _opening(self, i: int) -> ClauseRelation | None:
        """The relation a clause opened by word i has: after a complementizer a quotation (an
        adverbial after "بعد"، "قبل" ...), after a relative a relative clause, after an opener an
        adverbial clause; None when word i opens no clause."""
        r = self._read
        if not r.all_kinds[i]:
            return None  # most words have no cue kind at all
        if r.has(i, "complementizer"):
            before = self.doc.words[i - 1].norm if i else ""
            return "adverbial" if before in _temporal() else "quotation"
        if r.has(i, "relative"):
            return "relative"
        if r.has(i, "attribution"):
            return "attribution"
        first = i == 0 or self.doc.words[i - 1].sentence != self.doc.words[i].sentence
        if r.has(i, "opener") and not first and not r.has(i - 1, "opener"):
            return "adverbial"  # "كما أعلن" opening a sentence only links it: its clause is a main one
        return None

    def _clause(self, index: int, lo: int, hi: int, opened: ClauseRelation | None) -> Clause:
        doc, r = self.doc, self._read
        ws = doc.words
        head = lo
        for kind in ("complementizer", "relative", "opener", "attribution"):
            if head < hi and r.has(head, kind):
                head = r.phrase_end(head, kind)
        verb = next((k for k in range(head, hi) if r.is_verb(k)), None)
        if verb is None and head < hi and _past_feminine(ws[head]):
            verb = head  # "واحتجزت لساعات": a clause opening with a past verb the data file lacks
        negated = verb is not None and r.any_in(max(head, verb - NEGATION_WINDOW), verb, "negation")
        subject = obj = None
        dropped = False
        if verb is not None:
            patient_first = self._patient_first(verb, hi)
            passive = bool(r.kinds[verb] & {"passive", "passive_aux"}) or patient_first
            before = head < verb and not r.prepositional(head) and not r.has(head, "negation")
            if patient_first:  # "واعتقل الشاب محمد": read اُعتُقل, the young man its subject
                subject = self._phrase(verb + 1, self._before_prepositional(verb + 2, hi))
            elif opened in ("relative", "continuation"):  # the subject is the noun before, or the
                # previous verb's ("قصفت المدفعية القرية وقتلت امرأة": امرأة is the object)
                obj = self._phrase(verb + 1, hi)
            elif before:  # SVO: the topic before the verb is its subject
                subject = self._phrase(head, verb)
                obj = self._phrase(verb + 1, hi)
            elif ws[verb].norm.endswith(affixes("plural_subject")):  # the verb carries its subject
                obj = self._phrase(verb + 1, hi)
            else:  # VSO; a passive verb's subject is its patient, which ends before a preposition
                # ("أصيب جندي برصاص قناص": the sniper is not among who suffered)
                end = self._before_prepositional(verb + 2, hi) if passive else hi
                subject = self._phrase(verb + 1, end)
                if subject is not None:
                    obj = self._phrase(subject.words[1], hi)
            dropped = subject is None and not passive and opened != "relative"
            pred = Predicate(
                verb,
                ws[verb].start,
                ws[verb].end,
                "verbal",
                "passive" if passive else "active",
                negated,
                either_voice=patient_first,
            )
        else:
            first = head if head < hi else lo
            subject = self._phrase(first, hi)
            neg = r.any_in(lo, min(hi, first + NEGATION_WINDOW), "negation")
            pred = Predicate(first, ws[first].start, ws[first].end, "nominal", "active", neg)
        attachments = tuple(
            p for k in r.prepositional_in(lo, hi) if (p := self._phrase(k, hi, skip=1)) is not None
        )
        relation, parent = self._relation(index, lo, head, hi, opened, verb, dropped)
        hedged = (
            r.any_in(lo, hi, "hedge")
            or (relation in ("quotation", "relative") and parent is not None and self.clauses[parent].hedged)
            or self._hedge_complement(index, lo, relation)
        )
        tally = r.any_in(lo, hi, "tally")
        return Clause(
            index=index,
            start=ws[lo].start,
            end=ws[hi - 1].end,
            words=(lo, hi),
            sentence=ws[lo].sentence,
            predicate=pred,
            subject=subject,
            object=obj,
            attachments=attachments,
            relation=relation,
            parent=parent,
            dropped_subject=dropped,
            hedged=hedged,
            tally=tally,
        )

    def _hedge_complement(self, index: int, lo: int, relation: ClauseRelation) -> bool:
        """A clause that a complementizer opens right after a hedged clause of its sentence is what
        the hedge supposes: "طائرة يرجح | أنها تابعة للتحالف استهدفت سيارة" (the owner is a guess),
        whichever clause the analysis makes its parent."""
        if relation != "quotation" or index == 0 or not self._read.has(lo, "complementizer"):
            return False
        prev = self.clauses[index - 1]
        return prev.hedged and prev.words[1] == lo and prev.sentence == self.doc.words[lo].sentence

    def _phrase(self, lo: int, hi: int, *, skip: int = 0) -> Phrase | None:
        """The phrase from word lo: its first `skip` words (a preposition), then words up to the
        next stop word, at most PHRASE_WORDS; None when nothing follows the skipped words."""
        end = lo + skip
        limit = min(hi, lo + skip + PHRASE_WORDS)
        while end < limit and not self._read.stops_phrase(end):
            end += 1
            if end < limit and self._closes(end - 1, end):
                break
        if end <= lo + skip or end > hi:
            return None
        ws = self.doc.words
        return Phrase(ws[lo].start, ws[end - 1].end, (lo, end))

    def _closes(self, k: int, nxt: int) -> bool:
        """A definite word ends its phrase unless a definite nisba adjective follows it
        ("القوات الحكومية" goes on, "القوات ... المدينة" does not): Arabic puts the noun of a
        construct first, indefinite, so only a definite word can close a noun phrase."""
        if not self._read.definite[k]:
            return False
        after = self.doc.words[nxt]
        if not self._read.definite[nxt]:
            return True
        if "noun" in self._read.kinds[nxt]:
            return True  # "القرية": a noun's own ية, not an adjective
        return not nisba_like(after.norm)

    def _relation(
        self,
        index: int,
        lo: int,
        head: int,
        hi: int,
        opened: ClauseRelation | None,
        verb: int | None,
        dropped: bool,
    ) -> tuple[ClauseRelation, int | None]:
        """How the clause hangs on the previous ones, and the clause it depends on."""
        ws, r = self.doc.words, self._read
        prev = self.clauses[index - 1] if index else None
        same_sentence = prev is not None and prev.sentence == ws[lo].sentence
        if opened is not None and prev is not None:
            parent = self._main_before(index) if opened == "quotation" else index - 1
            return opened, parent
        continues = (
            verb is not None
            and verb == head
            and dropped
            and (r.conjoined(verb) or r.has(head, "continuation") or head > lo)
        )
        if continues and prev is not None and verb is not None:
            # "وأضاف" goes on with the speaker; "واعتقلت" with the last verb's subject, even
            # inside what the speaker says ("أفادت الوكالة بأن القوات اقتحمت القرية، واعتقلت")
            speech = r.has(verb, "continuation")
            return "continuation", self._main_before(index) if speech else index - 1
        if not same_sentence:
            return "first", None
        if verb is None and hi - lo <= APPOSITION_WORDS and self._between_commas(lo, hi):
            return "apposition", index - 1
        return "coordination", index - 1

    def _main_before(self, index: int) -> int | None:
        """The nearest earlier clause that is not dependent (the speaker's or the actor's clause)."""
        for k in range(index - 1, -1, -1):
            if self.clauses[k].relation not in DEPENDENT:
                return k
        return index - 1 if index else None

    def _between_commas(self, lo: int, hi: int) -> bool:
        ws = self.doc.words
        before = self.doc.text[ws[lo - 1].end : ws[lo].start] if lo else ""
        after = self.doc.text[ws[hi - 1].end : ws[hi].start] if hi < len(ws) else ""
        marks = commas()
        return not marks.isdisjoint(before) and not marks.isdisjoint(after)


@cache
def _number_words() -> frozenset[str]:
    """The number words of data/number_words.tsv (normalised): a phrase stops before a count."""
    return frozenset(row["word"] for row in load_rows(NUMBER_WORDS_FILE, normalise_columns=("word",)))


@cache
def _temporal() -> frozenset[str]:
    """Words before أن that make it a conjunction of time or cause, not the start of a quotation."""
    return marker_words("not_complementizer_before")


def clauses_of(doc: Doc) -> Clauses:
    """The clause analysis of a Doc, built once per Doc and kept on it (a table keyed by the Doc
    would keep every Doc alive, as the analysis refers to its Doc)."""
    found = doc.analyses.get("clauses")
    if not isinstance(found, Clauses):
        found = doc.analyses["clauses"] = Clauses(doc)
    return found


def words_of(doc: Doc, phrase: Phrase) -> list[Word]:
    """The Doc's words of a phrase."""
    return doc.words[phrase.words[0] : phrase.words[1]]
