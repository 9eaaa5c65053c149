"""The perpetrator choice as candidates with general features (issue 12, a learned ranker).

For an incident the candidates are the actors the rules could reach (the rules' own choice,
the actors of the incident's sentences and the one before, the title's) and "none". Each has
structural features only: which step of the perpetrator pass chose (the `how` it fills when asked),
the candidate's clause role towards the nearest mention (subject, object, right after the
trigger, after "من قبل"/"على يد"), its distance in words and sentences, its kind, whether it is
also a victim, a claim's source or inside a claim, and whether its clause is hedged. No word
of a particular article is a feature, so what a model learns from them can carry to outlets it
never saw. `scripts/perp_model.py` builds the data and cross-validates by outlet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rasid.lang.ar.clause import Clauses, Phrase
from rasid.record import ActorMention
from rasid.relate.events.agents import may_carry_out
from rasid.relate.events.args import ArgContext
from rasid.relate.events.members import is_members, organisation_of
from rasid.relate.events.merge import Incident
from rasid.relate.events.triggers import EventMention

NONE = "none"
BACK = 1  # sentences before the incident's first mention whose actors are candidates
AGENT_MARKERS = ("من قبل", "على يد", "علي يد")  # "by": the agent of a passive or a verbal noun


@dataclass(frozen=True)
class Candidate:
    """One choice for an incident's perpetrator (actor None: nobody) with its features."""

    actor: ActorMention | None
    features: tuple[str, ...]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _inside(span: tuple[int, int], phrase: Phrase | None) -> bool:
    return phrase is not None and phrase.start <= span[0] < phrase.end


def candidates(
    ctx: ArgContext, clauses: Clauses, inc: Incident, chosen: list[ActorMention], rule: str
) -> list[Candidate]:
    """The incident's candidates, "none" first, then the rules' choice, then the others in text order."""
    doc = ctx.doc
    sentences = sorted({doc.sentence_of(m.core[0]) for m in inc.mentions})
    lo_s = max(0, sentences[0] - BACK)
    pool: dict[str, ActorMention] = {a.id: a for a in chosen}
    for a in ctx.actors:
        s = doc.sentence_of(a.span[0])
        if lo_s <= s <= sentences[-1] or doc.in_title(a.span[0]):
            o = organisation_of(ctx, a)
            pool.setdefault(o.id, o)
    chosen_ids = {a.id for a in chosen}
    common = (f"rule={rule}", f"family={inc.family}")
    out = [
        Candidate(
            None, (NONE, *(f"{NONE}&{f}" for f in [*common, *_incident_features(ctx, clauses, inc, pool)]))
        )
    ]
    for a in pool.values():
        feats = _actor_features(ctx, clauses, inc, a)
        if a.id in chosen_ids:
            feats += ["chosen", f"chosen&{common[0]}", f"chosen&n_chosen={min(len(chosen), 3)}"]
        feats += [f"{f}&{common[1]}" for f in feats if f.startswith(("role=", "kind=", "sent="))]
        feats += [f"{f}&kind={a.type}" for f in feats if f.startswith("role=") and "&" not in f]
        out.append(Candidate(a, tuple(feats)))
    return out


def _incident_features(
    ctx: ArgContext, clauses: Clauses, inc: Incident, pool: dict[str, ActorMention]
) -> list[str]:
    """What speaks for nobody: the incident's kind, its trigger's form and clause, how near an actor is."""
    doc = ctx.doc
    rep = inc.representative
    feats = [f"type={inc.type}", f"n={_bucket(len(pool), (1, 3, 6))}"]
    flags = ("verb", "definite", "construct", "governed", "suffixed", "similar", "toll", "weak", "title")
    feats += [f"trigger_{f}" for f in flags if any(getattr(m, f, False) for m in inc.mentions)]
    own = clauses.at(rep.core[0])
    if own is not None:
        feats.append(f"clause={own.predicate.kind}_{own.predicate.voice}")
        if own.dropped_subject:
            feats.append("dropped_subject")
        if own.hedged:
            feats.append("hedged")
    sentences = {doc.sentence_of(m.core[0]) for m in inc.mentions}
    clause_ids = {clauses.index_at(m.core[0]) for m in inc.mentions}
    near = [a for a in pool.values() if doc.sentence_of(a.span[0]) in sentences]
    feats.append(f"same_sentence={_bucket(len(near), (0, 1, 2))}")
    if any(clauses.index_at(a.span[0]) in clause_ids for a in near):
        feats.append("actor_in_clause")
    if ctx.claim_index.holding(rep.span):
        feats.append("in_claim")
    return feats


