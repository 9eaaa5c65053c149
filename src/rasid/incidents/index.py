"""`IncidentIndex`: incremental, order-independent merging of reports into incidents.

`add(facts)` compares a report only with the reports its blocking keys reach (the
same event family, a date window within a day, the same country or an unknown one), joins the components of those it may
merge with, and re-clusters only the components it touched (see `cluster.refine`).
Components are connected parts of a graph that only grows, and each is clustered by a
function of its set of reports, so adding the same reports in any order gives the same
incidents.
"""

from __future__ import annotations

from collections.abc import Iterable

from rasid.incidents.blocks import Blocks
from rasid.incidents.cluster import refine
from rasid.incidents.compat import Link, link
from rasid.incidents.components import find, join
from rasid.incidents.facts import EventFacts
from rasid.incidents.incident import Incident, summarise


class IncidentIndex:
    """Reports in, incidents out; `add` is cheap and touches only nearby reports."""

    def __init__(self, facts: Iterable[EventFacts] = ()) -> None:
        self._facts: dict[str, EventFacts] = {}
        self._parent: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}
        self._blocks = Blocks()
        self._links: dict[tuple[str, str], Link] = {}
        self._clusters: dict[str, list[list[EventFacts]]] = {}
        self._dirty: set[str] = set()
        for f in facts:
            self.add(f)

    def __len__(self) -> int:
        return len(self._facts)

    def __contains__(self, key: object) -> bool:
        return key in self._facts

    def add(self, facts: EventFacts) -> bool:
        """Add one report; False when it was already there (adding is idempotent)."""
        key = facts.key
        if key in self._facts:
            return False
        self._facts[key] = facts
        self._parent[key] = key
        self._members[key] = {key}
        for other in sorted(self.candidates(facts)):
            lk = link(facts, self._facts[other])
            self._links[(key, other) if key < other else (other, key)] = lk
            if lk.edge:
                self._union(key, other)
        self._blocks.add(facts)
        self._dirty.add(self._find(key))
        return True

    def facts(self) -> dict[str, EventFacts]:
        """Every report, by key."""
        return dict(self._facts)

    def add_all(self, facts: Iterable[EventFacts]) -> int:
        return sum(self.add(f) for f in facts)

    def candidates(self, facts: EventFacts) -> set[str]:
        """Keys of the reports this one is compared with (blocking, see `blocks.Blocks`)."""
        return self._blocks.candidates(facts)

    def incidents(self) -> list[Incident]:
        """Every incident, sorted by id."""
        out = [summarise(members) for root in self._roots() for members in self._component(root)]
        return sorted(out, key=lambda i: i.id)

    def clusters(self) -> list[list[str]]:
        """Each incident's member keys (sorted), in a canonical order."""
        out = [[f.key for f in members] for root in self._roots() for members in self._component(root)]
        return sorted(out)

    def incident_of(self, key: str) -> Incident:
        for members in self._component(self._find(key)):
            if any(f.key == key for f in members):
                return summarise(members)
        raise KeyError(key)

    def root(self, key: str) -> str:
        """The component a report belongs to (changes as components join)."""
        return self._find(key)

    def component_incidents(self, key: str) -> list[Incident]:
        """The incidents of the component `key` belongs to: all that adding it may have changed."""
        return [summarise(members) for members in self._component(self._find(key))]

    def component_keys(self, key: str) -> list[str]:
        """Every report of the component `key` belongs to (what a change to it may move)."""
        return sorted(self._members[self._find(key)])

    # -- internals ------------------------------------------------------------------

    def _find(self, key: str) -> str:
        return find(self._parent, key)

    def _union(self, a: str, b: str) -> None:
        joined = join(self._parent, self._members, a, b)
        if joined is None:
            return
        keep, gone = joined
        self._clusters.pop(gone, None)
        self._dirty.discard(gone)
        self._dirty.add(keep)

    def _roots(self) -> list[str]:
        return sorted(self._members)

    def _component(self, root: str) -> list[list[EventFacts]]:
        if root in self._dirty or root not in self._clusters:
            members = [self._facts[k] for k in self._members[root]]
            self._clusters[root] = refine(members, self._links)
            self._dirty.discard(root)
        return self._clusters[root]
