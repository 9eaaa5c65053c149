"""Clustering one component of reports into incidents, the same way whatever the order.

Reports joined by a chain of mergeable pairs form a component (single linkage over
`Link.edge`). Inside a component, clusters are merged greedily, best first: two
clusters may merge when no pair across them breaks a rule (complete linkage over the
hard rules) and at least one pair across them is a mergeable edge; the best merge is
the one with the highest mean pair score, ties broken by the members' keys. Every step
depends only on the set of reports, so ingest order cannot change the result.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from rasid.incidents.compat import Link, link
from rasid.incidents.facts import EventFacts


@dataclass
class _Pair:
    ok: bool
    edge: bool
    total: float
    n: int

    def merged(self, other: _Pair) -> _Pair:
        return _Pair(
            self.ok and other.ok, self.edge or other.edge, self.total + other.total, self.n + other.n
        )


def refine(
    facts: list[EventFacts], links: dict[tuple[str, str], Link] | None = None
) -> list[list[EventFacts]]:
    """Split one component into incidents; each incident's members sorted by key."""
    items = sorted(facts, key=lambda f: f.key)
    n = len(items)
    if n <= 1:
        return [items] if items else []
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    first: dict[int, str] = {i: items[i].key for i in range(n)}
    pairs: dict[tuple[int, int], _Pair] = {}
    for i in range(n):
        for j in range(i + 1, n):
            lk = _link(items[i], items[j], links)
            pairs[(i, j)] = _Pair(lk.ok, lk.edge, lk.score, 1)
    heap: list[tuple[float, str, str, int, int]] = []

    def push(a: int, b: int) -> None:
        p = pairs[(a, b)]
        if p.ok and p.edge:
            heapq.heappush(heap, (-p.total / p.n, first[a], first[b], a, b))

    for a, b in pairs:
        push(a, b)
    next_id = n
    while heap:
        _, _, _, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        k = next_id
        next_id += 1
        members[k] = members.pop(a) + members.pop(b)
        first[k] = min(first[a], first[b])
        for c in list(members):
            if c == k:
                continue
            pa = pairs.pop((min(a, c), max(a, c)))
            pb = pairs.pop((min(b, c), max(b, c)))
            pairs[(c, k)] = pa.merged(pb)
            push(c, k)
        pairs.pop((min(a, b), max(a, b)), None)
    clusters = [sorted((items[i] for i in idx), key=lambda f: f.key) for idx in members.values()]
    return sorted(clusters, key=lambda c: c[0].key)


def _link(a: EventFacts, b: EventFacts, links: dict[tuple[str, str], Link] | None) -> Link:
    if links is not None:
        key = (a.key, b.key) if a.key < b.key else (b.key, a.key)
        if key in links:
            return links[key]
    return link(a, b)
