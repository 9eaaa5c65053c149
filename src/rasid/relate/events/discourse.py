"""Agents across clauses and sentences, hedged agents, tallies: what events read from the clause
analysis (rasid.lang.ar.clause).

- A verb trigger whose clause has no subject of its own carries on the subject of the clause
  it continues: "أفادت الوكالة بأن القوات اقتحمت القرية، ثم اعتقلت 11 شاباً" (the forces
  arrested), "قصفت المدفعية البلدة وقتلت امرأة".
- A bare nominal trigger with no agent in its clause takes the agent its own sentence's main
  clause (when that clause comes first) or the previous sentence's names as its subject ("شنت الطائرات غارات على البلدة. وأدى القصف إلى ..."),
  then the agent the title gives the article's incidents of its family ("قصف إسرائيلي على
  ... " in the title; "شنت مسيرة معادية غارة" in the body).
- An agent named in a hedged clause ("طائرات يُرجح أنها روسية", "نُسب الهجوم إلى") is only
  supposed: the event says so (`EventActors.perpetrator_hedged`).
- A casualty figure inside a running tally ("ليرتفع عدد القتلى إلى 40", "بين الضحايا")
  counts the victims of incidents already told: it never opens an incident of its own while
  its sentence tells one.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from rasid.lang.ar.clause import Clause, Clauses, Phrase, clause_cues, clauses_of
from rasid.lang.ar.clause_marks import commas
from rasid.lang.ar.match import ARTICLE
from rasid.record import ActorMention
from rasid.relate.casualties.lexicon import casualty_lexicon
from rasid.relate.events.agents import may_carry_out
from rasid.relate.events.agreement import not_its_subject
from rasid.relate.events.args import (
    ACCUSE,
    BATTLE,
    NO_AGENT_FAMILIES,
    ArgContext,
    _eligible,
    _outermost,
    compatible_dates,
    nested_places,
    unidentified,
)
from rasid.relate.events.arms import add_state_actor
from rasid.relate.events.blame import blame_hits, blamed_ids
from rasid.relate.events.merge import Incident
from rasid.relate.events.triggers import EventMention
from rasid.relate.nisba import adjective_actor
from rasid.relate.text import in_set


def _actors_in(ctx: ArgContext, phrase: Phrase, family: str) -> list[ActorMention]:
    """The named actors inside a phrase that may have carried out an event of this family; for a
    phrase that names none, the actor its definite head noun points back at (`_named_before`)."""
    inside = ctx.starting_in(ctx.actors, phrase.start, phrase.end)
    found = _outermost([a for a in inside if a.name])
    if not inside:
        found = _named_before(ctx, phrase)
    return (
        [a for a in found if a.span[1] <= phrase.end and _eligible(ctx, a) and may_carry_out(a, family)][:1]
        if inside
        else [a for a in found if _eligible(ctx, a) and may_carry_out(a, family)]
    )


def _named_before(ctx: ArgContext, phrase: Phrase) -> list[ActorMention]:
    """The actor a bare definite noun refers back to: "ان القوات حاصرت المحتجين" after "القوات
    الامنية" was named stands for the security forces. The last named actor of this or the
    ANAPHOR_SENTENCES sentences before whose first word is the same definite noun."""
    head = _definite_forms(ctx.doc.words[phrase.words[0]].readings)
    if not head:
        return []
    sentence = ctx.doc.sentence_of(phrase.start)
    lo = ctx.doc.sentences[max(0, sentence - ANAPHOR_SENTENCES)][0] if sentence >= 0 else 0
    for a in reversed(ctx.starting_in(ctx.actors, lo, phrase.start)):
        if not a.name or a.span[1] > phrase.start:
            continue
        first = ctx.doc.words[ctx.doc.word_at(a.span[0])]
        if head & _definite_forms(first.readings):
            return [a]
    return []


def _definite_forms(readings: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The readings of a word, clitics off, that carry the article ("والقوات" → "القوات")."""
    return frozenset(rest for _, rest in readings if rest.startswith(ARTICLE) and len(rest) > 3)


