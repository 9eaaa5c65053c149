"""Forces named by a possessive pronoun: "وقالت الوزارة إن قواتها داهمت خلية" (data/event_possessed_forces.tsv).

The pronoun of "قواتها", "وحداته", "مقاتليها" points at the one whose words the noun opens: the
source of the claim ("بيان لوزارة الدفاع أن وحداته قضت على خمسة إرهابيين"). The recogniser sees no
name there, so the raid or the killing would have no agent. A force noun with a pronoun among the
first POSSESSED_WORDS words of a claim's content, when the source is a state's ministry,
government, presidency or command, becomes its state's security forces ("Egyptian security
forces", belonging to Egypt). Any other side telling what its own fighters did ("أعلنت الجماعة
أن مقاتليها استهدفوا") is left to args._speaker_of_own_act.
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.doc import Doc
from rasid.lang.ar.lexicon import load_forms
from rasid.record import ActorMention, Record
from rasid.relate.nisba import country_adjectives, country_names
from rasid.relate.text import SpanSet

FORCES_FILE = "event_possessed_forces.tsv"
POSSESSED_WORDS = 3  # how far into a claim's content the possessed noun may stand ("إن قواتها")
STATE_BODIES = ("ministry", "government", "presidency", "command")  # whose forces are the state's


@cache
def possessed_nouns() -> frozenset[str]:
    """The normalised force nouns of the data file."""
    return load_forms(FORCES_FILE)


def force_noun(norm: str) -> bool:
    """Whether a normalised word is a listed force noun with a possessive pronoun on it."""
    nouns = possessed_nouns()
    for word in (norm, norm[1:] if norm[:1] in affixes("conjunction_clitic") else ""):
        for pronoun in affixes("possessive_pronoun"):
            if not word.endswith(pronoun) or len(word) <= len(pronoun) + 2:
                continue
            stem = word[: -len(pronoun)]
            if stem in nouns or (stem.endswith("ت") and stem[:-1] + "ه" in nouns):
                return True
    return False


def add_possessed_forces(record: Record, doc: Doc) -> list[ActorMention]:
    """Add an actor over every uncovered possessed force noun opening a claim's content."""
    actors = {a.id: a for a in record.mentions_of("actor")}
    covered = SpanSet(a.span for a in actors.values())
    added: list[ActorMention] = []
    for claim in record.claims:
        source = actors.get(claim.source or "")
        if source is None or not source.name or source.type not in ("ORG", "GPE"):
            continue
        lo, hi = claim.content.span
        first = doc.word_at(lo)
        for w in doc.words[first : first + POSSESSED_WORDS]:
            if w.start >= hi or covered.overlaps(w.start, w.end) or not force_noun(w.norm):
                continue
            actor = _forces_of(record, source, (w.start, w.end))
            if actor is None:
                break
            record.mentions.append(actor)
            added.append(actor)
            break
    return added


def _forces_of(record: Record, source: ActorMention, span: tuple[int, int]) -> ActorMention | None:
    """The security forces of the state whose ministry or government speaks, or None for any
    other source: a side telling what its own fighters did is its own agent already
    (args._speaker_of_own_act) and must stay its own word."""
    adjective = country_adjectives().get(source.country or "")
    state = country_names().get(source.country or "")
    if not adjective or not state or not any(b in (source.name or "").casefold() for b in STATE_BODIES):
        return None
    return ActorMention(
        id=record.next_mention_id(),
        span=span,
        text=record.text[span[0] : span[1]],
        type="ORG",
        name=f"{adjective} security forces",
        country=source.country,
        parent=state,
    )
