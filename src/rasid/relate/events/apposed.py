"""A person named right after a claim's source, set off by a comma, is that source.

"وفقاً للمتحدث باسم الدفاع المدني في غزة، محمود بصل، فقد نُفذ الهجوم على مدرسة": the claims stage
gives the title ("المتحدث باسم الدفاع المدني") as the source and the name apposed to it stands
apart; the events stage would read that name as the subject before "نُفذ الهجوم". The speaker is
not the attacker: the apposed person joins the sources (`ArgContext.sources`), whom no rule takes
as an agent unless the source claims or tells its own act.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasid.lang.ar.clause_marks import commas
from rasid.record import ActorMention

DASHES = frozenset({"-", "–"})  # beside the commas, what may stand between a title and the name apposed to it
PERSON = "PER"


def apposed_to_sources(actors: Sequence[ActorMention], sources: set[str], text: str) -> set[str]:
    """The ids of the persons apposed to a source (`actors` sorted by offset)."""
    out: set[str] = set()
    for k, a in enumerate(actors):
        if a.id not in sources:
            continue
        nxt = next((b for b in actors[k + 1 :] if b.span[0] >= a.span[1]), None)
        if nxt is None or nxt.type != PERSON or nxt.id in sources:
            continue
        gap = text[a.span[1] : nxt.span[0]].strip()
        if gap in commas() or gap in DASHES:
            out.add(nxt.id)
    return out