HARM = frozenset({"killed", "injured"})  # what a verb does to the people it counts, for harming_subject
SIDE_HOPS = 6  # coordinated clauses walked back for a subject that names an actor
CARRYING = ("coordination", "continuation", "adverbial")  # a clause that may go on with its parent's subject
ANAPHOR_SENTENCES = 2  # how far back a bare definite noun looks for the actor it names


def _own_verb(clause: Clause, m: EventMention) -> bool:
    """The clause's verb is the mention's own word ("اعتقلت") or its light verb ("وشنت حملة")."""
    p = clause.predicate  # "واعتقلت": the verb word holds the conjunction the trigger leaves out
    return p.kind == "verbal" and p.voice == "active" and p.start < m.end and m.start < p.end


def _read_passive(clause: Clause, m: EventMention) -> bool:
    """The mention's own verb is one the clause analysis read passive only for the patient after
    it ("واعتقل الشاب"): unvowelled, it may as well be active with a dropped subject."""
    p = clause.predicate
    return p.either_voice and p.start < m.end and m.start < p.end


def _light_verb_object(clause: Clause, m: EventMention) -> bool:
    """The clause's verb is the light verb of the mention's noun ("وشنت حملة اعتقالات") and the
    phrase read as its subject is that noun: the clause, glued on with و, has no subject of its
    own (VSO reads the noun after the verb as the subject; a light verb takes it as object)."""
    subj = clause.subject
    return (
        subj is not None
        and clause.parent is not None
        and clause.relation in CARRYING
        and clause.predicate.start < m.core[0]
        and subj.start <= m.core[0] < subj.end
    )


def carried_subject(ctx: ArgContext, cs: Clauses, m: EventMention) -> list[ActorMention]:
    """The agent a verb trigger with a dropped subject carries on from the clause it continues."""
    clause = cs.at(m.core[0])
    if clause is None or m.family in NO_AGENT_FAMILIES:
        return []
    if _read_passive(clause, m):  # "اقتحمت القوة البلدة، واعتقل الشاب": either reading, the
        # active with its subject dropped or the passive, leaves the agent to the verbs before
        return _object_read_as_subject(ctx, cs, clause, m)
    if not _own_verb(clause, m):
        return []
    if _light_verb_object(clause, m):  # "وشنت حملة اعتقالات": the noun is the object, not the subject
        clause = replace(clause, subject=None, dropped_subject=True)
    if not clause.dropped_subject:
        return _object_read_as_subject(ctx, cs, clause, m)
    phrase = cs.subject_of(clause)
    if phrase is None or (phrase.start >= m.start and phrase.end <= m.end):
        return []
    found = _subject_actors(ctx, phrase, m.family)
    if found or clause.relation not in ("coordination", "continuation") or clause.parent is None:
        return found
    # "قوات إسرائيلية اقتحمت البلدة، وداهمت عددا من المنازل، وأطلقت الغاز": the clause before
    # read its object as its subject; the agent is further back along the coordinated verbs.
    return coordinated_subject(ctx, cs, cs.clauses[clause.parent], m, m.family)


def _object_read_as_subject(
    ctx: ArgContext, cs: Clauses, clause: Clause, m: EventMention
) -> list[ActorMention]:
    """For a verb glued on with و after a comma ("داهمت قوات الاحتلال البلدة، واعتقلت الشابين"),
    whose noun after it the clause analysis read as its subject but names no actor that could do
    m: that noun is its object, and the agent is the subject of the coordinated verbs before."""
    subject = clause.subject
    if clause.relation != "coordination" or clause.parent is None or subject is None:
        return []
    if m.family in NO_AGENT_FAMILIES:  # "ونزحت 200 عائلة": the families fled, nobody drove them
        return []
    if subject.start < clause.predicate.start or not ctx.doc.words[clause.predicate.word].norm.startswith(
        "و"
    ):
        return []
    if _actors_in(ctx, subject, m.family):
        return []
    return coordinated_subject(ctx, cs, cs.clauses[clause.parent], m, m.family)


def _subject_actors(ctx: ArgContext, phrase: Phrase, family: str) -> list[ActorMention]:
    """The actors of a subject phrase carried on (`_actors_in`), but a person inside a phrase
    headed by another noun: "ودهمت منزل أبو سالم واعتقلته" names the house's owner (a genitive),
    the phrase is the verb's object read as its subject."""
    head = ctx.doc.words[phrase.words[0]].start
    return [a for a in _actors_in(ctx, phrase, family) if a.type != "PER" or a.span[0] <= head]


