"""Persons and organisations the trained name tagger finds where no rule or list does.

The rules know the registry, titles, speech verbs and first names; the tagger
(rasid.recognise.names) has learnt names from annotated news and finds persons without a
cue, foreign and sports names, and organisations outside the registry. Its names are
candidates of the lowest rank but back-references: a name any finder already proposed,
or that touches one, is left to that finder, so the tagger only adds. Places stay with the
places stage and the registry. A name needs the model's mean label probability to reach
`MIN_CONFIDENCE`, and a leading conjunction or preposition is left outside the mention
("وعباس" -> "عباس", "بالأمم" -> "الأمم") unless the whole word is a given name ("وليد").
"""

from __future__ import annotations

from rasid.lang.ar.match import ARTICLE, proclitic_readings
from rasid.recognise.actors.candidate import ActorCandidate
from rasid.recognise.actors.doc import ActorText
from rasid.recognise.actors.rules import rule_spans
from rasid.recognise.names import load_tagger

#: The tagger types the actor finders take from it.
TAGGED_TYPES = frozenset({"PER", "ORG"})
#: Mean marginal probability of a name's labels below which it is not taken.
MIN_CONFIDENCE = 0.6
#: Proclitics left outside a tagged name: conjunctions before any name word ("وعباس"), and
#: prepositions before the article ("بالأمم"); "ك" and "ل" before a bare word are often letters
#: of a foreign name ("كريستيانو", "ليونيل").
_CONJUNCTIONS = frozenset("وف")
_PREPOSITIONS = frozenset("وفبلك")


def find_tagged(doc: ActorText, others: list[ActorCandidate]) -> list[ActorCandidate]:
    """Tagger names of `TAGGED_TYPES` that no other finder proposed (module docstring)."""
    taken = [(c.first, c.last) for c in others if not c.dropped]
    out: list[ActorCandidate] = []
    for name in load_tagger().names(doc, rule_spans(others)):
        if name.type not in TAGGED_TYPES or name.confidence < MIN_CONFIDENCE:
            continue
        if any(first <= name.last and name.first <= last for first, last in taken):
            continue
        out.append(
            ActorCandidate(
                name.first,
                name.last,
                name.type,
                None,
                None,
                None,
                "tagger",
                skip=_skip(doc, name.first),
            )
        )
    return out


def _skip(doc: ActorText, i: int) -> int:
    """Letters of the proclitic at the start of word i that lie outside the name."""
    word = doc.word(i)
    given = doc.tables.given_names
    if word in given or word in doc.tables.foreign_names:
        return 0
    for clitic, rest in proclitic_readings(word):
        contracted = word[len(clitic) :] != rest  # "للأمم": the article's alef is gone, keep it whole
        if not clitic or contracted or len(rest) < 3:
            continue
        letters = _PREPOSITIONS if rest.startswith(ARTICLE) else _CONJUNCTIONS
        if set(clitic) <= letters:
            return len(clitic)
    return 0
