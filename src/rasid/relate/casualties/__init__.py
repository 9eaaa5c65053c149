"""Casualty figures: which counts are victims, what happened to them, who they were, how they add up.

A quantity mention is a casualty when its counted noun is a person noun, a status noun or
"others" (data/casualty_groups.tsv, data/casualty_status.tsv) - as written or inflected (a
dual, sound plural, accusative or possessive of a listed noun or people's adjective: "شرطيان",
"23 متمردا", "4 من عناصره", "14 يمنيا"; data/casualty_noun_endings.tsv) - or it has no noun of
its own in a breakdown, a toll, a vague phrase or right after a casualty word ("مقتل تسعة",
"وأصيب نحو 50"); a number in words after its noun counts that noun ("متظاهرين اثنين قتلا").
A status is found for it, in this order of preference: the noun itself ("ثمانية قتلى"), a
"case" noun's next word ("حالة اعتقال"), a word right after the count ("17 مدنيا مصرعهم"; not
past "فيما"), the nearest status word before it in the clause ("قتل 5 مدنيين"), a verb shortly
after it ("13 شخصا ... قتلوا"), and for a bare count after "إلى" the toll that is its clause's
subject ("ارتفع عدد قتلى الغارات التي ... إلى 23"). A killed noun and an injured noun joined by
"و", after the count ("عشرات القتلى والجرحى") or before it ("مقتل وإصابة 11 شخصا"), make it
killed_or_injured; so do victims split "بين قتيل وجريح" (one figure without a number).
Singular victims ("قتل طفل", "طفلة قتلت", "امرأتين وطفل") count one each. A sound plural no row
lists counts people right after a word of killing or arrest ("مقتل 7 صيادين"); a number glued to
its noun or status word is read apart ("13مدنيا", "بمقتل55").

Breakdowns (`part_of`), in order:
1. a marker right before the count ("بينهم 452 طفلا") or right after it ("اثنان منهم"): part
   of the nearest figure before it in the sentence; in a sentence with no figure before it
   ("وبين الضحايا 30 طفلا"), of the last total of the sentence before, or of the last total of
   the status the marker names ("بين المصابين") in the few sentences before;
2. a count joined to a breakdown member by "و" only ("و200 امرأة", "، و6 ضحايا") continues it;
3. an elaboration ("..., فاستشهد 5 مدنيين", "حيث قضى 3 أشخاص"): this and the later figures of
   the same status in the sentence are part of the figure the clause details;
4. figures of later sentences that add up exactly to an earlier exact total of a compatible
   status and group (11 = 6 + 2 + 3) are its parts; a total of "victims" whose parts include
   injured people is killed_or_injured.
Members of 1-3 take the total's status, and its group when they name none.

A figure is cumulative (a running tally, annotation-guide.md) when a period reaches it - a
cumulative marker ("منذ", "خلال الشهر") or a date range in its clause or an earlier clause of
its sentence, or in a later clause that counts no figure of its own when the figure's clause
names no day - and its sentence has no incident marker ("حصيلة أولية", "حصيلة ضحايا الغارة":
an incident's updated toll is no tally); or the date next to it names a month or a year. A
member shares its total's flag.

The claim of a figure (its source): the innermost claim whose content holds it (unless no link of
its source has a name and a claim closes the sentence: "تشير التقديرات إلى مقتل 5، حسب مصادر طبية"
is the medical sources'); else, in a list
item, the claim whose content runs to the colon that announces the list; else a claim
that closes its sentence after it ("...، كما ذكرت مصادر عسكرية"); else the first claim of the
next sentence when it opens by attributing this one ("جاء ذلك بحسب ما أفادت مصادر طبية"); else,
in a sentence that opens by going on with the one before ("كما ...", or a toll predicate:
"وبلغ عدد القتلى 50" after "أعلنت وزارة الصحة حصيلة جديدة"), the claim that holds the end of
that sentence; else, in a headline that names its source before a colon ("الأمم المتحدة: مقتل
23 مدنيا") or in brackets at its end ("8 قتلى في قصف على مستشفى (مصدر طبي)"), the article's
first claim by that actor or a body of it, or whose source phrase as the body writes it holds
every word of the speaker ("الصحة اللبنانية:"); a breakdown member that has
none takes its total's. A figure none of these reaches is the article's own (no claim): a
passive "أفيد" or an unattributed toll is not given a guessed source; nor is a figure in a
relative clause on the speaker ("قال الطبيب الذي فحص جثث 15 ...، إن") or on what a demand or
condemnation is about ("طالبت بالتحقيق في الأحداث التي خلفت 50 قتيلا").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.clause_marks import clause_marks, commas
from rasid.lang.ar.doc import Doc, Word
from rasid.lang.ar.markers import marker_words
from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.numbers import particles
from rasid.lang.ar.quotes import quote_marks
from rasid.record import Claim, DateMention, Group, Qualifier, QuantityMention, Record, Status, Vague
from rasid.relate.casualties.lexicon import CasualtyLexicon, GroupWord, WordStatus, casualty_lexicon
from rasid.relate.nisba import adjective_actor
from rasid.relate.text import SpanSet, in_set, list_item, readings

AFTER_WORDS = 2  # words right after a count that may say what happened ("مدنيا مصرعهم")
BEFORE_WORDS = 10  # words before a count in which its status verb may stand ("مقتل تسعة ... وأربعة")
FORWARD_WORDS = 12  # words after a count in which a verb may stand ("13 شخصا بينهم نساء وأطفال قتلوا")
FATE_WORDS = 12  # words between "لقي" + count and the status noun that closes the clause ("مصرعهم")
GROUP_AFTER_WORDS = 4  # "العشرات من الجرحى جميعهم من المدنيين"
DATE_WORDS = 8  # words between a figure and the date that makes it a period's tally
TOLL_REACH = 16  # words from "إلى N" back to the toll of its clause ("ارتفع عدد قتلى ... إلى 23")
TOLL_WORDS = 3  # words from a toll's status noun to its bare count ("عدد الجرحى نحو 1530")
ELABORATION_WORDS = 3  # words between "حيث" and the status verb it opens
RECAP_WORDS = 3  # words between a recap ("جاء ذلك") and the cue it opens ("جاء ذلك أيضاً بحسب")
LIST_LINES = 8  # lines (blank ones aside) back from a list item to the line whose colon announces it
TOTAL_UNITS = 3  # sentences back in which a breakdown that names a status finds its total
MEMBER_TAIL_WORDS = 5  # words of a breakdown member's noun phrase after its count, before "و" + the next
SOURCE_PHRASE_WORDS = 20  # words of a claim's source phrase compared with a headline's speaker
CUE_SOURCE_WORDS = 3  # words between a cue and the source it names ("أعلن، الأحد، مسؤول")
SHORT_WORD = 2  # letters of a function word a headline's speaker may hold ("في")
CLOSING_WORDS = 3  # words after a closing claim's source before its sentence ends
ADDITION_WORDS = 5  # first words of a sentence in which "أيضا" adds it to the report before
CUMULATIVE_PRECISION = frozenset({"month", "year"})
OF = "من"
AND = "و"
DIGITS = "0123456789.,"
PEOPLE_ONLY = frozenset({"killed", "detained", "missing"})  # what happens to people, not to things


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


class _Text:
    """Per-record lookups: status words, group words and markers by word index."""

    def __init__(self, record: Record, doc: Doc, lex: CasualtyLexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.status: dict[int, WordStatus] = {}
        for w in doc.words:
            found = in_set(_letters(w.norm), lex.status)  # "بمقتل55 شخصا": a number glued on
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


def _joiner(ch: str) -> bool:
    """A space, "و" or a comma: all that may join two figures of one list ("452 طفلا و200 امرأة")."""
    return ch.isspace() or ch == AND or ch in commas()


@cache
def _comma_chars() -> str:
    """The commas as one string for str.rstrip: a count and the pair that splits it may stand apart
    by one ("2577 مدنيا، ما بين قتيل وجريح")."""
    return "".join(sorted(commas()))


def _letters(norm: str) -> str:
    """A word without digits glued to either end ("13مدنيا" → "مدنيا", "بمقتل55" → "بمقتل")."""
    return norm.strip(DIGITS) or norm


def _unit_word(q: QuantityMention, doc: Doc) -> Word | None:
    """The counted noun's word inside the quantity span (its last occurrence)."""
    if not q.unit:
        return None
    offset = q.text.rfind(q.unit)
    if offset < 0:
        return None
    i = doc.word_at(q.span[0] + offset)
    return doc.words[i] if i < len(doc.words) else None


