"""Finding attribution cues: cue forms of the data file, kept only where they attribute.

A form is dropped where it is used in another sense or in the article's own voice:
a blocker phrase (يذكر أن), a `needs` word missing from its clause (نقل without أن or
عن is "transported"), a participle that does not open a clause after a comma, a cue
inside a quotation (the quoted speaker's words), or a verb right after "أنها"/"إنه"
(the source repeating its own verb: "قالت فيه إنها وثقت"). A preposition followed by
ما and a verb cue (بحسب ما نقلت، وفقاً لما ذكرته، حسبما أفاد) becomes one cue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.markers import markers
from rasid.lang.ar.match import ARTICLE
from rasid.relate.claims.lexicon import CueEntry, cue_clitics, cue_entries, cue_matcher, source_heads
from rasid.relate.claims.text import ClaimText

NEEDS_WINDOW = 10
PARENTHETICAL = 8  # tokens of a comma segment skipped by the near window ("، في بيان مقتضب،")
RELATIVE_CLAUSE = 20  # tokens of a relative clause that a comma closes, skipped by the needs window
OMISSION = frozenset({"…", "..."})  # marks of words left out of a quotation
NEAR_WINDOW = 5  # tokens for a cue whose form is also a common word ("بين" between / "بيّن" showed)


@dataclass
class Cue:
    """One attribution cue and what the stage learns about it."""

    i0: int
    i1: int
    entry: CueEntry
    verb: CueEntry | None = None  # the verb of a merged "بحسب ما نقلت" cue
    clitic: bool = False  # "وقال": a new clause, so no subject before the cue
    src: tuple[int, int] | None = None  # token range of the source phrase
    src_mode: str = ""  # post, pre, relative, object, inherit, pronoun
    relay_src: tuple[int, int] | None = None  # "عن مصدر ..." after a relay verb
    suppressed: bool = False  # a call to action: no claim, but a subject for participles
    content: tuple[int, int] | None = None  # token range
    region_end: int = 0
    attached_to: Cue | None = None
    chain: list[str] = field(default_factory=list)
    source: str | None = None
    applied: bool = False  # an attached preposition whose chain was joined to its claim

    @property
    def position(self) -> str:
        return self.entry.position

    @property
    def stance(self) -> str:
        return (self.verb or self.entry).stance

    @property
    def subject(self) -> str:
        return (self.verb or self.entry).subject


@cache
def _preposition_forms() -> frozenset[str]:
    """One-word preposition cues (بحسب، وفق، وفقا)."""
    return frozenset(e.form for e in cue_entries() if e.position == "preposition" and " " not in e.form)


def _after_preposition_ma(ct: ClaimText, i0: int) -> bool:
    """The cue follows ما of a preposition cue ("بحسب ما نقلت", "وفقاً لما ذكرته"), not "ما بين"."""
    if i0 < 2 or not ct.has(i0 - 1, "relative_ma"):
        return False
    return _preposition_cue(ct, i0 - 2)


def _preposition_cue(ct: ClaimText, k: int) -> bool:
    """Token k is a one-word preposition cue, with or without its conjunction (بحسب، وبحسب، وفق)."""
    return _word_in(ct.text(k), _preposition_forms())


def _cites_noun(ct: ClaimText, k: int) -> bool:
    """Token k is a preposition cue without its ما (بحسب، وفق): what follows is a noun it cites."""
    return _preposition_cue(ct, k) and not _fused_ma(ct, k)


def _fused_ma(ct: ClaimText, k: int) -> bool:
    """Token k is a preposition cue written with its ما (حسبما، وبحسبما): a verb follows it."""
    return _word_in(ct.text(k), frozenset(p[0] for p in markers()["fused_ma"] if len(p) == 1))


def _word_in(word: str, words: frozenset[str]) -> bool:
    """The word is one of `words`, or one of them after a conjunction (و، ف)."""
    return word in words or any(
        word.startswith(c.form) and word[len(c.form) :] in words for c in cue_clitics()
    )


def _needs_met(ct: ClaimText, entry: CueEntry, i1: int) -> bool:
    if not entry.needs and not entry.needs_prefixes:
        return True
    _, s_end = ct.sent_range(i1 - 1)
    reach = NEAR_WINDOW if entry.needs_near else NEEDS_WINDOW
    window = _window(ct, i1, s_end, reach)
    if entry.needs_near:  # "بين المواطنين و أن الحكومة": a coordinated أن goes on with an earlier clause
        window = [w for prev, w in zip(["", *window], window, strict=False) if prev != "و"]
    return any(
        w in entry.needs or any(w.startswith(p) and len(w) > len(p) + 2 for p in entry.needs_prefixes)
        for w in window
    )


def _window(ct: ClaimText, k: int, end: int, reach: int) -> list[str]:
    """The next `reach` tokens from k (a name counts as one), not counting a parenthetical comma segment that opens
    with a preposition ("وبينت الوزارة، في بيان مقتضب، أن": where it was said), nor a relative
    clause closed by a comma that describes the object ("ووصف الهجوم الذي استهدف ...، بأنه")."""
    out: list[str] = []
    while k < end and len(out) < reach and ct.text(k) not in OMISSION:  # "(…)": words cut out between clauses
        if ct.is_comma(k) and ct.has(k + 1, "preposition"):
            close = _comma_within(ct, k + 2, end, PARENTHETICAL)
            if close is not None:
                k = close + 1
                continue
        if out and ct.has(k, "relative"):
            close = _comma_within(ct, k + 1, end, RELATIVE_CLAUSE)
            if close is not None:
                k = close + 1
                continue
        out.append(ct.text(k))
        k = _past_name(ct, k)
    return out


def _past_name(ct: ClaimText, k: int) -> int:
    """The token after an actor's name at k (it counts as one word), else k + 1."""
    ref = ct.actor_starting(k)
    return max(k + 1, ct.tok_at(ref.end)) if ref is not None else k + 1


