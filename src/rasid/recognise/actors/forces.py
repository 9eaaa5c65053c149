"""Armed forces named by a force noun and whose they are (data/actor_forces.tsv).

    force  := NOUN MODIFIER* OWNER MODIFIER*
    OWNER  := NISBA ("و" NISBA)*              "الطيران الروسي والسوري", "مقاتلات حربية روسية"
            | "حكومية"                         the article's own state: "طائرة عسكرية حكومية"
            | LOYAL ل-ACTOR                    "الجيش الموالي للحكومة"
            | LINK ل-ACTOR                     "طائرات تابعة لسلاح الجو الروسي"
            | (ل)NOUN? ACTOR                   "طيران جيش النظام المروحي", "للجيش النظام السوري"
            | TITLE* PERSON                    "قوات الرئيس بشار الأسد" (the person's parent)

A state's adjective names the state's actor for the noun's branch (air, army, navy, drone:
`Registry.role`, e.g. Russia + air → Russian Air Force, Syria + air → Syrian government; a
state with no actor for the branch gets a composed "<Adjective> <force>" that belongs to it:
"الأجهزة الأمنية" in an article about Egypt → Egyptian security forces, parent Egypt);
an actor with state roles is mapped the same way; any other actor (a coalition, an armed
group) is its own force. Two states' adjectives give one mention of the joint force ("Russian
and Syrian air forces") and one nested mention for each state's force. A bare noun with no
owner ("الطيران الحربي") is nobody's: the article does not say whose; only a noun marked
`alone` ("الجيش") names the army of the article's own country when nothing follows it, and a
noun marked `home` ("الشرطة") the police of the country the article's words tell, else of the
one its places lie in (`home_country`).
"""

from __future__ import annotations

from dataclasses import dataclass

from rasid.lang.ar.affixes import nisba_like
from rasid.lang.ar.match import ARTICLE, proclitic_readings
from rasid.recognise.actors.candidate import ActorCandidate
from rasid.recognise.actors.doc import ActorText
from rasid.recognise.actors.lexicon import Force, Nisba
from rasid.recognise.actors.registry import ROLE_FALLBACK, Actor, Registry

#: The English of an armed branch in a composed name, for a state with no actor of that branch:
#: "الجيش" in an article about Nigeria is the Nigerian army, not Nigeria itself (the state's
#: government or the state, which the registry's fallback would give, stays its parent).
_BRANCH_ENGLISH = {"army": "army", "drone": "army", "air": "air force", "navy": "navy"}


@dataclass
class _Owner:
    """What a force noun belongs to: states' adjectives (with their words) or one actor."""

    last: int
    nisbas: list[tuple[int, Nisba]]
    actor: Actor | None = None


def nisba_at(
    doc: ActorText, i: int, *, clitics: frozenset[str] = frozenset({""})
) -> tuple[str, Nisba] | None:
    """(clitic, nisba) when word i is a state's adjective with one of the allowed clitics."""
    for clitic, rest in proclitic_readings(doc.word(i)):
        if clitic in clitics and rest in doc.tables.nisba:
            return clitic, doc.tables.nisba[rest]
    return None


def force_actor(registry: Registry, actor: Actor, branch: str) -> Actor:
    """The force of `actor` for a branch: a state's branch, a person's parent, or the actor."""
    if actor.type == "PER" and actor.parent:
        actor = registry.get(actor.parent) or actor
    if actor.roles and actor.country:
        return registry.role(actor.country, branch) or actor
    return actor


def own_force(registry: Registry, country: str, branch: str) -> Actor | None:
    """The state's actor for a branch; for an armed branch only a force of the state (its air
    force, else its army), None when only its government or the state itself would answer."""
    if branch not in _BRANCH_ENGLISH:
        return registry.role(country, branch)
    for role in ROLE_FALLBACK.get(branch, (branch,)):
        if role in ("government", "state"):
            return None
        actor = registry.by_role.get((country, role))
        if actor is not None:
            return actor
    return None