def coordinated_subject(
    ctx: ArgContext, cs: Clauses, clause: Clause | None, m: EventMention, family: str
) -> list[ActorMention]:
    """The first subject naming an actor that can do `family` on the walk back from `clause`
    over coordinated clauses of m's sentence, told before m: verbless ones ("وقنابل الصوت") and
    verbs whose noun after them names no actor (their object read as their subject). [] at a
    passive verb (its subject suffered) or at a clause that is not a coordination."""
    c = clause
    for _ in range(SIDE_HOPS):
        if c is None or c.predicate.voice == "passive":
            return []
        phrase = cs.subject_of(c) if c.predicate.kind == "verbal" else _comma_subject(ctx, c)
        if phrase is not None and phrase.end <= m.start:
            found = _subject_actors(ctx, phrase, family)
            if found:
                return found
        if c.relation != "coordination" or c.parent is None:
            return []
        c = cs.clauses[c.parent]
    return []


def _comma_subject(ctx: ArgContext, c: Clause) -> Phrase | None:
    """A verbless clause a complementizer opens and a comma closes before the verbs coordinated after
    it is their subject, set off by the comma ("إن عدة آليات لقوات الاحتلال، اقتحمت البلدة واعتقلت شابا"): the whole noun
    phrase from its first content word, its owner after "ل" included."""
    first = c.predicate.word
    last = c.words[1]
    if c.relation != "quotation":  # opened by "إن"/"أن": a subject, not "وبالقرب من بنك مصر،"
        return None
    if first >= last or ctx.record.text[c.end : c.end + 1] not in commas():
        return None
    return Phrase(ctx.doc.words[first].start, c.end, (first, last))


def previous_subject(ctx: ArgContext, cs: Clauses, m: EventMention) -> list[ActorMention]:
    """The agent of its own sentence's main clause when that clause comes before the trigger's
    ("صعّدت جماعة X من عمليات ...، كان آخرها استهداف قاعدة"), else of the previous sentence's,
    for a nominal trigger that opens no clause of its own: the text goes on telling what that
    agent did. A previous sentence with no verb (a byline, a dateline) names nobody who did it,
    nor one whose main verb is negated (its subject is told not to have acted)."""
    clause = cs.at(m.core[0])
    if m.verb or clause is None or (clause.predicate.kind == "verbal" and _own_verb(clause, m)):
        return []
    sentence = ctx.doc.sentence_of(m.core[0])
    own = cs.sentence_subject(sentence)
    if own is not None and own.end <= clause.start:
        found = _actors_in(ctx, own, m.family)
        if found:
            return found
    if sentence <= 0 or ctx.doc.in_title(ctx.doc.sentences[sentence - 1][0]):
        return []
    if not any(c.predicate.kind == "verbal" for c in cs.in_sentence(sentence - 1)):
        return []  # a byline or a dateline ("فاطمة أحمد – مكة"): a line with no verb tells no act
    main = cs.sentence_main(sentence - 1)
    if main is None or main.predicate.negated:
        return []  # "ولم تعلق السلطات على الانفجار": a subject that did not act is no agent told on
    phrase = cs.subject_of(main)
    return [] if phrase is None else _actors_in(ctx, phrase, m.family)


def adverbial_agent(ctx: ArgContext, cs: Clauses, m: EventMention) -> list[ActorMention]:
    """The subject of a clause of time next to m's that tells a shooting ("أصيب عدد من المتظاهرين
    بجروح، عندما أطلقت قوات الأمن السعودية النار على تجمع", "قتل شخص بعدما فتحت قوة أمنية النار"):
    it tells how the casualties of m's clause came about, so it names their agent. Its verb is
    active and not negated, and a fire word (`fire_objects`: "النار", "الرصاص") follows its subject."""
    clause = cs.at(m.core[0])
    if clause is None:
        return []
    for c in cs.in_sentence(clause.sentence):
        if c.relation != "adverbial" or abs(c.index - clause.index) != 1 or c.subject is None:
            continue
        pred = c.predicate
        if pred.kind != "verbal" or pred.voice == "passive" or pred.negated:
            continue
        if not any(in_set(w.norm, ctx.lex.fire_objects) for w in ctx.doc.words_in(c.subject.end, c.end)):
            continue
        found = _actors_in(ctx, c.subject, m.family)
        if found:
            return found
    return []


