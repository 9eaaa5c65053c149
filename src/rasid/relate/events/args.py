"""Arguments of an event mention: its place, date, perpetrators, targets, weapons, modality, claim.

Everything is looked up in the mention's own stretch of text first: its segment (a sentence
cut at "كما", "في حين" ...), then its sentence unit.
- place: the first place from the trigger on (the strike's object: "على حي الصالحين بمدينة
  حلب"); else the first place of the segment before it (the sentence's topic: "بلدة تقاد ...
  قضوا بغارات"), skipping a place that is also an actor (a country acting).
- date: the date nearest to the trigger in its clause (no comma between), then in the segment,
  then in the unit; never the date of a claim (the day a statement was made is not the day of
  the strike).
- perpetrators: actors inside the trigger's words ("ارتكبت المقاتلات الروسية مجزرة"), else
  right after it ("قصف الطيران الروسي", "غارة للتحالف", "استهدفت قوات النظام"), else the
  nearest before it in the segment (the subject: "مقاتلات روسية أغارت"); never a claim's
  source, never an actor after a target word ("على", "بحق", "ضد"). Actors joined by "و" come
  together ("طائرات روسية وسورية").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any, TypeVar

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.clause import clause_cues
from rasid.lang.ar.clause_marks import commas
from rasid.lang.ar.doc import Doc, Word
from rasid.lang.ar.lexicon import load_forms
from rasid.lang.ar.markers import marker_words
from rasid.lang.ar.match import ARTICLE, phrase_key
from rasid.lang.ar.text import text_view
from rasid.record import ActorMention, Claim, DateMention, PlaceMention, Record, WeaponMention
from rasid.relate.events.agents import may_carry_out, rule_of
from rasid.relate.events.apposed import apposed_to_sources
from rasid.relate.events.arms import arm_nouns
from rasid.relate.events.lexicon import EventLexicon, ModalityCue, event_lexicon
from rasid.relate.events.member_words import member_link_words, member_nouns
from rasid.relate.events.things import is_thing, weapon_spans
from rasid.relate.events.triggers import EventMention, Segments, attack_objects
from rasid.relate.events.vague import described_only
from rasid.relate.events.where import finest, landmark
from rasid.relate.text import SpanSet, in_set, words_in_set

SIDES_FILE = "event_sides.tsv"
VICTIM_LINKS_FILE = "event_victim_links.tsv"
PATIENT_NOUNS_FILE = "event_patient_nouns.tsv"
ATTACK_ADJECTIVES_FILE = "event_attack_adjectives.tsv"
OWNER_LINKS_FILE = "event_owner_links.tsv"
LINK_WORDS = 2  # the longest link between a figure and its victims' group ("في صفوف")
AFTER_WINDOW = 3  # words from a trigger to its agent ("قصف مقاتلات روسية")
BEFORE_WINDOW = 8  # words from a subject to its trigger ("مقاتلات روسية، أمس، أغارت")
AND = "و"  # the conjunction between coordinated actors ("الجيش والشرطة")
POSSESSIVE_CLITIC = "ل"  # "دورية لقسد": of, belonging to
TATWEEL = "\u0640"  # the stroke that keeps a clitic apart from a quoted name: لـ"قسد"
RESPONSIBLE_WINDOW = 3  # words from "المسؤولة" to the trigger ("المسؤولة عن هجوم سراقب")
DESCRIBED_GAP = (
    1  # adjectives between an indefinite group and the verb describing it ("متظاهرين غاضبين أحرقوا")
)
BLAME_WINDOW = 25  # words from a trigger to a later "مسؤوليتها" that names who did it
OWNER_WINDOW = 3  # words from an owned arm ("مقاتليه") to the trigger it is the subject of
ATTRIBUTION_MARKS = (":", "：")  # after a speaker at the head of a headline ("الداخلية السعودية: مقتل …")
ATTRIBUTION_LOOKAHEAD = 4  # characters after an actor searched for that mark
_ATTRIBUTION_SPACE = ' \u200f\u200e"”»'  # what may stand between the actor and the mark
UNDERGOER_GAP = 6  # words from a verb of undergoing to an actor in its subject
UNDERGO_GAP = 3  # words between a trigger and a verb of undergoing that tells it ("تعرضت دورية للجيش لكمين")
RELATIVE_GAP = 2  # words of the trigger's phrase before its relative verb ("كمين مسلح نفذته")
MEMBER_GAP = 3  # words of a members phrase before its organisation ("عناصر من", "مسلحون تابعون لـ")
ANNOUNCE_WINDOW = 2  # words from an announcement's content start to its trigger ("بدء شن غارات")
CLAIM_DATE_PENALTY = 30
M = TypeVar("M", ActorMention, PlaceMention, DateMention, WeaponMention)
#: Families whose events have no perpetrator: the subject of "نزحت 400 عائلة" is the displaced.
NO_AGENT_FAMILIES = frozenset({"displacement"})
BATTLE = "battle"  # the family whose events have two sides
RIOT_TYPES = frozenset({"attack_on_civilians"})  # acts that protesters as their subject make a riot
ACCUSE = "accuse"  # the stance of a claim that blames an act on someone
UNIDENTIFIED = (
    "unidentified",
    "unknown",
)  # canonical names of actors the text cannot name  # characters a claim's date counts as farther from the trigger


#: What besides a comma sets an indefinite group apart from the verb after it: no description.
DESCRIBED_BREAKS = ".؛:\n"


def coordinates(part: str) -> bool:
    """A word of a gap that may stand between coordinated actors: "و" or a comma."""
    return part == AND or part in commas()


@cache
def _not_target_clitics() -> tuple[str, ...]:
    """Clitics before an actor that do not make it a target ("بالمدنيين", "كالنظام" do): the
    possessive ل ("دورية لقسد") and the conjunctions of data/affixes.tsv ("والنظام")."""
    return (POSSESSIVE_CLITIC, *affixes("conjunction_clitic"))


@dataclass
class ArgContext:
    """What argument lookups need, built once per record."""

    record: Record
    doc: Doc
    segments: Segments
    mentions: list[EventMention] = field(default_factory=list)
    lex: EventLexicon = field(default_factory=event_lexicon)

    def __post_init__(self) -> None:
        r = self.record
        self.places: list[PlaceMention] = sorted(r.mentions_of("place"), key=lambda m: m.span)
        self.dates: list[DateMention] = sorted(r.mentions_of("date"), key=lambda m: m.span)
        # (a weapon or a building the name tagger read as a name is nobody: relate.events.things)
        weapons = weapon_spans(r)
        self.actors: list[ActorMention] = sorted(
            (a for a in r.mentions_of("actor") if not is_thing(a, weapons)), key=lambda m: m.span
        )
        self.weapons: list[WeaponMention] = sorted(r.mentions_of("weapon"), key=lambda m: m.span)
        self.sources: set[str] = set()
        self.claim_dates: set[str] = set()
        for c in r.claims:
            if c.source:
                self.sources.add(c.source)
            self.sources.update(c.source_chain)
            if c.date:
                self.claim_dates.add(c.date)
        # a person apposed to a source is that source: "للمتحدث باسم الدفاع المدني، محمود بصل،"
        self.sources |= apposed_to_sources(self.actors, self.sources, r.text)
        self.claims: list[Claim] = list(r.claims)
        self.claim_index = ClaimIndex(self.claims)
        self.modality: list[tuple[int, int, ModalityCue]] = [
            (*text_view(r).span(m.start, m.end), m.payload) for m in self.lex.modality.find(self.doc.norm)
        ]
        # The start offsets of each sorted layer: "the actors of this segment" is a slice (and "in
        # the same clause" a subtraction in the Doc), so the cost of an article grows with its
        # length, not with its length squared.
        self._starts: dict[int, list[int]] = {
            id(items): [x.span[0] for x in items]
            for items in (self.places, self.dates, self.actors, self.weapons)
        }
        self._owned: list[tuple[int, int]] | None = None
        self.longest_actor = max((a.span[1] - a.span[0] for a in self.actors), default=0)
        self._protesters: dict[int, ActorMention] | None = None
        self._by_segment: dict[tuple[int, int], list[EventMention]] = {}
        self._by_segment_key: tuple[int, int, int] | None = None
        self.victims = SpanSet(())  # the casualty figures' spans, once they are found
        # per word list (`id`): the words with a reading in it, and their indexes (`words_with`)
        self._words_with: dict[int, tuple[frozenset[str], list[Word], list[int]]] = {}

    def counted_as_victims(self, actor: ActorMention) -> bool:
        """The actor's words are a casualty figure's ("متظاهرَيْن اثنين قُتلا") or the group a
        figure's victims belong to ("ثلاثة عناصر من قوات الأمن"): it suffered."""
        if self.victims.overlaps(*actor.span):
            return True
        i = self.doc.word_at(actor.span[0])
        for n in range(1, LINK_WORDS + 1):
            if i - n - 1 < 0:
                break
            link = " ".join(w.norm for w in self.doc.words[i - n : i])
            before = self.doc.words[i - n - 1]
            if link in victim_links() and self.victims.overlaps(before.start, before.end):
                return True
        return False

    def same_segment(self, a: int, b: int) -> bool:
        return self.segments.same(a, b)

    def same_clause(self, a: int, b: int) -> bool:
        """No clause mark (data/clause_marks.tsv) between offsets a and b."""
        return self.doc.same_clause(a, b)

    def words_with(self, forms: frozenset[str], lo: int, hi: int) -> list[Word]:
        """`doc.words_in(lo, hi)` that have a reading in `forms` (`in_set`), in text order: the
        words of the whole article are read once per word list, so asking it for every mention
        is a bisection, not another pass over the words of its sentence."""
        found = self._words_with.get(id(forms))
        if found is None or found[0] is not forms:
            hits = [w for w, _ in words_in_set(self.doc, forms)]
            found = self._words_with[id(forms)] = (forms, hits, [w.i for w in hits])
        _, hits, indexes = found
        out: list[Word] = []
        for w in hits[bisect.bisect_left(indexes, self.doc.word_at(lo)) :]:
            if w.start >= hi:
                break
            if w.end <= hi:
                out.append(w)
        return out

    def starting_in(self, items: Sequence[M], lo: int, hi: int) -> Sequence[M]:
        """The items of one of the sorted layers (places, dates, actors, weapons) that start in [lo, hi)."""
        starts = self._starts[id(items)]
        return items[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def in_segment(self, items: Sequence[M], pos: int) -> Sequence[M]:
        """The items that start in the segment of clean offset `pos`, in text order."""
        return self.starting_in(items, *self.segments.bounds(pos))

    def in_unit(self, items: Sequence[M], pos: int) -> Sequence[M]:
        """The items that start in the unit of clean offset `pos`, in text order."""
        return self.starting_in(items, *self.doc.unit_bounds(pos))

    def mentions_in_segment(self, pos: int) -> list[EventMention]:
        """The event mentions whose core starts in the segment of `pos`."""
        key = (id(self.mentions), len(self.mentions), id(self.segments.cuts))
        if self._by_segment_key != key:
            self._by_segment = {}
            for o in self.mentions:
                self._by_segment.setdefault(self.segments.bounds(o.core[0]), []).append(o)
            self._by_segment_key = key
        return self._by_segment.get(self.segments.bounds(pos), [])

    def first_protester(self, unit: int) -> ActorMention | None:
        """The first actor of a unit that a protest rule names as its protesters ("المحتجين")."""
        if self._protesters is None:
            self._protesters = {}
            for a in self.actors:
                rule = rule_of(a)
                if rule and rule.protest == 1:
                    self._protesters.setdefault(self.doc.unit_of(a.span[0]), a)
        return self._protesters.get(unit)

    def owned_agents(self) -> list[tuple[int, int]]:
        """Clean spans of the owned arms ("مقاتليه", "قواتهم"), found once per article."""
        if self._owned is None:
            self._owned = [
                text_view(self.record).span(f.start, f.end) for f in self.lex.owned_agents.find(self.doc.norm)
            ]
        return self._owned

    @cached_property
    def claim_units(self) -> frozenset[int]:
        """The units holding a claiming verb or a responsibility word with a pronoun ("تبنى",
        "مسؤوليته"): only there may a side claim an incident (claimant.py looks nowhere else)."""
        ends = self.lex.responsibility_endings
        units = {self.doc.unit_of(w.start) for w, _ in words_in_set(self.doc, self.lex.claim_verbs)}
        units.update(self.doc.unit_of(w.start) for w in self.doc.words if w.norm.endswith(ends))
        return frozenset(units)

    def same_unit(self, a: int, b: int) -> bool:
        return self.doc.unit_of(a) == self.doc.unit_of(b)

    @cached_property
    def agent_words(self) -> list[tuple[int, int]]:
        """Clean spans of the agent words ("طائرة مسيرة", "الطيران الحربي"), found once per article."""
        view = text_view(self.record)
        return [view.span(f.start, f.end) for f in self.lex.find_agents(self.doc.norm)]


def _overlaps_actor(ctx: ArgContext, span: tuple[int, int]) -> bool:
    near = ctx.starting_in(ctx.actors, span[0] - ctx.longest_actor + 1, span[1])
    return any(span[0] < a.span[1] for a in near)


def _others(ctx: ArgContext, m: EventMention) -> list[EventMention]:
    """Other mentions in m's segment (the places and actors of their words are theirs). A mention
    answered in passing ("رداً على الغارة") is not one: the words around it belong to m."""
    return [o for o in ctx.mentions_in_segment(m.core[0]) if o is not m and not o.response]


def _resolved_first(places: list[PlaceMention]) -> PlaceMention | None:
    known = [p for p in places if p.name is not None or p.lat is not None]
    pool = known or places
    return pool[0] if pool else None


def place_after(ctx: ArgContext, m: EventMention) -> PlaceMention | None:
    """A place named from the trigger on, before the next mention of its segment: its own place."""
    stop = min((o.core[0] for o in _others(ctx, m) if o.core[0] > m.core[1]), default=None)
    seg = [
        p
        for p in ctx.in_segment(ctx.places, m.core[0])
        if p.span[0] >= m.start
        and (stop is None or p.span[0] < stop)
        and (not m.period or ctx.same_clause(p.span[0], m.core[0]))  # "منذ ...، رغم ... في أستانا"
        and not _in_other_claim(ctx, p.span, m)
        and not landmark(ctx.doc, p, compass=False)  # "قرب الحدود مع مالي": where the scene lies from
    ]
    return finest(_resolved_first(seg), seg, lambda p: not landmark(ctx.doc, p))


def _in_other_claim(ctx: ArgContext, span: tuple[int, int], m: EventMention) -> bool:
    """`span` lies in what a statement says and m lies outside it ("قتلى في الغارات، مؤكداً أن
    الطائرات أقلعت من قاعدة X"): the place is part of another claim, not where m happened."""
    return any(
        not (c.content.span[0] <= m.core[0] and m.core[1] <= c.content.span[1])
        for c in ctx.claim_index.holding(span)
    )


def place_of(ctx: ArgContext, m: EventMention) -> PlaceMention | None:
    """The place of one mention (see the module docstring)."""
    own = place_after(ctx, m)
    if own is not None:
        return own
    earlier = [o.core[0] for o in _others(ctx, m) if o.core[1] <= m.start]
    limit = min(earlier, default=m.start)  # a place after another mention is that mention's
    before = [
        p
        for p in ctx.in_segment(ctx.places, m.core[0])
        if p.span[1] <= limit
        and not _overlaps_actor(ctx, p.span)
        and (not m.period or ctx.same_clause(p.span[0], m.core[0]))
    ]
    return finest(_resolved_first(before), before, lambda p: not landmark(ctx.doc, p))


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def date_of(ctx: ArgContext, m: EventMention) -> DateMention | None:
    """The date nearest to the mention in its segment, else in its unit.

    A claim's date (the day a statement was made) counts as farther away than it is, so the
    day of the strike wins when the sentence names both. A mention whose toll the sentence
    tells ("أعلنت الوزارة، اليوم الاثنين، ارتفاع حصيلة ضحايا الانفجار") never takes a claim's
    date: the toll is told on the claim's day, the incident happened before it. No mention takes
    the period of a record ("أكثر الهجمات دموية منذ سنة 2003"): it is no day of the incident; nor
    a date told after an earlier event in background ("ووقع الهجوم عند التقاطع الذي سبق أن
    انفجرت شاحنة عنده في 14 أكتوبر 2017": the date is the truck bomb's).
    """

    segment = [d for d in ctx.in_segment(ctx.dates, m.core[0]) if _may_date(ctx, m, d)]
    for near in (
        [d for d in segment if ctx.same_clause(d.span[0], m.core[0])],
        segment,
        [d for d in ctx.in_unit(ctx.dates, m.core[0]) if _may_date(ctx, m, d)],
    ):
        if near:
            return min(
                near,
                key=lambda d: (
                    _gap(d.span, m.span) + CLAIM_DATE_PENALTY * (d.id in ctx.claim_dates),
                    d.span[0],
                ),
            )
    return None


def _may_date(ctx: ArgContext, m: EventMention, d: DateMention) -> bool:
    """Whether `d` may be the day of mention `m`: a toll mention takes no claim's day, no mention
    takes a record's period, nor a date after an earlier event told as background in between."""
    if m.toll and d.id in ctx.claim_dates:
        return False
    if any(o is not m and o.background and m.core[1] <= o.core[0] < d.span[0] for o in ctx.mentions):
        return False
    return not record_period(ctx, d)


def record_period(ctx: ArgContext, d: DateMention) -> bool:
    """A superlative before a period in its clause ("أكثر الهجمات دموية منذ سنة 2003"): the
    period measures the record the incident sets, it is no period of strikes nor its day."""
    if d.range is None or not d.range.from_:
        return False
    lo, _ = ctx.segments.bounds(d.span[0])
    return any(
        ctx.same_clause(w.start, d.span[0]) and in_set(w.norm, ctx.lex.superlatives)
        for w in ctx.doc.words_starting_in(lo, d.span[0])
    )


def _word_before(ctx: ArgContext, pos: int, n: int = 1) -> str:
    """The n normalised words before clean offset `pos`, joined by a space ("" at the start)."""
    i = ctx.doc.word_at(pos)
    if i < len(ctx.doc.words) and ctx.doc.words[i].start < pos:  # `pos` inside a word: its clitic
        return ""
    chosen = ctx.doc.words[max(0, i - n) : i]
    return " ".join(w.norm for w in chosen)


def _clitic_before(ctx: ArgContext, actor: ActorMention) -> str:
    """Letters glued before the actor's span inside its first word ("ل" of "لقوات")."""
    i = ctx.doc.word_at(actor.span[0])
    if i < len(ctx.doc.words) and ctx.doc.words[i].start < actor.span[0]:
        return ctx.record.text[ctx.doc.words[i].start : actor.span[0]]
    if i > 0:  # a clitic kept apart by a tatweel and a quotation mark: لـ"قسد", بـ"داعش"
        prev = ctx.doc.words[i - 1]
        gap = ctx.record.text[prev.end : actor.span[0]]
        if (
            len(prev.norm) == 1
            and gap
            and not any(ch != TATWEEL and (ch.isspace() or ch.isalnum()) for ch in gap)
        ):
            return prev.norm
    return ""


def _is_target(ctx: ArgContext, actor: ActorMention) -> bool:
    if _clitic_before(ctx, actor) and not _clitic_before(ctx, actor).startswith(_not_target_clitics()):
        return True  # "بالمدنيين", "كالنظام"
    for n in (2, 1):
        if phrase_key(_word_before(ctx, actor.span[0], n)) in ctx.lex.agent_preps:
            return False
    prev = _word_before(ctx, actor.span[0])
    # after a target noun it owns the target: "قافلة الاتحاد الإفريقي", "موكب الوزير" (what an attack hits:
    # data/event_attack_objects.tsv), unless the noun is also an arm that acts ("آليات للاحتلال اقتحمت",
    # "دورية الجيش": data/event_arms.tsv)
    return bool(prev) and (
        in_set(prev, ctx.lex.target_preps) is not None
        or (in_set(prev, attack_objects()) is not None and in_set(prev, arm_nouns()) is None)
    )


def unidentified(actor: ActorMention) -> bool:
    """An actor the text says it cannot name ("مسلحون مجهولون") or only describes ("مسلحون
    إسلاميون": `vague.described_only`): the perpetrator is unknown."""
    return (actor.name or "").casefold().startswith(UNIDENTIFIED) or described_only(actor)


def _eligible(ctx: ArgContext, actor: ActorMention, family: str | None = None) -> bool:
    """An actor that may be an event's agent: named, not a claim's source, not a target, and
    (but in a battle, where the side that lost men fought too) not counted as its victims."""
    if actor.id in ctx.sources:
        return False
    name = (actor.name or "").casefold()
    return (
        bool(name)
        and "civilian" not in name
        and not _is_target(ctx, actor)
        and not _witness(ctx, actor)
        and (family == BATTLE or not ctx.counted_as_victims(actor))
    )


def _witness(ctx: ArgContext, actor: ActorMention) -> bool:
    """The actor is the subject of a verb of witnessing right before or after it ("شهدت نيجيريا حادثة
    اختطاف", "المدينة تشهد اشتباكات"): the place where the event happened, not its agent."""
    i = ctx.doc.word_at(actor.span[0])
    j = ctx.doc.word_at(max(actor.span[0], actor.span[1] - 1)) + 1
    near = [ctx.doc.words[k] for k in (i - 1, j) if 0 <= k < len(ctx.doc.words)]
    return any(in_set(w.norm, ctx.lex.witnesses) is not None for w in near)


def _with_coordinated(ctx: ArgContext, first: ActorMention, pool: list[ActorMention]) -> list[ActorMention]:
    out = [first]
    last = first
    for a in pool:
        if a.span[0] < last.span[1]:
            continue
        gap = ctx.record.text[last.span[1] : a.span[0]].strip()
        if gap and all(coordinates(part) for part in gap.split()) and _eligible(ctx, a):
            out.append(a)
            last = a
        elif a.span[0] >= last.span[1]:
            break
    return out


def _agent_prep_before(ctx: ArgContext, actor: ActorMention) -> bool:
    """ "من قبل" or "على يد" right before the actor, or before a members phrase that leads to it
    ("على يد عناصر من قوات الدعم السريع": the members are no actor by themselves)."""
    if _prep_right_before(ctx, actor.span[0]):
        return True
    i = ctx.doc.word_at(actor.span[0])
    for k in range(2, MEMBER_GAP + 1):
        if i - k < 0:
            break
        start = ctx.doc.words[i - k].start
        if _members_gap(ctx, start, actor.span[0]):
            return _prep_right_before(ctx, start)
    return False


def _prep_right_before(ctx: ArgContext, pos: int) -> bool:
    return any(phrase_key(_word_before(ctx, pos, n)) in ctx.lex.agent_preps for n in (2, 1))


def _blocked_between(ctx: ArgContext, start: int, end: int, forms: frozenset[str]) -> bool:
    return any(in_set(w.norm, forms) is not None for w in ctx.doc.words_in(start, end))


def _claim_around(ctx: ArgContext, span: tuple[int, int]) -> Claim | None:
    return ctx.claim_index.innermost(span)


def _outermost(actors: list[ActorMention]) -> list[ActorMention]:
    """Actors not inside a longer one: "التحالف بقيادة السعودية" is the agent, not "السعودية"."""
    return [
        a
        for a in actors
        if not any(
            b is not a and b.span[0] <= a.span[0] and a.span[1] <= b.span[1] and b.span != a.span
            for b in actors
        )
    ]


def perpetrators_of(ctx: ArgContext, m: EventMention) -> list[ActorMention]:
    """Who carried the event out (see the module docstring); [] when the text does not say or
    names only a group that cannot have done it ("استهداف المتظاهرين": the protesters are hit)."""
    return [a for a in _perpetrators_of(ctx, m) if may_carry_out(a, m.family)]


def rioters_of(ctx: ArgContext, m: EventMention) -> list[ActorMention]:
    """The protesters a verb of violence has for its subject ("أضرم مئات المحتجين النار في المبنى",
    "اقتحم المتظاهرون مقر المحافظة"): they rioted, so they are the agent of a protest, not of an attack
    (data/event_agents.tsv, rank 1 of `protest`). Only acts of harm done to people or property
    (`RIOT_TYPES`): in a battle they are a side, and what they undergo ("اعتقل") is no riot."""
    if not m.verb or m.type not in RIOT_TYPES:
        return []
    return [a for a in _perpetrators_of(ctx, m) if (rule := rule_of(a)) is not None and rule.protest == 1]


def _perpetrators_of(ctx: ArgContext, m: EventMention) -> list[ActorMention]:
    seg = _outermost([a for a in ctx.in_segment(ctx.actors, m.core[0]) if a.name])
    # Inside the trigger's words, or starting there and running past them: "قصفت مدفعية الجيش
    # التركي" (the trigger took the arm "مدفعية", the actor is the whole phrase).
    inside = [a for a in seg if m.start <= a.span[0] < m.end and a.id not in ctx.sources]
    if _takes_patient(ctx, m):  # "محاولة لاغتيال قائد الشرطة": who follows the noun was its target,
        # unless a relative verb names the doer ("اغتيال نفذها تنظيم داعش")
        inside = [
            a
            for a in inside
            if a.span[0] < m.core[1] or _blocked_between(ctx, m.core[1], a.span[0], ctx.lex.relative_verbs)
        ]
    if inside:
        return _with_coordinated(ctx, inside[0], seg)
    if m.family in NO_AGENT_FAMILIES:
        return []
    speaker = _speaker_of_own_act(ctx, m)
    if speaker:
        return speaker
    blamed = _blamed(ctx, m)
    if blamed:
        return blamed
    accused = _accused(ctx, m)
    if accused:
        return accused
    described = _described_by(ctx, m, seg)
    if described:
        return described
    owner = _owner(ctx, m)
    if owner:
        return owner
    claim = _claim_around(ctx, m.core)
    wi = ctx.doc.word_at(m.core[0])
    responsible = any(
        in_set(w.norm, ctx.lex.responsible) for w in ctx.doc.words[max(0, wi - RESPONSIBLE_WINDOW) : wi]
    )
    stop = min((o.core[0] for o in _others(ctx, m) if o.core[0] > m.core[1]), default=len(ctx.record.text))
    if m.family == BATTLE:  # both sides fight: the subject and who it fought ("اشتباكات مع ...")
        after, between = _after(ctx, m, seg, stop), _between(ctx, m, stop)
        if between and after and between[0].span[0] <= after[0].span[0]:
            after = []  # "اشتباكات بين أهالي القرية وقوات الأمن": the sides "بين" opens, both of them
        sides = _before(ctx, m, seg, claim) + (after or between)
        if _undergone(ctx, m):  # "قتل ثلاثة من عناصر الشرطة في كمين تعرضت له دوريتهم": one side
            # attacked, the other underwent it; those who lost men there are its victims, not a side
            sides = [a for a in sides if not ctx.counted_as_victims(a)]
        return sides
    after = _after(ctx, m, seg, stop)
    if after and not responsible:
        return after
    if m.similar:
        return []  # "غارات مماثلة": the agent is the one of the incident it is like
    if (
        m.suffixed and not m.verb and not responsible
    ):  # "عملياتها": the possessor named before, even as the one who announced it (on a verb,
        # "واعتقلته", the pronoun is the object: the one named before is the arrested)
        unit = [
            a
            for a in ctx.in_unit(ctx.actors, m.core[0])
            if a.name and a.span[1] <= m.core[0] and not _is_target(ctx, a)
        ]
        if unit:
            end = max(a.span[1] for a in unit)
            return [max((a for a in unit if a.span[1] == end), key=lambda a: a.span[1] - a.span[0])]
    if m.governed and not responsible:
        return after or _announcer(ctx, claim, m)  # "جراء قصف": what stands before is not its subject
    before = _before(ctx, m, seg, claim)
    if before:
        return before
    if after:
        return after
    return _announcer(ctx, claim, m)


def _blamed(ctx: ArgContext, m: EventMention) -> list[ActorMention]:
    """The actor held responsible after the trigger: "غارة حمّلت الحكومة قوات حفتر مسؤوليتها" (the
    last actor before the responsibility word with a pronoun pointing back at the trigger)."""
    wi = ctx.doc.word_at(m.end)
    words = ctx.doc.words[wi : wi + BLAME_WINDOW]
    for w in words:
        if not ctx.same_unit(w.start, m.core[0]):
            return []
        if not _suffixed_in(ctx, w.norm):
            continue
        pool = _outermost(
            [a for a in ctx.starting_in(ctx.actors, m.end, w.start) if a.name and a.span[1] <= w.start]
        )
        # The side that claims the attack is its author, though it is the source of the claim
        # ("تفجير ... والذي أعلنت حركة الشباب مسؤوليتها عنه").
        pool = [a for a in pool if (a.id in ctx.sources and not _is_target(ctx, a)) or _eligible(ctx, a)]
        return [pool[-1]] if pool else []
    return []


def _speaker_of_own_act(ctx: ArgContext, m: EventMention) -> list[ActorMention]:
    """The source of a claim that tells its own act: "أعلن الجيش أنه استهدف مستودعاً", "قال
    الحوثيون إنهم استهدفوا سفينة" (the speaker's pronoun right before the verb trigger)."""
    if not m.verb:
        return []
    i = ctx.doc.word_at(m.start)
    if i == 0 or in_set(ctx.doc.words[i - 1].norm, ctx.lex.selves) is None:
        return []
    claim = _claim_around(ctx, m.core)
    if claim is None or not claim.source:
        return []
    source = next((a for a in ctx.actors if a.id == claim.source and a.name), None)
    return [source] if source is not None and may_carry_out(source, m.family) else []


def _accused(ctx: ArgContext, m: EventMention) -> list[ActorMention]:
    """The side an accusation names before the act it blames on it: "اتهم الائتلاف روسيا بقصف
    مستشفى" (the accuser is the claim's source, the accused opens what it says)."""
    if m.family == BATTLE or not any(c.stance == ACCUSE for c in ctx.claims):
        return []
    claim = _claim_around(ctx, m.core)
    if claim is None or claim.stance != ACCUSE:
        return []
    # the accused may stand between the cue and a content that starts at the act ("اتهمت الحكومة
    # قوات الدعم السريع بقصف الأحياء": the source right after the cue is left out below)
    lo = min(claim.cue.span[1], claim.content.span[0])
    pool = _outermost(
        [a for a in ctx.starting_in(ctx.actors, lo, m.start) if a.name and a.span[1] <= m.start]
    )
    pool = [a for a in pool if a.id not in ctx.sources and not ctx.counted_as_victims(a)]
    return _with_coordinated(ctx, pool[0], pool) if pool else []


def _described_by(ctx: ArgContext, m: EventMention, seg: list[ActorMention]) -> list[ActorMention]:
    """The indefinite group right before a verb trigger that describes it: "على متظاهرين غاضبين
    أحرقوا القنصلية" (an Arabic relative clause on an indefinite noun has no relative pronoun).
    The verb's subject is that group, even after a preposition that makes it another verb's target."""
    if not m.verb or m.family == BATTLE:
        return []
    near = [
        a for a in seg if a.span[1] <= m.start and ctx.doc.words_between(a.span[1], m.start) <= DESCRIBED_GAP
    ]
    if not near:
        return []
    a = near[-1]
    if a.type == "PER":  # a name is definite: "منزل محمد أبو شريفة واعتقلته" does not describe him
        return []
    first = ctx.doc.words[ctx.doc.word_at(a.span[0])]
    gap = ctx.record.text[a.span[1] : m.start]
    if any(ch in commas() or ch in DESCRIBED_BREAKS for ch in gap) or any(
        r.startswith(ARTICLE) for _, r in first.readings
    ):
        return []
    if a.id in ctx.sources or ctx.counted_as_victims(a) or not may_carry_out(a, m.family):
        return []
    return [a]


def _suffixed_in(ctx: ArgContext, word: str) -> bool:
    """A responsibility word with a pronoun suffix ("مسؤوليتها"), the ة written ت before it."""
    return word.endswith(ctx.lex.responsibility_endings)


def _owner(ctx: ArgContext, m: EventMention) -> list[ActorMention]:
    """The owner of an arm with a pronoun that is the trigger's subject: "أعلن حزب الله أن مقاتليه
    استهدفوا", "قالوا إن قواتهم استهدفت" — the actor named last before the arm in its sentence,
    even the one who announced it."""
    owned = ctx.owned_agents()
    for s, e in owned[bisect.bisect_left(owned, (ctx.doc.unit_bounds(m.core[0])[0], 0)) :]:
        if s >= m.start:
            break
        if e > m.start or ctx.doc.words_between(e, m.start) > OWNER_WINDOW or not ctx.same_clause(e, m.start):
            continue
        if not ctx.same_unit(s, m.core[0]):
            continue
        pool = _outermost([a for a in ctx.in_unit(ctx.actors, s) if a.name and a.span[1] <= s])
        pool = [a for a in pool if not _is_target(ctx, a) and "civilian" not in (a.name or "").casefold()]
        return [pool[-1]] if pool else []
    return []


def _after(ctx: ArgContext, m: EventMention, seg: list[ActorMention], stop: int) -> list[ActorMention]:
    """The agent after the trigger: right after it, or after "من قبل" anywhere before the next mention;
    after a noun whose genitive is its target ("اعتقال الناشط") only the one "من قبل" names."""
    patient = _takes_patient(ctx, m)
    # where a genitive agent may stand, when an event noun is a verb's subject
    genitive = _genitive_start(ctx, m)
    after = [
        a
        for a in seg
        if m.end <= a.span[0] < stop
        and _eligible(ctx, a, m.family)
        and (genitive is None or ctx.doc.word_at(a.span[0]) == genitive or _agent_prep_before(ctx, a))
        and not _possessor(ctx, m, a)
        and not _clitic_before(ctx, a).startswith(AND)  # "مجزرة ... وموسكو تشكك": a new subject
        and not _speaker(ctx, a)
        # "كمين تعرضت له دورية للجيش": the subject of a verb of undergoing after the trigger was hit
        and (_agent_prep_before(ctx, a) or not _blocked_between(ctx, m.end, a.span[0], ctx.lex.undergo))
        and (_agent_prep_before(ctx, a) or not _object_of_relative(ctx, m.end, a.span[0]))
        and (
            _agent_prep_before(ctx, a)
            or (
                not patient
                and ctx.doc.words_between(m.end, a.span[0]) <= AFTER_WINDOW
                and ctx.same_clause(m.end, a.span[0])  # "الهجوم، غير أن القوات": another clause's subject
                and not _blocked_between(ctx, m.end, a.span[0], ctx.lex.target_preps)
            )
        )
    ]
    return _with_coordinated(ctx, after[0], seg) if after else []


def _object_of_relative(ctx: ArgContext, start: int, end: int) -> bool:
    """A relative pronoun stands between the trigger and the actor with no relative verb of agency
    ("نفذه", "شنتها") after it: the trigger is the subject of that clause's verb and the actor its
    object ("الهجوم الانتحاري الذي أودى بحياة جندي فرنسي", "الغارة التي استهدفت مقرا للجيش")."""
    words = ctx.doc.words_in(start, end)
    for k, w in enumerate(words):
        if in_set(w.norm, ctx.lex.relatives) is not None:
            return not any(in_set(v.norm, ctx.lex.relative_verbs) is not None for v in words[k + 1 :])
    return False


def _attribution_head(ctx: ArgContext, actor: ActorMention) -> bool:
    """The actor is the head of an attribution set off by a colon ("الداخلية السعودية: مقتل رجلي
    أمن بهجوم استهدف …", a headline's speaker): it tells what follows, it is not its subject."""
    rest = ctx.record.text[actor.span[1] : actor.span[1] + ATTRIBUTION_LOOKAHEAD].lstrip(_ATTRIBUTION_SPACE)
    return rest.startswith(ATTRIBUTION_MARKS)


def _undergoer(ctx: ArgContext, actor: ActorMention, m: EventMention) -> bool:
    """The actor stands after a verb of undergoing, in the trigger's clause, at most UNDERGOER_GAP
    words after it: the subject of "تعرضت قوة من وحدة الإنقاذ لكمين", who suffered the trigger."""
    i = ctx.doc.word_at(actor.span[0])
    words = ctx.doc.words[max(0, i - UNDERGOER_GAP) : i]
    return any(
        in_set(w.norm, ctx.lex.undergo) is not None
        and ctx.same_clause(w.start, m.core[0])
        and ctx.same_clause(w.start, actor.span[0])
        for w in words
    )


def _undergone(ctx: ArgContext, m: EventMention) -> bool:
    """A verb of undergoing (role `undergo` of data/event_triggers.tsv) tells the trigger as what
    one side suffered: right after it in its clause ("كمين تعرضت له قوة", "هجوم تعرضت له نقطة
    تفتيش"), or shortly before it ("تعرضت دورية للجيش لكمين"). Up to UNDERGO_GAP words between."""
    words = ctx.doc.words
    i = ctx.doc.word_at(m.end)
    after = words[i : i + UNDERGO_GAP + 1]
    j = ctx.doc.word_at(m.start)
    before = words[max(0, j - UNDERGO_GAP - 1) : j]
    return any(
        ctx.same_clause(w.start, m.core[0]) and in_set(w.norm, ctx.lex.undergo) is not None
        for w in (*after, *before)
    )


def _genitive_start(ctx: ArgContext, m: EventMention) -> int | None:
    """When an event noun is the subject of the verb right before it ("واستهدفت غارة جوية مقاتلين
    من حركة الشباب", "استهدف هجوم قبل أسبوعين قوات الأمن"), what follows the noun is the verb's
    object, its target: only a genitive glued to the noun ("استهدفت غارة الطيران الروسي البلدة",
    "غارة للتحالف") or an actor after "من قبل" is its agent. Returns the index of the word after
    the noun's core (where that genitive stands), or None when m is no such verb-and-noun pair.
    A light verb before its noun ("شنت غارات") is no such verb: the noun is its object."""
    # (the verb's core may run over the noun and its modifier: "استهدفت غارة جوية")
    if m.verb:  # the verb trigger, with the event noun right after its first word as its subject
        k = ctx.doc.word_at(m.core[0]) + 1
        nouns = [
            o for o in ctx.mentions_in_segment(m.core[0]) if not o.verb and ctx.doc.word_at(o.core[0]) == k
        ]
    else:  # the event noun, with a verb trigger right before it
        k = ctx.doc.word_at(m.core[0])
        before = [
            o
            for o in ctx.mentions_in_segment(m.core[0])
            if o is not m and o.verb and k > 0 and ctx.doc.word_at(o.core[0]) == k - 1
        ]
        nouns = [m] if before and m.start == m.core[0] else []
    if not nouns:
        return None
    return ctx.doc.word_at(nouns[0].core[1])


@cache
def patient_nouns() -> frozenset[str]:
    """Event nouns whose genitive is the one the act is done to (data/event_patient_nouns.tsv)."""
    return load_forms(PATIENT_NOUNS_FILE)


def _takes_patient(ctx: ArgContext, m: EventMention) -> bool:
    """m's core is a noun whose genitive is its target ("اغتيال", "اعتقال"), not its doer."""
    if m.verb:
        return False
    words = ctx.doc.words_in(m.core[0], m.core[1])
    if len(words) != 1:
        return False
    if in_set(words[0].norm, patient_nouns()) is not None:
        return True
    # with a possessive pronoun the suffix is the doer and what follows still the one it was done to:
    # "إعدامها للشاب" (her execution of the young man)
    norm = words[0].norm
    return m.suffixed and any(
        norm.endswith(s) and in_set(norm[: -len(s)], patient_nouns()) is not None for s in ctx.lex.suffixes
    )


@cache
def victim_links() -> frozenset[str]:
    """The words that join a figure to its victims' group (data/event_victim_links.tsv)."""
    return load_forms(VICTIM_LINKS_FILE)


@cache
def side_words() -> frozenset[str]:
    """The words that open a battle's sides (data/event_sides.tsv)."""
    return load_forms(SIDES_FILE)


def _between(ctx: ArgContext, m: EventMention, stop: int) -> list[ActorMention]:
    """A battle's sides after a side word of its sentence ("اشتباكات، منذ الخميس، بين الجيش
    الليبي وفصائل ..."), before the next mention: the first actor after the word and those
    coordinated with it."""
    _, hi = ctx.doc.unit_bounds(m.core[0])
    words = side_words()
    for w in ctx.doc.words_in(m.end, min(stop, hi)):
        if in_set(w.norm, words) is None:
            continue
        pool = _outermost([a for a in ctx.starting_in(ctx.actors, w.end, min(stop, hi)) if a.name])
        pool = [a for a in pool if _eligible(ctx, a, m.family) and a.type != "PER"]
        if not pool:
            return []
        other = next((a for a in pool[1:] if _joined_by_and(ctx, a)), None)  # "... وفصائل القوات"
        return [pool[0]] if other is None else [pool[0], other]
    return []


def _joined_by_and(ctx: ArgContext, actor: ActorMention) -> bool:
    """The actor or one of the two words before it is glued to "و": the second side of "بين"."""
    if _clitic_before(ctx, actor).startswith(AND):
        return True
    i = ctx.doc.word_at(actor.span[0])
    return any(clitic.startswith(AND) for w in ctx.doc.words[max(0, i - 2) : i] for clitic, _ in w.readings)


def _speaker(ctx: ArgContext, actor: ActorMention) -> bool:
    """The actor is the subject of a reporting verb right before it ("قصف قالت المعارضة إنه
    بصواريخ روسية"): it tells who did it, it is not the one who did (clause_cues.tsv,
    kind continuation)."""
    i = ctx.doc.word_at(actor.span[0])
    if i == 0 or ctx.doc.words[i].start < actor.span[0]:
        return False
    before = ctx.doc.words[i - 1]
    if not ctx.same_clause(before.start, actor.span[0]):
        return False
    cues = clause_cues()
    return any(rest and "continuation" in cues.kinds(rest) for _, rest in before.readings)


def _possessor(ctx: ArgContext, m: EventMention, actor: ActorMention) -> bool:
    """An actor glued to "ل" after another noun owns that noun: "استهدف دورية لقسد" (the patrol's
    side is the target), unlike "غارة لقوات النظام" right after the trigger (the agent) or an
    attacking arm's owner ("قصف نفذته طائرة مسيرة تابعة للجيش": `_owns_arm`)."""
    clitic = _clitic_before(ctx, actor)
    return (
        clitic.startswith(POSSESSIVE_CLITIC)
        and ctx.doc.words_between(m.end, actor.span[0]) > 0
        and not _owns_arm(ctx, actor)
        and not _described_trigger(ctx, m.end, actor)
    )


@cache
def attack_adjectives() -> frozenset[str]:
    """The adjectives that describe an attack noun (data/event_attack_adjectives.tsv)."""
    return load_forms(ATTACK_ADJECTIVES_FILE)


def _described_trigger(ctx: ArgContext, end: int, actor: ActorMention) -> bool:
    """Only adjectives of an attack stand between the trigger's end and the actor's word ("كمين محكم
    لكتائب القسام"): the actor is still the trigger's genitive, not the owner of another noun."""
    i = ctx.doc.word_at(actor.span[0])
    if ctx.doc.words[i].start < actor.span[0]:  # the actor's own word, its clitic glued to it
        words = ctx.doc.words_in(end, ctx.doc.words[i].start)
    else:
        words = ctx.doc.words_in(end, actor.span[0])
    words = [w for w in words if w.norm.strip(POSSESSIVE_CLITIC)]  # ("لـ" kept apart by a tatweel)
    return bool(words) and all(in_set(w.norm, attack_adjectives()) is not None for w in words)


@cache
def owner_links() -> frozenset[str]:
    """The words of belonging between an arm and its owner (data/event_owner_links.tsv)."""
    return load_forms(OWNER_LINKS_FILE)


def _owns_arm(ctx: ArgContext, actor: ActorMention) -> bool:
    """The actor follows an agent word and a word of belonging: "مسيرة تابعة للجيش"."""
    i = ctx.doc.word_at(actor.span[0])
    if i < 2 or in_set(ctx.doc.words[i - 1].norm, owner_links()) is None:
        return False
    arm_end = ctx.doc.words[i - 2].end
    return any(e == arm_end for _, e in ctx.agent_words)


def _before(
    ctx: ArgContext, m: EventMention, seg: list[ActorMention], claim: Claim | None
) -> list[ActorMention]:
    """The subject before the trigger, inside the claim that reports it, not across an earlier mention."""
    earlier = [o for o in _others(ctx, m) if o.core[1] <= m.start]
    nearest = max((o.end for o in earlier), default=0)
    limit = min((o.core[0] for o in earlier), default=m.start)

    def fits(a: ActorMention) -> bool:
        return (
            ctx.doc.words_between(a.span[1], m.start) <= BEFORE_WINDOW
            and _eligible(ctx, a, m.family)
            and not _blocked_between(ctx, a.span[1], m.start, ctx.lex.undergo)
            and not _undergoer(ctx, a, m)
            and not _attribution_head(ctx, a)
            and (claim is None or claim.content.span[0] <= a.span[0])
        )

    # Its own clause first: a subject between the previous mention and the trigger ("... الهجوم،
    # غير أن القوات الأمنية اعتقلت"), else one before the segment's first mention, which may be
    # the subject of both ("مقاتلات روسية أغارت على ... ثم قصفت").
    own = m.verb or m.start < m.core[0]  # a verb or a light verb: a subject may stand before it
    before = [a for a in seg if own and nearest <= a.span[0] and a.span[1] <= m.start and fits(a)]
    if not before:
        before = [a for a in seg if a.span[1] <= limit and fits(a)]
    if not before:
        return []
    last = before[-1]
    run = [a for a in before if a is not last and a.span[1] <= last.span[0]]
    start = last
    for a in reversed(run):  # walk back over coordinated actors ("روسيا وإيران")
        gap = ctx.record.text[a.span[1] : start.span[0]].strip()
        if gap and all(coordinates(part) for part in gap.split()):
            start = a
        else:
            break
    return _with_coordinated(ctx, start, seg)


def _announcer(ctx: ArgContext, claim: Claim | None, m: EventMention) -> list[ActorMention]:
    """The source of an announcement whose content opens with the trigger: "أعلنت روسيا بدء شن
    غارات". Not a reporter: the cue comes after ("الغارات ..., وفق ما أعلنه المرصد") or opens a
    clause with "أن" ("أعلن المرصد أن غارات"), or the content names its own subject first."""
    if claim is None or claim.cue.span[0] > claim.content.span[0]:
        return []
    plain = marker_words("complementizer")  # "أعلن المرصد أن غارات ...": a report, not its author
    if any(in_set(w.norm, plain) for w in ctx.doc.words_in(claim.cue.span[1], m.start)):
        return []
    if ctx.doc.words_between(claim.content.span[0], m.start) > ANNOUNCE_WINDOW:
        return []
    if claim.stance == "announce" and claim.source:
        source = next((a for a in ctx.actors if a.id == claim.source and a.name), None)
        if source is not None:
            return [source]
    return []


def _relative_clause_end(ctx: ArgContext, m: EventMention) -> int:
    """The end of a relative verb after the trigger ("غارة شنتها", "الهجمات التي نفذها"), or m.end.
    Up to RELATIVE_GAP words of the trigger's own phrase may stand before it, in its clause: an
    adjective or a short complement ("كمين مسلح نفذته", "هجوم على حاجز نفذه")."""
    first = ctx.doc.word_at(m.end)
    words = ctx.doc.words
    for i in range(first, min(first + RELATIVE_GAP + 1, len(words))):
        if not ctx.same_clause(m.end, words[i].start) or not ctx.same_unit(words[i].start, m.core[0]):
            break
        k = i + 1 if in_set(words[i].norm, ctx.lex.relatives) else i
        if (
            k < len(words)
            and ctx.same_clause(m.end, words[k].start)
            and in_set(words[k].norm, ctx.lex.relative_verbs)
        ):
            return words[k].end
    return m.end


def extend_over_agent(ctx: ArgContext, m: EventMention) -> None:
    """Grow the trigger over an actor right after it: "قصف الطيران الروسي", "غارة للتحالف", or
    after a relative verb: "غارة شنتها مسيرة إسرائيلية" (the agent is then inside the trigger)."""
    relative = _relative_clause_end(ctx, m)
    if m.verb and relative == m.end and _subject_right_before(ctx, m):
        return  # "مسيرة إسرائيلية استهدفت مجرى النهر": after a verb with its subject, the object
    for end in dict.fromkeys((m.end, relative)):
        for a in ctx.in_unit(ctx.actors, m.core[0]):
            if a.span[0] < end or not a.name:
                continue
            gap = ctx.record.text[end : a.span[0]].strip()
            if (gap and not (end > m.end and _members_gap(ctx, end, a.span[0]))) or not _eligible(ctx, a):
                continue
            if not may_carry_out(a, m.family):
                return  # "استهداف المتظاهرين": the group after the trigger is its target
            m.end = a.span[1]
            return
    if relative > m.end:  # "غارة نفذتها طائرة مسيرة": an agent word the text does not identify
        for s, e in ctx.agent_words:
            if s >= relative and not ctx.record.text[relative:s].strip():
                m.end = e
                return


def _subject_right_before(ctx: ArgContext, m: EventMention) -> bool:
    """A verb trigger's subject stands right before it in its clause: a named actor that may be its
    agent, or an attacking arm with at most one word after it ("مسيرة إسرائيلية استهدفت")."""
    for a in ctx.in_unit(ctx.actors, m.core[0]):
        if (
            a.name
            and a.span[1] <= m.start
            and ctx.doc.words_between(a.span[1], m.start) == 0
            and ctx.same_clause(a.span[0], m.start)
            and _eligible(ctx, a, m.family)
        ):
            return True
    return any(
        e <= m.start and ctx.doc.words_between(e, m.start) <= 1 and ctx.same_clause(s, m.start)
        for s, e in ctx.agent_words
    )


def _members_gap(ctx: ArgContext, start: int, end: int) -> bool:
    """The words from `start` to `end` are a members phrase that is no actor by itself, before the
    organisation it belongs to: "كمين نفذته عناصر من حركة طالبان" (a group noun, then link words)."""
    words = ctx.doc.words_in(start, end)
    if not words or len(words) > MEMBER_GAP or in_set(words[0].norm, member_nouns()) is None:
        return False
    if ctx.record.text[words[-1].end : end].strip():
        return False
    return all(in_set(w.norm, member_link_words()) is not None for w in words[1:]) and len(words) > 1


def targets_of(ctx: ArgContext, m: EventMention) -> list[ActorMention]:
    """Actors after the trigger that follow a target word ("على المدنيين", "بحق المعارضة")."""
    seg = [a for a in ctx.in_segment(ctx.actors, m.core[0]) if a.span[0] >= m.end]
    return [a for a in seg if a.id not in ctx.sources and _is_target(ctx, a)][:2]


def weapons_of(ctx: ArgContext, m: EventMention) -> list[WeaponMention]:
    """Weapons named in the mention's segment."""
    if m.weapons:
        return [w for w in ctx.weapons if ctx.same_segment(w.span[0], m.core[0]) or w.id in m.weapons]
    return list(ctx.in_segment(ctx.weapons, m.core[0]))


def modality_of(ctx: ArgContext, m: EventMention) -> tuple[bool, bool]:
    """(negated, hypothetical): a cue before the trigger within its window, in the same unit."""
    negated = hypothetical = False
    for start, end, cue in ctx.modality:
        if end > m.start or not ctx.same_unit(start, m.core[0]):
            continue
        if ctx.doc.words_between(end, m.start) > cue.window:
            continue
        if cue.next == "imperfect":
            i = ctx.doc.word_at(end)
            nxt = ctx.doc.words[i].norm if i < len(ctx.doc.words) else ""
            if not nxt.startswith(affixes("imperfect_prefix")):
                continue
        if cue.kind == "negated":
            negated = True
        else:
            hypothetical = True
    return negated, hypothetical


class ClaimIndex:
    """The claims of a record by the start of their content, so "the claims whose content holds
    this span" looks only at contents that start close enough before it to reach it."""

    def __init__(self, claims: list[Claim]) -> None:
        self._order = sorted(range(len(claims)), key=lambda k: claims[k].content.span[0])
        self._claims = claims
        self._starts = [claims[k].content.span[0] for k in self._order]
        self._longest = max((c.content.span[1] - c.content.span[0] for c in claims), default=0)

    def holding(self, span: tuple[int, int]) -> list[Claim]:
        """The claims whose content holds the span, in the record's order."""
        lo = bisect.bisect_left(self._starts, span[1] - self._longest)
        hi = bisect.bisect_right(self._starts, span[0])
        found = sorted(k for k in self._order[lo:hi] if span[1] <= self._claims[k].content.span[1])
        return [self._claims[k] for k in found]

    def innermost(self, span: tuple[int, int]) -> Claim | None:
        """The innermost claim whose content holds the span, or None (the article's own voice)."""
        holding = self.holding(span)
        if not holding:
            return None
        return min(holding, key=lambda c: (c.content.span[1] - c.content.span[0], -c.content.span[0]))


def claim_of(claims: list[Claim] | ClaimIndex, span: tuple[int, int]) -> str | None:
    """The id of the innermost claim whose content holds the span, or None (the article's own voice)."""
    index = claims if isinstance(claims, ClaimIndex) else ClaimIndex(claims)
    found = index.innermost(span)
    return found.id if found is not None else None


def compatible_dates(a: DateMention | None, b: DateMention | None) -> bool:
    """Two dates that may name the same day: either missing, equal values, or the same words."""
    if a is None or b is None:
        return True
    if a.value is not None and b.value is not None:
        return bool(a.value == b.value)
    ka, kb = phrase_key(a.text), phrase_key(b.text)
    return ka in kb or kb in ka  # "أمس" and "أمس السبت"


def compatible_places(title: PlaceMention | None, body: PlaceMention | None, *, contain: bool) -> bool:
    """Either missing, the same place, or (contain=True) the first a country or governorate holding the second."""
    if title is None or body is None:
        return True
    if title.name and title.name == body.name:
        return True
    if title.lat is not None and title.lat == body.lat and title.lon == body.lon:
        return True
    if not contain:
        return False
    if title.precision == "country" and title.country and title.country == body.country:
        return True
    return bool(title.precision == "admin1" and title.admin1 and title.admin1 == body.admin1) or bool(
        title.name and body.admin1 and title.name == body.admin1
    )


def nested_places(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Either missing, the same place, or one holding the other ("سوق أريحا" in "أريحا", a town in its governorate)."""
    return (
        compatible_places(a, b, contain=True) or compatible_places(b, a, contain=True) or named_within(a, b)
    )


def named_within(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """The name of one place holds the other's as whole words ("سوق أريحا" and "أريحا")."""
    if a is None or b is None:
        return False
    ka, kb = f" {phrase_key(a.text)} ", f" {phrase_key(b.text)} "
    return ka in kb or kb in ka


def mention_ids(items: list[Any]) -> list[str]:
    seen: dict[str, None] = {}
    for it in items:
        seen.setdefault(it.id, None)
    return list(seen)
