"""Groups of people and anonymous sources (data/actor_groups.tsv), named by composition.

    group := QUANTIFIER? COLLECTIVE? NOUN QUALIFIER*        "عدد من الدول", "مجموعات الناشطين
                                                            الإعلاميين", "ناشطون سوريون"
           | NOUN ACTOR                                     "مصادر المعارضة السورية",
                                                            "مقاتلي حزب الله"
    QUALIFIER := a state's adjective (actor_nisba.tsv) | an adjective (actor_adjectives.tsv)

The English name is the qualifiers' English before the noun's: states' adjectives first,
then the others from the last to the first ("مصادر طبية محلية" → local medical sources).
A group tied to a state's politics (`national` in the data, or qualified as opposition or
loyalist: "الثوار", "نشطاء معارضون") takes the adjective of the article's country when it
has none ("Syrian rebels" in an article about Syria); an anonymous source is named as
written, without a state the text does not give ("مصدر عسكري" → military source, the
annotation guide's convention; "مصدر عسكري سوري" → Syrian military source). A noun followed by an actor names the
actor's members ("مقاتلي حزب الله" → Hezbollah) or the actor's sources ("Syrian opposition
sources"). A state's adjective in the plural, alone, names its people ("السوريين" →
Syrians). Nouns marked `alone` are actors without a qualifier ("الأهالي", "ناشطون").
"""

from __future__ import annotations

from rasid.lang.ar.match import ARTICLE, load_clitics, proclitic_readings
from rasid.recognise.actors.candidate import ActorCandidate
from rasid.recognise.actors.doc import ActorText, LexiconHit
from rasid.recognise.actors.forces import nisba_at
from rasid.recognise.actors.lexicon import Adjective, Group, Nisba
from rasid.recognise.actors.registry import Actor

NATIONAL_KINDS = frozenset({"opposition", "loyalist", "government", "state"})
ON_BEHALF = "باسم"  # "المتحدث باسم X": the speaker of a body, named by the title finder
GROUP_KEY = "group:"  # heads of a group candidate: its noun, to find earlier mentions of the group


def _qualifiers(doc: ActorText, k: int, noun: str) -> tuple[int, list[Nisba], list[Adjective]]:
    """Adjectives after a group noun from word k: (last word, states' adjectives, others).

    An adjective agrees with its noun in definiteness: "مسلحون حوثيون" but not "مسلحون
    الصحفيين" (the object of the verb); a plural in construct ("مقاتلي") takes a definite
    word after it ("مقاتلي المعارضة")."""
    nisbas: list[Nisba] = []
    adjectives: list[Adjective] = []
    last = k - 1
    definite = noun.startswith(ARTICLE)
    construct = not definite and noun.endswith(doc.tables.particles.of("construct_ending"))
    while k < len(doc) and doc.joined(k):
        word = doc.word(k)
        if word.startswith(ARTICLE) != definite and not (construct and k == last + 1 and not nisbas):
            break
        found = nisba_at(doc, k)
        if found is not None:
            nisbas.append(found[1])
        else:
            adj = doc.tables.word_in(doc.word(k), doc.tables.adjectives)
            if adj is None or adj[0]:
                break
            adjectives.append(doc.tables.adjectives[adj[1]])
        last = k
        k += 1
    return last, nisbas, adjectives


def _contracted(clitic: str) -> bool:
    """Whether a clitic ends in the article whose alef it swallowed ("لل" of "للمصدر")."""
    return any(c.form == clitic and c.article == "contracted" for c in load_clitics())


def _body_of_source(doc: ActorText, k: int) -> tuple[int, Actor] | None:
    """The actor an anonymous source belongs to through في or من ("مصدر في الشرطة العراقية")."""
    if k >= len(doc) or not doc.joined(k) or doc.word(k) not in doc.tables.particles.of("source_in"):
        return None
    return _genitive_actor(doc, k + 1)


def _source_body(doc: ActorText, k: int) -> tuple[int, str] | None:
    """(last word, English) of a body no actor names that an anonymous source is in or from, after
    في or من or a joined ب ("مصدر في الشرطة", "مصادر بالمستشفى"): data/actor_source_bodies.tsv;
    a second body joined by و is named with it ("مصادر بالجيش والشرطة" → army and police sources)."""
    if k >= len(doc) or not doc.joined(k):
        return None
    if doc.word(k) in doc.tables.particles.of("source_in"):
        found = _body_at(doc, k + 1, "")
    else:
        found = _body_at(doc, k, "ب")  # the preposition joined to the body's first word
    if found is None:
        return None
    last, english = found
    more = _body_at(doc, last + 1, "و")
    if more is not None and more[1] != english:
        return more[0], f"{english} and {more[1]}"
    return last, english