def _comma_within(ct: ClaimText, k: int, end: int, reach: int) -> int | None:
    """The first comma from token k within `reach` tokens, before `end`."""
    return next((j for j in range(k, min(end, k + reach)) if ct.is_comma(j)), None)


def _keep(ct: ClaimText, i0: int, entry: CueEntry, clitic: str) -> bool:
    if ct.in_quote(i0) or _blocked(ct, i0, clitic):
        return False
    s0, _ = ct.sent_range(i0)
    prev = i0 - 1 if i0 > s0 else None
    if prev is not None and (ct.phrase_ending(prev, "negation_before") or _negation_word(ct, prev)):
        return False  # "لم يذكر", "ولم يذكر", "دون أن يشير": nothing is said
    if prev is not None and ct.has(prev, "relative") and ct.has(i0 + 1, "resumptive"):
        return _said_on_occasion(ct, i0 + 1)  # "الهدنة التي دعت إليها": the cue describes a noun
    if entry.position == "participle" and not clitic and prev is not None and not ct.is_comma(prev):
        # "من الأسر الفقيرة مؤكدةً أنها": with no comma, only when a complementizer follows it
        return ct.is_complementizer(i0 + len(entry.form.split()))
    if entry.position == "verb" and prev is not None and _describes_document(ct, prev, i0, entry):
        return False  # "- في بيان أوردته الوكالة -": the verb says who carried the document, not who speaks
    if entry.position == "verb" and prev is not None and not clitic and _not_a_report(ct, prev, i0, entry):
        return False  # "قد تكشف عن المزيد", "كانت تنقل سياحا": what may happen or was going on
    if (
        entry.position == "verb"
        and prev is not None
        and not clitic
        and _describes_indefinite(ct, prev, i0, entry)
    ):
        return False  # "عدم وجود أدلة تدين المتهم": the verb describes the evidence, nobody condemns
    if entry.position == "verb" and prev is not None and _cites_noun(ct, prev):
        return False  # "وبحسب رصد الأناضول": after بحسب the form is the document it cites, a noun
    if entry.position == "verb" and prev is not None and _governs_noun(ct, prev):
        return (
            False  # "دعت إلى إدانة الجرائم": after a preposition the form is a verbal noun (إدانة, not أدانه)
        )
    return not (entry.position == "verb" and prev is not None and ct.has(prev, "complementizer_pronoun"))


