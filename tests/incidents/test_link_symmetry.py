"""A pair gets one verdict whichever report comes first, so no result depends on ingest order.

The two reports are facts of `rasid batch` over articles generated from examples/ (a
100,000-article bench run): judged one way round their pair scored 0.535, the other way
1.285, and the index (which stores the link of each report against the earlier ones) and the
batch's date sweep (which adds reports in date order) then split their component into
different incidents (2 of 81,397 incidents differed).
"""

from __future__ import annotations

import json
from pathlib import Path

from rasid.incidents import EventFacts, IncidentIndex
from rasid.incidents.compat import link

PAIR = [
    EventFacts.from_dict(d)
    for d in json.loads((Path(__file__).parent / "asymmetric_pair.json").read_text("utf-8"))
]


def test_the_verdict_on_a_pair_does_not_depend_on_its_order() -> None:
    a, b = PAIR
    assert link(a, b) == link(b, a)
    assert round(link(a, b).score, 3) == 0.535
    assert link(a, b).ok


def test_the_index_gives_the_same_incidents_in_either_order() -> None:
    def incidents(order: list[EventFacts]) -> list[tuple[str, ...]]:
        return sorted(tuple(m.key for m in inc.members) for inc in IncidentIndex(order).incidents())

    assert incidents(PAIR) == incidents(PAIR[::-1])
