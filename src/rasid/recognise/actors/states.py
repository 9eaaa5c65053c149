"""Registry names in the text, and when a state's name is an actor rather than a place.

Every registry alias found is a candidate unless its flags forbid it here: an alias
limited to some countries (`ctx=`) needs an article about one of them; a `solo` alias
must not be followed by an ال-word that continues its noun phrase ("النظام الدولي").

An `agent` alias (a state or a capital) names an actor only in an agent's position,
decided from the words around it (data/actor_cues.tsv, data/actor_verbs.tsv):
  1. after a place word or preposition ("في روسيا", "إلى دمشق"), or with ب/ك attached
     ("بروسيا"), it is a place: never an actor;
  2. right after a verb, possibly through an object pronoun or "فيه"-like word ("أعلنت
     روسيا", "تقوده السعودية", "تشارك فيه روسيا"), or after a verb and its subject, as
     its object ("اتهم الناشطون روسيا");
  3. after an agent phrase ("من قبل", "بدعم من", "مدعومة من", "أن"), a support noun and
     "من" ("دعما عسكريا من موسكو"), a relation noun and "بين" ("العلاقات بين مصر و..."),
     or a noun whose genitive it is ("إرهاب روسيا");
  4. right before a verb, "التي" or "بأنها" ("روسيا، أعلنت", "روسيا ارتكبت");
  5. joined by "و" to a state that is an actor by 2-4 ("روسيا وإيران والعراق").
Rules 2 and 4 also recognise an unlisted verb by its shape: a word of four or more letters
that begins with ت or ي (present tense) or ends with ت (past tense, feminine, as states
are), and that no word list knows. A state joined by و to another actor of the registry
acts with it ("روسيا والنظام السوري").

An organisation's alias followed by its own state's adjective takes the adjective into the
mention ("صحيفة «الغارديان» البريطانية", "سوناطراك الجزائرية"): the adjective describes the
named body, it is no second actor.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from rasid.lang.ar.clause_marks import commas
from rasid.recognise.actors.candidate import ActorCandidate
from rasid.recognise.actors.doc import CLOSING_QUOTES, ActorText, LexiconHit
from rasid.recognise.actors.forces import nisba_at
from rasid.recognise.actors.lexicon import Place
from rasid.recognise.actors.registry import Alias


def infer_doc_country(doc: ActorText) -> str | None:
    """The country an article is about: the most mentioned, by states, adjectives and actors."""
    votes: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for hit in doc.registry:
        alias = hit.payload
        if alias is not None and alias.actor.country and not alias.contexts and not alias.tagged:
            votes[alias.actor.country] += 1
            first_seen.setdefault(alias.actor.country, hit.first)
    tables = doc.tables
    for i in doc.read_in(tables.nisba):
        found = tables.word_in(doc.texts[i], tables.nisba)
        if found is not None:
            country = tables.nisba[found[1]].country
            if country:
                votes[country] += 1
                first_seen.setdefault(country, i)
    for place in doc.places:
        if not plain_place(doc, place.first) or common_word(doc, place):
            continue
        votes[place.payload.country] += 1
        first_seen.setdefault(place.payload.country, place.first)
    if not votes:
        return None
    return max(votes, key=lambda c: (votes[c], -first_seen[c]))


def common_word(doc: ActorText, hit: LexiconHit[Place]) -> bool:
    """Whether a gazetteer name is an ordinary word first ("حصيلة الشهداء": the martyrs, not
    Egypt's town of that name): such a name votes for no country."""
    phrase = " ".join(doc.word(k) for k in range(hit.first, hit.last + 1))[len(hit.clitic) :]
    return phrase in doc.tables.common_place_words


def plain_place(doc: ActorText, i: int) -> bool:
    """Whether a gazetteer name at word i is no word the actor lists know ("التحالف", "بيان",
    "بشار" are also place names somewhere; a portfolio, "الداخلية", is one too): only such names
    vote for the article's country."""
    tables = doc.tables
    word = doc.word(i)
    if doc.registry.at(i) is not None or doc.titles.at(i) or doc.groups.at(i) or doc.forces.at(i):
        return False
    if doc.portfolios.at(i) is not None:
        return False  # "وزارة الداخلية": a ministry's field, not Oman's governorate of that name
    return not (tables.stop(word) or tables.head(word) or tables.word_in(word, tables.given_names))


class AgentTest:
    """Decides whether a state's name at words first..last is an actor (module docstring)."""

    def __init__(self, doc: ActorText) -> None:
        self.doc = doc
        self.tables = doc.tables
        self.particles = doc.tables.particles
        self._cue_end: dict[int, list[str]] = {}
        for hit in doc.cues:
            self._cue_end.setdefault(hit.last, []).append(hit.payload.kind)

    def cue_ending_at(self, i: int, kind: str) -> bool:
        return kind in self._cue_end.get(i, [])

    def cue_word(self, i: int, kind: str) -> bool:
        hit = self.doc.cues.all_at(i)
        return any(h.last == i and h.payload.kind == kind for h in hit)

    def is_place(self, first: int, clitic: str) -> bool:
        if self.particles.has("place_clitic", clitic):
            return True
        return self.doc.joined(first) and self.cue_ending_at(first - 1, "place_before")

    def verb_before(self, first: int) -> bool:
        doc = self.doc
        if not doc.joined(first):
            return False
        prev = first - 1
        subject = self._subject_ending_at(prev)
        if subject is not None and doc.joined(prev) and subject > 0 and doc.joined(subject):
            prev = subject - 1  # verb, subject, then the state as its object: "اتهم الناشطون روسيا"
        if self.cue_word(prev, "pronoun_prep") and doc.joined(prev):
            prev -= 1
        kind = doc.verb(prev)
        if kind is None:
            return self._verb_shaped(doc.word(prev))
        return kind != "motion"

    def _subject_ending_at(self, i: int) -> int | None:
        """First word of a group noun or registry name that ends at word i, or None."""
        doc = self.doc
        for start in range(max(0, i - 5), i + 1):
            for hit in (doc.groups.at(start), doc.registry.at(start)):
                if hit is not None and hit.last == i and (hit.payload is not None):
                    return start
        return None

    def agent_before(self, first: int) -> bool:
        doc = self.doc
        if not doc.joined(first):
            return False
        prev = first - 1
        if self.cue_ending_at(prev, "agent_before") or self.cue_ending_at(prev, "agent_noun"):
            return True
        word = doc.word(prev)
        if self.particles.has("from", word):
            back = [prev - 1, prev - 2]
            return any(b >= 0 and self.cue_ending_at(b, "support_noun") for b in back)
        if self.particles.has("between", word):
            back = [prev - 1, prev - 2]
            return any(b >= 0 and self.cue_ending_at(b, "relation_noun") for b in back)
        return False

    def verb_after(self, last: int) -> bool:
        doc = self.doc
        nxt = last + 1
        if nxt >= len(doc) or doc.sentence_break(nxt):
            return False
        gap = doc.gap(nxt).strip()
        if gap and gap not in commas():
            return False
        word = doc.word(nxt)
        if doc.verb(nxt) is not None:
            return True
        if gap == "" and (self.particles.has("relative", word) or self.cue_word(nxt, "agent_after")):
            return True
        return self._verb_shaped(word)

    def _verb_shaped(self, word: str) -> bool:
        tables = self.tables
        if not tables.verb_shaped(word) or tables.head(word) or tables.stop(word):
            return False
        return not (tables.word_in(word, tables.nisba) or tables.word_in(word, tables.adjectives))

    def __call__(self, first: int, last: int, clitic: str) -> bool:
        if self.is_place(first, clitic):
            return False
        return self.verb_before(first) or self.agent_before(first) or self.verb_after(last)


def find_registry(doc: ActorText) -> list[ActorCandidate]:
    """Registry aliases allowed here; agent-only aliases where an agent stands (docstring)."""
    test = AgentTest(doc)
    out: list[ActorCandidate] = []
    pending: list[tuple[LexiconHit[Alias | None], Alias]] = []
    for hit in doc.registry:
        alias = doc.alias(hit)
        if alias is None:
            continue
        if alias.agent:
            pending.append((hit, alias))
            continue
        out.append(
            ActorCandidate.of(
                alias.actor,
                hit.first,
                _own_adjective(doc, hit.last, alias),
                "registry",
                type=_type(doc, hit, alias),
                skip=len(hit.clitic),
            )
        )
    pending += _nested(doc, out)
    agents = {(h.first, h.last): test(h.first, h.last, h.clitic) for h, _ in pending}
    _join_actors(doc, pending, agents, out)
    _spread_over_coordination(doc, pending, agents)
    for hit, alias in pending:
        if agents[(hit.first, hit.last)]:
            out.append(ActorCandidate.of(alias.actor, hit.first, hit.last, "state", skip=len(hit.clitic)))
    return out


def _own_adjective(doc: ActorText, last: int, alias: Alias) -> int:
    """The last word of an organisation's alias ending at `last`, with the adjective of the
    organisation's own state when one follows it, joined or after a closing quote (docstring)."""
    actor, k = alias.actor, last + 1
    if actor.type != "ORG" or actor.country is None or k >= len(doc):
        return last
    gap = doc.gap(k).strip()
    if not (doc.joined(k) or (gap and all(c in CLOSING_QUOTES for c in gap) and "\n" not in doc.gap(k))):
        return last
    found = nisba_at(doc, k)
    return k if found is not None and found[1].country == actor.country else last


def _nested(doc: ActorText, out: list[ActorCandidate]) -> list[tuple[LexiconHit[Alias | None], Alias]]:
    """Persons and states inside a longer alias ("نظام بشار الأسد", "التحالف الذي تقوده
    السعودية"): persons are added to `out`, states are returned for the agent test."""
    outer = [(h.first, h.last) for h in doc.registry]
    pending: list[tuple[LexiconHit[Alias | None], Alias]] = []
    for hit in doc.registry_all:
        alias = doc.alias(hit)
        if alias is None or (hit.first, hit.last) in outer:
            continue
        if not any(f <= hit.first and hit.last <= e for f, e in outer):
            continue
        if alias.agent:
            pending.append((hit, alias))
        elif alias.actor.type == "PER":
            out.append(ActorCandidate.of(alias.actor, hit.first, hit.last, "registry", skip=len(hit.clitic)))
    return pending


def _join_actors(
    doc: ActorText,
    pending: list[tuple[LexiconHit[Alias | None], Alias]],
    agents: dict[tuple[int, int], bool],
    out: list[ActorCandidate],
) -> None:
    """A state joined by و to another actor acts with it ("روسيا والنظام السوري", "بين أنقرة
    وحكومة الوفاق")."""
    conjunction = doc.tables.particles.of("conjunction")
    starts = {c.first: c for c in out}
    ends = {c.last: c for c in out}
    for hit, _ in pending:
        nxt = starts.get(hit.last + 1)
        if nxt is not None and doc.joined(nxt.first) and doc.word(nxt.first).startswith(conjunction):
            agents[(hit.first, hit.last)] = True
        prev = ends.get(hit.first - 1)
        if prev is not None and doc.joined(hit.first) and hit.clitic in conjunction:
            agents[(hit.first, hit.last)] = True


def _spread_over_coordination(
    doc: ActorText, pending: list[tuple[LexiconHit[Alias | None], Alias]], agents: dict[tuple[int, int], bool]
) -> None:
    """'X وY وZ': a state joined by و to an acting state acts too (and the reverse)."""
    ordered = sorted(pending, key=lambda p: p[0].first)
    for _ in range(2):
        for (a, _), (b, _) in pairwise(ordered):
            adjacent = (
                b.first == a.last + 1
                and doc.joined(b.first)
                and doc.tables.particles.has("conjunction", b.clitic)
            )
            ka, kb = (a.first, a.last), (b.first, b.last)
            if adjacent and (agents[ka] or agents[kb]):
                agents[ka] = agents[kb] = True


def _type(doc: ActorText, hit: LexiconHit[Alias | None], alias: Alias) -> str:
    """A state's alias that begins with a force noun ("قوات النظام") or that names its forces
    or security bodies ("فرع الأمن العسكري", a row of role army) is an organisation."""
    if alias.actor.type != "GPE":
        return alias.actor.type
    if alias.force or any(f.payload.kind == "noun" for f in doc.forces.all_at(hit.first)):
        return "ORG"
    return alias.actor.type