def _body_at(doc: ActorText, k: int, clitic: str) -> tuple[int, str] | None:
    """(last word, English) of a source body of actor_source_bodies.tsv opening at word k, whose
    first word carries `clitic` ("" for none), unless a state or a place names it further."""
    if k >= len(doc) or not doc.joined(k):
        return None
    first = next((rest for c, rest in proclitic_readings(doc.word(k)) if c == clitic), None)
    if first is None:
        return None
    for n in (2, 1):  # "الأجهزة الأمنية" before "الأمن"
        if n == 2 and (k + 1 >= len(doc) or not doc.joined(k + 1)):
            continue
        words = " ".join([first] + [doc.word(k + m) for m in range(1, n)])
        english = doc.tables.source_bodies.get(words)
        after = k + n  # a force ("الشرطة العراقية") or a body named by its place ("شرطة كركوك",
        # "شرطة محافظة ديالى"): the organisation is named (orgs.py), the source after it
        named = (
            after < len(doc)
            and doc.joined(after)
            and (nisba_at(doc, after) or doc.places.at(after) or _unit_place(doc, after))
        )
        if english is not None and not named:
            return k + n - 1, english
    return None


def _unit_place(doc: ActorText, k: int) -> bool:
    """Whether word k is an administrative unit word before a place ("محافظة ديالى")."""
    found = doc.tables.word_in(doc.word(k), doc.tables.place_units)
    if found is None or found[0] or k + 1 >= len(doc) or not doc.joined(k + 1):
        return False
    place = doc.places.at(k + 1) or doc.unit_places.at(k + 1)
    return place is not None and not place.clitic


def _genitive_actor(doc: ActorText, k: int) -> tuple[int, Actor] | None:
    if k >= len(doc) or not doc.joined(k):
        return None
    hit = doc.registry.at(k)
    alias = doc.alias(hit)
    if hit is None or alias is None or hit.clitic or alias.agent:
        return None
    return hit.last, alias.actor


def _name(
    doc: ActorText, group: Group, nisbas: list[Nisba], adjectives: list[Adjective], quantity: str
) -> tuple[str, str | None]:
    national = [n.adjective for n in nisbas]
    country = next((n.country for n in nisbas if n.country), None)
    wants_country = group.national or any(a.kind in NATIONAL_KINDS for a in adjectives)
    home = doc.home_country  # link/country.py
    if wants_country and country is None and home and group.kind != "source":
        adjective = doc.tables.adjective_of.get(home)
        if adjective:
            national.insert(0, adjective)
            country = home
    others = [a.english for a in reversed(adjectives)]
    words = ([quantity] if quantity else []) + national + others + [group.english]
    return " ".join(words), country


def _quantifier(doc: ActorText, i: int) -> tuple[int, str, int] | None:
    """(first word, English, clitic length) of a quantifier phrase ending right before word i."""
    if not doc.joined(i):
        return None
    for j in (i - 1, i - 2):
        for hit in doc.cues.all_at(j):
            if hit.last == i - 1 and hit.payload.kind == "quantifier":
                return hit.first, hit.payload.english, len(hit.clitic)
    return None


def _group_at(doc: ActorText, i: int) -> tuple[int, LexiconHit[Group]] | None:
    """(first word, noun hit) of the group starting at word i, seeing through a collective."""
    hit = doc.groups.at(i)
    if hit is None:
        return None
    if hit.payload.kind == "collective":
        inner = doc.groups.at(hit.last + 1) if doc.joined(hit.last + 1) else None
        if inner is not None and inner.payload.kind != "collective":
            return i, inner
    return i, hit