def _next_words(t: _Text, pos: int, n: int, *, unit: int) -> list[Word]:
    out: list[Word] = []
    i = t.doc.word_at(pos)
    while len(out) < n:
        w = t.word(i)
        if w is None or t.doc.unit_of(w.start) != unit:
            break
        out.append(w)
        i += 1
    return out


def _killed_or_injured(t: _Text, after: Word | None) -> bool:
    """A killed noun followed by "و" + an injured noun: "القتلى والجرحى" (not "..., وأصيب 35")."""
    if after is None:
        return False
    nxt = t.word(after.i + 1)
    if nxt is None or not nxt.norm.startswith(AND) or not t.is_injured(nxt.i):
        return False
    if t.doc.text[after.end : nxt.start].strip():
        return False
    counted = t.word(nxt.i + 1)
    return counted is None or (not counted.norm[:1].isdigit() and counted.i not in t.counts)


def _paired_before(t: _Text, word: Word | None) -> bool:
    """A status word before a count joined by "و" to the other of killed and injured right
    before it ("مقتل وإصابة 11 شخصا", "قتل وجرح 5"): one count of both."""
    if word is None or not word.norm.startswith(AND):
        return False
    prev = t.word(word.i - 1)
    if prev is None or prev.i in t.units or t.doc.text[prev.end : word.start].strip():
        return False
    if prev.i - 1 in t.units:
        return False  # "سبعة أشخاص قتلوا وأصيب 55": the killed word has its own count
    return {t.status.get(prev.i), t.status.get(word.i)} == {"killed", "injured"}


def _group_after(t: _Text, pos: int, unit: int) -> Group | None:
    """An adjective or "من" + group noun right after a status noun ("قتيلا مدنيا", "من المدنيين")."""
    words = _next_words(t, pos, GROUP_AFTER_WORDS, unit=unit)
    for k, w in enumerate(words):
        if w.i in t.counts or in_set(w.norm, t.lex.breakdown_words):
            return None  # "110 قتلى، بينهم ثمانية من عناصر": the breakdown names its own group
        found = t.group_at(w.start)
        if found is None:
            continue
        linked = k == 0 or any(OF in readings(x.norm) for x in words[:k])
        if linked and found[1].kind in ("person", "single"):
            return found[1].group
    return None


def _group_of_toll(t: _Text, q: QuantityMention, unit: int) -> Group | None:
    """The group named after the toll's own status noun before the count ("عدد القتلى المدنيين ... 87 قتيلا")."""
    i = t.doc.word_at(q.span[0]) - 1
    for _ in range(BEFORE_WORDS):
        w = t.word(i)
        if w is None or t.doc.unit_of(w.start) != unit:
            return None
        if w.i in t.status and not in_set(w.norm, t.lex.verbs):
            nxt = t.word(w.i + 1)
            found = t.group_at(nxt.start) if nxt is not None else None
            return found[1].group if found is not None and found[1].kind == "person" else None
        i -= 1
    return None


def _status_for(t: _Text, q: QuantityMention, noun: Word | None, entry: GroupWord | None) -> tuple[WordStatus | Status, int | None, Word | None] | None:  # fmt: skip
    """(status, offset of a status word before the count, the status word) or None."""
    unit = t.doc.unit_of(q.span[0])
    if noun is not None and noun.i in t.status:
        status: WordStatus | Status = t.status[noun.i]
        prev = t.word(t.doc.word_at(q.span[0]) - 1)
        died = (
            status == "injured"
            and prev is not None
            and t.status.get(prev.i) == "killed"
            and not t.doc.text[prev.end : q.span[0]].strip()
            and prev.i not in t.units
        )
        if died and prev is not None:
            return "killed", prev.start, prev  # "وفاة ثلاثة جرحى": the wounded who died
        return status, None, noun
    if entry is not None and entry.kind == "case":
        nxt = t.word(noun.i + 1) if noun is not None else None
        if nxt is not None and nxt.i in t.status:
            return t.status[nxt.i], None, nxt
        return None
    end = q.span[1]
    for w in _next_words(t, end, AFTER_WORDS, unit=unit):
        if t.doc.text[end : w.start].strip() or w.norm.startswith(AND) or in_set(w.norm, t.lex.clause_words):
            break  # "قتل ثلاثة مدنيين فيما أصيب 20": the next clause's word
        if w.i in t.status:
            return t.status[w.i], None, w
        end = w.end
    fate = _fate_status(t, q, unit)
    if fate is not None:
        return fate
    # Before the count: from the word before its noun (a long quantity may hold "عدد المصابين"),
    # back to the start of the clause.
    i = (noun.i if noun is not None else t.doc.word_at(q.span[0])) - 1
    for _ in range(BEFORE_WORDS):
        prev = t.word(i)
        if prev is None or t.doc.unit_of(prev.start) != unit:
            break
        if prev.i in t.status:
            return t.status[prev.i], prev.start, prev
        if prev.start < q.span[0] and in_set(prev.norm, t.lex.clause_words):
            break
        i -= 1
    for w in _next_words(t, q.span[1], FORWARD_WORDS, unit=unit):
        if w.i in t.status and not w.norm.startswith(AND) and in_set(w.norm, t.lex.verbs):
            return t.status[w.i], None, w
    return None


def _fate_status(t: _Text, q: QuantityMention, unit: int) -> tuple[WordStatus | Status, None, Word] | None:
    """A fate verb right before the count ("لقي", casualty_markers.tsv's fate_verb rows) takes the
    status noun that closes its clause however long the subject between them ("لقي 20 مدنيا معظمهم
    أطفال مصرعهم", "لقي 12 جنديا من قوات الجيش وحرس الحدود مصرعهم"); a clause word stops it."""
    prev = t.word(t.doc.word_at(q.span[0]) - 1)
    if prev is None or prev.end > q.span[0] or not any(r in t.lex.fate_verbs for r in readings(prev.norm)):
        return None
    for w in _next_words(t, q.span[1], FATE_WORDS, unit=unit):
        if in_set(w.norm, t.lex.clause_words):
            return None
        if w.i in t.status and not in_set(w.norm, t.lex.verbs):
            return t.status[w.i], None, w
    return None


def _breakdown_before(t: _Text, start: int) -> bool:
    """A breakdown marker right before the count ("بينهم 452")."""
    # The breakdown marker ending nearest before `start` has the shortest gap: if any gap is
    # blank, that one is.
    k = bisect.bisect_right(t.breakdown_ends, start)
    return k > 0 and _bare_gap(t, t.breakdown_ends[k - 1], start)


