"""Organisations the registry does not know, found by their head noun (data/actor_org_heads.tsv).

    org  := HEAD PART*           "تجمع أحرار حوران", "مركز إدلب الإعلامي", "وزارة الخارجية
                                  والهجرة المصرية", "القسم الإعلامي للائتلاف السوري المعارض"
          | WORD SUFFIX-HEAD      "هلا نيوز"
    PART := a state's adjective | an adjective | a portfolio (ل/و allowed) | a place
          | (ل)ACTOR (ends the name) | «a quoted name» right after the head | another name word

The chain stops at punctuation, a function word, a verb, a title, or a word joined by و
(except a second portfolio). A strong head takes any name word; a weak head ("حركة",
"مركز") needs at least one part the word lists know, so "حركة النزوح" and "مركز المدينة"
are not organisations; an indefinite weak head needs more than plain adjectives ("غرفة
كبيرة", "لجنة عسكرية" are no names). A place ends the name: only adjectives and ل-parts
follow it ("نادي مانشستر" in "نادي مانشستر أليكس ..."). An indefinite head with only
adjectives ("منظمة سورية") describes an organisation without naming it: a mention with no
name.

The English name is composed only when every part is known: [actor] [place] [state's
adjective] [adjectives, last first] [field] HEAD [of|for field], e.g. National Center for
Meteorology, Syrian Press Center, Egyptian Ministry of Foreign Affairs and Emigration; a
ministry with no state named takes the article's country. A company's fields precede it
even after ل (order `trade`: Al-Nour Insurance and Investment Company). Otherwise the name is
None and name_ar keeps the words as written. After a club's head noun ("نادي"), or after any
head in a sports report ("فريق نفط الوسط"), a club's alias is the club.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.clause_marks import commas
from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.match import ARTICLE, proclitic_readings
from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.outlets import is_outlet
from rasid.lang.ar.romanise import family_names, romanise
from rasid.recognise.actors.candidate import ActorCandidate
from rasid.recognise.actors.doc import CLOSING_QUOTES, ActorText
from rasid.recognise.actors.forces import nisba_at
from rasid.recognise.actors.lexicon import Head, spelling
from rasid.recognise.actors.outlets import load_outlets
from rasid.recognise.actors.registry import STATE_ROLES, Actor

ENDING_CLASSES = frozenset(
    {"preposition", "particle", "verb", "pronoun", "demonstrative", "relative", "quantifier", "time", "noun"}
)
TIME_CLASS = frozenset({"time"})
KNOWN = frozenset({"nisba", "adjective", "portfolio", "place", "actor", "quoted"})
COMPOSED = (KNOWN - {"quoted"}) | {"proper"}  # the parts an English name is composed from
MAX_PARTS = 6
#: Adjectives an English name puts before the others, whatever the Arabic order ("الحزب الوطني
#: الديمقراطي" → National Democratic Party, "المجلس الوطني الانتقالي" → National Transitional
#: Council); the others go last first ("الحزب الاتحادي الديمقراطي" → Democratic Unionist Party).
LEADING_ADJECTIVES = frozenset({"national"})
MAX_QUOTED = 5

MAX_OUTLET_WORDS = 4  # the longest outlet name after its noun ("وكالة تونس إفريقيا للأنباء")
_QUOTE_MARKS = "\"'«»“”„‘’"  # marks around an outlet's name ("قناة «الغد»")


@dataclass
class Part:
    kind: str  # nisba, adjective, portfolio, place, actor, quoted, word, proper (romanised)
    english: str | None = None
    country: str | None = None
    linked: bool = False  # the part carried ل ("للأرصاد")
    actor: Actor | None = None
    written: str = ""  # a name word or quoted name as written, romanised after a proper head
    unit: str = ""  # what an administrative unit word adds after a place (Provincial, City)


def _quoted(doc: ActorText, k: int) -> int:
    """Last word of a quoted name that opens before word k, or -1 when the quote does not
    close within a few words (a quotation, not a name)."""
    for m in range(k + 1, min(k + MAX_QUOTED + 1, len(doc) + 1)):
        gap = doc.gap(m) if m < len(doc) else "\n"
        if any(c in CLOSING_QUOTES for c in gap):
            return m - 1
        if gap.strip():
            return -1
    return -1


def _part(
    doc: ActorText, k: int, parts: list[Part], definite: bool, proper: bool = False
) -> tuple[int, Part] | None:
    """The name part at word k and its last word, or None where the name ends; after a `proper`
    head a given name that is also a place is the establishment's own name ("مجمع ناصر")."""
    tables = doc.tables
    word = doc.word(k)
    of = tables.particles.of("of_clitic")
    linked = ("", *of)
    conjunction = tables.particles.of("conjunction")
    hit = doc.registry.at(k)
    alias = doc.alias(hit)
    found = nisba_at(doc, k)
    if found is not None and hit is not None and alias is not None and alias.agent and hit.first == hit.last:
        alias = None  # "منظمة سورية": the adjective, not the state
    if hit is not None and alias is not None and hit.clitic in linked:
        actor = alias.actor
        if alias.agent:  # a state or a capital as a name part is a place: "بنك مصر", "صحة دمشق"
            place = doc.places.at(k)
            name = place.payload.name if place is not None and place.last == hit.last else actor.name
            return hit.last, Part("place", name, actor.country, bool(hit.clitic))
        if actor.type == "PER" and (parts or definite):
            # "المجلس الرئاسي محمد المنفي", "مدير المرصد رامي عبد الرحمن": the office holder, not a
            # name part; only an indefinite head is named after a person ("مؤسسة محمد بن راشد")
            return None
        if hit.clitic in of and is_outlet(actor.name):
            return None  # "مستشفى الكندي لرويترز": the outlet is told, it owns nothing
        return hit.last, Part("actor", actor.name, actor.country, bool(hit.clitic), actor)
    home = doc.home_place(k)
    if home is not None:  # "مجلس المحافظة": the article's governorate
        home_place, word = home
        return k, Part("place", home_place.name, home_place.country, unit=word)
    unit = _unit(doc, k)
    if unit is not None:
        return unit
    port = doc.portfolios.at(k)
    coordinated = port is not None and port.clitic in conjunction and parts and parts[-1].kind == "portfolio"
    if port is not None and (port.clitic in linked or coordinated):
        return port.last, Part("portfolio", port.payload, linked=port.clitic in of)
    if found is not None:
        return k, Part("nisba", found[1].adjective, found[1].country, written=doc.written(k))
    adj = tables.word_in(word, tables.adjectives)
    if adj is not None and not adj[0]:
        return k, Part("adjective", tables.adjectives[adj[1]].english)
    if tables.stop(word, TIME_CLASS):  # "الشرطة الأحد": the day, though a village shares its name
        return None
    place = doc.local_place(k)
    if place is not None and not (
        proper and not parts and place.first == place.last and word in tables.given_names
    ):
        return place.last, Part("place", place.payload.name, place.payload.country)
    if len(word) < 2 or word.startswith(conjunction) or tables.stop(word, ENDING_CLASSES):
        return None
    if any(h.last == k and h.payload.kind == "place_before" for h in doc.cues.all_at(k)):
        return None
    other = tables.head(word)
    if (other is not None and other[1].strong) or _preposition(doc, word):
        return None  # another organisation, a prepositional phrase ("بريف دمشق")
    if any(p.kind == "portfolio" for p in parts) and not word.startswith(of):
        return None
    named = tables.particles.has("name_link", doc.word(k - 1)) or tables.particles.has(
        "name_compound", doc.word(k - 1)
    )
    if _possessed(doc, k) and not named:
        return None  # "شرطة كركوك قوله": a word with a pronoun ends the phrase, not "ابن سينا"
    if definite and not word.startswith(of):
        return None  # a definite head takes adjectives and ل, not a genitive ("الوزارة الخسائر")
    if doc.verb(k) is not None or doc.titles.at(k) is not None:
        return None
    if any(p.kind in ("nisba", "adjective") for p in parts) and not word.startswith(of):
        return None  # name words come before the adjectives
    if parts and parts[-1].kind == "place" and not word.startswith(of):
        return None  # a place ends the name: "نادي مانشستر [أليكس فيرغسون]"
    return k, Part("word", written=doc.written(k))


