"""Event mentions: every phrase of the article that names an event, with its type and cues.

A mention is a trigger phrase of data/event_triggers.tsv ("غارات", "قصف", "اشتباكات"), or a
delivery verb next to a weapon ("ألقى ... براميل متفجرة"). Its span grows over a light verb
before it ("شنت ... غارات", "أطلق ... حملة") and over a modifier after it ("قصف جوي").
A trigger whose type depends on context ("قصف", "استهدف") takes it from, in order: a modifier,
the nearest weapon with an attack mode in its segment, the nearest agent word ("الطيران",
"المدفعية"); what is still open is settled per incident and per article (event_merge).
`strength` records how sure the type is: 3 fixed, 2 from an agent, 1 fallback.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, cast

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.doc import Doc
from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.match import ARTICLE, PhraseMatch
from rasid.lang.ar.text import text_view
from rasid.lang.memo import BoundedMemo
from rasid.record import EventType, Record, WeaponMention
from rasid.relate.casualties.lexicon import casualty_lexicon
from rasid.relate.events.lexicon import EVENT_TYPES, EventLexicon, TriggerEntry, event_lexicon
from rasid.relate.text import SpanSet, in_set, words_in_set

LIGHT_VERB_WINDOW = 4  # words between a light verb and its noun ("ارتكبت المقاتلات الحربية الروسية، مجزرة")
RESPONSE_WINDOW = 2  # words between "رداً" and the trigger it answers ("رداً على الغارة")
CAPTION_WORDS = 8  # a body line this short tells no incident: a caption ("من آثار تفجير الكرادة")
SUPERLATIVE_WINDOW = 2  # words between a definite superlative and the class it compares with
BACKGROUND_WINDOW = 3  # words from "سبق" to the trigger it tells ("سبق لها أن استهدفت")
TOLL_WINDOW = 2  # words from a toll word to the trigger whose toll it is ("حصيلة ضحايا التفجير")
START_WINDOW = 3  # words between "بدء" and the attack it starts ("بدء شن غارات")
MODIFIER_WINDOW = 2  # words from a trigger to its modifier ("هجوم سراقب الكيميائي")
#: Types of fire from afar: shooting ("إطلاق النار عليه") is neither shelling nor an air strike,
#: whatever ground force ("قوات") or drone word ("مسيرة", as often a march) stands near it.
REMOTE_FIRE: frozenset[EventType] = frozenset({"shelling", "airstrike"})
DELIVERY_WINDOW = 3  # words between a delivery verb and its weapon
OBJECT_WINDOW = (
    5  # words after an attack verb in which its physical object stands ("هاجمت عناصر من حركة الشباب قاعدة")
)
ATTACK_OBJECTS_FILE = "event_attack_objects.tsv"
NEEDS_WINDOW = 12  # words after a trigger in which a needed word must occur ("بحث ... مع")
NEGATION_WINDOW = 4  # words between a negation and a topic word that make it a denial ("لم تشن ... أي")
VICTIMS_WINDOW = (
    8  # words after a trigger in which a casualty word makes it care ("استقبل منذ أيار 300 جريح")
)
SPORT_ARTICLE = 5  # different sport words that make the whole article a match report
ATTACK = "attack"
VIOLENT = frozenset({ATTACK, "battle"})  # the families whose arms agent words name


@dataclass
class EventMention:
    """One phrase naming an event; spans are clean-text offsets."""

    start: int
    end: int
    core: tuple[int, int]
    type: EventType
    strength: int
    unit: int
    segment: int
    title: bool
    family: str
    weak: bool = False  # names a massacre or an attack, not its means: the means is the better trigger
    definite: bool = False
    construct: bool = False  # a noun before a definite genitive: definite, but weaker than "ال"
    anaphoric: bool = False
    similar: bool = False
    counted: bool = False  # "غارتين", "غارة ثالثة": counts the raids of an incident already named
    contested: bool = False  # told in a disputing side's own version ("نفى ... مؤكداً أنه استهدف مسلحين")
    period: bool = False  # "تصعيداً في القصف منذ مطلع الشهر": a period of strikes, not one incident
    response: bool = False  # after "رداً على": names an incident told before, inside another's clause
    background: bool = False  # after "سبق أن": an earlier event told as background, its own dates
    caption: bool = False  # in a short body line (a photo caption, a dateline): named, not told
    toll: bool = False  # after "حصيلة", "ضحايا": the incident whose toll is told, on an earlier day
    campaign_start: bool = False
    generic: bool = False
    needs_attack: bool = False
    future: bool = False  # found with a future prefix ("سيلتقي"): planned, not done
    suffixed: bool = False  # carries a possessive pronoun ("عملياتها"): its agent was named before
    governed: bool = False  # a noun after a preposition ("جراء قصف", "بغارة"): no subject before it
    topic: bool = False  # the subject of talk ("انتهاك لاتفاق", "لأي هجوم"): names no event
    verb: bool = False  # a verb trigger ("اعتقلت", "قصفت"): its subject may stand right before it
    gunfire: bool = False  # names shooting: who fired may retype it, but not as fire from afar
    assault: bool = False  # names an assault ("هجوم"): a force on the ground does not retype it
    weapons: list[str] = field(default_factory=list)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


class Segments:
    """Units split at separators ("كما", "في حين"): each word position maps to (unit, segment).

    A segment is a stretch of text [lo, hi): its bounds are found by bisection and remembered
    per offset, so "the actors of this mention's segment" is a slice, not a pass over the article.
    """

    def __init__(self, doc: Doc, lex: EventLexicon) -> None:
        self.doc = doc
        cuts: list[int] = []
        for m in lex.separators.find(doc.norm):
            start, _ = doc.view.span(m.word_start, m.end)
            cuts.append(start)
        self._set_cuts(sorted(cuts))

    def _set_cuts(self, cuts: list[int]) -> None:
        self.cuts = cuts
        self._bounds: dict[int, tuple[int, int]] = {}

    def of(self, pos: int) -> int:
        unit = self.doc.unit_of(pos)
        ustart = self.doc.units[unit][0] if self.doc.units else 0
        return max(0, bisect.bisect_right(self.cuts, pos) - bisect.bisect_right(self.cuts, ustart))

    def bounds(self, pos: int) -> tuple[int, int]:
        """[lo, hi) of the segment holding clean offset `pos`."""
        found = self._bounds.get(pos)
        if found is None:
            ulo, uhi = self.doc.unit_bounds(pos)
            ustart = self.doc.units[self.doc.unit_of(pos)][0] if self.doc.units else 0
            i = bisect.bisect_right(self.cuts, pos)
            lo = self.cuts[i - 1] if i > 0 and self.cuts[i - 1] > ustart else ulo
            j = bisect.bisect_right(self.cuts, max(pos, ustart))
            hi = min(self.cuts[j], uhi) if j < len(self.cuts) else uhi
            found = self._bounds[pos] = (lo, hi)
        return found

    def keep_whole(self, mentions: list[EventMention]) -> None:
        """Drop the cut of "رداً على" before a back-reference: "استهدفوا، رداً على الغارة، موقعي ..."
        is one clause around a parenthesis, not the account of another incident."""
        cuts = self.cuts
        for m in mentions:
            cuts = [
                c
                for c in cuts
                if not (c <= m.start and self.doc.words_between(c, m.core[0]) <= RESPONSE_WINDOW)
            ]
        self._set_cuts(cuts)

    def same(self, a: int, b: int) -> bool:
        lo, hi = self.bounds(b)
        return lo <= a < hi


def find_mentions(record: Record, doc: Doc, segments: Segments) -> list[EventMention]:
    """Every event mention of the record, in text order, types resolved as far as context allows."""
    lex = event_lexicon()
    weapons = [m for m in record.mentions if m.kind == "weapon"]
    mentions: list[EventMention] = []
    taken: list[tuple[int, int]] = []
    for m in lex.triggers.find(doc.norm):
        entry = m.payload
        if entry is None or None in m.payloads:
            continue
        start, end = text_view(record).span(m.start, m.end)
        mention = _from_trigger(doc, segments, lex, m, entry, start, end)
        if mention is not None:
            mentions.append(mention)
            taken.append((start, end))
    spans = SpanSet(taken)
    mentions.extend(_future(doc, segments, lex, spans))
    mentions.extend(_glued(doc, segments, lex, spans))
    mentions.extend(_deliveries(doc, segments, lex, weapons, spans))
    mentions.sort(key=lambda x: x.core[0])
    named = SpanSet(p.span for p in record.mentions_of("place"))  # "ساحة الطيران" is a square, no air force
    found = lex.find_agents(doc.norm)  # one scan for the agents and the ground agents
    agents = [
        (*span, m.payload)
        for m in found
        if not named.overlaps(*(span := text_view(record).span(m.start, m.end)))
    ]
    agents = _outside_other_events(mentions, agents)
    ground = frozenset(
        text_view(record).span(m.start, m.end)[0] for m in found if m.phrase in lex.ground_agents
    )
    _needs_attack(doc, lex, mentions, weapons, agents)
    _drop_topics(doc, lex, mentions)
    segments.keep_whole([x for x in mentions if x.response])
    for mention in mentions:
        mention.segment = segments.of(mention.core[0])
    cores = _Cores(mentions)
    for mention in mentions:
        _extend_light_verb(doc, lex, mention, cores)
        _resolve_type(doc, segments, lex, mention, weapons, agents, ground)
        cores.grown(mention)
    played = _sport_units(doc, lex) if mentions else set()  # a pass over every word: only when needed
    return [x for x in mentions if x.strength >= 0 and not x.topic and x.unit not in played]


def _sport_units(doc: Doc, lex: EventLexicon) -> set[int]:
    """Sentences whose triggers name play, not events: those holding a sport word ("اشتباك بين
    لاعبين ... ركلة"), or every sentence of a match report (several different sport words), but
    never a sentence with a word of killing ("مقتل مشجعين في اشتباكات بعد مباراة"). Injury and
    "falling" are words of the game too ("إصابة اللاعب", "السقوط في فخ التعادل")."""
    sport: dict[int, set[str]] = {}
    deadly: set[int] = set()
    status = casualty_lexicon().status
    read = _SPORT_FORMS.read_from(lex)  # per word form: its sport word, or whether it kills
    read_get = read.get  # bound once, as a plain dict's would be: the loop asks every word
    for w in doc.words:
        known = read_get(w.norm)
        if known is None:
            found: str | bool | None = in_set(w.norm, lex.sports)
            if found is None:
                word = in_set(w.norm, status)
                found = word is not None and status[word] == "killed"
            known = read.put(w.norm, found)
        if known is True:
            deadly.add(doc.unit_of(w.start))
        elif known:
            sport.setdefault(doc.unit_of(w.start), set()).add(known)
    if len({f for forms in sport.values() for f in forms}) >= SPORT_ARTICLE:
        units = set(range(max(len(doc.units), 1)))
    else:
        units = set(sport)
    return units - deadly


def _from_trigger(
    doc: Doc, segments: Segments, lex: EventLexicon, m: PhraseMatch[TriggerEntry | None], entry: TriggerEntry,
    start: int, end: int,
) -> EventMention | None:  # fmt: skip
    wi = doc.word_at(start)
    if entry.needs_words and not _word_within(doc, wi + 1, NEEDS_WINDOW, set(entry.needs_words), start):
        return None
    if entry.no_victims and _word_within(
        doc, wi + 1, VICTIMS_WINDOW, frozenset(casualty_lexicon().status), start
    ):
        return None
    nxt = doc.words[doc.word_at(end)].norm if doc.word_at(end) < len(doc.words) else ""
    construct = (
        not entry.verb
        and nxt.startswith(ARTICLE)
        and doc.unit_of(doc.words[doc.word_at(end)].start) == doc.unit_of(start)
    )  # "استهداف الطائرات": a noun before a definite genitive is definite
    definite = (
        m.clitic.endswith(affixes("definite_prefix"))
        or doc.norm.startswith(ARTICLE, m.start)
        or entry.suffixed
    )
    prev = doc.words[wi - 1].norm if wi > 0 else ""
    anaphoric = bool(
        prev
        and doc.unit_of(doc.words[wi - 1].start) == doc.unit_of(start)
        and in_set(prev, lex.demonstratives)
    )
    family = lex.family(entry.type)
    mention = _mention(
        doc,
        segments,
        lex,
        entry,
        start,
        end,
        weak=entry.type == "attack_on_civilians" and not entry.specific,
        definite=definite or anaphoric,
        construct=construct,
        anaphoric=anaphoric,
        suffixed=entry.suffixed,
        # "قال الجيش إنه قصف مواقع": after the speaker's pronoun a noun-or-verb word is the verb
        verb=entry.verb
        or (entry.either and not m.clitic and bool(prev) and in_set(prev, lex.selves) is not None),
        governed=any(c in m.clitic for c in affixes("preposition_clitic"))
        or bool(prev and in_set(prev, lex.prepositions))
        or (anaphoric and wi > 1 and in_set(doc.words[wi - 2].norm, lex.prepositions) is not None),
        # ("خلال هذا الهجوم": the demonstrative's noun is governed by the preposition before it)
    )
    mention.similar = _word_within(doc, doc.word_at(end), MODIFIER_WINDOW, lex.similar, start)
    mention.counted = _word_within(doc, doc.word_at(end), 1, lex.ordinals, start)
    for w in doc.words[max(0, wi - RESPONSE_WINDOW) : wi]:  # "رداً على الغارة", not "رداً على استهداف X"
        if (
            definite
            and not construct
            and doc.unit_of(w.start) == mention.unit
            and in_set(w.norm, lex.responses)
        ):
            mention.response = mention.anaphoric = mention.definite = True
    mention.background = any(
        doc.unit_of(w.start) == mention.unit and in_set(w.norm, lex.backgrounds)
        for w in doc.words[max(0, wi - BACKGROUND_WINDOW) : wi]
    )
    mention.toll = any(
        doc.unit_of(w.start) == mention.unit and in_set(w.norm, lex.tolls)
        for w in doc.words[max(0, wi - TOLL_WINDOW) : wi]
    )
    for j in range(max(0, wi - START_WINDOW - 1), wi):
        w = doc.words[j]
        if doc.unit_of(w.start) == mention.unit and in_set(w.norm, lex.starts) and family == ATTACK:
            mention.campaign_start = True
    return mention


def _mention(
    doc: Doc, segments: Segments, lex: EventLexicon, entry: TriggerEntry, start: int, end: int, **extra: Any
) -> EventMention:
    """A trigger mention with the fields every one takes from its entry and position."""
    return EventMention(
        start=start,
        end=end,
        core=(start, end),
        type=entry.type,
        strength=3 if entry.specific else 1,
        unit=doc.unit_of(start),
        segment=segments.of(start),
        title=doc.in_title(start),
        caption=not doc.in_title(start) and _short_line(doc, start),
        family=lex.family(entry.type),
        generic=not entry.specific,
        gunfire=entry.gunfire,
        assault=entry.assault,
        needs_attack=entry.needs_attack,
        **extra,
    )


def _short_line(doc: Doc, pos: int) -> bool:
    """The line (paragraph) holding `pos` has at most `CAPTION_WORDS` words."""
    lo = doc.text.rfind("\n", 0, pos) + 1
    hi = doc.text.find("\n", pos)
    return len(doc.words_starting_in(lo, hi if hi >= 0 else len(doc.text))) <= CAPTION_WORDS


def _glued(doc: Doc, segments: Segments, lex: EventLexicon, taken: SpanSet) -> list[EventMention]:
    """A trigger glued to the word before it by a typing slip ("إثراستهداف")."""
    return _prefixed(doc, segments, lex, taken, lex.glued, min_rest=4, future=False)


def _future(doc: Doc, segments: Segments, lex: EventLexicon, taken: SpanSet) -> list[EventMention]:
    """One-word triggers behind a future prefix ("سيلتقي", "ستشن"): planned events."""
    return _prefixed(doc, segments, lex, taken, lex.prefix_cues, min_rest=3, future=True)


def _prefixed(
    doc: Doc,
    segments: Segments,
    lex: EventLexicon,
    taken: SpanSet,
    prefixes: Iterable[str],
    *,
    min_rest: int,
    future: bool,
) -> list[EventMention]:
    """Triggers written after a prefix the matcher does not strip. A glued slip's mention
    starts after the prefix (the word before is not the trigger); a future prefix belongs
    to the verb, so its mention is the whole word."""
    out: list[EventMention] = []
    prefixes = tuple(prefixes)
    memo = _PREFIXED.setdefault((prefixes, min_rest), BoundedMemo(PREFIXED_MEMO))
    trigger_of = memo.read_from(lex.triggers, len(lex.triggers))  # a word form is looked up once
    trigger_get = trigger_of.get  # bound once: the loop asks every word
    for w in doc.words:
        hit = trigger_get(w.norm, _UNREAD)
        if hit is _UNREAD:
            hit = trigger_of.put(w.norm, _prefixed_trigger(w.norm, lex, prefixes, min_rest))
        if hit is None or taken.overlaps(w.start, w.end):
            continue
        prefix, entry = hit
        start, end = (w.start, w.end) if future else doc.view.span(w.nstart + len(prefix), w.nend)
        out.append(_mention(doc, segments, lex, entry, start, end, future=future))
    return out


#: Word forms whose answers each memo below keeps before starting again: most words of every
#: article have no trigger, and a batch repeats its vocabulary.
PREFIXED_MEMO = 1 << 14
_UNREAD: Any = object()


# What a word form tells `_needs_attack` (whether it is an attack cue), `_sport_units` (its
# sport word, or True when it is a word of killing, or False) and `_prefixed` (its prefixed
# trigger or None, per kind of prefix: (prefixes, min_rest)), each read from one lexicon.
_ATTACK_CUES: BoundedMemo[str, bool] = BoundedMemo(PREFIXED_MEMO)
_SPORT_FORMS: BoundedMemo[str, str | bool] = BoundedMemo(PREFIXED_MEMO)
_PREFIXED: dict[tuple[tuple[str, ...], int], BoundedMemo[str, Any]] = {}


def _prefixed_trigger(
    word: str, lex: EventLexicon, prefixes: tuple[str, ...], min_rest: int
) -> tuple[str, TriggerEntry] | None:
    """The first prefix of `word` whose rest is a one-word trigger, with the trigger's entry."""
    for prefix in prefixes:
        rest = word[len(prefix) :] if word.startswith(prefix) else ""
        found = [e for e in lex.triggers.lookup(rest) if e is not None] if len(rest) >= min_rest else []
        if found:
            return prefix, found[0]
    return None


def _word_within(doc: Doc, i: int, n: int, forms: set[str] | frozenset[str], anchor: int) -> bool:
    unit = doc.unit_of(anchor)
    for w in doc.words[i : i + n]:
        if doc.unit_of(w.start) != unit:
            return False
        if in_set(w.norm, forms):  # type: ignore[arg-type]
            return True
    return False


def _deliveries(
    doc: Doc,
    segments: Segments,
    lex: EventLexicon,
    weapons: list[WeaponMention],
    taken: SpanSet,
) -> list[EventMention]:
    """Delivery verbs with a weapon next to them ("ألقى الطيران الحربي براميل متفجرة", "البراميل ... سقط")."""
    out: list[EventMention] = []
    for w, _ in words_in_set(doc, lex.delivery):
        if taken.overlaps(w.start, w.end):
            continue
        unit = doc.unit_of(w.start)
        best: WeaponMention | None = None
        after = False
        for weapon in weapons:
            ws, we = weapon.span
            if doc.unit_of(ws) != unit:
                continue
            if ws >= w.end and doc.words_between(w.end, ws) <= DELIVERY_WINDOW:
                best, after = weapon, True
                break
            if we <= w.start and doc.words_between(we, w.start) <= DELIVERY_WINDOW:
                best = weapon
        if best is None:
            continue
        mode = best.mode
        end = best.span[1] if after else w.end
        out.append(
            EventMention(
                start=w.start,
                end=end,
                core=(w.start, end),
                type=mode or "shelling",
                strength=3 if mode else 1,
                unit=unit,
                segment=segments.of(w.start),
                title=doc.in_title(w.start),
                family=ATTACK,
                generic=mode is None,
                weapons=[best.id],
            )
        )
    return out


def _needs_attack(
    doc: Doc,
    lex: EventLexicon,
    mentions: list[EventMention],
    weapons: list[WeaponMention],
    agents: list[tuple[int, int, EventType]],
) -> None:
    """Drop a trigger that needs an attack cue ("استهدف") when its sentence has none (strength -1).
    A side claiming it ("وتبنى تنظيم الدولة الهجوم", "أعلنت الحركة مسؤوليتها عن الهجوم") is one:
    only attacks are claimed."""
    cues: set[int] = set()
    for w in weapons:
        cues.add(doc.unit_of(w.span[0]))
    for start, _, _ in agents:
        cues.add(doc.unit_of(start))
    status = casualty_lexicon().status
    cue_forms = _ATTACK_CUES.read_from(lex)  # each form is read once
    cue_get = cue_forms.get  # bound once: the loop asks every word
    for word in doc.words:
        norm = word.norm
        cue = cue_get(norm)
        if cue is None:
            cue = cue_forms.put(
                norm,
                bool(
                    in_set(norm, status)
                    or in_set(norm, lex.modifiers)
                    or in_set(norm, lex.claim_verbs)
                    or norm.endswith(lex.responsibility_endings)
                ),
            )
        if cue:
            cues.add(doc.unit_of(word.start))
    for x in mentions:
        if x.family in (ATTACK, "battle") and not x.needs_attack:
            cues.add(x.unit)
    objects = attack_objects()
    for x in mentions:
        if not x.needs_attack or x.unit in cues:
            continue
        kind = _physical_object(doc, x, objects)
        if kind is None:
            x.strength = -1
        else:
            x.type = kind


@cache
def attack_objects() -> dict[str, EventType]:
    """Nouns of a military or physical target, each with the type an assault on it takes
    (data/event_attack_objects.tsv)."""
    out: dict[str, EventType] = {}
    for row in load_rows(ATTACK_OBJECTS_FILE, normalise_columns=("form",)):
        if row["type"] not in EVENT_TYPES:
            raise DataFileError(
                f"{ATTACK_OBJECTS_FILE} row {row['form']!r}: unknown event type {row['type']!r}"
            )
        out[row["form"]] = cast(EventType, row["type"])
    return out


def _physical_object(doc: Doc, x: EventMention, objects: dict[str, EventType]) -> EventType | None:
    """The type of a verb of assault whose object, a few words on in its clause, is a base, a post,
    a patrol or a village ("هاجمت حركة الشباب قاعدة عسكرية"): the attack is physical, though the
    sentence holds no other attack cue. None when there is no such object."""
    if not (x.verb and x.assault):  # "استهدف" targets talk and campaigns as often as places
        return None
    i = doc.word_at(x.core[1])
    for w in doc.words[i : i + OBJECT_WINDOW]:
        if not doc.same_clause(x.core[0], w.start) or doc.unit_of(w.start) != x.unit:
            return None
        found = in_set(w.norm, objects)
        if found is not None:
            return objects[found]
    return None


def _drop_topics(doc: Doc, lex: EventLexicon, mentions: list[EventMention]) -> None:
    """Mark a trigger whose event is the subject of talk, to be dropped: "انتهاك لاتفاق",
    "لأي هجوم", "في ظل استمرار القصف". The words between must hold no other trigger."""
    cores = SpanSet(o.core for o in mentions)
    for x in mentions:
        wi = doc.word_at(x.core[0])
        for j in range(wi - 1, -1, -1):
            w = doc.words[j]
            if doc.unit_of(w.start) != x.unit or cores.overlaps(w.start, w.start + 1):
                break
            found = in_set(w.norm, lex.topics)
            if found is not None and wi - j - 1 <= lex.topics[found] and not _negated_before(doc, lex, j):
                x.topic = True
                break
            if wi - j - 1 >= max(lex.topics.values(), default=0):
                break
    for x in mentions:
        x.topic = x.topic or _compared_class(doc, lex, x)
    first_topic: dict[tuple[str, int], int] = {}  # (type, unit) -> where its first topic starts
    for t in mentions:
        if t.topic:
            key = (t.type, t.unit)
            first_topic[key] = min(first_topic.get(key, t.core[0]), t.core[0])
    for x in mentions:  # "يطالب بهدنة ...، وهي هدنة لم تصمد": the same talk goes on
        if first_topic.get((x.type, x.unit), x.core[0]) < x.core[0]:
            x.topic = True


def _compared_class(doc: Doc, lex: EventLexicon, x: EventMention) -> bool:
    """The trigger names the class a definite superlative shortly before it compares with, no
    "من" between ("الحصيلة الأكبر جراء هجوم منفرد"). "أعنف هجوم" is the incident itself, "أعنف
    المواجهات" the worst of the clashes told, "الحصة الأكبر من الضربات" a share of them."""
    wi = doc.word_at(x.core[0])
    for j in range(wi - 1, max(-1, wi - SUPERLATIVE_WINDOW - 2), -1):
        w = doc.words[j]
        if doc.unit_of(w.start) != x.unit or in_set(w.norm, lex.partitives):
            return False
        if in_set(w.norm, lex.superlatives):
            return w.norm.startswith(ARTICLE)
    return False


def _negated_before(doc: Doc, lex: EventLexicon, j: int) -> bool:
    """A negation shortly before word j ("لم تشن الطائرات أي غارة"): a denied event, not talk."""
    w = doc.words[j]
    for m in lex.modality.find(doc.norm):
        if m.payload.kind != "negated" or m.start >= w.nstart:
            continue
        start, _ = doc.view.span(m.start, m.end)
        if (
            doc.unit_of(start) == doc.unit_of(w.start)
            and doc.words_between(start, w.start) <= NEGATION_WINDOW
        ):
            return True
    return False


class _Cores:
    """The cores of the mentions (sorted by where they start, which never changes), asked which
    one holds an offset: only those starting at most the longest core before it are looked at."""

    def __init__(self, mentions: list[EventMention]) -> None:
        self.mentions = mentions
        self.starts = [m.core[0] for m in mentions]
        self.longest = max((m.core[1] - m.core[0] for m in mentions), default=0)

    def grown(self, mention: EventMention) -> None:
        """Take note of a core that grew (a modifier after the trigger)."""
        self.longest = max(self.longest, mention.core[1] - mention.core[0])

    def holding(self, pos: int, but: EventMention) -> bool:
        lo = bisect.bisect_left(self.starts, pos - self.longest + 1)
        hi = bisect.bisect_right(self.starts, pos)
        return any(o is not but and o.core[0] <= pos < o.core[1] for o in self.mentions[lo:hi])


def _extend_light_verb(doc: Doc, lex: EventLexicon, mention: EventMention, cores: _Cores) -> None:
    """Start the span at a light verb a few words before ("شنت عددا من الغارات")."""
    wi = doc.word_at(mention.core[0])
    for j in range(wi - 1, max(-1, wi - LIGHT_VERB_WINDOW - 2), -1):
        w = doc.words[j]
        if doc.unit_of(w.start) != mention.unit:
            return
        if cores.holding(w.start, mention):
            return
        if in_set(w.norm, lex.light_verbs):
            mention.start = w.start
            return


def _outside_other_events(
    mentions: list[EventMention], agents: list[tuple[int, int, EventType]]
) -> list[tuple[int, int, EventType]]:
    """Agent words that are not part of a trigger of another family: in "مسيرة احتجاجية" (a
    protest march) "مسيرة" is no drone, so it types no attack near it."""
    others = SpanSet(m.core for m in mentions if m.family not in VIOLENT)
    return [a for a in agents if not others.overlaps(a[0], a[1])]


def _resolve_type(
    doc: Doc,
    segments: Segments,
    lex: EventLexicon,
    mention: EventMention,
    weapons: list[WeaponMention],
    agents: list[tuple[int, int, EventType]],
    ground: frozenset[int],
) -> None:
    """Modifier after the trigger, then the nearest weapon, then the nearest agent word (not a
    force on the ground for an assault: "هجوم شنته قوات" is no bombardment). `ground` holds the
    start offsets of the ground agents."""
    wi = doc.word_at(mention.core[1])
    for j in range(wi, min(len(doc.words), wi + MODIFIER_WINDOW)):
        w = doc.words[j]
        if doc.unit_of(w.start) != mention.unit:
            break
        found = in_set(w.norm, lex.modifiers)
        if found is None:
            continue
        if mention.generic or lex.modifiers[found] == mention.type:
            mention.type = lex.modifiers[found]
            mention.strength = 3
            mention.generic = False
            mention.end = max(mention.end, w.end)
            mention.core = (mention.core[0], max(mention.core[1], w.end))
        return
    if not mention.generic:
        return
    barred: frozenset[EventType] = REMOTE_FIRE if mention.gunfire else frozenset()
    best: tuple[int, EventType] | None = None
    for weapon in weapons:
        if weapon.mode is None or weapon.mode in barred or not segments.same(weapon.span[0], mention.core[0]):
            continue
        dist = min(abs(weapon.span[0] - mention.core[1]), abs(mention.core[0] - weapon.span[1]))
        if best is None or dist < best[0]:
            best = (dist, weapon.mode)
    if best is not None:
        mention.type, mention.strength, mention.generic = best[1], 3, False
        return
    agent: tuple[int, EventType] | None = None
    for s, e, kind in agents:
        if kind in barred or (mention.assault and s in ground) or not segments.same(s, mention.core[0]):
            continue
        dist = min(abs(s - mention.core[1]), abs(mention.core[0] - e))
        if agent is None or dist < agent[0]:
            agent = (dist, kind)
    if agent is not None:
        mention.type, mention.strength = agent[1], 2