def _bare_gap(t: _Text, end: int, start: int) -> bool:
    """Nothing but white space, or an existential word, between a breakdown marker and its
    count ("من بين الشهداء هناك 4800 طفل")."""
    if not t.doc.text[end:start].strip():
        return True
    words = t.doc.words_in(end, start)
    if len(words) != 1 or (t.doc.text[end : words[0].start] + t.doc.text[words[0].end : start]).strip():
        return False
    return in_set(words[0].norm, t.lex.existentials) is not None


def _breakdown_inside(t: _Text, span: tuple[int, int]) -> bool:
    """A breakdown marker inside the count's own words ("اثنان منهم")."""
    k = bisect.bisect_right(t.breakdown_starts, span[0])
    return k < len(t.breakdown_starts) and t.breakdown_starts[k] < span[1]


def _joined(t: _Text, q: QuantityMention, found: list[Victims]) -> bool:
    """Joined by "و" (or a comma) alone to the figure before it ("452 طفلا و200 امرأة")."""
    last = next((v for v in reversed(found) if v.end <= q.span[0]), None)  # found is in text order
    if last is None or not t.same_unit(last.start, q.span[0]):
        return False
    gap = t.doc.text[last.end : q.span[0]]
    if all(_joiner(ch) for ch in gap):
        return True
    return last.member_hint and _member_tail(t, last.end, q.span[0])


def _member_tail(t: _Text, end: int, start: int) -> bool:
    """Only the rest of a breakdown member's noun phrase, then "و", before the count: the list goes
    on ("بينهم 49 من أفراد الشرطة العسكرية، وأربعة مدنيين", "بينهم 166 مقاتلاً من الحزب و27 مدنياً")."""
    gap = t.doc.text[end:start].rstrip()
    if not gap.endswith(AND):
        return False
    words = t.doc.words_in(end, start)
    if not words or len(words) > MEMBER_TAIL_WORDS:
        return False
    tail = words[:-1] if words[-1].norm == AND else words  # the "و" may be a word of its own
    if (
        tail
        and OF not in readings(tail[0].norm)
        and not all(w.norm.startswith(affixes("definite_prefix")) for w in tail)
    ):
        return False  # "بينهم ثلاثة أطفال في قرية X وأربعة مدنيين": a place ends the member
    return all(
        w.i not in t.status and w.i not in t.counts and not in_set(w.norm, t.lex.clause_words) for w in tail
    )


PEOPLE = GroupWord("people", "person")


def _victims_of_verb(t: _Text, q: QuantityMention, noun: Word) -> bool:
    """A sound plural counted right after a word of killing, arrest or abduction ("مقتل 7 صيادين",
    "اختطاف 3 مهندسين"): people, since things are not killed or arrested."""
    before = t.word(t.doc.word_at(q.span[0]) - 1)
    if (
        before is None
        or t.status.get(before.i) not in PEOPLE_ONLY
        or t.doc.text[before.end : q.span[0]].strip()
    ):
        return False
    return any(r.endswith(t.lex.plural_endings) for r in readings(_letters(noun.norm)))


def _people_of(word: str, lex: CasualtyLexicon) -> bool:
    """A plural, dual or accusative of a people's adjective ("فلسطينيين", "سوريون", "23 يمنيا",
    "مصريان"): people counted by nationality."""
    if not any(r.endswith(affixes("people_plural")) for r in readings(word)):
        return False
    return adjective_actor(word) is not None or any(adjective_actor(s) is not None for s in lex.stems(word))


def _toll_before(t: _Text, q: QuantityMention) -> bool:
    """A status noun a few words before a count without a noun: "بلغ عدد الجرحى نحو 1530"."""
    i = t.doc.word_at(q.span[0]) - 1
    for _ in range(TOLL_WORDS):
        w = t.word(i)
        if w is None or t.doc.unit_of(w.start) != t.doc.unit_of(q.span[0]):
            return False
        if w.i in t.status and not in_set(w.norm, t.lex.verbs):
            return True
        i -= 1
    return False


def _toll_predicate(t: _Text, q: QuantityMention) -> Word | None:
    """The status noun of a toll whose clause gives the count after "إلى" ("ارتفع عدد قتلى الغارات
    التي استهدفت السوق صباح اليوم إلى 23") or a few words after a toll verb after it ("حصيلة
    الشهداء في الغارات بلغت حتى الساعة 558"): the toll is the subject, the count its predicate."""
    i = t.doc.word_at(q.span[0]) - 1
    to = t.word(i)
    if to is None:
        return None
    if in_set(to.norm, particles().to) is None:
        verb = _toll_verb_before(t, q)
        if verb is None:
            return None
        i = verb.i
    for w in reversed(t.doc.words[max(0, i - TOLL_REACH) : i]):
        if not t.same_unit(w.start, q.span[0]) or not _one_phrase(t, w.end, q.span[0]):
            return None
        if w.i in t.status and not in_set(w.norm, t.lex.verbs) and _after_toll_word(t, w):
            return w
    return None


def _one_phrase(t: _Text, a: int, b: int) -> bool:
    """No clause mark but commas between two offsets: a toll's subject reaches its predicate past
    a parenthesis ("ارتفع عدد قتلى الهجوم، مطلع الأسبوع الجاري، إلى 53")."""
    return t.doc.same_clause(a, b) or not any(ch in clause_marks().semicolons for ch in t.doc.text[a:b])


def _after_toll_word(t: _Text, w: Word) -> bool:
    """A status noun right after a toll word, or after one and its adjective ("الحصيلة الإجمالية
    للشهداء")."""
    prev = t.word(w.i - 1)
    if prev is None or t.doc.text[prev.end : w.start].strip():
        return False
    if in_set(prev.norm, t.lex.toll_words) is not None:
        return True
    head = t.word(prev.i - 1)
    return (
        head is not None
        and prev.norm.startswith(affixes("definite_prefix"))
        and not t.doc.text[head.end : prev.start].strip()
        and in_set(head.norm, t.lex.toll_words) is not None
    )


def _toll_verb_before(t: _Text, q: QuantityMention) -> Word | None:
    """A toll verb ("بلغت") within a few words before a count, in its clause, with no count between."""
    i = t.doc.word_at(q.span[0]) - 1
    for k in range(i, i - TOLL_WORDS, -1):
        w = t.word(k)
        if w is None or k in t.units or not t.doc.same_clause(w.end, q.span[0]):
            return None
        if in_set(w.norm, t.lex.toll_verbs) is not None:
            return w
    return None


def _status_right_before(t: _Text, q: QuantityMention) -> bool:
    """A status word right before a count without a noun: "مقتل تسعة", "وأصيب نحو 50"."""
    w = t.word(t.doc.word_at(q.span[0]) - 1)
    return w is not None and w.i in t.status and not t.doc.text[w.end : q.span[0]].strip()


def _person_group(t: _Text, w: Word) -> GroupWord | None:
    """The group of a plural or dual noun of people, as written or inflected."""
    at = t.group_at(w.start)
    entry = at[1] if at is not None else t.lex.inflected_group(w.norm)
    return entry if entry is not None and entry.kind == "person" else None


def _postposed(t: _Text, q: QuantityMention) -> QuantityMention | None:
    """A number in words after its noun ("متظاهرين اثنين قتلا", "مدنيون ثلاثة"): the quantity
    the recogniser read with the next word as its noun, re-read with the noun before it."""
    first = t.word(t.doc.word_at(q.span[0]))
    if first is None or q.vague is not None or q.qualifier != "exact" or first.norm[:1].isdigit():
        return None
    noun = _unit_word(q, t.doc)
    own = noun is not None and noun.i in t.status and not in_set(noun.norm, t.lex.verbs)
    if noun is not None and (noun.i == first.i or own or _person_group(t, noun) is not None):
        return None  # "ثلاثة أطفال": the noun after is the count's own
    pre = t.word(first.i - 1)
    if (
        pre is None
        or pre.i in t.units
        or t.doc.text[pre.end : first.start].strip()
        or not t.same_unit(pre.start, first.start)
    ):
        return None
    if pre.norm.lstrip("وف").startswith(affixes("definite_prefix")) or _person_group(t, pre) is None:
        return None
    text = t.doc.text[pre.start : first.end]
    return q.model_copy(
        update={"span": (pre.start, first.end), "text": text, "unit": t.doc.text[pre.start : pre.end]}
    )


