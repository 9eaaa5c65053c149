"""The rule finders' proposals for one ActorText, before the tagger, back-references and overlaps.

Both the actors stage and the name tagger read them: the stage adds the tagger's names
where no rule found one, and the tagger takes what the rules found as features (a title
before a name, a registry actor, a person the first-name rule found elsewhere in the
article), so that it learns how far to trust each of them.
"""

from __future__ import annotations

from rasid.link.country import article_country
from rasid.recognise.actors.candidate import ActorCandidate
from rasid.recognise.actors.doc import ActorText
from rasid.recognise.actors.forces import find_forces
from rasid.recognise.actors.groups import find_groups
from rasid.recognise.actors.orgs import find_orgs
from rasid.recognise.actors.persons import find_persons
from rasid.recognise.actors.states import find_registry, infer_doc_country

#: A head-noun back-reference: (word index, head, proclitic letters to skip).
Anaphor = tuple[int, str, int]


def rule_candidates(doc: ActorText) -> tuple[list[ActorCandidate], list[Anaphor]]:
    """Registry names, forces, groups, organisations and persons (stage.py, steps 1-3), and the
    bare head nouns that refer back to organisations. Sets the article's country on `doc`, and
    its own country (link/country.py) from it and the places the stage was given."""
    doc.doc_country = infer_doc_country(doc)
    doc.home_country = article_country(doc.place_countries, doc.doc_country)
    cands = find_registry(doc)
    cands += find_forces(doc)
    cands += find_groups(doc)
    orgs, anaphors = find_orgs(doc)
    cands += orgs
    cands += find_persons(doc, cands)
    return cands, anaphors


def rule_spans(cands: list[ActorCandidate]) -> list[tuple[int, int, str]]:
    """(first, last, type) word ranges of the proposals kept so far (what the tagger reads)."""
    return [(c.first, c.last, c.type) for c in cands if not c.dropped]