def harming_subject(ctx: ArgContext, cs: Clauses, m: EventMention) -> list[ActorMention]:
    """The named actor before a verb of m's clause that kills or wounds the people it counts,
    for the noun governed by a preposition after them ("قوات الدعم السريع تقتل 14 مدنياً في هجوم
    على قرية"), or right after that verb ("قتلت القوات 5 مسلحين في اشتباكات"): the count after the
    actor is the verb's object, so the verb is active (a passive "قتل 14 مدنيا" has the count as
    its subject) and the actor did what the noun names."""
    clause = cs.at(m.core[0])
    if m.verb or not m.governed or clause is None:
        return []
    doc = ctx.doc
    lo, hi = clause.words[0], doc.word_at(m.start)
    verb = next((k for k in range(lo, hi) if _kills_or_wounds(doc.words[k].norm)), None)
    if verb is None or (clause.predicate.word == verb and clause.predicate.voice == "passive"):
        return []
    after_verb = doc.words[verb + 1].end if verb + 1 < hi else doc.words[verb].end
    pool = [
        a
        for a in _outermost([a for a in ctx.starting_in(ctx.actors, clause.start, m.start) if a.name])
        if (a.span[1] <= doc.words[verb].start or a.span[0] < after_verb)
        and ctx.victims.overlaps(max(a.span[1], doc.words[verb].end), m.start)
        and not ctx.counted_as_victims(a)
        and _eligible(ctx, a)
        and may_carry_out(a, m.family)
    ]
    return pool[:1]


def _kills_or_wounds(norm: str) -> bool:
    lex = casualty_lexicon()
    form = in_set(norm, lex.verbs)
    return form is not None and lex.status.get(form) in HARM


def hedged_agent(ctx: ArgContext, cs: Clauses, m: EventMention) -> list[ActorMention]:
    """The agent a hedged clause of the mention's own clause names: "شنت طائرات يُرجَّح أنها
    روسية غارات" (a state's adjective standing for the state), "نُسب الهجوم إلى تنظيم X" (a
    named actor). The clause is the mention's, its parent or one that hangs on it."""
    clause = cs.at(m.core[0])
    if clause is None:
        return []
    near = {clause.index, clause.parent}
    for c in cs.in_sentence(clause.sentence):
        if not c.hedged or (c.index not in near and c.parent != clause.index):
            continue
        named = [
            a
            for a in ctx.starting_in(ctx.actors, c.start, c.end)
            if a.name  # "نُسب إلى X": after إلى, the agent, not a target
            and a.id not in ctx.sources
            and not unidentified(a)
            and may_carry_out(a, m.family)
        ]
        to = _after_to(ctx, c)  # "نسبته الشرطة إلى جماعة X": the one who attributes is no agent
        named = [a for a in named if not _attributes(c, to, a)]
        if named:
            return named[:1]
        for w in ctx.doc.words[c.words[0] : c.words[1]]:
            found = adjective_actor(w.norm)
            if found is not None:
                return [add_state_actor(ctx.record, (w.start, w.end), found)]
    return []


def attributes_it(ctx: ArgContext, cs: Clauses, actor: ActorMention) -> bool:
    """Whether the actor stands between a hedged clause's verb and its "إلى" ("هجوم نسبته الشرطة إلى
    جماعة X"): it is the one who attributes the act, never its agent, even when the actors stage
    has named it (a bare الشرطة is the article's country's police)."""
    c = cs.at(actor.span[0])
    return c is not None and c.hedged and _attributes(c, _after_to(ctx, c), actor)


def _attributes(c: Clause, to: int, actor: ActorMention) -> bool:
    """The actor stands before the end `to` of the hedged clause's "إلى" (`_after_to`), when it has one."""
    return c.start < to and actor.span[0] < to