def _from_quantity(t: _Text, q: QuantityMention, found: list[Victims]) -> Victims | None:
    noun = _unit_word(q, t.doc)
    at = t.group_at(noun.start) if noun is not None else None
    entry = at[1] if at is not None else None
    if entry is None and noun is not None and noun.i not in t.status:
        word = _letters(noun.norm)  # "13مدنيا": the number glued on
        entry = t.lex.single_groups.get(word) if word != noun.norm else None
        entry = entry or t.lex.inflected_group(word)  # "شرطيان", "23 متمردا", "4 من عناصره"
    if entry is None and noun is not None and _people_of(noun.norm, t.lex):
        entry = PEOPLE  # "ثمانية فلسطينيين", "14 مليون سوري"
    if entry is None and noun is not None and noun.i not in t.status and _victims_of_verb(t, q, noun):
        entry = PEOPLE  # "مقتل 7 صيادين": a plural of people that no row lists
    status_noun = noun is not None and noun.i in t.status
    breakdown = _breakdown_before(t, q.span[0]) or _breakdown_inside(t, q.span) or _joined(t, q, found)
    if noun is not None and entry is None and not status_noun:
        return None  # a count of strikes, houses, countries ...
    if (
        noun is None
        and q.vague is None
        and not breakdown
        and not _toll_before(t, q)
        and not _status_right_before(t, q)
        and _toll_predicate(t, q) is None
    ):
        return None  # a bare number outside a breakdown, a toll ("عدد الجرحى نحو 1530") or "مقتل تسعة"
    got = _status_for(t, q, noun, entry)
    toll = _toll_predicate(t, q) if got is None else None
    if toll is not None:
        got = t.status[toll.i], toll.start, toll
    provisional = False
    if got is None and breakdown:
        got, provisional = ("killed", None, None), True  # a breakdown member: its total says what happened
    if got is None:
        return None
    status, status_at, status_word = got
    unit = t.doc.unit_of(q.span[0])
    status_span = (status_word.start, status_word.end) if status_word is not None else None
    if status in ("killed", "victims") and _killed_or_injured(
        t, status_word if status_word and status_word.start >= q.span[0] else None
    ):
        status = "killed_or_injured"
    elif status_at is not None and _paired_before(t, status_word):
        status = "killed_or_injured"  # "مقتل وإصابة 11 شخصا"
    group: Group = "people"
    own_group = True
    if entry is not None and entry.kind in ("person", "single"):
        group = entry.group
    elif entry is not None and entry.kind == "others":
        before = [v for v in found if v.unit == unit and not v.single and not v.member_hint]
        group = before[-1].group if before else "people"
    elif status_noun and noun is not None:
        group = _group_after(t, noun.end, unit) or _group_of_toll(t, q, unit) or "people"
    else:
        own_group = noun is not None
    return Victims(
        start=q.span[0],
        end=q.span[1],
        value=q.value,
        qualifier=q.qualifier,
        low=q.low,
        high=q.high,
        vague=q.vague,
        status=status,
        group=group,
        unit=unit,
        status_at=status_at,
        status_span=status_span,
        own_status=status_noun,
        own_group=own_group,
        provisional=provisional,
        member_hint=breakdown,
    )


def _between(t: _Text, w: Word, counts: Mapping[int, QuantityMention]) -> Victims | None:
    """ "ضحايا بين قتيل وجريح": victims split between two statuses, not one dead and one wounded;
    one figure (killed_or_injured when the two are killed and injured), with the number of a
    count right before "بين" ("أكثر من 27 بين قتيل وجريح"), else without one."""
    opener, nxt = t.word(w.i - 1), t.word(w.i + 1)
    if opener is None or nxt is None or in_set(opener.norm, t.lex.between_words) is None:
        return None
    if w.i not in t.status or nxt.i not in t.status or not nxt.norm.startswith(AND):
        return None
    pair = {t.status[w.i], t.status[nxt.i]}
    status: WordStatus | Status = "killed_or_injured" if pair == {"killed", "injured"} else t.status[w.i]
    lead = t.word(opener.i - 1)  # "2577 مدنيا، ما بين قتيل وجريح": the phrase opens with "ما"
    if lead is not None and f"{lead.norm} {opener.norm}" in t.lex.between_words:
        opener = lead
    head = t.word(opener.i - 1)  # the victims the pair splits ("ضحايا", "إصابات")
    victims = head is not None and head.i in t.status and t.same_unit(head.start, w.start)
    start = head.start if head is not None and victims else opener.start
    unit = t.doc.unit_of(w.start)
    count = counts.get(len(t.doc.text[: opener.start].rstrip().rstrip(_comma_chars()).rstrip()))
    if count is not None and count.value is not None and t.same_unit(count.span[0], w.start):
        return Victims(
            count.span[0], nxt.end, count.value, count.qualifier, count.low, count.high, count.vague,
            status, "people", unit, status_span=(w.start, nxt.end), own_group=False,
        )  # fmt: skip
    return Victims(
        start,
        nxt.end,
        None,
        None,
        None,
        None,
        None,
        status,
        "people",
        unit,
        status_span=(w.start, nxt.end),
        own_group=False,
    )


def _inside_breakdown(t: _Text, w: Word) -> bool:
    """The word lies inside a breakdown marker ("من بينهم")."""
    k = bisect.bisect_left(t.breakdown_ends, w.end)
    return k < len(t.breakdown_ends) and t.breakdown_begin[t.breakdown_ends[k]] <= w.start


def _singles(t: _Text, found: list[Victims], quantities: list[QuantityMention]) -> list[Victims]:
    """One victim named by a singular noun next to a casualty word, or joined to a figure by "و"."""
    out: list[Victims] = []
    taken = SpanSet(q.span for q in quantities)
    by_end = {v.end: v for v in found}
    counts = {q.span[1]: q for q in quantities if not any(v.start <= q.span[0] < v.end for v in found)}
    paired_end = -1  # end of a "بين قتيل وجريح" pair given to the figure before it
    for w in t.doc.words:
        entry = t.group_at(w.start)
        if entry is None or entry[1].kind != "single" or taken.overlaps(w.start, w.start + 1):
            continue
        if (out and out[-1].start <= w.start < out[-1].end) or w.start < paired_end:
            continue  # the second noun of "بين قتيل وجريح"
        between = _between(t, w, counts)
        if between is not None:
            counted = by_end.get(len(t.doc.text[: between.start].rstrip().rstrip(_comma_chars()).rstrip()))
            if between.value is None and counted is not None and counted.unit == between.unit:
                counted.status, counted.status_span = between.status, between.status_span
                paired_end = between.end
                continue  # "45 شخصاً بين قتيل وجريح": the pair says what happened to the count before
            if between.value is None and between.start not in {t.doc.words[i].start for i in t.status}:
                paired_end = between.end
                continue  # "أوقعوا أفرادها بين قتيل وجريح": no count, no victims word: how, not how many
            out.append(between)
            continue
        if w.norm.lstrip("وف").startswith(affixes("definite_prefix")):
            continue  # "الطفل" points at someone already named
        unit = t.doc.unit_of(w.start)
        prev, nxt = t.word(w.i - 1), t.word(w.i + 1)
        status: WordStatus | Status | None = None
        said: tuple[int, int] | None = None
        if prev is not None and prev.i in t.status and t.same_unit(prev.start, w.start):
            status, said = t.status[prev.i], (prev.start, prev.end)
        elif (
            nxt is not None
            and nxt.i in t.status
            and t.same_unit(nxt.start, w.start)
            and not nxt.norm.startswith(AND)
        ):
            status, said = t.status[nxt.i], (nxt.start, nxt.end)
        elif w.norm.startswith(AND):
            joined = by_end.get(len(t.doc.text[: w.start].rstrip()))  # "و" + the noun right after a figure
            if joined is not None and joined.unit == unit:
                status = joined.status
        if status is None and prev is not None and _inside_breakdown(t, prev):
            status = "killed"  # a breakdown member: the total's status is given later
        if status is None:
            continue
        start = t.group_starts.get(w.i, w.start)  # without a clitic: "طفل" of "وطفل"
        out.append(
            Victims(
                start,
                w.end,
                1.0,
                "exact",
                1,
                1,
                None,
                status,
                entry[1].group,
                unit,
                status_span=said,
                single=True,
            )
        )
    return out