def _chain(doc: ActorText, i: int, definite: bool, proper: bool = False) -> tuple[int, list[Part]]:
    parts: list[Part] = []
    last = i
    k = i + 1
    while k < len(doc) and len(parts) < MAX_PARTS:
        if parts and parts[-1].kind == "quoted" and _after_quote(doc, k):
            adjective = _part(doc, k, parts, definite)
            if adjective is None or adjective[1].kind not in ("adjective", "nisba"):
                break
            last, part = adjective  # 'وكالة "آرا برس" الإخبارية'
            parts.append(part)
            k = last + 1
            continue
        if not doc.joined(k):
            if k == i + 1 and not definite and doc.quoted(k) and not doc.sentence_break(k):
                last = _quoted(doc, k)
                if last < 0:
                    break
                hit = doc.registry.at(k)
                alias = doc.alias(hit)
                if hit is not None and alias is not None and hit.last == last and not hit.clitic:
                    parts.append(Part("actor", alias.actor.name, alias.actor.country, actor=alias.actor))
                else:
                    parts.append(Part("quoted", written=doc.surface(k, last)))
                k = last + 1
                continue
            break
        found = _part(doc, k, parts, definite, proper)
        if found is None or (parts and parts[-1].kind == "actor" and found[1].kind == "actor"):
            break
        last, part = found
        parts.append(part)
        k = last + 1
        if part.kind == "actor" and (part.linked or not _linked_next(doc, k)):
            break
    return last, parts


