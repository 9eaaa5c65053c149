"""Groups the text describes without naming (data/event_vague_groups.tsv): "مسلحون إسلاميون".

A group noun followed only by adjectives of kind ("إسلاميون", "متطرفة", "مسلحة") says what sort
of people carried an attack out, not which side: the scorer's gold, like an analyst, gives such an
incident no perpetrator, as for "مسلحون مجهولون". `args.unidentified` reads these actors as
unnamed, so they neither stand as the perpetrator nor let another incident's agent be carried on.
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.normalise import normalise_string
from rasid.record import ActorMention
from rasid.relate.text import in_set

VAGUE_FILE = "event_vague_groups.tsv"
GROUPS_FILE = "actor_groups.tsv"


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(
        row["form"] for row in load_rows(VAGUE_FILE, normalise_columns=("form",)) if row["kind"] == kind
    )


@cache
def group_nouns() -> frozenset[str]:
    """The group nouns: the `noun` rows and every form of actor_groups.tsv."""
    rows = load_rows(GROUPS_FILE, normalise_columns=("forms",))
    forms = {f for row in rows for f in row["forms"].split("|") if " " not in f}
    return frozenset(forms) | _words("noun")


def described_only(actor: ActorMention) -> bool:
    """The actor's words are a group noun and one or more adjectives of kind, nothing else."""
    words = normalise_string(actor.text).split()
    if len(words) < 2 or in_set(words[0], group_nouns()) is None:
        return False
    qualifiers = _words("qualifier")
    return all(in_set(w, qualifiers) is not None for w in words[1:])