def _marker_status(t: _Text, start: int) -> WordStatus | None:
    """The status a breakdown marker right before `start` names ("بين المصابين" → injured)."""
    k = bisect.bisect_right(t.breakdown_ends, start)
    if k == 0 or not _bare_gap(t, t.breakdown_ends[k - 1], start):
        return None
    end = t.breakdown_ends[k - 1]
    begin = t.breakdown_begin.get(end, end)
    named = next((t.status[w.i] for w in t.doc.words_in(begin, end) if w.i in t.status), None)
    if named is not None:
        return named
    head = t.word(t.doc.word_at(begin) - 1)  # "سقوط ضحايا بينهم": the victims the marker opens
    if (
        head is not None
        and head.i in t.status
        and t.status[head.i] == "victims"
        and _bare_gap(t, head.end, begin)
    ):
        return "victims"
    return None


def _total_before(t: _Text, figures: list[Victims], k: int) -> int | None:
    """The total a breakdown opening a sentence details: the last total of the sentence before
    ("وثق مقتل 120 مدنيا. وبين الضحايا 30 طفلا"), or, when the marker names a status ("بين
    المصابين"), the last total of that status in the sentences before."""
    v = figures[k]
    status: WordStatus | Status | None = _marker_status(t, v.start)
    if status is None or status == "victims":
        # The sentence before, or the nearest one with a figure when those between count none
        # ("... 20258 شهيدا". ومعظم القتلى من المدنيين. وبينهم 201 قتيل").
        nearest = figures[k - 1].unit if k > 0 else v.unit
        units = range(nearest, nearest + 1) if nearest >= v.unit - TOTAL_UNITS else range(0)
        if not v.provisional:
            status = v.status  # a member that names its status details a total of that status
    else:
        units = range(v.unit - TOTAL_UNITS, v.unit)
    totals = [
        j
        for j in range(k - 1, -1, -1)  # figures are in text order: the units before come last first
        if figures[j].unit in units and figures[j].part_of is None and not figures[j].single
    ]
    if status == "victims":  # victims are read as killed: the killed total first
        killed = next((j for j in totals if figures[j].status == "killed"), None)
        if killed is not None:
            return killed
    return next((j for j in totals if status in (None, "victims", figures[j].status)), None)


def _marker_links(t: _Text, figures: list[Victims]) -> None:
    first: dict[int, int] = {}  # unit -> index of its first figure (figures are in text order)
    for k, v in enumerate(figures):
        prev = list(range(first.setdefault(v.unit, k), k))
        marked = _breakdown_before(t, v.start) or _breakdown_inside(t, v.span)
        if not prev and marked:
            total = _total_before(t, figures, k)
            if total is not None:
                v.part_of, v.link = total, "marker"
            continue
        if not prev:
            continue
        if marked:
            totals = [j for j in prev if figures[j].part_of is None and not figures[j].single]
            v.part_of, v.link = (totals or prev)[-1], "marker"
            continue
        p = figures[prev[-1]]
        if p.part_of is not None and p.link in ("marker", "continuation"):
            gap = t.doc.text[p.end : v.start]
            if all(_joiner(ch) for ch in gap) or _member_tail(t, p.end, v.start):
                v.part_of, v.link = p.part_of, "continuation"


def _drop_unlinked(figures: list[Victims]) -> list[Victims]:
    """Drop a figure whose status was to come from a total that was not found; renumber links."""
    keep = [k for k, v in enumerate(figures) if not (v.provisional and v.part_of is None)]
    new = {old: n for n, old in enumerate(keep)}
    out = [figures[k] for k in keep]
    for v in out:
        if v.part_of is not None:
            v.part_of = new.get(v.part_of)
    return out


def _elaborations(t: _Text, figures: list[Victims]) -> None:
    for k, v in enumerate(figures):
        if v.part_of is not None or v.status_at is None:
            continue
        i = t.doc.word_at(v.status_at)
        word = t.doc.words[i].norm
        glued = word[:1] in t.lex.elaboration_clitics and word[1:] in t.lex.status
        j = bisect.bisect_right(t.elaborations, (v.status_at, v.status_at)) - 1  # the nearest before
        opened = j >= 0 and (
            t.doc.words_between(t.elaborations[j][0], v.status_at) <= ELABORATION_WORDS
            and t.same_unit(t.elaborations[j][1], v.start)
        )
        if not glued and not opened:
            continue
        totals = [j for j in range(k) if figures[j].unit == v.unit and figures[j].part_of is None
                  and figures[j].status == v.status and figures[j].end <= v.status_at]  # fmt: skip
        if not totals:
            continue
        total = totals[-1]
        for j in range(k, len(figures)):
            f = figures[j]
            if f.unit == v.unit and f.part_of is None and f.status == v.status:
                f.part_of, f.link = total, "elaboration"


def _compatible_group(total: Group, part: Group) -> bool:
    if total in ("people", part):
        return True
    return total == "civilians" and part in ("children", "women", "men")


def _sums(figures: list[Victims]) -> None:
    """Later figures that add up exactly to an earlier exact total are its parts."""
    for k, total in enumerate(figures):
        if total.part_of is not None or total.qualifier != "exact" or not total.value or total.value < 2:
            continue
        statuses = {"killed", "injured"} if total.status == "victims" else {total.status}
        run: list[int] = []
        acc = 0.0
        for j in range(k + 1, len(figures)):
            f = figures[j]
            if f.unit == total.unit or f.part_of is not None or (f.value is None and f.vague is None):
                continue
            if f.status not in statuses and not (total.status == "victims" and f.status == "victims"):
                continue
            if f.value == total.value or f.vague is not None or not _compatible_group(total.group, f.group):
                continue
            run.append(j)
            acc += f.value or 0
            if acc >= total.value:
                break
        if len(run) < 2 or acc != total.value:
            continue
        anchor = max(
            (
                i
                for i in range(k, run[0])
                if figures[i].value == total.value and figures[i].status == total.status
            ),
            default=k,
        )
        for j in run:
            figures[j].part_of, figures[j].link = anchor, "sum"
        if total.status == "victims" and any(figures[j].status == "injured" for j in run):
            figures[anchor].status = "killed_or_injured"
            total.status = "killed_or_injured"