def _unit(doc: ActorText, k: int, clitics: tuple[str, ...] | None = None) -> tuple[int, Part] | None:
    """An administrative unit word and the place after it ("محافظة نينوى" → Nineveh Provincial,
    "لمدينة حلب" → Aleppo City), from data/actor_place_units.tsv, or None; the unit word bare or
    with one of `clitics` (default: bare or "of", ل)."""
    tables = doc.tables
    found = tables.word_in(doc.word(k), tables.place_units)
    allowed = ("", *tables.particles.of("of_clitic")) if clitics is None else clitics
    if found is None or found[0] not in allowed:
        return None
    if k + 1 >= len(doc) or not doc.joined(k + 1):
        return None
    place = doc.places.at(k + 1) or doc.unit_places.at(k + 1)
    if place is None or place.clitic:
        return None
    unit = tables.place_units[found[1]]
    return place.last, Part("place", place.payload.name, place.payload.country, bool(found[0]), unit=unit)


def _preposition(doc: ActorText, word: str) -> bool:
    """A word with a preposition other than ل joined to it ("بالمليحة", "بإقلاع"), unless the
    whole word is a name the lists know."""
    tables = doc.tables
    particles = tables.particles
    if word in tables.given_names or tables.places.lookup(word):
        return False
    prepositions = set(particles.of("place_clitic")) - set(particles.of("of_clitic"))
    return any(c in prepositions and len(rest) >= 3 for c, rest in proclitic_readings(word))


def _possessed(doc: ActorText, k: int) -> bool:
    """Whether word k, as written, ends with a possessive pronoun (ه written as ه, not ة)."""
    written = spelling(doc.written(k))
    suffixes = doc.tables.particles.of("object_suffix")
    return len(written) > 3 and written.endswith(suffixes)


def _after_quote(doc: ActorText, k: int) -> bool:
    """Whether only a closing quotation mark stands between word k-1 and word k."""
    gap = doc.gap(k).strip()
    return bool(gap) and all(c in CLOSING_QUOTES for c in gap)


def _linked_next(doc: ActorText, k: int) -> bool:
    """Whether word k goes on with ل after a genitive actor ("بعثة الأمم المتحدة لمساعدة ...")."""
    return k < len(doc) and doc.joined(k) and doc.word(k).startswith(doc.tables.particles.of("of_clitic"))


