"""`Sweep`: the incidents of reports that arrive in date order, holding only the open window.

`IncidentIndex` keeps every report and every compared pair, which a whole corpus does
not fit. Its result, though, is fixed by two things only: which pairs are compared
(`blocks.Blocks`: a family in common, compatible countries, date windows within a day)
and, for each connected component of the pairs that are edges, `cluster.refine` over
that component's reports. So reports are fed in the order of the first day their
blocking looks at (`order`: reports without any date first). When a report comes whose
first day lies after the last day every member of a component is filed under, no report
from then on can be compared with that component: it is closed, clustered and given
back, and its reports and pairs are forgotten. What stays is the open window: the
components some member of which is still within reach of the reports to come.

Reports without any date (no event date, no publication date) are compared with every
report of their block, in the index as here: they come first, and a component holding
one stays open until `finish`. The incidents, their members and ids are those of an
`IncidentIndex` over the same reports (a test checks it on a generated corpus).
"""

from __future__ import annotations

import datetime as dt
import heapq

from rasid.incidents.blocks import Blocks
from rasid.incidents.cluster import refine
from rasid.incidents.compat import Link, link
from rasid.incidents.components import find, join
from rasid.incidents.facts import EventFacts
from rasid.incidents.incident import Incident, summarise

#: The `order` of reports without any date: before every dated report.
UNDATED = 0


def order(facts: EventFacts) -> int:
    """Where a report comes in the sweep: the first day its blocking looks at, as an ordinal."""
    reach = Blocks.reach(facts)
    return UNDATED if reach is None else reach[0].toordinal()


class Sweep:
    """Reports in `order` in, closed incidents out; `held` is the size of the open window."""

    def __init__(self) -> None:
        self._blocks = Blocks()
        self._facts: dict[str, EventFacts] = {}
        self._parent: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}
        self._links: dict[str, dict[tuple[str, str], Link]] = {}  # compared pairs, by component
        self._last: dict[str, dt.date] = {}  # the last day a component's members are filed under
        self._closing: list[tuple[dt.date, str]] = []  # (last day, component), lazily updated
        self._position = UNDATED
        #: The most reports held at once (the open window's high-water mark).
        self.peak = 0

    @property
    def held(self) -> int:
        """Reports held now: those of the components still open."""
        return len(self._facts)

    def add(self, facts: EventFacts) -> list[Incident]:
        """Add the next report (in `order`); returns the incidents no later report can change."""
        key = facts.key
        if key in self._facts:
            return []  # the same event twice: merged once, as `IncidentIndex.add` does
        position = order(facts)
        if position < self._position:
            raise ValueError(f"{key}: reports must come in Sweep order ({position} after {self._position})")
        self._position = position
        reach = Blocks.reach(facts)
        closed = self._close_before(reach[0]) if reach is not None else []
        self._facts[key] = facts
        self._parent[key] = key
        self._members[key] = {key}
        self._links[key] = {}
        self._last[key] = reach[1] if reach is not None else dt.date.max
        for other in sorted(self._blocks.candidates(facts)):
            lk = link(facts, self._facts[other])
            self._links[self._find(other)][(key, other) if key < other else (other, key)] = lk
            if lk.edge:
                self._union(key, other)
        self._blocks.add(facts)
        root = self._find(key)
        heapq.heappush(self._closing, (self._last[root], root))
        self.peak = max(self.peak, len(self._facts))
        return closed

    def finish(self) -> list[Incident]:
        """The incidents still open (all reports are in)."""
        return [inc for root in sorted(self._members) for inc in self._close(root)]

    def _close_before(self, day: dt.date) -> list[Incident]:
        out: list[Incident] = []
        while self._closing and self._closing[0][0] < day:
            last, root = heapq.heappop(self._closing)
            if self._last.get(root) == last and self._parent.get(root) == root:
                out.extend(self._close(root))
        return out

    def _close(self, root: str) -> list[Incident]:
        members = [self._facts.pop(k) for k in sorted(self._members.pop(root))]
        clusters = refine(members, self._links.pop(root))
        del self._last[root]
        for f in members:
            del self._parent[f.key]
            self._blocks.remove(f)
        return [summarise(c) for c in clusters]

    def _find(self, key: str) -> str:
        return find(self._parent, key)

    def _union(self, a: str, b: str) -> None:
        joined = join(self._parent, self._members, a, b)
        if joined is not None:
            keep, gone = joined
            self._links[keep].update(self._links.pop(gone))
            self._last[keep] = max(self._last[keep], self._last.pop(gone))