def _cumulative_marks(t: _Text, record: Record) -> dict[int, set[int]]:
    """For each unit that speaks of a period, the clauses its period is named in."""
    marked: dict[int, bool] = {}
    clauses: dict[int, set[int]] = {}

    def mark(pos: int) -> None:
        u = t.doc.unit_of(pos)
        if marked.get(u, True):
            marked[u] = True
            clauses.setdefault(u, set()).add(t.doc.clause_of(pos))

    for s, _, kind in t.markers:
        if kind == "incident":
            marked[t.doc.unit_of(s)] = False
    for s, _, kind in t.markers:
        if kind == "cumulative":
            mark(s)
    for d in record.mentions_of("date"):  # a stated period: "بين 3 و5 تشرين الثاني"
        if d.range is not None and d.range.from_ != d.range.to:
            mark(d.span[0])
    return {u: c for u, c in clauses.items() if marked[u]}


def _cumulative_units(t: _Text, record: Record) -> set[int]:
    """Units whose figures are running tallies (see the module docstring)."""
    return set(_cumulative_marks(t, record))


def _in_period(t: _Text, marks: dict[int, set[int]], apart: _Apart, v: Victims) -> bool:
    """The period reaches the figure: it is named in the figure's clause or an earlier one of its
    unit ("منذ بداية العام، قتل 50"), or in a later clause that counts no figure of its own, when
    the figure's clause names no day ("وثقت مقتل 231278 مدنيا ...، موضحة أن ... منذ 13 عاما" is a
    tally; "استشهاد 4 من عناصره ...، ما يرفع الحصيلة إلى 425 منذ ..." and "قتل ثلاثة مدنيين أمس
    السبت ...، حيث يشهد السودان منذ أبريل 2023 حربا" are incidents)."""
    clause = t.doc.clause_of(v.start)
    if (v.unit, clause) in apart.dated:
        return any(c <= clause for c in marks.get(v.unit, ()))
    return any(c <= clause or (v.unit, c) not in apart.counted for c in marks.get(v.unit, ()))


@dataclass
class _Apart:
    """Clauses that keep a later clause's period apart: (unit, clause) pairs."""

    counted: set[tuple[int, int]]  # clauses with a figure of their own
    dated: set[tuple[int, int]]  # clauses that name a day


def _apart(t: _Text, record: Record, figures: list[Victims]) -> _Apart:
    counted = {(v.unit, t.doc.clause_of(v.start)) for v in figures}
    dated = {
        (t.doc.unit_of(d.span[0]), t.doc.clause_of(d.span[0]))
        for d in record.mentions_of("date")
        if d.precision == "day" and d.range is None
    }
    return _Apart(counted, dated)


def _period_dated(t: _Text, record: Record, v: Victims) -> bool:
    """The date nearest to the figure, within a few words, names a month, a year or a period."""

    def gap(d: DateMention) -> int:
        if d.span[0] >= v.end:
            return t.doc.words_between(v.end, d.span[0])
        return t.doc.words_between(d.span[1], v.start)

    near = [d for d in t.dates_by_unit.get(t.doc.unit_of(v.start), []) if gap(d) <= DATE_WORDS]
    if not near:
        return False
    d = min(near, key=gap)
    return d.precision in CUMULATIVE_PRECISION


def _root(figures: list[Victims], k: int) -> int:
    seen = set()
    while figures[k].part_of is not None and k not in seen:
        seen.add(k)
        k = figures[k].part_of  # type: ignore[assignment]
    return k