def _nearest(inc: Incident, a: ActorMention) -> EventMention:
    return min(inc.mentions, key=lambda m: abs(m.core[0] - a.span[0]))


def _actor_features(ctx: ArgContext, clauses: Clauses, inc: Incident, a: ActorMention) -> list[str]:
    doc = ctx.doc
    m = _nearest(inc, a)
    feats = [f"kind={a.type}", f"kind={a.type}&named={a.name is not None}"]
    if a.parent:
        feats.append("has_parent")
    if is_members(a):
        feats.append("members")
    if not may_carry_out(a, inc.family):
        feats.append("may_not_carry_out")
    if doc.in_title(a.span[0]):
        feats.append("title")
    ds = doc.sentence_of(a.span[0]) - doc.sentence_of(m.core[0])
    feats.append(f"sent={max(-2, min(ds, 1))}")
    before = a.span[1] <= m.core[0]
    gap = doc.words_between(a.span[1], m.core[0]) if before else doc.words_between(m.core[1], a.span[0])
    if ds == 0:
        feats.append(f"side={'before' if before else 'after'}")
        feats.append(f"gap={'before' if before else 'after'}{_bucket(gap, (0, 2, 5, 10, 20))}")
    own = clauses.at(m.core[0])
    theirs = clauses.at(a.span[0])
    if own is not None and theirs is not None and own.index == theirs.index:
        feats.append("same_clause")
        if own.predicate.kind == "verbal":
            feats.append(f"verb_{own.predicate.voice}")
    if own is not None:
        if _inside(a.span, clauses.subject_of(own)):
            feats.append("role=subject")
            feats.append(f"role=subject&voice={own.predicate.voice}")
        elif _inside(a.span, own.object):
            feats.append("role=object")
        elif any(_inside(a.span, p) for p in own.attachments):
            feats.append("role=attachment")
    if theirs is not None and theirs.relation and theirs is not own:
        feats.append(f"their_relation={theirs.relation}")
    if not before and gap == 0 and ds == 0:
        feats.append("role=right_after")  # إضافة or a nisba adjective on the trigger
    head = doc.text[max(0, a.span[0] - 12) : a.span[0]]
    if any(head.rstrip().endswith(w) for w in AGENT_MARKERS):
        feats.append("role=by_marker")
    if head.rstrip().endswith(("على", "علي")):
        feats.append("after_ala")
    if a.id in ctx.sources:
        feats.append("source")
    if ctx.counted_as_victims(a):
        feats.append("victim")
    if ctx.claim_index.holding(a.span):
        feats.append("in_claim")
    if clauses.hedged_at(a.span[0]):
        feats.append("hedged")
    same_name = sum(1 for b in ctx.actors if b.name and b.name == a.name)
    feats.append(f"mentions={_bucket(same_name, (1, 2, 4))}")
    return feats


def score(features: tuple[str, ...], weights: Mapping[str, float]) -> float:
    """The linear score of a candidate."""
    return sum(weights.get(f, 0.0) for f in features)


def best(cands: list[Candidate], weights: Mapping[str, float]) -> Candidate:
    """The candidate of the highest score (the first on a tie: "none", then the rules' choice)."""
    return max(cands, key=lambda c: score(c.features, weights))