def _after_to(ctx: ArgContext, c: Clause) -> int:
    """The end of the first "إلى" of a hedged clause ("نُسب إلى X", "نسبته الشرطة إلى X";
    clause_cues.tsv, kind hedge_agent): the agent it names stands after it. The clause's start
    when it has none ("يُرجح أنها روسية")."""
    cues = clause_cues()
    for w in ctx.doc.words[c.words[0] : c.words[1]]:
        if any("hedge_agent" in cues.kinds(rest) for _, rest in w.readings):
            return w.end
    return c.start


def subject_of_verb(cs: Clauses, m: EventMention) -> int | None:
    """The clean offset of the verb whose subject the trigger is ("استهدفته الغارة الجوية"),
    or None: what stands before that verb is its object or topic, never the trigger's agent."""
    clause = cs.at(m.core[0])
    if clause is None or clause.predicate.kind != "verbal" or clause.subject is None:
        return None
    p, subj = clause.predicate, clause.subject
    if p.start < subj.start and subj.start < m.end and m.start < subj.end:  # overlaps the phrase
        return p.start
    return None


def own_clause_start(cs: Clauses, m: EventMention) -> int | None:
    """For a verb trigger whose clause opens with a prepositional phrase before it ("، في اعتداء
    بقنبلة استهدف مدرعة"), the start of that clause: the verb tells what that phrase's event
    did, so an actor of an earlier clause (the victims' "جنود من الجيش" of "قتل سبعة جنود من
    الجيش، في اعتداء") is not its subject."""
    clause = cs.at(m.core[0])
    if not m.verb or clause is None or clause.predicate.kind != "verbal":
        return None
    if not (m.start <= clause.predicate.start < m.end) or clause.predicate.start <= clause.start:
        return None
    opens_with_prep = bool(clause.attachments) and clause.attachments[0].start == clause.start
    own_subject = clause.subject is not None and clause.subject.start < clause.predicate.start
    if not opens_with_prep or own_subject or clause.relation == "continuation":
        return None
    return clause.start


def undergoes(cs: Clauses, actor: ActorMention) -> bool:
    """The actor is the subject of a passive verb ("محمد أحمد أُصيب بجروح جراء سقوط قذيفة",
    "أصيب جنود من الجيش", "نجا قائد الشرطة العقيد X من محاولة اغتيال"): it suffered the event, it
    did not carry it out. A name right after the subject is the subject's apposition (its title
    then its name), so it suffered too."""
    clause = cs.at(actor.span[0])
    if clause is None or clause.predicate.voice != "passive" or clause.subject is None:
        return False
    subject = clause.subject
    if subject.start <= actor.span[0] < subject.end:
        return True
    return actor.span[0] >= subject.end and not cs.doc.text[subject.end : actor.span[0]].strip()


def agents_in_clause(
    cs: Clauses, mentions: list[EventMention], m: EventMention, found: list[ActorMention]
) -> list[ActorMention]:
    """The agents found for m (`mentions`: its incident's, in text order) that its clause allows: none from before a verb whose subject m is
    (`subject_of_verb`), none from an earlier clause when m's clause opens with a prepositional
    phrase (`own_clause_start`), none that suffered it (`undergoes`), and none after a generic
    verb that tells what an earlier trigger of its clause did ("بقصف مماثل استهدف إحدى قرى
    مديرية X": what follows the verb is its object)."""
    verb = subject_of_verb(cs, m)
    if verb is not None:
        found = [a for a in found if a.span[0] >= verb]
    start = own_clause_start(cs, m)
    if start is not None:
        found = [a for a in found if a.span[0] >= start]
    if m.verb and m.generic and _follows_in_clause(cs, mentions, m):
        found = [a for a in found if a.span[0] < m.core[1]]  # not over what the trigger grew onto
    return [a for a in found if not undergoes(cs, a) and not not_its_subject(cs, m, a)]


def _follows_in_clause(cs: Clauses, mentions: list[EventMention], m: EventMention) -> bool:
    """Another mention of m's incident (`mentions`, in text order) comes before m in m's clause,
    looked up from m back to its clause's start only."""
    clause = cs.at(m.core[0])
    if clause is None:
        return False
    k = bisect.bisect_left([o.core[0] for o in mentions], m.core[0]) - 1
    while k >= 0 and mentions[k].core[0] >= clause.start:
        if mentions[k] is not m and mentions[k].core[1] <= m.start:
            return True
        k -= 1
    return False