class _Claims:
    """The record's claims as the casualty figures look them up: by the content that holds a span
    (the events stage's index), and the ones that close their sentence, by unit."""

    def __init__(self, t: _Text, record: Record) -> None:
        from rasid.relate.events.args import ClaimIndex  # the events stage's index (it imports this module)

        self.t = t
        self.record = record
        self.index = ClaimIndex(record.claims)
        self.title_end, self.speaker = _headline_speaker(record)
        self.closing: dict[int, list[tuple[int, Claim]]] = {}  # unit -> (marker start, claim), in order
        self.by_unit: dict[int, list[Claim]] = {}  # unit of the cue -> its claims, in order
        self.headline_claim: list[Claim | None] | None = None  # [the headline speaker's claim], once found
        for c in record.claims:
            self.by_unit.setdefault(t.doc.unit_of(c.cue.span[0]), []).append(c)
        starts = [s for s, _ in t.attributions]
        for c in record.claims:
            cue = c.cue.span[0]
            k = bisect.bisect_right(starts, cue) - 1
            if k < 0 or t.doc.words_between(t.attributions[k][1], cue) > 1:
                continue
            tail = c.cue.span[1]
            if c.source is not None:
                tail = max(tail, record.mention(c.source).span[1])
            end = min(t.doc.unit_bounds(cue)[1], len(t.doc.text))
            if t.doc.words_between(tail, end) <= CLOSING_WORDS:
                self.closing.setdefault(t.doc.unit_of(cue), []).append((starts[k], c))

    def recapped(self, v: Victims) -> Claim | None:
        """The first claim of the next sentence when it opens by attributing this one ("قتل 5
        أشخاص في القصف. جاء ذلك بحسب ما أفادت مصادر طبية")."""
        t = self.t
        if v.unit + 1 >= len(t.doc.units):
            return None
        lo, hi = t.doc.units[v.unit + 1]
        k = t.doc.word_at(lo)
        words = [w.norm for w in (t.word(k), t.word(k + 1)) if w is not None]
        n = next((n for n in (2, 1) if " ".join(words[:n]) in t.lex.recaps), 0)
        if not n or k + n >= len(t.doc.words):
            return None
        # the attribution follows the recap words ("وذلك وفق ما أعلنته"), not a later clause's
        # speaker ("وذلك بعد يومين من هجوم، وقال مصدر أمني إن")
        after = t.doc.words[k + n].start
        return next(
            (
                c
                for c in self.record.claims
                if lo <= c.cue.span[0] < hi and t.doc.words_between(after, c.cue.span[0]) <= RECAP_WORDS
            ),
            None,
        )

    def headline(self, v: Victims) -> Claim | None:
        """A figure of a headline that names its source before a colon ("الأمم المتحدة: مقتل 23
        مدنيا") or in brackets at its end ("مقتل 12 مدنيا في إدلب (المرصد)"): the first claim of the
        article whose chain names the same actor, or whose source's words end with the headline's
        ("الصحة اللبنانية" of "وزارة الصحة اللبنانية": two words at least, so that a place alone,
        "غزة: ...", does not match "وزارة الصحة في غزة") or open with them (the head of the name)."""
        speaker = self.speaker
        if speaker is None or not speaker.lo <= v.start < speaker.hi:
            return None
        if self.headline_claim is None:  # found once for all the headline's figures
            self.headline_claim = [self._speakers_claim(speaker)]
        return self.headline_claim[0]

    def _speakers_claim(self, speaker: _Speaker) -> Claim | None:
        several = " " in speaker.words
        for c in self.record.claims:
            ids = [c.source] if c.source else []
            for i in [*ids, *c.source_chain]:  # the actor itself, or a body of it (UNHCR of the UN)
                m = self.record.mention(i)
                if speaker.keys & {_actor_key(self.record, i), getattr(m, "parent", None)}:
                    return c
                words = _plain(self.record.text[m.span[0] : m.span[1]])
                if words == speaker.words or (several and words.endswith(" " + speaker.words)):
                    return c
                if words.startswith(speaker.words + " "):  # "(المرصد)" for "المرصد السوري لحقوق الإنسان"
                    return c
        return self._spoken_by(speaker)

    def _spoken_by(self, speaker: _Speaker) -> Claim | None:
        """Second reading: the first claim whose source phrase, as the body writes it in full
        ("أعلن مسؤول كبير في وزارة الصحة ... في غزة، أن"), holds every content word of the
        headline's speaker, clitics aside ("مسؤول بوزارة الصحة في غزة:", "الصحة اللبنانية :"
        for "مركز ... التابع لوزارة الصحة العامة اللبنانية", "“الصحة”:" for "مدير المكتب الإعلامي
        لوزارة الصحة"). A speaker that is only places ("غزة:") names nobody."""
        wanted = [w for w in _WORD.findall(speaker.words) if len(w) > SHORT_WORD]
        places = {
            normalise_string(w)
            for m in self.record.mentions_of("place")
            for w in _WORD.findall(self.record.text[m.span[0] : m.span[1]])
        }
        if not wanted or all(w in places for w in wanted):
            return None
        for c in self.record.claims:
            if c.cue.span[0] < self.title_end:
                continue
            said = {r for w in self._source_phrase(c) for r in readings(w)}
            if all(said.intersection(readings(w)) for w in wanted):
                return c
        return None

    def _source_phrase(self, claim: Claim) -> list[str]:
        """The normalised words that name a claim's speaker: from the cue or the source, whichever
        comes first, to where the content starts (at most SOURCE_PHRASE_WORDS words), and the words
        of the mentions of its chain."""
        ids = ([claim.source] if claim.source else []) + list(claim.source_chain)
        spans = [self.record.mention(i).span for i in ids]
        words = [w.norm for s in spans for w in self.t.doc.words_in(*s)]
        if not spans:
            return words
        cue, source = claim.cue.span, spans[0]
        lo, hi = min(cue[0], source[0]), claim.content.span[0]
        near = self.t.doc.words_between(min(cue[1], source[1]), max(cue[0], source[0])) <= CUE_SOURCE_WORDS
        if near and hi > source[1]:  # a source named at its cue, not an earlier sentence's antecedent
            words += [w.norm for w in self.t.doc.words_in(lo, hi)[:SOURCE_PHRASE_WORDS]]
        return words

    def holding(self, span: tuple[int, int]) -> Claim | None:
        """The innermost claim whose content holds the span."""
        return self.index.innermost(span)

    def listed(self, v: Victims) -> Claim | None:
        """The claim that announces the figure's line: the paragraph right after a line that ends
        with a colon ("وقالت الوزارة في بيان:" then the statement), or list items (a bullet, or a
        short label and a colon: "• الجنوب: 11 شهيدا") after it, the claim being the one whose
        content runs to that colon ("أعلن المركز أن الغارات أسفرت عن الحصيلة التالية:")."""
        text = self.record.text
        start = text.rfind("\n", 0, v.start) + 1
        end = text.find("\n", v.end)
        item = list_item(text[start : end if end >= 0 else len(text)])
        lines = 0
        while start > 0 and lines <= LIST_LINES:
            before = text.rfind("\n", 0, start - 1) + 1
            line = text[before : start - 1]
            start = before
            if not line.strip():
                continue
            lines += 1
            colon = line.rstrip().rstrip(_quote_marks()).rstrip()
            if colon.endswith(":") and (item or lines == 1):
                at = before + len(colon) - 1
                return self.holding((at - 1, at)) or self.speaker_at(before, at)
            if not item or not list_item(line):
                return None
        return None

    def skipped(self, v: Victims) -> Claim | None:
        """The claim of the figure's sentence whose cue stands before the figure and whose content
        starts after it: the figure opens what the claim reports ("وأعلنت جماعة الحوثي الخميس،
        مقتل 6 أشخاص ... إثر غارات يشتبه أنها أمريكية"), though its content was read from later on.
        Only a report: what a condemnation is about ("استنكر قصفا خلف 10 قتلى، ما وصفه بـ...")
        is background the outlet tells."""
        found = None
        for c in self.by_unit.get(self.t.doc.unit_of(v.start), []):
            if c.cue.span[1] > v.start:
                break
            if c.stance in _REPORTING and c.content.span[0] >= v.end and not self._describes_speaker(c, v):
                found = c
        return found

    def _describes_speaker(self, claim: Claim, v: Victims) -> bool:
        """Whether the figure stands in a relative clause on the speaker: a relative pronoun right
        after the claim's source, or a mention of its chain, before the figure ("قال الطبيب الشرعي
        الذي فحص جثث 15 من عمال الإغاثة، إن", "وأوضح الدكتور أحمد ضاهر، الذي فحص خمسة من القتلى،
        أن"). The outlet tells that, not the speaker; a clause on what is said keeps its claim
        ("وصف الحزب في بيان الهجوم الذي خلف 13 شهيدا بأنه")."""
        doc = self.t.doc
        ids = ([claim.source] if claim.source else []) + list(claim.source_chain)
        ends = [self.record.mention(i).span[1] for i in ids]
        for w in doc.words_in(claim.cue.span[1], v.start):
            if w.norm in _relatives() and any(
                e <= w.start and doc.words_between(e, w.start) <= 1 for e in ends
            ):
                return True
        return False

    def speaker_at(self, lo: int, hi: int) -> Claim | None:
        """The last claim whose cue stands in [lo, hi): a speaker whose words follow its colon."""
        return next((c for c in reversed(self.record.claims) if lo <= c.cue.span[0] < hi), None)

    def closing_after(self, v: Victims) -> Claim | None:
        """A claim that closes the figure's sentence after it ("...، كما ذكرت مصادر عسكرية"): its cue
        stands right after an attribution marker, and the sentence ends soon after its source."""
        return next((c for s, c in self.closing.get(v.unit, []) if s >= v.end), None)

    def continued(self, v: Victims) -> Claim | None:
        """The claim that holds the end of the sentence before, when the figure's sentence opens by
        going on with it ("وأفادت وكالة وفا بأن ... ثم اعتقلت 11. كما اقتحمت ... ثم اعتقلت 12")."""
        t = self.t
        lo, _ = t.doc.unit_bounds(v.start)
        first = t.word(t.doc.word_at(lo))
        if v.unit == 0 or first is None or not _goes_on(t, first):
            return None
        prev_start, prev_end = t.doc.units[v.unit - 1]
        last = t.doc.text[prev_start:prev_end].rstrip().rstrip(".؛;").rstrip()
        end = prev_start + len(last)
        return self.holding((end - 1, end)) if last else None


_WORD = re.compile(r"\w+")  # a speaker's words as the Doc splits them ("غ-زة" is two)
_REPORTING = frozenset({"assert", "announce"})  # stances of claims that report figures
_BACKGROUND = frozenset({"demand", "condemn"})  # stances of claims that ask for or condemn something


def _background(t: _Text, claim: Claim, v: Victims) -> bool:
    """Whether the figure describes what a demand or a condemnation is about, in a relative
    clause of its content ("طالبت بالتحقيق في الأحداث التي خلفت 50 قتيلا", "ندد بالقصف الذي أودى
    بحياة 10"): the outlet's background, not the speaker's figure. What is asked for itself
    ("داعيا إلى إطلاق سراح مئات المعتقلين") stays the speaker's."""
    if claim.stance not in _BACKGROUND:
        return False
    return any(w.norm in _relatives() for w in t.doc.words_in(claim.content.span[0], v.start))


@cache
def _relatives() -> frozenset[str]:
    """Relative pronouns, normalised (the markers' "relative" words: الذي، التي، الذين ...)."""
    return frozenset(normalise_string(w) for w in marker_words("relative"))


@cache
def _quote_marks() -> str:
    """The quotation marks of data/quote_marks.tsv, stripped around a speaker's name."""
    return "".join(sorted(quote_marks().paired))


def _actor_key(record: Record, mention_id: str) -> str | None:
    """What identifies an actor mention across the article: its name, else its words."""
    m = record.mention(mention_id)
    return getattr(m, "name", None) or m.text