def compose(head: Head, parts: list[Part], doc_adjective: str | None) -> str | None:
    """The English name of a head and its parts, or None when a part has no English."""
    if not head.english or any(p.kind not in COMPOSED for p in parts):
        return None
    owner = [p.english for p in parts if p.kind == "actor"]
    proper = [p.english for p in parts if p.kind == "proper"]
    places = [
        " ".join(w for w in (p.english, p.unit if head.units else "") if w)
        for p in parts
        if p.kind == "place"
    ]
    states = [p.english for p in parts if p.kind == "nisba"]
    adjectives = [_title(p.english) for p in reversed(parts) if p.kind == "adjective"]
    adjectives.sort(key=lambda a: a.lower() not in LEADING_ADJECTIVES)  # National Democratic Party
    fields = [p for p in parts if p.kind == "portfolio"]
    if head.order == "of" and not states and not places and doc_adjective:
        states = [doc_adjective]
    before: list[str] = []
    after = ""
    if fields:
        joined = " and ".join(str(p.english) for p in fields)
        if head.order == "of":
            after = f" of {joined}"
        elif fields[0].linked and head.order != "trade":
            after = f" for {joined}"
        else:
            before = [joined]
    words = [*owner, *proper, *places, *states, *adjectives, *before, head.english]
    return " ".join(str(w) for w in words if w) + after


def _title(word: str | None) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in (word or "").split())


def find_orgs(doc: ActorText) -> tuple[list[ActorCandidate], list[tuple[int, str, int]]]:
    """Organisation phrases, and (word, head) of definite heads standing alone (anaphors)."""
    out: list[ActorCandidate] = []
    anaphors: list[tuple[int, str, int]] = []
    tables = doc.tables
    i = 0
    while i < len(doc):
        found = tables.head(doc.word(i))
        if found is None:
            ministry = (_ministry(doc, i) if i in doc.portfolios else None) or (
                _service(doc, i) if i in doc.services else None
            )
            if ministry is not None:
                out.append(ministry)
                i = ministry.last + 1
                continue
            i += 1
            continue
        clitic, head, definite = found
        service = _service(doc, i) if i in doc.services else None
        if service is not None and service.last > i:  # "مجلس الشيوخ الأميركي": a state's body
            out.append(service)
            i = service.last + 1
            continue
        described = _described(doc, i)
        if described is not None:
            out.append(described)
        reg = doc.registry.at(i)
        if reg is not None and doc.alias(reg) is not None:
            i = reg.last + 1
            continue
        if head.order == "suffix":
            cand = _suffix(doc, i)
            if cand is not None:
                out.append(cand)
            i += 1
            continue
        last, parts = _chain(doc, i, definite, head.proper and not definite)
        club = _club_after(doc, i, head)
        if club is not None and club[1] >= last:  # "فريق نفط الوسط": the club's whole alias
            named = tables.word_in(head.word, tables.sport_cues) is not None  # "نادي الزمالك"
            start, skip = (i, len(clitic)) if named else (i + 1, 0)  # "فريق [برشلونة]"
            out.append(ActorCandidate.of(club[0], start, club[1], "org", skip=skip))
            i = club[1] + 1
            continue
        known = any(p.kind in KNOWN - ({"adjective"} if not definite else set()) for p in parts)
        if not parts or not (head.strong or known):
            listed = None if definite else _listed_outlet(doc, i, head)
            if listed is not None:  # "موقع هسبريس", "قناة الغد": an outlet noun and a listed outlet
                listed.skip = len(clitic)
                out.append(listed)
                i = listed.last + 1
                continue
        if not parts:
            if definite:
                anaphors.append((i, head.word, len(clitic)))
            i += 1
            continue
        if not (head.strong or known):
            i += 1
            continue
        numbered = _numbered_outlet(doc, i, last, head, parts)
        if numbered is not None:  # "موقع مقديشو 24": the outlet's name ends with its number
            numbered.skip = len(clitic)
            out.append(numbered)
            i = numbered.last + 1
            continue
        known_actor = _registered(doc, i, last, head)
        if known_actor is not None:  # "التحالف الدولي" inside "طيران التحالف الدولي"
            cand = ActorCandidate.of(known_actor, i, last, "org")
        else:
            cand = _candidate(doc, i, last, head, parts, definite, _location(doc, last + 1, head, parts))
        cand.skip = len(clitic)
        out.append(cand)
        i = last + 1
    return out, anaphors