def _composes(doc: ActorText, registry: Registry, country: str, branch: str) -> bool:
    """Whether the state's force of a branch is named "<Adjective> <branch>": it has no actor of
    its own for an armed branch, and the state has an adjective to compose with."""
    return (
        branch in _BRANCH_ENGLISH
        and country in doc.tables.adjective_of
        and own_force(registry, country, branch) is None
    )


def nisba_actor(registry: Registry, nisba: Nisba, branch: str) -> Actor | None:
    if nisba.country:
        return registry.role(nisba.country, branch)
    return registry.get(nisba.actor)


def _skip_modifiers(doc: ActorText, k: int) -> int:
    while k < len(doc) and doc.joined(k):
        mod = next((h for h in doc.forces.all_at(k) if h.payload.kind == "modifier" and not h.clitic), None)
        if mod is None:
            break
        k = mod.last + 1
    return k


def _registry_owner(doc: ActorText, k: int, clitics: frozenset[str]) -> _Owner | None:
    hit = doc.registry.at(k)
    alias = doc.alias(hit)
    if hit is None or alias is None or hit.clitic not in clitics:
        return None
    return _Owner(hit.last, [], alias.actor)


def _owner(doc: ActorText, k: int) -> _Owner | None:
    if k >= len(doc) or not doc.joined(k):
        return None
    found = nisba_at(doc, k)
    if found is not None and (found[1].country or found[1].actor):
        nisbas = [(k, found[1])]
        while nisbas[-1][0] + 1 < len(doc) and doc.joined(nisbas[-1][0] + 1):
            more = nisba_at(doc, nisbas[-1][0] + 1, clitics=frozenset(doc.tables.particles.of("conjunction")))
            if more is None or not (more[1].country or more[1].actor):
                break
            nisbas.append((nisbas[-1][0] + 1, more[1]))
        return _Owner(nisbas[-1][0], nisbas)
    linked = frozenset(doc.tables.particles.of("of_clitic"))
    adj = doc.tables.word_in(doc.word(k), doc.tables.adjectives)
    kind = doc.tables.adjectives[adj[1]].kind if adj is not None and not adj[0] else None
    if kind == "government":
        gov = doc.tables.registry.role(doc.doc_country, "government") if doc.doc_country else None
        return _Owner(k, [], gov) if gov is not None else None
    if kind == "loyalist" and k + 1 < len(doc) and doc.joined(k + 1):
        return _registry_owner(doc, k + 1, linked)  # "الجيش الموالي للحكومة"
    link = next((h for h in doc.forces.all_at(k) if h.payload.kind == "link"), None)
    if link is not None:
        return _registry_owner(doc, link.last + 1, linked)
    owner = _registry_owner(doc, k, frozenset({""}) | linked)
    if owner is not None:
        return owner
    noun = next((h for h in doc.forces.all_at(k) if h.payload.kind == "noun"), None)
    if noun is not None and doc.joined(noun.last + 1):
        return _registry_owner(doc, noun.last + 1, frozenset({""}) | linked)
    title = doc.titles.at(k)
    if title is not None and not title.clitic:
        j = title.last + 1
        while j < len(doc) and doc.joined(j) and nisba_at(doc, j) is not None:
            j += 1
        owner = _registry_owner(doc, j, frozenset({""}))
        if owner is not None and owner.actor is not None and owner.actor.type == "PER":
            return owner
    return None


def _alone(doc: ActorText, last: int, force: Force) -> bool:
    """Whether nothing that could name an owner follows the (definite: `alone`) noun: an ال-word
    may ("الجيش الحر"); a word without the article cannot qualify a definite noun ("الأجهزة
    الأمنية عشرين شاباً": the object). After a `home` noun (the police) only an ال-word ending
    like a nisba may ("الشرطة السرية"); another is the verb's object or the next phrase
    ("وأطلقت قوات الشرطة الغاز", "فرقت الشرطة المتظاهرين")."""
    nxt = last + 1
    if nxt >= len(doc) or not doc.joined(nxt):
        return True
    word = doc.word(nxt)
    if doc.tables.stop(word) or doc.verb(nxt) is not None:
        return True
    if not word.startswith(ARTICLE):
        return True
    return force.alone == "home" and not nisba_like(word)


