"""The side that claims an attack as its own (the `claim_verb` words of data/event_triggers.tsv).

"تبنى تنظيم داعش الهجوم الانتحاري", "داعش يتبنى تفجير مسجد", "قتلى بتفجير انتحاري في كابل…
وطالبان تتبنى": the claimer is the perpetrator the article gives. It is also the source of what
it says, which rules a source out as an agent elsewhere (args._eligible): a side that claims
an act tells its own act. Three orders, all within the trigger's sentence unit:
- verb, subject, trigger (VSO): the actor between the verb and the trigger;
- subject, verb, trigger (SVO): the actor right before a verb the trigger follows closely;
- trigger ... subject, verb at the end of its clause with no object of its own: the verb claims
  the incident its sentence tells.
A fourth form names no claiming verb: "أعلن تنظيم داعش مسؤوليته عن مقتل 20 جنديا في هجمات" (the
actor before a responsibility word with a pronoun, "مسؤوليته"/"مسئوليتها", then "عن", claims the
trigger that follows it in the sentence unit).
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.clause_marks import commas
from rasid.lang.ar.doc import Word
from rasid.lang.ar.quotes import quote_marks
from rasid.record import ActorMention
from rasid.relate.events.agents import may_carry_out
from rasid.relate.events.args import ArgContext, _is_target, _outermost, unidentified
from rasid.relate.events.triggers import EventMention
from rasid.relate.text import in_set

SUBJECT_WORDS = 4  # words between a claiming verb and the trigger it claims (its subject among them)
RESPONSIBILITY_SPAN = 16  # words from "مسؤوليته عن" to the trigger it claims ("عن مقتل 69 … في هجمات")
CLAIMER_GAP = 1  # words between the claimer and "مسؤوليته" (an adjective: "داعش الإرهابي، مسئوليته")
CLAIMER_REACH = (
    5  # words between a claimer in the same clause and "مسؤوليته" ("داعش أعلن في اليوم ذاته مسؤوليته")
)
ANNOUNCE = "announce"  # the stance of a claim whose cue announces (أعلن)
ANNOUNCER_REACH = 12  # words from an announcing cue to "مسؤوليته" when its source stands right after the cue
OBJECT_GAP = 1  # words between an SVO claiming verb and the trigger, its object ("يتبنى تفجير")
SUBJECT_GAP = 1  # words between the subject and a verb after it (an adjective: "طالبان الإرهابية تتبنى")
#: Marks after which a clause-final verb has no object, with the commas of data/clause_marks.tsv.
CLAUSE_END = ".؛:!؟\n"


def claimant(ctx: ArgContext, m: EventMention) -> list[ActorMention]:
    """The actor a claiming verb of m's sentence unit names as its subject, or []."""
    if ctx.doc.unit_of(m.core[0]) not in ctx.claim_units:
        return []
    lo, hi = ctx.doc.unit_bounds(m.core[0])
    owned = _owned_responsibility(ctx, m, lo)
    if owned:
        return owned
    for w in ctx.doc.words_in(lo, hi):
        if in_set(w.norm, ctx.lex.claim_verbs) is None or _denied(ctx, w):
            continue
        if w.end <= m.start:
            between = ctx.doc.words_between(w.end, m.start)
            if between <= SUBJECT_WORDS and ctx.same_clause(w.end, m.start):
                found = _named(ctx, m, w.end, m.start) or (
                    _subject_before(ctx, m, w) if between <= OBJECT_GAP else []
                )
                if found:
                    return found
        elif w.start >= m.end and _closes_clause(ctx, w, hi):
            found = _subject_before(ctx, m, w)
            if found:
                return found
    return []


def _denied(ctx: ArgContext, verb: Word) -> bool:
    """A negation or denial cue of event_modality.tsv stands before the verb within its window
    ("لم يتبنَّ", "نفت الحركة تبني الهجوم"): nobody claims the attack there."""
    return any(
        cue.kind == "negated"
        and end <= verb.start
        and ctx.same_unit(start, verb.start)
        and ctx.doc.words_between(end, verb.start) <= cue.window
        for start, end, cue in ctx.modality
    )


def _named(ctx: ArgContext, m: EventMention, lo: int, hi: int) -> list[ActorMention]:
    """The first named actor lying whole in [lo, hi) that may have carried out m."""
    pool = _outermost([a for a in ctx.starting_in(ctx.actors, lo, hi) if a.name and a.span[1] <= hi])
    return [a for a in pool if _may_claim(ctx, m, a)][:1]


def _subject_before(ctx: ArgContext, m: EventMention, verb: Word) -> list[ActorMention]:
    """The actor ending at most SUBJECT_GAP words before the verb, in its clause."""
    lo = ctx.doc.unit_bounds(verb.start)[0]
    pool = _outermost([a for a in ctx.starting_in(ctx.actors, lo, verb.start) if a.name])
    near = [
        a
        for a in pool
        if a.span[1] <= verb.start
        and ctx.doc.words_between(a.span[1], verb.start) <= SUBJECT_GAP
        and ctx.same_clause(a.span[1], verb.start)
    ]
    return [near[-1]] if near and _may_claim(ctx, m, near[-1]) else []