def _listed_outlet(doc: ActorText, i: int, head: Head) -> ActorCandidate | None:
    """An outlet noun and, after it, the name of an outlet of the list (data/outlets.tsv),
    longest first, across quotation marks only: "موقع هسبريس", "قناة «الغد»". Its English name
    is the list's (None for a name several outlets share outside their country)."""
    outlets = load_outlets()
    if normalise_string(head.word) not in outlets.nouns:
        return None
    for n in range(min(MAX_OUTLET_WORDS, len(doc) - i - 1), 0, -1):
        if any(doc.gap(k).strip(_QUOTE_MARKS + " ") for k in range(i + 1, i + n + 1)):
            continue  # punctuation between: no one name
        words = " ".join(doc.word(k) for k in range(i + 1, i + n + 1))
        if normalise_string(words) not in outlets.by_name:
            continue
        suffix = doc.tables.head(doc.word(i + n))
        if suffix is not None and suffix[1].order == "suffix":
            return None  # "موقع صدى نيوز": the outlet's own head noun names it ("صدى نيوز")
        outlet = outlets.by_name[normalise_string(words)]
        name = outlets.english(words, doc.doc_country)
        country = outlet[0].country if len({o.country for o in outlet}) == 1 else None
        return ActorCandidate(i, i + n, "ORG", name, None, country, "org", heads=frozenset({head.word}))
    return None


def _numbered_outlet(
    doc: ActorText, i: int, last: int, head: Head, parts: list[Part]
) -> ActorCandidate | None:
    """An outlet noun, a place and a number joined to it: the outlet named by both ("موقع
    مقديشو 24" → Mogadishu 24), or None."""
    k = last + 1
    if len(parts) != 1 or parts[0].kind != "place" or not parts[0].english:
        return None
    if k >= len(doc) or not doc.joined(k) or not doc.word(k).isdigit():
        return None
    if normalise_string(head.word) not in load_outlets().nouns:
        return None
    name = f"{parts[0].english} {int(doc.word(k))}"  # Western digits, as the outlet writes its name
    return ActorCandidate(i, k, "ORG", name, None, parts[0].country, "org", heads=frozenset({head.word}))


def _registered(doc: ActorText, i: int, last: int, head: Head) -> Actor | None:
    """The registry actor whose alias is exactly words i..last, found even where a longer
    alias holds it (the registry's own matches do not overlap); a club's alias after a club's
    head noun ("نادي") or in a sports report only: "وزارة الكهرباء" is no club."""
    for hit in doc.registry_all.all_at(i):
        alias = doc.alias(hit)
        if hit.last == last and alias is not None and not alias.agent:
            return alias.actor
    if not (doc.tables.word_in(head.word, doc.tables.sport_cues) or doc.about_sport):
        return None
    return _club(doc, i, last)


def _club_after(doc: ActorText, i: int, head: Head) -> tuple[Actor, int] | None:
    """The club whose alias follows the head noun at i, and its last word, where the head is a
    club's ("نادي") or the article is about sport ("فريق نفط الوسط", "فريق الشرطة"): the longest
    alias allowed in the article's country, the home league's first; None elsewhere."""
    if i + 1 >= len(doc) or not doc.joined(i + 1):
        return None
    if not (doc.tables.word_in(head.word, doc.tables.sport_cues) or doc.about_sport):
        return None
    best: tuple[int, int, Actor] | None = None
    for hit in doc.registry_all.all_at(i + 1):
        if hit.clitic:
            continue
        for alias in hit.match.payloads:
            if alias is None or not alias.club or not alias.allowed_in(doc.doc_country):
                continue
            local = 0 if alias.contexts is not None else 1
            if best is None or (hit.last, -local) > (best[0], -best[1]):
                best = (hit.last, local, alias.actor)
    return None if best is None else (best[2], best[0])


def _club(doc: ActorText, i: int, last: int) -> Actor | None:
    """The club a head noun names with a club's alias ("نادي الزمالك", "نادي الاتحاد"): the
    head makes the club's name sure, so the alias needs no tagger (registry flag `club`)."""
    for start in (i, i + 1):
        for hit in doc.registry_all.all_at(start):
            if hit.last != last or hit.clitic:
                continue
            for alias in hit.match.payloads:
                if alias is not None and alias.club and alias.allowed_in(doc.doc_country):
                    return alias.actor
    return None