@dataclass(frozen=True)
class _Speaker:
    """Who a headline attributes its figures to: the actor keys of the mentions that make up the
    speaker's words (before a colon, or in the closing brackets), those words themselves
    (normalised, quotes dropped), and the span [lo, hi) of the headline that the speaker says."""

    keys: frozenset[str]
    words: str
    lo: int
    hi: int


def _headline_speaker(record: Record) -> tuple[int, _Speaker | None]:
    """(end of the headline, who it attributes its figures to, or None): the words before a colon
    ("الأمم المتحدة: ...") or, as agency headlines close, in brackets at its end ("8 قتلى في قصف
    على مستشفى (مصدر طبي)"): an actor mention that is all those words, or words that end a
    claim's source in the body ("الصحة اللبنانية: ..." for "وزارة الصحة اللبنانية", "\"فرانس برس\": ...")."""
    title = record.title or ""
    if not title or not record.text.startswith(title):
        return 0, None
    colon = title.find(":")
    head = title[:colon].strip().strip(_quote_marks()).strip() if colon > 0 else ""
    lo, hi, at = colon + 1, len(title), 0
    if not head:
        closing = title.rstrip()
        opening = closing.rfind("(")
        if not closing.endswith(")") or opening <= 0:
            return len(title), None
        head = closing[opening + 1 : -1].strip().strip(_quote_marks()).strip()
        lo, hi, at = 0, opening, opening
        if not head:
            return len(title), None
    keys = set()
    for m in record.mentions_of("actor"):
        inside = m.span[1] <= colon if at == 0 else at <= m.span[0] < len(title)
        if inside and record.text[m.span[0] : m.span[1]].strip(_quote_marks()) == head:
            key = _actor_key(record, m.id)
            if key:
                keys.add(key)
    return len(title), _Speaker(frozenset(keys), _plain(head), lo, hi)


def _plain(text: str) -> str:
    """Normalised words without quote marks, to compare a headline's speaker with a source."""
    return " ".join(
        normalise_string(w.strip(_quote_marks())) for w in text.split() if w.strip(_quote_marks())
    )


def _goes_on(t: _Text, first: Word) -> bool:
    """A sentence that goes on with the report before it: "كما ...", an adverb of addition among
    its first words ("وأصيب في القصف أيضا 3 أطفال"), or a toll predicate that opens it ("وبلغ
    عدد القتلى 50" after "أعلنت وزارة الصحة حصيلة جديدة")."""
    if in_set(first.norm, t.lex.continuation_words) is not None:
        return True
    unit = t.doc.unit_of(first.start)
    for k in range(first.i + 1, first.i + ADDITION_WORDS):
        w = t.word(k)
        if w is None or t.doc.unit_of(w.start) != unit:
            break
        if in_set(w.norm, t.lex.addition_words) is not None:
            return True
    toll = t.word(first.i + 1)
    return (
        in_set(first.norm, t.lex.toll_verbs) is not None
        and toll is not None
        and in_set(toll.norm, t.lex.toll_words) is not None
    )


def _named(record: Record, claim: Claim) -> bool:
    """Whether the claim's source or a link of its chain has a name (not only words: "التقديرات")."""
    ids = ([claim.source] if claim.source else []) + list(claim.source_chain)
    return any(getattr(record.mention(i), "name", None) for i in ids)


def _toll_only(t: _Text, record: Record, claim: Claim) -> bool:
    """Whether every mention the claim names as its source is a toll word ("وكانت حصيلة سابقة
    أشارت إلى مقتل 47"): the toll is the figure itself speaking, nobody it is attributed to."""
    ids = ([claim.source] if claim.source else []) + list(claim.source_chain)
    if not ids:
        return False
    for i in ids:
        word = t.word(t.doc.word_at(record.mention(i).span[0]))
        if word is None or in_set(word.norm, t.lex.toll_words) is None:
            return False
    return True


def _claims(t: _Text, record: Record, figures: list[Victims]) -> None:
    """The claim of each figure: the innermost claim holding it, else one that closes its sentence,
    else the one its sentence goes on with; a breakdown member that none gives takes its total's.
    A claim whose only source is a toll word attributes the figure to nobody."""
    claims = _Claims(t, record)
    for v in figures:
        held = claims.holding(v.span)
        if held is not None and (_toll_only(t, record, held) or _background(t, held, v)):
            held = None
        if held is not None and not _named(record, held):  # "تشير التقديرات إلى مقتل 5، حسب مصادر طبية"
            held = claims.closing_after(v) or held
        found = (
            held
            or claims.skipped(v)
            or claims.listed(v)
            or claims.closing_after(v)
            or claims.recapped(v)
            or claims.continued(v)
            or claims.headline(v)
        )
        v.claim = found.id if found is not None else None
    for k, v in enumerate(figures):
        if v.claim is None and v.part_of is not None:
            v.claim = figures[_root(figures, k)].claim


def casualty_words(record: Record, doc: Doc) -> _Text:
    """The record's status, group and marker words by word index, read once and shared by
    `cumulative_units` and `find_victims` (neither changes them)."""
    return _Text(record, doc, casualty_lexicon())


def cumulative_units(record: Record, doc: Doc, words: _Text | None = None) -> set[int]:
    """Units of the article that speak of a period rather than one incident (`words`: the
    record's `casualty_words`, read here when not given)."""
    return _cumulative_units(casualty_words(record, doc) if words is None else words, record)


def _definite_count(q: QuantityMention) -> bool:
    """A count after its definite noun ("القتلى الثلاثة", "المصابين ال23"): the span opens with the
    noun, which carries the article (after a clitic)."""
    if q.value is None or not q.unit or not q.text.startswith(q.unit):
        return False
    return normalise_string(q.unit).startswith(particles().definite)


def _repeats_earlier(q: QuantityMention, earlier: list[QuantityMention]) -> bool:
    """A count after a definite noun that names people the article has counted before: an earlier
    quantity has its value (tests/gold/README.md, "A count after a definite noun"); the figure is
    that earlier one, not a second toll ("قتل ثلاثة جنود ... جثث الجنود الثلاثة")."""
    return _definite_count(q) and any(e.value == q.value for e in earlier)


def find_victims(record: Record, doc: Doc, words: _Text | None = None) -> list[Victims]:
    """Every casualty figure of the record with status, group, breakdown and cumulative flag
    (`words`: the record's `casualty_words`, read here when not given)."""
    t = casualty_words(record, doc) if words is None else words
    quantities = sorted(record.mentions_of("quantity"), key=lambda q: q.span)
    figures: list[Victims] = []
    for k, q in enumerate(quantities):
        if _repeats_earlier(q, quantities[:k]):
            continue
        v = _from_quantity(t, _postposed(t, q) or q, figures)
        if v is not None:
            figures.append(v)
    figures.extend(_singles(t, figures, quantities))
    figures.sort(key=lambda v: v.start)
    _marker_links(t, figures)
    figures = _drop_unlinked(figures)
    _elaborations(t, figures)
    for v in figures:  # members of an explicit breakdown take their total's status and group
        if v.part_of is not None:
            total = figures[v.part_of]
            if not v.own_status:
                v.status = total.status
            if not v.own_group:
                v.group = total.group
    _sums(figures)
    marks = _cumulative_marks(t, record)
    apart = _apart(t, record, figures)
    roots = [_root(figures, k) for k in range(len(figures))]
    dated = {roots[k] for k, v in enumerate(figures) if _period_dated(t, record, v)}
    for k, v in enumerate(figures):
        v.cumulative = _in_period(t, marks, apart, figures[roots[k]]) or roots[k] in dated
        if v.status == "victims":
            v.status = "killed"
    _claims(t, record, figures)
    return figures