def _bare_country(doc: ActorText, force: Force) -> str | None:
    """The state whose force a noun with no owner names: the country the article's words tell,
    for a noun marked `alone` yes ("الجيش"); for one marked `home` ("الشرطة": the police act where
    the article happens) also, when the words tell none, the country its places lie in."""
    if force.alone == "yes":
        return doc.doc_country
    if force.alone == "home":
        return doc.doc_country or doc.home_country
    return None


def find_forces(doc: ActorText) -> list[ActorCandidate]:
    """Force nouns with an owner (module docstring)."""
    registry = doc.tables.registry
    out: list[ActorCandidate] = []
    taken = -1
    for i in doc.forces.firsts():
        if i <= taken:
            continue
        nouns = [h for h in doc.forces.all_at(i) if h.payload.kind == "noun"]
        if not nouns:
            continue
        noun = nouns[0]
        force: Force = noun.payload
        owner = _owner(doc, _skip_modifiers(doc, noun.last + 1))
        if owner is not None and force.alone == "nisba" and not owner.nisbas:
            owner = None
        if owner is None:
            country = _bare_country(doc, force)
            if country is None or not _alone(doc, noun.last, force):
                continue
            composes = _composes(doc, registry, country, force.branch)
            own = None if composes else registry.role(country, force.branch)
            skip = len(noun.clitic)
            if own is not None:
                out.append(ActorCandidate.of(own, i, noun.last, "forces", type="ORG", skip=skip))
            else:
                out.append(_composed(doc, registry, country, force, i, noun.last, skip))
            taken = noun.last
            continue
        last = _skip_modifiers(doc, owner.last + 1) - 1
        taken = last
        out.extend(_candidates(doc, registry, i, len(noun.clitic), last, force, owner))
    return out


def _candidates(
    doc: ActorText, registry: Registry, first: int, skip: int, last: int, force: Force, owner: _Owner
) -> list[ActorCandidate]:
    if owner.actor is not None:
        actor = force_actor(registry, owner.actor, force.branch)
        return [ActorCandidate.of(actor, first, last, "forces", type="ORG", skip=skip)]
    out: list[ActorCandidate] = []
    parts = [(k, nisba, nisba_actor(registry, nisba, force.branch)) for k, nisba in owner.nisbas]
    if len(parts) > 1:
        adjectives = [n.adjective for _, n, _ in parts]
        joint = f"{', '.join(adjectives[:-1])} and {adjectives[-1]} {force.english}"
        out.append(ActorCandidate(first, last, "ORG", joint, None, None, "forces", skip=skip))
    for n, (k, nisba, state) in enumerate(parts):
        start = first if n == 0 else k
        end = last if len(parts) == 1 else k
        cut = skip if n == 0 else len(doc.tables.particles.one("conjunction"))
        if len(parts) == 1 and nisba.country and _composes(doc, registry, nisba.country, force.branch):
            out.append(_composed(doc, registry, nisba.country, force, start, end, cut))
        elif state is not None:
            out.append(ActorCandidate.of(state, start, end, "forces", type="ORG", skip=cut))
        elif nisba.country and len(parts) == 1:
            out.append(_composed(doc, registry, nisba.country, force, start, end, cut))
        else:
            out.append(ActorCandidate(start, end, "ORG", None, None, nisba.country, "forces", skip=cut))
    return out


def _composed(
    doc: ActorText, registry: Registry, country: str, force: Force, first: int, last: int, skip: int
) -> ActorCandidate:
    """A state's force with no row of its own ("الأجهزة الأمنية" in an article about Egypt):
    "<Adjective> <force>" ("Egyptian security forces", "Nigerian army"), belonging to the state
    (or to its government, where the registry has one), so that it answers for the state."""
    adjective = doc.tables.adjective_of.get(country)
    state = registry.role(country, force.branch) or registry.role(country, "state")
    english = _BRANCH_ENGLISH.get(force.branch, force.english)
    name = f"{adjective} {english}" if adjective and english else None
    parent = state.name if state is not None else None
    return ActorCandidate(first, last, "ORG", name, None, country, "forces", skip=skip, parent=parent)