def hedged(cs: Clauses, perpetrators: list[ActorMention], accused: frozenset[str] = frozenset()) -> bool:
    """Every agent was named in a hedged clause or is the side an accusation blames (`accused_ids`):
    the text only supposes, or reports someone saying, who did it."""
    return bool(perpetrators) and all(cs.hedged_at(a.span[0]) or a.id in accused for a in perpetrators)


def accused_ids(ctx: ArgContext) -> frozenset[str]:
    """The actors an accusation blames ("اتهمت الحكومة تنظيم داعش بالوقوف وراء الهجوم", "اتهم
    الائتلاف روسيا بقصف"): named inside the content of a claim of stance `accuse`, not its source.
    The accused may stand between the cue and a content the claims stage starts at the blame word
    ("اتهم الجيش جماعة تابعة للتنظيم بالوقوف وراء الهجوم"); and the side a blame word names after it
    in any claim (`blame.blamed_ids`). The accuser says so; the text does not."""
    spans = [
        (min(c.cue.span[1], c.content.span[0]), c.content.span[1])  # with the accused before the content
        for c in ctx.claims
        if c.stance == ACCUSE
    ]
    accused = frozenset(
        a.id
        for lo, hi in spans
        for a in ctx.starting_in(ctx.actors, lo, hi)
        if a.span[1] <= hi and a.id not in ctx.sources
    )
    return accused | blamed_ids(ctx, blame_hits(ctx))  # "قال إن اللوم يقع على عاتق X": blamed in any claim


#: Incidents of a device set off on the spot (a bomb planted or worn): the one who set it off is
#: named in their own words or not at all, never the aircraft or gunners of another incident.
PLANTED = frozenset({"explosion", "suicide_bombing"})


def may_inherit(kind: str, donor: str | None) -> bool:
    """An incident of type `kind` may take the agent of an earlier incident (or of the title) of
    type `donor`: "فيما قتل اثنان بانفجار عبوة" after "غارات جوية للتحالف" does not; "انفجرت سيارة
    مفخخة يقودها انتحاري" after "تفجير انتحاري ... أعلنت حركة طالبان مسؤوليتها عنه" does (one device)."""
    return kind not in PLANTED or donor is None or donor in PLANTED


SIDES_SENTENCES = 2  # how far apart two tellings of one battle's fighting may stand


def clause_side(
    ctx: ArgContext, cs: Clauses, m: EventMention, sides: list[ActorMention]
) -> list[ActorMention]:
    """The side a battle noun's clause names as its subject when the words found only the side it
    fought "مع" ("اقتحمت قوات إسرائيلية البلدة … وأطلقت الرصاص وسط اندلاع مواجهات مع مجموعة من
    الفلسطينيين"): the clause's own subject or the one its dropped subject carries on, told
    before the trigger. [] when the sides are not one found after the trigger, or none is there."""
    if len(sides) != 1 or sides[0].span[0] < m.end:
        return []
    clause = cs.at(m.core[0])
    if clause is None or cs.at(sides[0].span[0]) is not clause:
        return []
    found = coordinated_subject(ctx, cs, clause, m, BATTLE)
    return [a for a in found if a.id != sides[0].id and not ctx.counted_as_victims(a)]


def share_sides(ctx: ArgContext, incidents: list[Incident], found: dict[int, list[ActorMention]]) -> None:
    """A battle whose own words name no side ("اشتباكات جنوبي العاصمة طرابلس") takes the sides
    of the battle the article names them for within SIDES_SENTENCES sentences at a place that
    holds or lies in its own ("وتشهد ضواحي العاصمة اشتباكات ... بين الجيش ... والقوات"): the
    same fighting told again. `found` (incident id → perpetrators) is filled in place."""
    battles = [inc for inc in incidents if inc.family == BATTLE]
    for inc in battles:
        if found.get(id(inc)):
            continue
        here = ctx.doc.sentence_of(inc.representative.core[0])
        for other in battles:
            sides = found.get(id(other))
            there = ctx.doc.sentence_of(other.representative.core[0])
            if sides and abs(there - here) <= SIDES_SENTENCES and nested_places(inc.place(), other.place()):
                found[id(inc)] = sides
                break