OCCASION_REACH = (
    12  # tokens from "فيه" to the complementizer of what is said ("الذي أكدت فيه منظمات حقوقية اليوم، أن")
)


def _said_on_occasion(ct: ClaimText, k: int) -> bool:
    """The resumptive at token k points back to when or where it was said, and a complementizer
    opens what is said ("في الوقت الذي أكدت فيه منظمات حقوقية أن", "البيان الذي قالت فيه الوزارة
    إن"): the cue reports, its subject after the pronoun. Without one ("اليوم الذي قتل فيه") or with
    another pronoun ("الهدنة التي دعت إليها") the cue describes the noun before."""
    if not ct.has(k, "occasion_resumptive"):
        return False
    _, s_end = ct.sent_range(k)
    return any(ct.is_complementizer(j) for j in range(k + 1, min(s_end, k + OCCASION_REACH)))


def _describes_document(ct: ClaimText, k: int, i0: int, entry: CueEntry) -> bool:
    """Token k is an indefinite document noun (بيان، تصريحات، بياناً) and the verb at i0 carries a pronoun
    that refers back to it ("بيان أوردته", "تصريحات نقلتها"): an adjectival clause about the document, so
    the speaker is the one whose statement it is, whatever punctuation sets the clause off. A cue whose
    own lemma ends in the pronoun letter keeps it, and "بياناً قالت فيه" carries no pronoun."""
    if entry.lemma.endswith("ه"):
        return False
    noun = ct.text(k)
    head = source_heads().get((noun,)) or source_heads().get((noun.removesuffix("ا"),))
    if head is None or head.kind != "document" or noun.startswith(ARTICLE):
        return False
    return ct.text(i0).endswith(affixes("object_pronoun"))  # the clause grammar's object pronouns


def _imperfect(ct: ClaimText, i0: int, entry: CueEntry) -> bool:
    """The cue form is an imperfect verb (يكشف، تنقل): its prefix is not the first letter of its lemma."""
    word = ct.text(i0)
    return bool(word) and word[0] in "يت" and not entry.lemma.startswith(word[0])


def _not_a_report(ct: ClaimText, k: int, i0: int, entry: CueEntry) -> bool:
    """An imperfect verb right after an auxiliary tells no statement: after قد it is what may happen
    ("قد تكشف عملية البحث عن المزيد"), after كان what was going on ("كانت تنقل سياحا"), unless reported
    words follow it close by ("كان يؤكد أن": a habitual statement)."""
    if not _imperfect(ct, i0, entry) or not ct.has(k, "aux"):
        return False
    if ct.text(k).endswith("قد"):
        return True
    _, s_end = ct.sent_range(i0)
    window = range(i0 + 1, min(s_end, i0 + 1 + NEAR_WINDOW))
    return not any(ct.is_complementizer(j) or ct.is_quote(j) or ct.text(j) == ":" for j in window)


def _describes_indefinite(ct: ClaimText, k: int, i0: int, entry: CueEntry) -> bool:
    """An imperfect verb right after an indefinite noun that a preposition or a word of existence governs
    ("عدم وجود أدلة تدين", "لا توجد وثائق تثبت", "على معلومات تفيد"): a governed noun is no subject
    placed before its verb, so the verb is an adjectival clause about it and says nothing of a speaker.
    A source head, an actor or a place there ends a subject that comes first ("مصادر في الوزارة تؤكد",
    "وزارة الصحة في غزة تعلن")."""
    noun = ct.text(k)
    if not _imperfect(ct, i0, entry) or k == 0:
        return False
    if not ct.is_word(k) or noun.startswith(ARTICLE) or noun.startswith("لل"):
        return False
    if ct.actors_in(ct.toks[k].start, ct.toks[k].end) or ct.place_at(k) is not None:
        return False  # "وزارة الصحة في غزة تعلن": a name ends the subject that comes first
    if source_heads().get((noun,)) is not None or source_heads().get((noun.removesuffix("ا"),)) is not None:
        return False
    s0, _ = ct.sent_range(i0)
    before = k - 1
    return before >= s0 and (_governs_noun(ct, before) or ct.has(before, "existential"))