@cache
def _after_verb() -> str:
    """What may stand between a verb and a clause mark: spaces, direction marks, closing
    quotation marks (data/quote_marks.tsv)."""
    marks = quote_marks()
    return " \u200f\u200e" + "".join(sorted(marks.closing | marks.straight))


def _closes_clause(ctx: ArgContext, verb: Word, hi: int) -> bool:
    """Nothing but a clause mark follows the verb before the unit's end: it has no object."""
    rest = ctx.record.text[verb.end : hi].lstrip(_after_verb())
    return not rest or rest[0] in CLAUSE_END or rest[0] in commas()


def _may_claim(ctx: ArgContext, m: EventMention, actor: ActorMention) -> bool:
    return (
        not unidentified(actor)
        and not _is_target(ctx, actor)
        and "civilian" not in (actor.name or "").casefold()
        and may_carry_out(actor, m.family)
    )


def _owned_responsibility(ctx: ArgContext, m: EventMention, lo: int) -> list[ActorMention]:
    """The subject of "X مسؤوليته عن" before m in its sentence unit: X claims what follows "عن"
    ("أعلن تنظيم داعش، مسئوليته عن مقتل وإصابة 69 جنديا في هجمات"), unless it is denied."""
    words = ctx.doc.words_in(lo, m.start)
    for k, w in enumerate(words):
        if not w.norm.endswith(ctx.lex.responsibility_endings) or _denied(ctx, w):
            continue
        if k + 1 >= len(words) or words[k + 1].norm != "عن":
            continue
        if ctx.doc.words_between(words[k + 1].end, m.start) > RESPONSIBILITY_SPAN:
            continue
        if any(words[k + 1].end <= o.start and o.end <= m.start for o in ctx.mentions if o is not m):
            continue  # the first incident after "عن" is the one claimed
        found = _subject_of_claim(ctx, m, lo, w)
        if found:
            return found
    return []


def _subject_of_claim(ctx: ArgContext, m: EventMention, lo: int, word: Word) -> list[ActorMention]:
    """The named actor ending at most CLAIMER_GAP words before the responsibility word (a comma
    may stand between: "أعلن تنظيم داعش الإرهابي، مسئوليته") that may have done m."""
    pool = _outermost([a for a in ctx.starting_in(ctx.actors, lo, word.start) if a.name])
    near = [
        a
        for a in pool
        if a.span[1] <= word.start and ctx.doc.words_between(a.span[1], word.start) <= CLAIMER_GAP
    ]
    if not near:  # the subject before its verb, an adverbial between the verb and the object
        # ("تنظيم الدولة أعلن وفي اليوم ذاته مسؤوليته"): the nearest actor of the clause, if no word
        # of the stretch is a verb of another clause
        near = [
            a
            for a in pool
            if a.span[1] <= word.start
            and ctx.doc.words_between(a.span[1], word.start) <= CLAIMER_REACH
            and ctx.same_clause(a.span[1], word.start)
            and not _denied(ctx, ctx.doc.words[ctx.doc.word_at(a.span[0])])  # "لم تعلن أية جهة … مسؤوليتها"
        ]
    if not near:  # the announcer, its adverbials set off by commas between it and the responsibility
        # word ("أعلنت جماعة نصرة الإسلام والمسلمين، في منطقة الساحل، أمس الجمعة، مسؤوليتها عن"): the
        # source of the announcement whose cue is the last before the word in its sentence unit
        near = _announcer_of(ctx, lo, word)
    return [near[-1]] if near and _may_claim(ctx, m, near[-1]) else []


def _announcer_of(ctx: ArgContext, lo: int, word: Word) -> list[ActorMention]:
    """The named source right after the last claim cue before `word` in its sentence unit, an
    announcement (stance `announce`, not a report: "ذكرت الوكالة أن"), at most
    ANNOUNCER_REACH words before it, when no claim cue stands between that source and `word`."""
    cues = [c for c in ctx.claims if lo <= c.cue.span[0] and c.cue.span[1] <= word.start]
    if not cues:
        return []
    claim = max(cues, key=lambda c: c.cue.span[0])
    if claim.stance != ANNOUNCE or not claim.source:  # "ذكرت الوكالة أن داعش أعلن مسؤوليته": a reporter
        return []
    if ctx.doc.words_between(claim.cue.span[1], word.start) > ANNOUNCER_REACH or _denied(
        ctx, ctx.doc.words[ctx.doc.word_at(claim.cue.span[0])]
    ):
        return []
    source = next((a for a in ctx.actors if a.id == claim.source and a.name), None)
    if source is None or source.span[0] < claim.cue.span[1] or source.span[1] > word.start:
        return []  # a source before its cue ("X أعلن ...") is read by the nearer rules above
    return [source]