RETOLD_SENTENCES = 2  # how far after an incident with no agent its retelling with one may stand


def agent_told_next(
    ctx: ArgContext,
    incidents: list[Incident],
    found: dict[int, list[ActorMention]],
    unknown: set[int],
    hedged_ids: set[int],
) -> None:
    """An incident whose own words name no attacker ("أكد المراسل وقوع ضحايا بقصف مدفعي طال
    مدينة إعزاز") takes the agent of the next incident of its type told within RETOLD_SENTENCES
    sentences at the same resolved place on a compatible date ("وقال مراسلنا إن ميليشيا قسد قصفت
    بسلاح المدفعية مدينة إعزاز"): the lead told without its agent, then told again with it. Not
    when the text calls the attacker unknown (`unknown`, incident ids), nor from a hedged agent
    (`hedged_ids`) or a "similar" incident (a new one like it), nor for one told in a
    tally clause ("ارتفاع حصيلة الغارات على سوق المدينة"): that points back at one told before. `found` (incident id → perpetrators) is filled in place."""
    cs = clauses_of(ctx.doc)
    for k, inc in enumerate(incidents):
        if found.get(id(inc)) or id(inc) in unknown or inc.cumulative:
            continue
        if any(cs.tally_at(m.core[0]) for m in inc.mentions):
            continue
        place = inc.place()
        if place is None or place.name is None:
            continue
        last = ctx.doc.sentence_of(max(m.core[0] for m in inc.mentions))
        for other in incidents[k + 1 :]:
            first = ctx.doc.sentence_of(other.first.core[0])
            if first - last > RETOLD_SENTENCES:
                break
            there = other.place()
            if (
                other.type == inc.type
                and not any(m.similar for m in other.mentions)
                and found.get(id(other))
                and id(other) not in hedged_ids
                and there is not None
                and there.name == place.name
                and compatible_dates(inc.date(), other.date())
            ):
                found[id(inc)] = found[id(other)]
                break


SETTING_WORDS = 8  # words from a passive trigger to the noun of the event it happened in


def agent_of_setting(
    ctx: ArgContext,
    incidents: list[Incident],
    found: dict[int, list[ActorMention]],
    skip: set[int],
) -> None:
    """An incident told by a verb with no agent ("اعتُقل عدد غير معروف من المدنيين، في هجوم شنته
    قوات الدعم السريع") takes the agent of the event a noun governed by a preposition names right
    after it in its sentence, within SETTING_WORDS words: the arrests were made in that attack, by
    its attackers. Not for incidents in `skip` (unknown or hedged agents), nor from them.
    `found` (incident id → perpetrators) is filled in place."""
    cs = clauses_of(ctx.doc)
    owner = {id(m): inc for inc in incidents for m in inc.mentions}
    ordered = sorted((m for inc in incidents for m in inc.mentions), key=lambda m: m.core[0])
    starts = [m.core[0] for m in ordered]
    for inc in incidents:
        if found.get(id(inc)) or id(inc) in skip:
            continue
        for m in inc.mentions:
            clause = cs.at(m.core[0])
            if not m.verb or clause is None:  # (its own words named no agent: passive or unnamed)
                continue
            k = bisect.bisect_right(starts, m.core[0])
            while k < len(ordered) and ctx.doc.words_between(m.end, ordered[k].start) <= SETTING_WORDS:
                o = ordered[k]
                other = owner[id(o)]
                if (
                    other is not inc
                    and o.governed
                    and not o.verb
                    and ctx.doc.sentence_of(o.core[0]) == clause.sentence
                ):
                    if found.get(id(other)) and id(other) not in skip:
                        found[id(inc)] = found[id(other)]
                    break
                k += 1
            if found.get(id(inc)):
                break


def in_tally(cs: Clauses, pos: int) -> bool:
    """The offset lies in a clause that counts a running total."""
    return cs.tally_at(pos)