def _location(doc: ActorText, k: int, head: Head, parts: list[Part]) -> Part | None:
    """The place after "في" that locates an office named without one ("مكتب حقوق الإنسان في
    تعز" → Taiz Human Rights Office; "في المحافظة" → the article's governorate), or None."""
    if head.order not in ("pre", "trade") or any(
        p.kind in ("place", "nisba", "actor", "quoted", "word") for p in parts
    ):
        return None
    if k < len(doc) and doc.joined(k):
        glued = _glued_place(doc, k) or _unit_location(doc, k, "ب")  # "بإدلب", "بمحافظة تعز"
        if glued is not None:
            return glued
    if k + 1 >= len(doc) or not doc.joined(k) or not doc.joined(k + 1):
        return None
    if not any(h.first == k == h.last and h.payload.kind == "place_before" for h in doc.cues.all_at(k)):
        return None
    unit = _unit_location(doc, k + 1, "")  # "مديرية الصحة في محافظة درعا" → Daraa Health Directorate
    if unit is not None:
        return unit
    home = doc.home_place(k + 1)
    if home is not None and doc.word(k + 1) in doc.tables.home_places:
        return Part("place", home[0].name, home[0].country)
    place = doc.local_place(k + 1)
    if place is not None:
        return _state_or_place(doc, place.payload.name, place.payload.country)
    return None


def _state_or_place(doc: ActorText, name: str, country: str | None) -> Part:
    """A location that is a whole state is named by its adjective ("المديرية العامة للدفاع المدني
    في السعودية" → Saudi General Directorate ...), any other place by its name."""
    adjective = doc.tables.adjective_of.get(country) if country else None
    if adjective and doc.tables.state_names.get(country or "") == name:
        return Part("nisba", adjective, country)
    return Part("place", name, country)


def _unit_location(doc: ActorText, k: int, clitic: str) -> Part | None:
    """The place an administrative unit word at k names, the unit word carrying `clitic`
    ("في محافظة درعا", "بمحافظة تعز"): a location adds the place's name alone, or None."""
    found = _unit(doc, k, (clitic,))
    return None if found is None else Part("place", found[1].english, found[1].country)


def _glued_place(doc: ActorText, k: int) -> Part | None:
    """A place of the article's country with "ب" ("in") joined to it, or None."""
    hit = doc.places.at(k)
    particles = doc.tables.particles
    if hit is None or not hit.clitic or hit.clitic in particles.of("of_clitic"):
        return None
    if hit.clitic not in particles.of("place_clitic") or not hit.clitic.endswith("ب"):
        return None
    if doc.doc_country is not None and hit.payload.country != doc.doc_country:
        return None
    return Part("place", hit.payload.name, hit.payload.country)


def _candidate(
    doc: ActorText,
    i: int,
    last: int,
    head: Head,
    parts: list[Part],
    definite: bool,
    where: Part | None = None,
) -> ActorCandidate:
    actors = [p for p in parts if p.kind == "actor"]
    same = len(actors) == 1 and not actors[0].linked and actors[0].actor is not None
    actor = actors[0].actor if same else None
    if (
        actor is not None
        and (head.word in actor.heads or head.owner)
        and all(p.kind in ("actor", "adjective") for p in parts)
    ):
        return ActorCandidate.of(actor, i, last, "org")  # "وكالة «الأناضول»", "قيادة الجيش السوداني"
    if head.proper and not definite:
        parts = _genitive_name(parts)
    descriptive = all(p.kind in ("nisba", "adjective") for p in parts)
    if head.proper:
        parts = _own_name(parts, doc)
    home = doc.home_country  # link/country.py: the article's own state, named without one
    adjective = doc.tables.adjective_of.get(home) if home else None
    name = None if (descriptive and not definite) else compose(head, parts, adjective)
    if head.order == "state":
        name = _state_body(head, parts, doc)
    if name is not None and where is not None:
        name = compose(head, [where, *parts], adjective)
    country = next((p.country for p in parts if p.country), None)
    if country is None and head.order == "of":
        country = home
    owner = actors[0].actor if len(actors) == 1 and actors[0].actor is not None else None
    parent = owner.name if owner is not None and owner.name != name else None
    return ActorCandidate(
        i, last, "ORG", name, None, country, "org", heads=frozenset({head.word}), parent=parent
    )


