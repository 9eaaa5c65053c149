"""Persons and organisations the trained name tagger finds where no rule or list does.

The rules know the registry, titles, speech verbs and first names; the tagger
(rasid.recognise.names) has learnt names from annotated news and finds persons without a
cue, foreign and sports names, and organisations outside the registry. Its names are
candidates of the lowest rank but back-references: a name any finder already proposed,
or that touches one, is left to that finder, so the tagger only adds. Places stay with the
places stage and the registry. A name needs the model's mean label probability to reach
`MIN_CONFIDENCE`, and a leading conjunction or preposition is left outside the mention
when it surely is one ("وعباس" -> "عباس", "بالأمم" -> "الأمم"; not "وليد", "فينيسيوس").

Registry aliases flagged `tagged` (clubs and companies whose names are also ordinary words
or places: "النصر", "الهلال", "الزمالك") name their actor only through the tagger: where it
finds a name of the actor's type over exactly the alias's words, the mention is that actor
(with its English name); the rules never propose them alone. Among such aliases the one
allowed in the article's country comes first ("الأهلي" in a Libyan or a Saudi article).
In an article about sport (two different words of `actor_sport_cues.tsv`: "المباراة",
"الدوري") the aliases also flagged `club` name their club without the tagger (`find_clubs`):
a sports report names most clubs bare ("فاز الهلال على النصر"), where the tagger misses many.
"""

from __future__ import annotations

from rasid.lang.ar.match import ARTICLE, proclitic_readings
from rasid.recognise.actors.candidate import ActorCandidate
from rasid.recognise.actors.doc import ActorText
from rasid.recognise.actors.persons import PersonFinder
from rasid.recognise.actors.registry import Actor
from rasid.recognise.actors.rules import rule_spans

#: The tagger types the actor finders take from it.
TAGGED_TYPES = frozenset({"PER", "ORG"})
#: Mean probability that its words belong to a name below which a tagged name is not taken.
MIN_CONFIDENCE = 0.6
#: Proclitics left outside a tagged name (see `_skip`).
_CONJUNCTION = "و"
_PREPOSITIONS = frozenset("وفبلك")
#: Prepositions written onto a name that end the name before them (`_before_preposition`).
_BETWEEN_NAMES = frozenset("بلك")


def find_tagged(doc: ActorText, others: list[ActorCandidate]) -> list[ActorCandidate]:
    """Tagger names of `TAGGED_TYPES` that no other finder proposed (module docstring)."""
    from rasid.recognise.names.tagger import load_tagger  # here: the tagger reads this package

    taken = [(c.first, c.last) for c in others if not c.dropped]
    out: list[ActorCandidate] = []
    persons = PersonFinder(doc, others)
    for name in load_tagger().names(doc, rule_spans(others)):
        if name.type not in TAGGED_TYPES or name.confidence < MIN_CONFIDENCE:
            continue
        if any(first <= name.last and name.first <= last for first, last in taken):
            continue
        registered = tagged_actor(doc, name.first, name.last, name.type)
        if registered is not None:
            actor, clitic = registered
            out.append(ActorCandidate.of(actor, name.first, name.last, "tagger", skip=clitic))
            continue
        if _common_only(doc, name.first, name.last):
            continue
        end = name.last
        if name.type == "PER" and name.last > name.first:
            second = _before_conjunction(doc, name.first, name.last)
            if second < name.last:  # "... وبا عيستا يحيى": the second person after the و
                out.append(ActorCandidate(second + 1, name.last, "PER", None, None, None, "tagger", skip=1))
            end = min(_before_preposition(doc, name.first, name.last), second)
            if end == name.last:
                end = persons.tail(name.first, name.last)  # the person grammar's end of the name
            if any(name.last < first <= end for first, _ in taken):
                end = name.last
        out.append(
            ActorCandidate(
                name.first,
                end,
                name.type,
                None,
                None,
                None,
                "tagger",
                skip=_skip(doc, name.first),
            )
        )
    return out


def _common_only(doc: ActorText, first: int, last: int) -> bool:
    """Whether every word of a tagged name is a common word (common_words.tsv: one an annotated
    news corpus uses as an ordinary word, almost never inside a name), so that nothing but the
    model's guess makes it a name: "على القوائم المنافسة", "النظر", "الدوريات السعودية"."""
    common = doc.tables.common
    return all(common(doc.word(i)) for i in range(first, last + 1))


def find_clubs(doc: ActorText, others: list[ActorCandidate]) -> list[ActorCandidate]:
    """In an article about sport, every registry alias flagged `club` allowed in the article's
    country (module docstring), one pass over the words. Where another finder took words inside
    the club's alias, the club wins and the other is dropped: a sports report's "الشرطة",
    "الكويت", "الجيش الملكي", "مولودية الجزائر" are clubs, not the police, the state, the army.
    An alias that a place word or a place's proclitic puts in a place ("داخل الكويت",
    "بالكويت") stays the place."""
    if not doc.about_sport:
        return []
    taken = [c for c in others if not c.dropped and c.name]  # not "فريق <club>" unnamed
    out: list[ActorCandidate] = []
    i = 0
    while i < len(doc):
        best: tuple[int, int, Actor, str] | None = None
        for hit in doc.registry_all.all_at(i):
            for alias in hit.match.payloads:
                if alias is None or not alias.club or not alias.allowed_in(doc.doc_country):
                    continue
                local = 0 if alias.contexts is not None else 1  # the home league's club first
                if best is None or (hit.last, -local) > (best[0], -best[1]):
                    best = (hit.last, local, alias.actor, hit.clitic)
        bare = _bare_at(doc, i)
        if bare is not None and (best is None or bare[0] > best[0]):
            best = bare
        if best is None or _in_place(doc, i, best[3]):
            i += 1
            continue
        last, _, actor, clitic = best
        inside = [c for c in taken if i <= c.first and c.last <= last]
        if any(c.first <= last and i <= c.last for c in taken if c not in inside) or (
            inside and clitic not in ("", *doc.tables.particles.of("conjunction"))
        ):
            i += 1
            continue
        for cand in inside:
            cand.dropped = True
        out.append(ActorCandidate.of(actor, i, last, "tagger", skip=len(clitic)))
        i = last + 1
    return out