def _governs_noun(ct: ClaimText, k: int) -> bool:
    """A bare preposition that takes a noun, never a finite verb (إلى، على، عن، من، في)."""
    return ct.has(k, "content_preposition") or ct.has(k, "noun_preposition")


def _negation_word(ct: ClaimText, k: int) -> bool:
    """A one-word negation carrying a conjunction ("ولم", "فلا")."""
    word = ct.text(k)
    singles = {p[0] for p in markers()["negation_before"] if len(p) == 1}
    return any(word.startswith(c.form) and word[len(c.form) :] in singles for c in cue_clitics())


def _blocked(ct: ClaimText, i0: int, clitic: str) -> bool:
    """A blocker phrase covers the cue word (its clitic removed): "ويُذكر أن", "عدم ذكر"."""
    token = ct.text(i0)
    word = token[len(clitic) :]
    for phrase in markers()["blocker"]:
        for pos, w in enumerate(phrase):
            if w not in (word, token):
                continue
            start = i0 - pos
            if start >= 0 and all(
                ct.text(start + k) == x or (start + k == i0 and x == word) for k, x in enumerate(phrase)
            ):
                return True
    return False


def find_cues(ct: ClaimText) -> list[Cue]:
    """Cues in text order, filtered and merged."""
    raw: list[Cue] = []
    for m in cue_matcher().find(ct.norm):
        i0 = ct.tok_at(m.word_start)
        i1 = ct.tok_at(m.end)
        if i0 >= len(ct) or ct.toks[i0].start != m.word_start:
            continue
        entry = m.payload
        after_ma = _after_preposition_ma(ct, i0)
        if entry.after_ma and not after_ma:
            continue  # "نشرت" publishes; "بحسب ما نشرته" attributes
        if _keep(ct, i0, entry, m.clitic) and (_needs_met(ct, entry, i1) or after_ma):
            raw.append(Cue(i0, i1, entry, clitic=bool(m.clitic)))
    return _outside_direct_speech(ct, _merge(ct, raw))


SPEECH_SUBJECT = 6  # words between a verb cue and the colon that opens its direct speech


def _outside_direct_speech(ct: ClaimText, cues: list[Cue]) -> list[Cue]:
    """Drop the cues of direct speech that a colon opens after a verb cue and its subject, with no
    quotation marks ("وأضاف البيان: ينفي المكتب ...، ويؤكد أن ..."): they are the speaker's words.
    A quotation opening right after the colon holds the speech to its closing mark."""
    out: list[Cue] = []
    until = -1
    for c in cues:
        if c.i0 < until:
            continue
        out.append(c)
        if c.position != "verb":
            continue
        _, s_end = ct.sent_range(c.i0)
        for k in range(c.i1, min(s_end, c.i1 + SPEECH_SUBJECT + 1)):
            if ct.is_introducer(k):
                close = ct.quote_close(k + 1) if k + 1 < s_end else None
                # a quotation after the colon holds the speech: "، مشيراً إلى أن" after it is a cue
                until = close + 1 if close is not None and close < s_end else s_end
                break
            if not ct.is_word(k):
                break
    return out


def _merge(ct: ClaimText, cues: list[Cue]) -> list[Cue]:
    """Join "preposition + ما + verb" into one cue spanning the three words."""
    out: list[Cue] = []
    skip: set[int] = set()
    by_start = {c.i0: c for c in cues}
    for c in cues:
        if id(c) in skip:
            continue
        fused = tuple(c.entry.form.split()) in markers()["fused_ma"]  # "حسبما أفاد", "على ما أفادت"
        if c.position == "preposition" and (fused or ct.has(c.i1, "relative_ma")):
            verb = by_start.get(c.i1 if fused else c.i1 + 1)
            if verb is not None and verb.position == "verb":
                skip.add(id(verb))
                out.append(Cue(c.i0, verb.i1, c.entry, verb=verb.entry))
                continue
        out.append(c)
    return out
