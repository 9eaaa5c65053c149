"""Event families: which event types may describe the same incident.

Outlets name one strike differently ("غارة" in one, "قصف" in another, "مجزرة" in a
third), so merging blocks on the family, not the exact type. The families are the ones
the within-article merge uses (`family` in `event_taxonomy.tsv`): attack, battle,
detention, civic, politics, displacement, aid.
"""

from __future__ import annotations

from functools import cache


@cache
def families(event_type: str) -> tuple[str, ...]:
    """The family of a type as a one-element tuple; an unknown type is its own family."""
    from rasid.relate.events.lexicon import event_lexicon

    return (event_lexicon().family(event_type),)
