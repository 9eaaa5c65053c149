"""Who cannot be the subject of a verb trigger: what the clause and the verb's agreement say.

- A verb whose clause has no subject of its own ("داهمت قوات الاحتلال البلدة واعتقلت
  الشاب محمد", "هاجموا منزلا"): the subject is carried on from the clause before or is in the
  verb's ending, so what follows the verb is its object, never its agent.
- A past verb with the feminine ending ("اعتقلت", "استهدفت") does not agree with a man: "كما
  اعتقلت أحمد سالم" reads the man as the object (Arabic would write "اعتقل" for his act). A
  man is a person actor whose first word is a masculine given name (data/actor_given_names.tsv),
  in the verb's clause or in a list of names hanging on it ("واعتقلت الشابين: خالد يوسف، سامر نبيل").
- Before such a verb, a name in the coordinated clause it continues but outside that clause's
  subject ("واقتحمت منزل أبو شريفة واعتقلته") is the earlier verb's object, not the agent.
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.clause import Clause, Clauses
from rasid.lang.ar.lexicon import load_rows
from rasid.record import ActorMention
from rasid.relate.events.triggers import EventMention

GIVEN_NAMES_FILE = "actor_given_names.tsv"
PAST_LETTERS = 4  # the shortest feminine past verb once و/ف is split off ("قتلت")


@cache
def masculine_names() -> frozenset[str]:
    """The normalised masculine given names of the data file."""
    rows = load_rows(GIVEN_NAMES_FILE, normalise_columns=("name",))
    return frozenset(row["name"] for row in rows if row["gender"].strip() == "m")


def feminine_past(norm: str) -> bool:
    """A verb form ending in the feminine ت of the past ("واعتقلت"), not the plural ات."""
    rest = norm[1:] if norm[:1] in affixes("conjunction_clitic") else norm
    return len(rest) >= PAST_LETTERS and rest.endswith("ت") and not rest.endswith("ات")


def not_its_subject(cs: Clauses, m: EventMention, actor: ActorMention) -> bool:
    """The actor, told after m's verb in m's clause or later, cannot be that verb's subject: the
    clause's subject is dropped (carried on), or the verb is feminine and the actor a man."""
    clause = cs.at(m.core[0])
    if not m.verb or clause is None:
        return False
    if actor.span[0] < m.start:
        return _object_before(cs, clause, actor)
    if actor.span[0] < m.core[1]:
        return False
    p = clause.predicate
    if p.kind != "verbal" or p.voice != "active" or not (p.start < m.end and m.start < p.end):
        return False
    if clause.dropped_subject and clause.relation != "relative":
        return True
    return _hangs_on(cs, actor, clause.index) and _man_after_feminine(cs, p.word, actor)


LIST_HOPS = 6  # verbless clauses walked back from an actor to the verb's clause ("اعتقلت الشابين: X، Y")


def _hangs_on(cs: Clauses, actor: ActorMention, index: int) -> bool:
    """The actor lies in the clause `index` or in a verbless clause that hangs on it (a list of
    names after a colon or comma: "واعتقلت الشابين: خالد يوسف، سامر نبيل")."""
    c = cs.at(actor.span[0])
    for _ in range(LIST_HOPS):
        if c is None:
            return False
        if c.index == index:
            return True
        if c.predicate.kind == "verbal" or c.parent is None:
            return False
        c = cs.clauses[c.parent]
    return False


def _man_after_feminine(cs: Clauses, verb: int, actor: ActorMention) -> bool:
    if actor.type != "PER" or not feminine_past(cs.doc.words[verb].norm):
        return False
    first = cs.doc.words[cs.doc.word_at(actor.span[0])]
    names = masculine_names()
    return first.norm in names or any(rest in names for _, rest in first.readings)


def _object_before(cs: Clauses, clause: Clause, actor: ActorMention) -> bool:
    """The actor lies in the coordinated verb's clause before m's, outside that clause's subject
    ("واقتحمت منزل أبو شريفة واعتقلته"): m's dropped subject is the one both verbs share, and the
    actor is the earlier verb's object."""
    if not clause.dropped_subject or clause.parent is None:
        return False
    # A verb glued on with و ("واعتقلته") shares the subject before it too; there only a person
    # is taken for the earlier verb's object (the shallow analysis may read "دورية تابعة لفرع
    # الأمن" as a verb and its object, and an organisation is as often a subject).
    if clause.relation != "coordination" and not (clause.relation == "continuation" and actor.type == "PER"):
        return False
    before = cs.clauses[clause.parent]
    if before.predicate.kind != "verbal" or not before.start <= actor.span[0] < before.end:
        return False
    if actor.span[0] < before.predicate.end:  # "دورية تابعة لفرع الأمن داهمت ... واعتقلت": before
        return False  # the verb, the subject's own words; an object follows its verb
    subject = before.subject
    if subject is None or not subject.start <= actor.span[0] < subject.end:
        return True
    # a person inside a phrase headed by another noun ("منزل أبو سالم") is that noun's owner:
    # the phrase is the earlier verb's object read as its subject
    return actor.type == "PER" and actor.span[0] > cs.doc.words[subject.words[0]].start