def find_groups(doc: ActorText) -> list[ActorCandidate]:
    """Group and source phrases (module docstring)."""
    out: list[ActorCandidate] = []
    i = 0
    while i < len(doc):
        found = _group_at(doc, i)
        if found is None:
            i = doc.groups.next_first(i + 1)  # no group starts at the words between
            continue
        first, hit = found
        group = hit.payload
        at_first = doc.groups.at(first)
        skip = len(at_first.clitic) if at_first is not None else 0
        quant = _quantifier(doc, first)
        if quant is not None:
            first, skip = quant[0], quant[2]
        quantity = quant[1] if quant is not None and group.kind == "states" else ""
        noun = doc.norm[hit.match.start : hit.match.end]
        if _contracted(hit.clitic) and not noun.startswith(ARTICLE):  # "للمصدر" = ل + المصدر
            noun = ARTICLE + noun
        last, nisbas, adjectives = _qualifiers(doc, hit.last + 1, noun)
        if max(last, hit.last) + 1 < len(doc) and doc.word(max(last, hit.last) + 1) == ON_BEHALF:
            i = max(last, hit.last) + 1  # "المتحدث الرسمي باسم الجيش": a title the persons finder reads whole
            continue
        owns = group.kind in ("members", "source") and not nisbas and not adjectives
        owner = _genitive_actor(doc, hit.last + 1) if owns else None
        if owns and owner is None and group.kind == "source":
            owner = _body_of_source(doc, hit.last + 1)
            body = _source_body(doc, hit.last + 1) if owner is None and not group.alone else None
            if body is not None:  # "مصدر في الشرطة" → police source
                name = f"{body[1]} {group.english}"
                key = frozenset({GROUP_KEY + group.english})
                out.append(
                    ActorCandidate(
                        first, body[0], group.type, name, None, None, "group", skip=skip, heads=key
                    )
                )
                i = body[0] + 1
                continue
        if owner is not None:
            cand = _owned(first, owner[0], group, owner[1])
            cand.skip = skip
            out.append(cand)
            i = owner[0] + 1
            continue
        members = [n for n in nisbas if n.actor] if group.kind == "members" else []
        if members and tables_actor(doc, members[0].actor) is not None:
            actor = tables_actor(doc, members[0].actor)
            assert actor is not None
            out.append(ActorCandidate.of(actor, first, last, "group", skip=skip))
        elif group.alone or nisbas or adjectives or quantity:
            name, country = _name(doc, group, nisbas, adjectives, quantity)
            key = frozenset({GROUP_KEY + group.english})
            out.append(
                ActorCandidate(first, last, group.type, name, None, country, "group", skip=skip, heads=key)
            )
        i = max(last, hit.last) + 1
    out.extend(_peoples(doc))
    return out


def tables_actor(doc: ActorText, name: str | None) -> Actor | None:
    return doc.tables.registry.get(name)


def _owned(first: int, last: int, group: Group, actor: Actor) -> ActorCandidate:
    if group.kind == "members":
        return ActorCandidate.of(
            actor, first, last, "group", type="ORG" if actor.type == "GPE" else actor.type
        )
    name = f"{actor.name} {group.english}"
    return ActorCandidate(first, last, group.type, name, None, actor.country, "group")


def _peoples(doc: ActorText) -> list[ActorCandidate]:
    """A state's adjective in the plural, alone, with the article: the people ("السوريين")."""
    out: list[ActorCandidate] = []
    tables = doc.tables
    people_of = tables.people_of
    for i in doc.read_in(tables.nisba):  # a people's reading is a state's adjective
        found = people_of(doc.texts[i])
        if found is None:
            continue
        clitic, _, nisba = found
        before = doc.word(i - 1)
        coordinated = clitic.startswith(tables.particles.of("conjunction")) and _people(doc, i - 1)
        if doc.joined(i) and not tables.stop(before) and doc.verb(i - 1) is None and not coordinated:
            continue  # an adjective of the noun before it ("المتظاهرين السوريين"), not the people
        out.append(ActorCandidate(i, i, "NORP", nisba.people, None, nisba.country, "group", skip=len(clitic)))
    return out


def _people(doc: ActorText, k: int) -> bool:
    """Whether word k is a people named by a state's plural adjective, itself no adjective of
    a noun before it ("السوريين والعراقيين", not "المتظاهرين السوريين والعراقيين")."""
    if k < 1:
        return False
    tables = doc.tables
    if tables.people_of(doc.word(k)) is None:
        return False
    return not doc.joined(k) or tables.stop(doc.word(k - 1)) or doc.verb(k - 1) is not None