def _state_body(head: Head, parts: list[Part], doc: ActorText) -> str | None:
    """A body that only a state has, named by the state ("منتخب مصر", "المنتخب المصري":
    Egypt national football team); None when the parts name anything besides one state."""
    codes = {p.country for p in parts}
    if not head.english or len(codes) != 1 or any(p.kind not in ("nisba", "place") for p in parts):
        return None
    code = next(iter(codes))
    state = doc.tables.state_names.get(code) if code else None
    if state is None or any(p.kind == "place" and p.english != state for p in parts):
        return None  # "منتخب القدس": a city's team, not the state's
    return f"{state} {head.english}"


def _genitive_name(parts: list[Part]) -> list[Part]:
    """A definite nisba right after an indefinite proper head that is also a family name
    (romanise.tsv) is the genitive, the establishment's own name, not an adjective (the two would
    agree in the article): "مستشفى الكندي" is Al-Kindi Hospital, "المستشفى الكندي" the Canadian
    hospital. Other nisbas stay adjectives: the press writes "مستشفى الأردني الميداني" too."""
    word = normalise_string(parts[0].written) if parts and parts[0].kind == "nisba" else ""
    if not word.startswith(ARTICLE) or word[len(ARTICLE) :] not in family_names():
        return parts
    return [Part("word", written=parts[0].written, linked=parts[0].linked), *parts[1:]]


def _own_name(parts: list[Part], doc: ActorText) -> list[Part]:
    """The name words and quoted names after a proper head as its own name: translated where
    data/actor_name_words.tsv has them ("شهداء" → Martyrs, after the word it governs: Al-Aqsa
    Martyrs), else romanised ("مستشفى العودة" → Al-Awda); other parts as they are."""
    out: list[Part] = []
    governs = False
    for part in parts:
        named = _own_word(part, doc)
        if named is None and governs and part.kind == "adjective" and part.english:
            # the governed word is an adjective: it goes first ("ميثاق الوطني" → National Charter)
            english = part.english[:1].upper() + part.english[1:]
            out.insert(len(out) - 1, Part("proper", english, linked=part.linked))
            governs = False
            continue
        if named is None:
            out.append(part)
            governs = False
            continue
        latin, idafa = named
        new = Part("proper", latin, linked=part.linked)
        if governs:  # the governing word goes after this one
            out.insert(len(out) - 1, new)
        else:
            out.append(new)
        governs = idafa
    return out


def _own_word(part: Part, doc: ActorText) -> tuple[str, bool] | None:
    """(English, governs the next word) of a name word after a proper head, or None."""
    if part.kind not in ("word", "quoted"):
        return None
    written = normalise_string(part.written)
    found = doc.tables.name_words.get(written)
    if found is not None:
        return found
    if part.kind == "word" and written.startswith(
        tuple(o for o in doc.tables.particles.of("of_clitic") if len(o) > 1)
    ):
        return None  # "للمخازن": a field after ل, not a word of the own name (no English for it)
    latin = romanise(part.written, doc.doc_country)
    return (latin[:1].upper() + latin[1:], False) if latin else None


def _ministry(doc: ActorText, i: int) -> ActorCandidate | None:
    """A definite portfolio with a state's feminine adjective is its ministry ("الخارجية
    الروسية", "الداخلية السعودية"): the word وزارة is left out."""
    port = doc.portfolios.at(i)
    if port is None or not doc.word(i)[len(port.clitic) :].startswith(ARTICLE):
        return None
    k = port.last + 1
    found = nisba_at(doc, k) if k < len(doc) and (doc.joined(k) or _quote_closed(doc, i, k)) else None
    feminine = doc.tables.particles.of("feminine_ending")
    if found is None or found[1].country is None or not doc.word(k).endswith(feminine):
        return None
    head = next((h for h in doc.tables.heads.values() if h.order == "of"), None)
    if head is None:
        return None
    name = compose(head, [Part("portfolio", port.payload), Part("nisba", found[1].adjective)], None)
    return ActorCandidate(i, k, "ORG", name, None, found[1].country, "org", skip=len(port.clitic))


