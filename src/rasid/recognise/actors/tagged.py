"""Persons and organisations the trained name tagger finds where no rule or list does.

The rules know the registry, titles, speech verbs and first names; the tagger
(rasid.recognise.names) has learnt names from annotated news and finds persons without a
cue, foreign and sports names, and organisations outside the registry. Its names are
candidates of the lowest rank but back-references: a name any finder already proposed,
or that touches one, is left to that finder, so the tagger only adds. Places stay with the
places stage and the registry. A name needs the model's mean label probability to reach
`MIN_CONFIDENCE`, and a leading conjunction or preposition is left outside the mention
when it surely is one ("وعباس" -> "عباس", "بالأمم" -> "الأمم"; not "وليد", "فينيسيوس").
"""

from __future__ import annotations

from rasid.lang.ar.match import ARTICLE, proclitic_readings
from rasid.recognise.actors.candidate import ActorCandidate
from rasid.recognise.actors.doc import ActorText
from rasid.recognise.actors.rules import rule_spans

#: The tagger types the actor finders take from it.
TAGGED_TYPES = frozenset({"PER", "ORG"})
#: Mean probability that its words belong to a name below which a tagged name is not taken.
MIN_CONFIDENCE = 0.6
#: Proclitics left outside a tagged name (see `_skip`).
_CONJUNCTION = "و"
_PREPOSITIONS = frozenset("وفبلك")


def find_tagged(doc: ActorText, others: list[ActorCandidate]) -> list[ActorCandidate]:
    """Tagger names of `TAGGED_TYPES` that no other finder proposed (module docstring)."""
    from rasid.recognise.names.tagger import load_tagger  # here: the tagger reads this package

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
    """Letters of the proclitic at the start of word i that lie outside the name: a preposition
    before the article or a known first name ("بالأمم", "لأحمد"), or "و" when what follows it is a known first name or a word
    the article also writes without it ("وعباس" ... "عباس"); foreign names often begin with
    these letters ("فينيسيوس", "ويليام")."""
    word = doc.word(i)
    tables = doc.tables
    if word in tables.given_names or word in tables.foreign_names:
        return 0
    for clitic, rest in proclitic_readings(word):
        contracted = word[len(clitic) :] != rest  # "للأمم": the article's alef is gone, keep it whole
        if not clitic or contracted or len(rest) < 3:
            continue
        if (rest.startswith(ARTICLE) or rest in tables.given_names) and set(clitic) <= _PREPOSITIONS:
            return len(clitic)
        if clitic == _CONJUNCTION and (rest in tables.given_names or rest in _words_of(doc)):
            return len(clitic)
    return 0


def _words_of(doc: ActorText) -> frozenset[str]:
    return frozenset(doc.word(j) for j in range(len(doc)))
