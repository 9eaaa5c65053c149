"""The event vocabulary: triggers and the words around them, the taxonomy and the modality cues.

Loaded once from data/event_triggers.tsv, data/event_taxonomy.tsv and data/event_modality.tsv
(see their headers). Multi-word phrases go into PhraseMatchers; one-word roles into sets
that are looked up through `rasid.relate.text.readings`, so clitics and the article are optional.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import Literal, get_args

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.match import ARTICLE, PhraseMatch, PhraseMatcher, definite_variants, phrase_key
from rasid.record import EventType

TRIGGERS_FILE = "event_triggers.tsv"
TAXONOMY_FILE = "event_taxonomy.tsv"
MODALITY_FILE = "event_modality.tsv"

EVENT_TYPES: frozenset[str] = frozenset(get_args(EventType))
#: Roles whose phrases are only looked up as a set of words (no type, no extra column).
WORD_SET_ROLES = (
    "light_verb",
    "start",
    "delivery",
    "demonstrative",
    "similar",
    "ordinal",
    "period",
    "response",
    "toll",
    "background",
    "superlative",
    "partitive",
    "target_prep",
    "glued",
    "undergo",
    "witness",
    "preposition",
    "responsible",
    "relative_verb",
    "relative",
    "self",
    "sport",
    "claim_verb",
    "fire",
    "intercept",
    "launch",
)
ROLES = frozenset(
    {"trigger", "modifier", "agent", "separator", "suffix", "block", "agent_prep", "topic", *WORD_SET_ROLES}
)
KEYWORD_NEEDS = frozenset({"attack", "no_victims"})  # needs values that are not word lists
Modality = Literal["negated", "hypothetical"]


SPECIFIC_VALUES = frozenset({"yes", "no", "gunfire", "assault"})


def _specific(cell: str, where: str) -> str:
    """A trigger's `specific` cell: yes (its type is fixed), no, gunfire (no, but not shelling or
    airstrike) or assault (no, but a force on the ground does not make it shelling)."""
    if cell not in SPECIFIC_VALUES:
        raise DataFileError(f"{where}: specific must be one of {sorted(SPECIFIC_VALUES)}, got {cell!r}")
    return cell


@dataclass(frozen=True)
class TriggerEntry:
    """What a trigger phrase names: its (fallback) type, whether it is fixed, what it needs."""

    type: EventType
    specific: bool
    needs_attack: bool = False
    needs_words: tuple[str, ...] = ()
    no_victims: bool = False  # not when a casualty word follows ("استقبل المستشفى الجرحى")
    gunfire: bool = False  # names shooting ("إطلاق النار"): retyped by who fired, never as fire from afar
    assault: bool = False  # names an assault ("هجوم"): a force on the ground does not make it shelling
    suffixed: bool = False  # found with a pronoun suffix ("غاراتها"): it points at a known agent
    verb: bool = False  # a verb: a definite word after it is its subject, not a genitive
    either: bool = False  # noun or verb ("قصف"): a verb right after the speaker's pronoun ("إنه قصف")


@dataclass(frozen=True)
class TaxonomyEntry:
    type: EventType
    family: str
    acled_type: str
    acled_sub: tuple[str, ...]
    plover: str


@dataclass(frozen=True)
class ModalityCue:
    kind: Modality
    window: int
    next: str


@dataclass(frozen=True)
class EventLexicon:
    triggers: PhraseMatcher[TriggerEntry | None]
    modifiers: dict[str, EventType]
    agents: PhraseMatcher[EventType]  # read through find_agents
    indefinite_agents: frozenset[str]  # agents that count only without the article ("مسيرة")
    ground_agents: frozenset[str]  # forces on the ground ("قوات"): they type a bombardment, not an assault
    owned_agents: PhraseMatcher[EventType]  # "مقاتليه", "قواتهم": an arm whose owner was named before
    light_verbs: frozenset[str]
    starts: frozenset[str]
    delivery: frozenset[str]
    demonstratives: frozenset[str]
    similar: frozenset[str]
    ordinals: frozenset[str]  # "غارة ثالثة": one raid of an incident already named
    periods: frozenset[str]  # "تصعيداً في القصف": a period of strikes
    responses: frozenset[str]
    partitives: frozenset[str]  # "من" after a superlative: a share of the strikes told, no class
    superlatives: frozenset[str]  # "أعنف", "أكثر": a period after them is a record, not strikes
    backgrounds: frozenset[str]  # "سبق أن": the trigger after it is an earlier event told as background
    tolls: frozenset[str]  # "حصيلة", "ضحايا" right before a trigger: its toll is told, later
    separators: PhraseMatcher[str]
    target_preps: frozenset[str]
    glued: frozenset[str]
    undergo: frozenset[str]
    witnesses: frozenset[str]  # "شهدت": its subject is where an event happened, not who did it
    prepositions: frozenset[str]
    responsible: frozenset[str]
    relative_verbs: frozenset[str]
    relatives: frozenset[str]
    agent_preps: frozenset[str]
    selves: frozenset[str]  # "إنه" before a verb in a claim: the speaker tells its own act
    sports: frozenset[str]  # "مباراة", "الدوري": a match report, whose clashes are play
    claim_verbs: frozenset[str]  # "تبنى", "يتبنى": a side claims an attack as its own
    fire_objects: frozenset[str]  # "النار", "الرصاص": the object of a verb of shooting
    intercepts: frozenset[str]  # "اعترضت", "أسقطت": the defender stopped what another side fired
    launches: frozenset[str]  # "أطلقته", "أطلقها": the side that fired it, named after the verb
    topics: dict[str, int]  # word -> most words between it and the trigger whose event it talks about
    suffixes: tuple[str, ...]
    taxonomy: dict[str, TaxonomyEntry]
    modality: PhraseMatcher[ModalityCue]
    prefix_cues: dict[str, ModalityCue]

    @cached_property
    def responsibility_endings(self) -> tuple[str, ...]:
        """Endings of a responsibility word with a pronoun suffix ("مسؤوليتها"): ة is written ت."""
        stems = [base[:-1] + "ت" if base.endswith("ه") else base for base in sorted(self.responsible)]
        return tuple(stem + suffix for stem in stems for suffix in self.suffixes)

    def find_agents(self, norm: str) -> list[PhraseMatch[EventType]]:
        """The agent words of a normalised text, but an indefinite-only one with the article."""
        return [
            m
            for m in self.agents.find(norm)
            if m.phrase not in self.indefinite_agents
            or not (m.clitic.endswith(affixes("definite_prefix")) or norm.startswith(ARTICLE, m.start))
        ]

    def family(self, event_type: str) -> str:
        entry = self.taxonomy.get(event_type)
        return entry.family if entry else event_type


def taxonomy_codes(event_type: str, *, state: bool = False) -> tuple[list[str] | None, str | None]:
    """([ACLED event type, sub-event type] or None, PLOVER type or None) of an event type.

    Where ACLED's sub-event depends on who acted (territory changes), `state` picks the
    government's ("Government regains territory") over a non-state actor's.
    """
    entry = event_lexicon().taxonomy[event_type]
    plover = entry.plover or None
    if not entry.acled_type:
        return None, plover
    subs = entry.acled_sub or ("",)
    sub = subs[0] if state or len(subs) == 1 else subs[1]
    return [entry.acled_type, sub], plover


def _type(cell: str, where: str) -> EventType:
    if cell not in EVENT_TYPES:
        raise DataFileError(f"{where}: unknown event type {cell!r}")
    return cell  # type: ignore[return-value]


def _one_word(phrase: str, role: str) -> str:
    key = phrase_key(phrase)
    if " " in key:
        raise DataFileError(f"{TRIGGERS_FILE}: a {role} must be one word, got {phrase!r}")
    return key


@cache
def event_lexicon() -> EventLexicon:
    """The event vocabulary of the data files (raises DataFileError on a bad row)."""
    rows = load_rows(TRIGGERS_FILE, normalise_columns=("phrase", "needs"))
    seen: set[tuple[str, str]] = set()
    trigger_rows: list[tuple[str, TriggerEntry | None]] = []
    suffixes: list[str] = []
    modifiers: dict[str, EventType] = {}
    agents: list[tuple[str, EventType]] = []
    indefinite: set[str] = set()
    ground: set[str] = set()
    sets: dict[str, set[str]] = {r: set() for r in WORD_SET_ROLES}
    agent_preps: list[tuple[str, str]] = []
    topics: dict[str, int] = {}
    separators: list[tuple[str, str]] = []
    for row in rows:
        phrase, role = row["phrase"], row["role"]
        where = f"{TRIGGERS_FILE} row {phrase!r}"
        if role not in ROLES:
            raise DataFileError(f"{where}: unknown role {role!r}")
        key = (phrase_key(phrase), role)
        if key in seen:
            raise DataFileError(f"{where}: duplicate {role}")
        seen.add(key)
        if role == "trigger":
            needs = row["needs"]
            entry = TriggerEntry(
                _type(row["type"], where),
                _specific(row["specific"], where) == "yes",
                needs_attack=needs == "attack",
                needs_words=tuple(needs.split("|")) if needs and needs not in KEYWORD_NEEDS else (),
                no_victims=needs == "no_victims",
                verb=row["pos"] == "verb",
                either=row["pos"] == "both",
                gunfire=row["specific"] == "gunfire",
                assault=row["specific"] == "assault",
            )
            if row["pos"] not in ("noun", "verb", "both"):
                raise DataFileError(f"{where}: pos must be noun, verb or both")
            trigger_rows.append((phrase, entry))
        elif role == "block":
            trigger_rows.append((phrase, None))
        elif role == "topic":
            if not row["needs"].isdigit():
                raise DataFileError(f"{where}: a topic needs its window (a number) in the needs column")
            topics[_one_word(phrase, role)] = int(row["needs"])
        elif role == "suffix":
            suffixes.append(_one_word(phrase, role))
        elif role == "modifier":
            modifiers[_one_word(phrase, role)] = _type(row["type"], where)
        elif role == "agent":
            agents.append((phrase, _type(row["type"], where)))
            if row["needs"] == "indefinite":
                indefinite.add(_one_word(phrase, role))
            elif row["needs"] == "ground":
                ground.add(_one_word(phrase, role))
        elif role == "separator":
            separators.append((phrase, phrase))
        elif role == "agent_prep":
            agent_preps.append((phrase, phrase))
        elif role == "target_prep" and " " in phrase_key(phrase):
            raise DataFileError(f"{where}: a target_prep must be one word")
        else:
            sets[role].add(_one_word(phrase, role))
    entries: list[tuple[str, TriggerEntry | None]] = []
    for phrase, found in trigger_rows:
        variants = definite_variants(phrase)
        entries.extend((v, found) for v in variants)
        if found is not None:
            suffixed = replace(found, suffixed=True)
            first = variants[0].partition(" ")[0]
            rest = variants[-1].partition(" ")[2]  # a suffixed noun is definite: its adjective takes ال
            for suffix in suffixes:
                entries.append(((first + suffix + " " + rest).strip(), suffixed))
    owned_entries: list[tuple[str, EventType]] = []
    for phrase, kind in agents:  # "طائراتها", "قواتها": the arm of an agent named before
        first, _, rest = phrase_key(phrase).partition(" ")
        owned_entries.extend(((first + suffix + " " + rest).strip(), kind) for suffix in suffixes)
    agent_entries = [*agents, *owned_entries]
    return EventLexicon(
        triggers=PhraseMatcher(entries, strip_article=True),
        modifiers=modifiers,
        agents=PhraseMatcher(agent_entries, strip_article=True),
        indefinite_agents=frozenset(indefinite),
        ground_agents=frozenset(ground),
        owned_agents=PhraseMatcher(owned_entries, strip_article=False),
        light_verbs=frozenset(sets["light_verb"]),
        starts=frozenset(sets["start"]),
        delivery=frozenset(sets["delivery"]),
        demonstratives=frozenset(sets["demonstrative"]),
        similar=frozenset(sets["similar"]),
        ordinals=frozenset(sets["ordinal"]),
        periods=frozenset(sets["period"]),
        responses=frozenset(sets["response"]),
        tolls=frozenset(sets["toll"]),
        backgrounds=frozenset(sets["background"]),
        superlatives=frozenset(sets["superlative"]),
        partitives=frozenset(sets["partitive"]),
        separators=PhraseMatcher(separators, strip_article=False, min_stripped=2),
        target_preps=frozenset(sets["target_prep"]),
        glued=frozenset(sets["glued"]),
        undergo=frozenset(sets["undergo"]),
        witnesses=frozenset(sets["witness"]),
        prepositions=frozenset(sets["preposition"]),
        responsible=frozenset(sets["responsible"]),
        relative_verbs=frozenset(sets["relative_verb"]),
        relatives=frozenset(sets["relative"]),
        agent_preps=frozenset(phrase_key(p) for p, _ in agent_preps),
        topics=topics,
        selves=frozenset(sets["self"]),
        sports=frozenset(sets["sport"]),
        claim_verbs=frozenset(sets["claim_verb"]),
        fire_objects=frozenset(sets["fire"]),
        intercepts=frozenset(sets["intercept"]),
        launches=frozenset(sets["launch"]),
        suffixes=tuple(suffixes),
        taxonomy=_taxonomy(),
        modality=_modality()[0],
        prefix_cues=_modality()[1],
    )


@cache
def _taxonomy() -> dict[str, TaxonomyEntry]:
    out: dict[str, TaxonomyEntry] = {}
    for row in load_rows(TAXONOMY_FILE):
        t = _type(row["type"], TAXONOMY_FILE)
        if t in out:
            raise DataFileError(f"{TAXONOMY_FILE}: duplicate type {t!r}")
        subs = tuple(s for s in row["acled_sub"].split("|") if s)
        out[t] = TaxonomyEntry(t, row["family"], row["acled_type"], subs, row["plover"])
    missing = EVENT_TYPES - set(out)
    if missing:
        raise DataFileError(f"{TAXONOMY_FILE}: no row for {sorted(missing)}")
    return out


@cache
def _modality() -> tuple[PhraseMatcher[ModalityCue], dict[str, ModalityCue]]:
    cues: list[tuple[str, ModalityCue]] = []
    prefixes: dict[str, ModalityCue] = {}
    seen: set[str] = set()
    for row in load_rows(MODALITY_FILE, normalise_columns=("cue",)):
        kind = row["kind"]
        if kind not in ("negated", "hypothetical"):
            raise DataFileError(f"{MODALITY_FILE}: unknown kind {kind!r} for {row['cue']!r}")
        if row["cue"] in seen:
            raise DataFileError(f"{MODALITY_FILE}: duplicate cue {row['cue']!r}")
        seen.add(row["cue"])
        cue = ModalityCue(kind, int(row["window"]), row["next"])  # type: ignore[arg-type]
        if cue.next == "prefix":
            prefixes[row["cue"]] = cue
        else:
            cues.append((row["cue"], cue))
    return PhraseMatcher(cues, strip_article=False, min_stripped=2), prefixes
