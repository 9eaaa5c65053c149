"""The attacker of an intercepted strike: who fired what was stopped, not who stopped it.

"اعترضت الدفاعات الجوية صاروخا باليستيا أطلقته جماعة الحوثي": the air defence that intercepts
(the `intercept` words of data/event_triggers.tsv) is the defending side; the incident is the
missile's launch and its agent is the subject after a verb of firing (`launch`: "أطلقته",
"أطلقها"). The interception and the launch are told in one sentence or in two next to each
other ("… أطلقته مليشيا الحوثي. وشاهدوا لحظة اعتراض الصاروخ"), so both units are read.
"""

from __future__ import annotations

from rasid.record import ActorMention
from rasid.relate.events.agents import may_carry_out
from rasid.relate.events.args import ArgContext, _outermost, unidentified
from rasid.relate.events.triggers import EventMention

LAUNCHER_WORDS = 3  # words from a verb of firing to its subject ("أطلقته ، أمس، جماعة الحوثي")


def launcher(ctx: ArgContext, m: EventMention) -> list[ActorMention]:
    """The side that fired what m's sentence says was intercepted, or [] when m's sentence
    tells no interception or names no one after a verb of firing."""
    lo, hi = ctx.doc.unit_bounds(m.core[0])
    if not ctx.words_with(ctx.lex.intercepts, lo, hi):
        return []
    units = [(lo, hi)]
    if lo > 0:
        units.insert(0, ctx.doc.unit_bounds(lo - 1))
    for ulo, uhi in units:
        for w in ctx.words_with(ctx.lex.launches, ulo, uhi):
            found = _subject_after(ctx, m, w.end, uhi)
            if found:
                return found
    return []


def _subject_after(ctx: ArgContext, m: EventMention, verb_end: int, hi: int) -> list[ActorMention]:
    """The first named actor starting at most LAUNCHER_WORDS words after the verb."""
    pool = _outermost([a for a in ctx.starting_in(ctx.actors, verb_end, hi) if a.name])
    for a in pool:
        if ctx.doc.words_between(verb_end, a.span[0]) > LAUNCHER_WORDS:
            break
        if not unidentified(a) and may_carry_out(a, m.family):
            return [a]
    return []


DEFENDER_BEFORE = 1  # words between the defender and the interception verb after it (an adjective)
DEFENDER_AFTER = 3  # words from the interception verb to its subject ("اعترضت، اليوم، الدفاعات")


def stopped_it(ctx: ArgContext, actor: ActorMention) -> bool:
    """The actor is the subject of an interception word of its sentence unit, before it
    ("الدفاع الجوي السعودي اعترض صاروخا") or right after it ("اعترضت الدفاعات الجوية"): it defended,
    whatever else the clause says of it."""
    lo, hi = ctx.doc.unit_bounds(actor.span[0])
    for w in ctx.words_with(ctx.lex.intercepts, lo, hi):
        if actor.span[1] <= w.start and ctx.doc.words_between(actor.span[1], w.start) <= DEFENDER_BEFORE:
            return ctx.same_clause(actor.span[0], w.start)
        if w.end <= actor.span[0] and ctx.doc.words_between(w.end, actor.span[0]) <= DEFENDER_AFTER:
            return ctx.same_clause(w.start, actor.span[0])
    return False