def _bare_at(doc: ActorText, i: int) -> tuple[int, int, Actor, str] | None:
    """A home-league club named at word i by its name without its head noun, as `find_clubs`
    ranks a hit (last word, 0, club, proclitic): the club's alias after its head noun ("نادي
    الكويت", "نادي الشرطة") tells that its words alone name it ("فاز الكويت", "خسر الشرطة" in
    a Kuwaiti or an Iraqi sports report), where they would name the state or the police."""
    clubs = doc.tables.bare_clubs
    conjunction = doc.tables.particles.of("conjunction")
    word = doc.word(i)
    for clitic in ("", *(c for c in conjunction if word.startswith(c))):
        for last in range(min(i + MAX_BARE_WORDS, len(doc)) - 1, i - 1, -1):
            if any(not doc.joined(k) for k in range(i + 1, last + 1)):
                continue
            key = " ".join([word[len(clitic) :], *(doc.word(k) for k in range(i + 1, last + 1))])
            club = clubs.get(key)
            if club is not None and club.country == doc.doc_country and not _team_state(doc, i, last):
                return last, 0, club, clitic
    return None


def _team_state(doc: ActorText, i: int, last: int) -> bool:
    """Whether words i..last name a state in an article that speaks of national teams ("منتخب",
    a head of order `state`): there "قطر" is the state's team, not the club named after it."""
    if not any(
        (head := doc.tables.head(word)) is not None and head[1].order == "state" for word in doc.texts
    ):
        return False
    return any(
        hit.last == last and alias is not None and alias.agent
        for hit in doc.registry_all.all_at(i)
        for alias in hit.match.payloads
    )


#: The most words of a club's name without its head noun (`_bare_at`).
MAX_BARE_WORDS = 3


def _in_place(doc: ActorText, i: int, clitic: str) -> bool:
    """Whether the words at i are a place: after a word that puts a place after it ("في",
    "داخل") or with a place's proclitic other than ل ("بالكويت")."""
    particles = doc.tables.particles
    if clitic in particles.of("place_clitic") and not clitic.endswith(particles.of("of_clitic")):
        return True
    if i == 0 or not doc.joined(i):
        return False
    return any(h.last == i - 1 and h.payload.kind == "place_before" for h in doc.cues.all_at(i - 1))


def tagged_actor(doc: ActorText, first: int, last: int, kind: str) -> tuple[Actor, int] | None:
    """The actor of a `tagged` registry alias over exactly words first..last with the tagger's
    type `kind`, and the letters of the proclitic before it (module docstring): an alias meant
    for the article's country first, then one meant for any, then the first listed."""
    found: list[tuple[int, int, Actor, int]] = []
    for hit in doc.registry_all.all_at(first):
        if hit.last != last:
            continue
        for alias in hit.match.payloads:
            if alias is None or not alias.tagged or alias.actor.type != kind:
                continue
            local = alias.contexts is not None and alias.allowed_in(doc.doc_country)
            order = 0 if local else 1 if alias.contexts is None else 2
            found.append((order, len(found), alias.actor, len(hit.clitic)))
    if not found:
        return None
    _, _, actor, clitic = min(found, key=lambda f: (f[0], f[1]))
    return actor, clitic


def _before_preposition(doc: ActorText, first: int, last: int) -> int:
    """The last word of a tagged person's name words first..last that ends before a word made of
    a preposition (ب، ل، ك) and a known name the article also writes without it ("الدوسري
    لجيسوس" ... "جورجي جيسوس": al-Dawsari to Jesus): a preposition stands between names, never
    inside one. A known name: a first name of the lists or a person of the registry; a word
    that is itself a first name is none ("كامل", "باسم"), and a family name may begin with the
    letter ("عبدالواحد لبيني")."""
    tables = doc.tables
    for j in range(first + 1, last + 1):
        word = doc.word(j)
        if word in tables.given_names:
            continue
        for clitic, rest in proclitic_readings(word):
            if not clitic or not set(clitic) <= _BETWEEN_NAMES or len(rest) < 3 or rest not in _words_of(doc):
                continue
            if rest in tables.given_names:
                return j - 1
        for hit in doc.registry_all.all_at(j):
            person = any(a is not None and a.actor.type == "PER" for a in hit.match.payloads)
            if hit.clitic and set(hit.clitic) <= _BETWEEN_NAMES and person:
                return j - 1
    return last


def _before_conjunction(doc: ActorText, first: int, last: int) -> int:
    """The last word of a tagged person's name words first..last that ends before a word with
    the conjunction و opening a second name of two words or more ("محمد ولد عثمان وبا عيستا
    يحيى": two persons, the second a name of its own): after two words of the first name at
    least, the و-word no first name of the lists ("وليد") and no name particle ("ولد")."""
    tables = doc.tables
    links = frozenset(tables.particles.of("name_link"))
    for j in range(first + 2, last):
        word = doc.word(j)
        if word.startswith(_CONJUNCTION) and word not in tables.given_names and word not in links:
            return j - 1
    return last


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
