"""A proposed actor mention, before overlaps are resolved, and how overlaps are resolved.

Finders propose `ActorCandidate`s over word ranges; `resolve` keeps, for every span, the best
proposal (by `RANK` of the finder that made it), drops proposals that cross a better one,
and keeps nested proposals only when they name a different actor ("القسم الإعلامي
للائتلاف السوري المعارض" holds the coalition; "قوات المعارضة السورية" does not need a
second "Syrian opposition" inside it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasid.recognise.actors.registry import Actor

# Who wins a tie on the same span or a crossing overlap: the registry knows best, then the
# composed phrases, then the patterns, then the trained tagger, then back-references.
RANK = {"registry": 6, "forces": 5, "group": 4, "org": 3, "person": 3, "state": 5, "tagger": 2, "coref": 1}


@dataclass
class ActorCandidate:
    """One proposed mention over words first..last of the document."""

    first: int
    last: int
    type: str
    name: str | None
    name_ar: str | None
    country: str | None
    source: str
    role_words: list[str] = field(default_factory=list)
    heads: frozenset[str] = frozenset()
    actor: Actor | None = None
    skip: int = 0  # proclitic letters at the start of the first word, outside the mention
    role_only: bool = False  # an office named without its holder ("محافظ تعز")
    dropped: bool = False  # absorbed by another mention (a role before a name)
    parent: str | None = None  # the body a composed sub-unit belongs to ("مركز الدفاع المدني")

    @classmethod
    def of(cls, actor: Actor, first: int, last: int, source: str, **kw: object) -> ActorCandidate:
        """A candidate naming a registry actor."""
        cand = cls(first, last, actor.type, actor.name, actor.name_ar, actor.country, source, actor=actor)
        for key, value in kw.items():
            setattr(cand, key, value)
        cand.heads = cand.heads | actor.heads
        return cand

    @property
    def rank(self) -> int:
        return RANK.get(self.source, 0) + (1 if self.name else 0)

    @property
    def size(self) -> int:
        return self.last - self.first + 1

    def contains(self, other: ActorCandidate) -> bool:
        return self.first <= other.first and other.last <= self.last

    def crosses(self, other: ActorCandidate) -> bool:
        overlap = self.first <= other.last and other.first <= self.last
        return overlap and not self.contains(other) and not other.contains(self)


def resolve(cands: list[ActorCandidate]) -> list[ActorCandidate]:
    """Best candidate per span, no crossing overlaps, nested ones only when they add an actor."""
    best: dict[tuple[int, int], ActorCandidate] = {}
    for c in cands:
        if c.dropped:
            continue
        key = (c.first, c.last)
        if key not in best or c.rank > best[key].rank:
            if key in best and not c.role_words:
                c.role_words = best[key].role_words
            best[key] = c
        elif c.role_words and not best[key].role_words:
            best[key].role_words = c.role_words
    ordered = sorted(best.values(), key=lambda c: (-c.rank, -c.size, c.first))
    kept: list[ActorCandidate] = []
    cover: dict[int, list[ActorCandidate]] = {}  # word index -> kept candidates over it
    for c in ordered:
        near = {id(k): k for i in range(c.first, c.last + 1) for k in cover.get(i, ())}.values()
        if any(k.crosses(c) for k in near):
            continue
        if any(k.contains(c) and k.name is not None and k.name == c.name and k.type == c.type for k in near):
            continue
        kept.append(c)
        for i in range(c.first, c.last + 1):
            cover.setdefault(i, []).append(c)
    # A candidate inside another is over its first word: only those are looked at.
    kept = [c for c in kept if not any(o is not c and o.contains(c) and _same(o, c) for o in cover[c.first])]
    return sorted(kept, key=lambda c: (c.first, -c.size))


def _same(outer: ActorCandidate, inner: ActorCandidate) -> bool:
    return outer.name is not None and outer.name == inner.name and outer.type == inner.type
