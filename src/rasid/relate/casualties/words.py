"""A casualty figure (`Victims`) and the record's casualty words read once: status, group and
marker words by word index (`casualty_words`), with the small word helpers every step shares."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.clause_marks import commas
from rasid.lang.ar.doc import Doc, Word
from rasid.lang.ar.numbers import particles
from rasid.record import DateMention, Group, Qualifier, QuantityMention, Record, Status, Vague
from rasid.relate.casualties.lexicon import CasualtyLexicon, GroupWord, WordStatus, casualty_lexicon
from rasid.relate.text import in_set, words_in_set

DIGITS = "0123456789.,"


@dataclass
class Victims:
    """One casualty figure found in the text (clean-text span)."""

    start: int
    end: int
    value: float | None
    qualifier: Qualifier | None
    low: int | None
    high: int | None
    vague: Vague | None
    status: WordStatus | Status
    group: Group
    unit: int
    status_at: int | None = None  # clean offset of the status word read before the count
    status_span: tuple[int, int] | None = None  # the word that says what happened
    own_status: bool = False  # the counted noun itself names the status
    own_group: bool = True  # the count names its people ("452 طفلا"), not just "15334" or "العشرات"
    single: bool = False
    provisional: bool = False  # status left to the total it turns out to be part of
    member_hint: bool = False  # after a breakdown marker or "و": likely part of the figure before
    part_of: int | None = None  # index of the total in the list of figures
    link: str = ""  # marker, continuation, elaboration, sum
    cumulative: bool = False
    claim: str | None = None  # id of the claim that gives the figure (None: the article's own voice)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


class CasualtyText:
    """Per-record lookups: status words, group words and markers by word index."""

    def __init__(self, record: Record, doc: Doc, lex: CasualtyLexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.status: dict[int, WordStatus] = {}
        plain = {w.i: form for w, form in words_in_set(doc, lex.status)}
        for w in doc.words:
            # "بمقتل55 شخصا": a number glued on; a word of letters alone is read from the Doc's index
            found = plain.get(w.i) if w.norm.isalpha() else in_set(letters(w.norm), lex.status)
            if found is not None:
                self.status[w.i] = lex.status[found]
        self.groups: dict[int, tuple[int, GroupWord]] = {}  # clean start -> (clean end, entry)
        self.group_starts: dict[int, int] = {}  # word index -> clean start of its group noun
        view = doc.view
        for m in lex.groups.find(doc.norm):
            s, e = view.span(m.start, m.end)
            self.groups[s] = (e, m.payload)
            self.group_starts.setdefault(doc.word_at(s), s)
        # word index -> the group starting first inside the word (`group_at`, asked of every word)
        self._group_in: dict[int, tuple[int, GroupWord]] = {}
        for s in sorted(self.groups):
            i = doc.word_at(s)
            if i < len(doc.words) and doc.words[i].start <= s:
                self._group_in.setdefault(i, self.groups[s])
        self.counts: set[int] = set()  # words that open a quantity
        self.units: set[int] = set()  # words inside a quantity (its number and noun)
        self.dates_by_unit: dict[int, list[DateMention]] = {}  # in record order
        for d in record.mentions_of("date"):
            self.dates_by_unit.setdefault(doc.unit_of(d.span[0]), []).append(d)
        for q in record.mentions_of("quantity"):
            self.counts.add(doc.word_at(q.span[0]))
            self.units.update(w.i for w in doc.words_in(*q.span))
        self.markers: list[tuple[int, int, str]] = []
        for mk in lex.markers.find(doc.norm):
            s, e = view.span(mk.word_start, mk.end)
            self.markers.append((s, e, mk.payload))
        self.breakdown_starts = sorted(s for s, _, kind in self.markers if kind == "breakdown")
        self.breakdown_ends = sorted(e for _, e, kind in self.markers if kind == "breakdown")
        self.breakdown_begin: dict[int, int] = {}  # end of a breakdown marker -> its earliest start
        for s, e, kind in self.markers:
            if kind == "breakdown":
                self.breakdown_begin[e] = min(s, self.breakdown_begin.get(e, s))
        self.elaborations = sorted((e, s) for s, e, kind in self.markers if kind == "elaboration")  # by end
        self.attributions = sorted((s, e) for s, e, kind in self.markers if kind == "attribution")

    def word(self, i: int) -> Word | None:
        return self.doc.words[i] if 0 <= i < len(self.doc.words) else None

    def same_unit(self, a: int, b: int) -> bool:
        return self.doc.unit_of(a) == self.doc.unit_of(b)

    def group_at(self, start: int) -> tuple[int, GroupWord] | None:
        """The group word starting at a clean offset, allowing a clitic before it."""
        return self._group_in.get(self.doc.word_at(start))

    def is_injured(self, i: int) -> bool:
        return self.status.get(i) == "injured"


def conjunctions() -> tuple[str, ...]:
    """The conjunction that joins two figures or two status nouns ("القتلى والجرحى", "452 طفلا
    و200 امرأة"): number_particles.tsv's conjunction rows (و; not ف, which goes on with a clause)."""
    return particles().conjunctions


def partitives() -> frozenset[str]:
    """The partitive preposition between a count or a status noun and its group ("قتيلا من
    المدنيين", "49 من أفراد الشرطة"): number_particles.tsv's of rows."""
    return particles().of


def joiner(ch: str) -> bool:
    """A space, "و" or a comma: all that may join two figures of one list ("452 طفلا و200 امرأة")."""
    return ch.isspace() or ch in conjunctions() or ch in commas()


@cache
def comma_chars() -> str:
    """The commas as one string for str.rstrip: a count and the pair that splits it may stand apart
    by one ("2577 مدنيا، ما بين قتيل وجريح")."""
    return "".join(sorted(commas()))


def letters(norm: str) -> str:
    """A word without digits glued to either end ("13مدنيا" → "مدنيا", "بمقتل55" → "بمقتل")."""
    return norm.strip(DIGITS) or norm


def unit_word(q: QuantityMention, doc: Doc) -> Word | None:
    """The counted noun's word inside the quantity span (its last occurrence)."""
    if not q.unit:
        return None
    offset = q.text.rfind(q.unit)
    if offset < 0:
        return None
    i = doc.word_at(q.span[0] + offset)
    return doc.words[i] if i < len(doc.words) else None


def next_words(t: CasualtyText, pos: int, n: int, *, unit: int) -> list[Word]:
    out: list[Word] = []
    i = t.doc.word_at(pos)
    while len(out) < n:
        w = t.word(i)
        if w is None or t.doc.unit_of(w.start) != unit:
            break
        out.append(w)
        i += 1
    return out


def casualty_words(record: Record, doc: Doc) -> CasualtyText:
    """The record's status, group and marker words by word index, read once and shared by
    `cumulative_units` and `find_victims` (neither changes them)."""
    return CasualtyText(record, doc, casualty_lexicon())
