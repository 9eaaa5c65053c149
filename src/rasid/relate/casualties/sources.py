"""The claim that gives each figure (its source): the claim holding it, one closing its sentence,
the next sentence's attribution, a list's announcing line, a headline's speaker; else none."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from rasid.lang.ar.doc import Word
from rasid.lang.ar.markers import marker_words
from rasid.lang.ar.match import ARTICLE
from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.quotes import quote_marks
from rasid.record import Claim, Record
from rasid.relate.casualties.breakdowns import root_of
from rasid.relate.casualties.words import CasualtyText, Victims
from rasid.relate.text import in_set, list_item, readings

RECAP_WORDS = 3  # words between a recap ("جاء ذلك") and the cue it opens ("جاء ذلك أيضاً بحسب")
LIST_LINES = 8  # lines (blank ones aside) back from a list item to the line whose colon announces it
SOURCE_PHRASE_WORDS = 20  # words of a claim's source phrase compared with a headline's speaker
CUE_SOURCE_WORDS = 3  # words between a cue and the source it names ("أعلن، الأحد، مسؤول")
SHORT_WORD = 2  # letters of a function word a headline's speaker may hold ("في")
CLOSING_WORDS = 3  # words after a closing claim's source before its sentence ends
ADDITION_WORDS = 5  # first words of a sentence in which "أيضا" adds it to the report before


class _Claims:
    """The record's claims as the casualty figures look them up: by the content that holds a span
    (the events stage's index), and the ones that close their sentence, by unit."""

    def __init__(self, t: CasualtyText, record: Record) -> None:
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

    def reading(self, reason: str, v: Victims) -> Claim | None:
        """The claim one of READINGS gives the figure, or None."""
        if reason == "holding":
            return self.held(v)
        if reason == "closing":
            return self.closing_after(v)
        if reason == "clause":
            return self.clause_goes_on(v)
        method = getattr(self, reason)
        return method(v)

    def held(self, v: Victims) -> Claim | None:
        """The innermost claim holding the figure, unless its only source is a toll word or it
        condemns what the figure describes; one whose chain has no name gives way to a claim
        closing the sentence ("تشير التقديرات إلى مقتل 5، حسب مصادر طبية")."""
        held = self.holding(v.span)
        if held is not None and (_toll_only(self.t, self.record, held) or _background(self.t, held, v)):
            return None
        if held is not None and not _named(self.record, held):
            return self.closing_after(v) or held
        return held

    def clause_goes_on(self, v: Victims) -> Claim | None:
        """The last reporting claim of the figure's sentence whose content ends before the figure,
        when the clause between them opens a toll of its own ("وأوضحت المصادر أن القصف أدى إلى
        مقتل 18 مدنيا، لكن بحلول المساء ارتفعت أعداد الضحايا إلى 20"): the toll goes on with what
        the speaker counted. No other claim's cue may stand between them."""
        t = self.t
        before = [
            c
            for c in self.by_unit.get(v.unit, [])
            if c.stance in _REPORTING and c.cue.span[1] <= v.start and c.content.span[1] <= v.start
        ]
        if not before:
            return None
        claim = before[-1]
        lo = claim.content.span[1]
        if any(lo <= c.cue.span[0] < v.start for c in self.by_unit.get(v.unit, []) if c is not claim):
            return None
        words = t.doc.words_in(lo, v.start)
        return claim if _opens_toll(t, words) else None

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


def _background(t: CasualtyText, claim: Claim, v: Victims) -> bool:
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


def _goes_on(t: CasualtyText, first: Word) -> bool:
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
    opening = [w for w in (first, t.word(first.i + 1), t.word(first.i + 2)) if w is not None]
    opening = [w for w in opening if t.doc.unit_of(w.start) == unit]
    return _opens_toll(t, opening[:2]) or _definite_toll(t, opening) or _bare_complement(opening[:2])


def _opens_toll(t: CasualtyText, words: list[Word]) -> bool:
    """Whether the words hold a toll predicate, a toll verb then a toll word ("وبلغ عدد القتلى",
    "ارتفعت أعداد الضحايا"): a count the report goes on with."""
    return any(
        in_set(a.norm, t.lex.toll_verbs) is not None and in_set(b.norm, t.lex.toll_words) is not None
        for a, b in pairwise(words)
    )


def _definite_toll(t: CasualtyText, words: list[Word]) -> bool:
    """Whether a toll word with the article stands among the sentence's first words ("وتشمل
    الحصيلة 35 شخصا"): the toll the sentence before gave, so its report goes on."""
    for w in words:
        for r in readings(w.norm):
            if r.startswith(ARTICLE) and r[len(ARTICLE) :] in t.lex.toll_words:
                return True
    return False


def _bare_complement(words: list[Word]) -> bool:
    """Whether the sentence opens with a complementizer after a conjunction and no verb of its own ("هذا وأن
    عدد الجثث بلغ 4"): a further complement of the claim before it."""
    for w in words:
        found = in_set(w.norm, _complementizers())
        # one clitic ("وأن"), not "بأن" alone, nor two ("وكان" is no complement)
        if found is not None and len(w.norm) == len(found) + 1:
            return True
    return False


@cache
def _complementizers() -> frozenset[str]:
    """Complementizers that open reported content (the claim markers' "complementizer" words)."""
    return frozenset(normalise_string(w) for w in marker_words("complementizer"))


def _named(record: Record, claim: Claim) -> bool:
    """Whether the claim's source or a link of its chain has a name (not only words: "التقديرات")."""
    ids = ([claim.source] if claim.source else []) + list(claim.source_chain)
    return any(getattr(record.mention(i), "name", None) for i in ids)


def _toll_only(t: CasualtyText, record: Record, claim: Claim) -> bool:
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


# The readings that can give a figure its claim, in the order they are preferred, each with the
# reason it stands for. The first reading that yields a claim naming somebody wins (a claim with
# neither a source nor a chain names nobody: "واعلنوا مسؤوليتهم" whose subject was never found,
# "تشير تقديرات أخرى إلى": it is passed over, and with no other reading the figure is the
# outlet's). A breakdown member that none gives takes its total's (the tally's source).
READINGS: tuple[tuple[str, str], ...] = (
    ("holding", "the innermost claim whose content holds the figure"),
    (
        "skipped",
        "a claim of the sentence whose cue stands before the figure and whose content was read from after it",
    ),
    ("listed", "the claim announcing the list or paragraph the figure's line belongs to"),
    ("closing", 'a claim that closes the figure\'s sentence after it ("...، حسبما أفادت مصادر")'),
    ("recapped", 'the next sentence\'s claim when it opens by attributing this one ("جاء ذلك بحسب")'),
    ("clause", "the sentence's claim before the figure, when the figure's clause goes on with its toll"),
    ("continued", "the claim holding the end of the sentence before, when this one goes on with it"),
    ("headline", "the body's claim by the speaker a headline names"),
)


def attribute_claims(t: CasualtyText, record: Record, figures: list[Victims]) -> None:
    """The claim of each figure: the first of READINGS that gives a claim naming somebody; a
    breakdown member that none gives takes its total's. A claim whose only source is a toll word
    attributes the figure to nobody, and so does the condemnation of what the figure describes."""
    claims = _Claims(t, record)
    for v in figures:
        found = None
        for reason, _ in READINGS:
            claim = claims.reading(reason, v)
            if claim is not None and _names_somebody(claim):
                found = claim
                break
        v.claim = found.id if found is not None else None
    for k, v in enumerate(figures):
        if v.claim is None and v.part_of is not None:
            v.claim = figures[root_of(figures, k)].claim


def _names_somebody(claim: Claim) -> bool:
    """Whether the claim has a source or a chain (a dropped subject never found has neither)."""
    return claim.source is not None or bool(claim.source_chain)
