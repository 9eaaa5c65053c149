"""A fight an attack provokes takes the attacker as a side (data/event_provoked_fights.tsv).

"أعلن مسؤولون أن مسلحين هاجموا نقطة عسكرية، مما أسفر عن مقتل خمسة جنود في تبادل لإطلاق النار نتج
عن الهجوم … وأعلنت جماعة طالبان باكستان مسؤوليتها عن الهجوم": the exchange of fire is told as a
battle whose own words name no side, yet it is the attack's fighting, and the article names the
attacker once, for the attack (its clause, its claim). The discourse unit's salient agent fills the
gap: a battle whose first word is a fight-word of the data file and whose words name no side takes
the agent of the nearest attack told in its sentence or in the PROVOKED_SENTENCES sentences before
it, on a compatible date at a compatible place. Never from an attack whose agent is unknown or only
supposed (a hedged agent or an accusation), nor for a battle the text calls unknown or a tally.
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.lexicon import load_forms
from rasid.record import ActorMention
from rasid.relate.events.args import BATTLE, ArgContext, compatible_dates, nested_places
from rasid.relate.events.merge import Incident
from rasid.relate.text import in_set

PROVOKED_FILE = "event_provoked_fights.tsv"
PROVOKED_SENTENCES = 2  # how far before a fight the attack that drew it may be told
ATTACK = "attack"  # the family of the incidents whose agent a fight takes


@cache
def fight_words() -> frozenset[str]:
    """The normalised forms of the data file."""
    return load_forms(PROVOKED_FILE)


def _is_fight(ctx: ArgContext, inc: Incident) -> bool:
    """One of the battle's mentions opens with a fight-word ("تبادل لإطلاق النار", "الاشتباك")."""
    words = fight_words()
    return any(
        in_set(ctx.doc.words[ctx.doc.word_at(m.core[0])].norm, words) is not None for m in inc.mentions
    )


def attacker_of_fight(
    ctx: ArgContext,
    incidents: list[Incident],
    found: dict[int, list[ActorMention]],
    skip: set[int],
) -> None:
    """Give each side-less fight the agent of the attack that drew it (module docstring). `skip`:
    incident ids whose agent is unknown or supposed, neither given nor taken. `found` (incident id →
    perpetrators) is filled in place."""
    for inc in incidents:
        if inc.family != BATTLE or found.get(id(inc)) or id(inc) in skip or inc.cumulative:
            continue
        if not _is_fight(ctx, inc):
            continue
        here = min(ctx.doc.sentence_of(m.core[0]) for m in inc.mentions)
        best: tuple[int, list[ActorMention]] | None = None
        for other in incidents:
            agents = found.get(id(other))
            if other.family != ATTACK or not agents or id(other) in skip:
                continue
            if not (compatible_dates(inc.date(), other.date()) and nested_places(inc.place(), other.place())):
                continue
            told = [ctx.doc.sentence_of(m.core[0]) for m in other.mentions]
            near = [s for s in told if here - PROVOKED_SENTENCES <= s <= here]
            if near and (best is None or max(near) > best[0]):
                best = (max(near), agents)
        if best is not None:
            found[id(inc)] = best[1]