def _service(doc: ActorText, i: int) -> ActorCandidate | None:
    """A state's body named by its field alone (data/actor_services.tsv): "الدفاع المدني
    اليمني" → Yemeni Civil Defence; without a state's adjective, the article's own country's
    (link/country.py): "الحكومة" → Egyptian government, or the state's own row for the body
    (role government: Iraqi government); the bare English when no country is known. A registry
    row naming the words wins."""
    hit = doc.services.at(i)
    if hit is None or hit.clitic.endswith(doc.tables.particles.of("of_clitic")):
        return None  # "المديرية العامة للدفاع المدني": the field of another body
    if doc.alias(doc.registry.at(i)) is not None:
        return None
    service = hit.payload
    last, country = hit.last, doc.home_country
    k = hit.last + 1
    modifier = _service_modifiers().get(doc.word(k)) if k < len(doc) and doc.joined(k) else None
    if modifier is not None:
        k += 1  # "الحكومة الفيدرالية الصومالية": the modifier, then the state's adjective
    found = nisba_at(doc, k) if k < len(doc) and doc.joined(k) else None
    if found is not None and found[1].country is not None:
        last, country = k, found[1].country
    elif modifier is not None or not doc.stands_alone(hit.last):
        return None  # "الحكومة المؤقتة": another body
    if service.role and (country is None or any(t.last == i - 1 for t in doc.titles)):
        return None  # whose is unknown; "الناطق باسم الحكومة": the office holder's, named by the title
    skip = len(hit.clitic)
    own = doc.tables.registry.by_role.get((country, service.role)) if country and service.role else None
    if own is not None and not own.roles & STATE_ROLES - {service.role}:  # the state itself: composed
        return ActorCandidate.of(own, i, last, "org", skip=skip)
    adjective = doc.tables.adjective_of.get(country) if country else None
    name = " ".join(w for w in (adjective, modifier, service.english) if w)
    return ActorCandidate(i, last, service.type, name, None, country, "org", skip=skip)


@cache
def _service_modifiers() -> dict[str, str]:
    """Words between a state's body and its adjective that stay in its English name
    (data/actor_service_modifiers.tsv): "الفيدرالية" → federal."""
    return {normalise_string(r["word"]): r["english"] for r in load_rows("actor_service_modifiers.tsv")}


def _quote_closed(doc: ActorText, i: int, k: int) -> bool:
    """Whether the portfolio at i stands in quotes that close right before word k ("«الصحة»
    اللبنانية", the short name of the ministry quoted, its state after it)."""
    gap = doc.gap(k).strip()
    return doc.quoted(i) and len(gap) == 1 and gap in CLOSING_QUOTES and k == i + 1


def _described(doc: ActorText, i: int) -> ActorCandidate | None:
    """'«X»، وهو تحالف ...': a quoted name that the text calls an organisation (head at i)."""
    k = i - 1
    if k < 1 or not doc.joined(i) or not doc.tables.particles.has("apposition", doc.word(k)):
        return None
    gap = doc.gap(k)
    if not any(c in CLOSING_QUOTES for c in gap) or not any(c in commas() for c in gap):
        return None
    for j in range(k - 1, max(-1, k - 1 - MAX_QUOTED), -1):
        if j < k - 1 and not doc.joined(j + 1):
            return None
        if doc.quoted(j):
            if doc.alias(doc.registry.at(j)) is not None:
                return None
            return ActorCandidate(j, k - 1, "ORG", None, None, None, "org")
    return None


def _suffix(doc: ActorText, i: int) -> ActorCandidate | None:
    """'X نيوز', 'X برس': the word before the head is the outlet's name."""
    if i == 0 or not doc.joined(i):
        return None
    word = doc.word(i - 1)
    tables = doc.tables
    if tables.stop(word) or doc.verb(i - 1) is not None or word.startswith(ARTICLE):
        return None
    return ActorCandidate(i - 1, i, "ORG", None, None, None, "org", skip=_outlet_clitic(word, doc.word(i)))


def _outlet_clitic(word: str, head: str) -> int:
    """Letters of a proclitic on the name word of a listed outlet ("لنون بوست": ل + نون بوست),
    which the mention leaves out; 0 when no reading without it names an outlet of the list."""
    outlets = load_outlets()
    for clitic, rest in proclitic_readings(word):
        if clitic and outlets.english(f"{rest} {head}") is not None:
            return len(clitic)
    return 0
