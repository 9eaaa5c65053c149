"""Clustering one component of reports into incidents, the same way whatever the order.

Reports joined by a chain of edges (compatible, well-scored pairs, see `compat.py`)
form a component. Inside a component, clusters are merged greedily, best first
(average linkage): two clusters may merge when no pair across them breaks a hard rule,
at least one pair across them is an edge, and the mean value of all pairs across them
is at least `MERGE_MEAN`, where a compatible pair is worth its score and a pair that
breaks a soft rule `-PENALTY`. The best merge is the one with the highest mean, ties
broken by the members' keys. Every step depends only on the set of reports, so ingest
order cannot change the result.
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass

from rasid.incidents import dates
from rasid.incidents.compat import Link, comparable, link
from rasid.incidents.facts import EventFacts

#: What a broken soft rule (dates, places, perpetrators, figures) weighs against a merge.
PENALTY = 1.0
#: The least mean pair value (score, or -PENALTY for a broken soft rule) of a merge.
MERGE_MEAN = 0.0


@dataclass
class _Pair:
    """What the compared pairs across two clusters say (pairs not compared count -PENALTY)."""

    hard: bool
    edge: bool
    total: float
    n: int

    def merged(self, other: _Pair) -> _Pair:
        return _Pair(
            self.hard or other.hard, self.edge or other.edge, self.total + other.total, self.n + other.n
        )

    def mean(self, pairs: int) -> float:
        return (self.total - PENALTY * (pairs - self.n)) / pairs


_NONE = _Pair(False, False, 0.0, 0)


def refine(
    facts: list[EventFacts], links: dict[tuple[str, str], Link] | None = None
) -> list[list[EventFacts]]:
    """Split one component into incidents; each incident's members sorted by key.

    Only pairs whose date windows are within a day, in the same country (or one unknown),
    are compared (the others break the date or place rule, so they count -PENALTY without
    being looked at); cluster pairs are kept
    only where some pair was compared, so a long component costs what its blocks cost.
    """
    items = sorted(facts, key=lambda f: f.key)
    n = len(items)
    if n <= 1:
        return [items] if items else []
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    first: dict[int, str] = {i: items[i].key for i in range(n)}
    pairs: dict[tuple[int, int], _Pair] = {}
    neighbours: dict[int, set[int]] = {i: set() for i in range(n)}
    for i, j in _comparable(items):
        lk = _link(items[i], items[j], links)
        pairs[(i, j)] = _Pair(lk.hard, lk.edge, lk.score if lk.ok else -PENALTY, 1)
        neighbours[i].add(j)
        neighbours[j].add(i)
    heap: list[tuple[float, str, str, int, int]] = []

    def push(a: int, b: int) -> None:
        p = pairs[(a, b)]
        mean = p.mean(len(members[a]) * len(members[b]))
        if not p.hard and p.edge and mean >= MERGE_MEAN:
            heapq.heappush(heap, (-mean, first[a], first[b], a, b))

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
        around = (neighbours.pop(a) | neighbours.pop(b)) - {a, b}
        neighbours[k] = around
        pairs.pop((min(a, b), max(a, b)), None)
        for c in around:
            pa = pairs.pop((min(a, c), max(a, c)), _NONE)
            pb = pairs.pop((min(b, c), max(b, c)), _NONE)
            pairs[(c, k)] = pa.merged(pb)
            neighbours[c] -= {a, b}
            neighbours[c].add(k)
        for c in sorted(around):
            push(c, k)
    clusters = [sorted((items[i] for i in idx), key=lambda f: f.key) for idx in members.values()]
    return sorted(clusters, key=lambda c: c[0].key)


def _comparable(items: list[EventFacts]) -> list[tuple[int, int]]:
    """Index pairs (i < j) whose date windows are within the tolerance, found by a sweep."""
    windows = [dates.window(f.when, f.published) for f in items]
    undated = [i for i, w in enumerate(windows) if w is None]
    dated = sorted((i for i, w in enumerate(windows) if w is not None), key=lambda i: windows[i][0])  # type: ignore[index]
    out: set[tuple[int, int]] = set()
    for u in undated:
        out.update(
            (min(u, j), max(u, j)) for j in range(len(items)) if j != u and comparable(items[u], items[j])
        )
    tolerance = dt.timedelta(days=dates.TOLERANCE)
    for pos, i in enumerate(dated):
        end = windows[i][1] + tolerance  # type: ignore[index]
        for j in dated[pos + 1 :]:
            if windows[j][0] > end:  # type: ignore[index]
                break
            if comparable(items[i], items[j]):
                out.add((min(i, j), max(i, j)))
    return sorted(out)


def _link(a: EventFacts, b: EventFacts, links: dict[tuple[str, str], Link] | None) -> Link:
    if links is not None:
        key = (a.key, b.key) if a.key < b.key else (b.key, a.key)
        if key in links:
            return links[key]
    return link(a, b)
