"""May two reports be one incident? The rules, and a score that ranks merges.

The rules: both tallies or both single incidents, in a common event family (hard:
never broken inside an incident); different documents (one article's events were
already merged by the pipeline); date windows within a day of each other; compatible
places; perpetrators that do not contradict (the sides swapped); killed totals that do
not contradict. Extraction makes mistakes (a wrong day, a market resolved to another
town), so a broken soft rule is strong evidence against a merge, not a veto: see
`cluster.py`. A compatible pair's score adds up what the reports share (day, place,
perpetrator, figures, type) and the text similarity of the sentences that report them,
which is a signal, never the rule; a pair is an edge (may start a merge) when it is
compatible and scores at least `MIN_SCORE`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasid.incidents import dates, places
from rasid.incidents.facts import Actor, EventFacts, Figure
from rasid.lang.ar.normalise import normalise_string

#: A pair with a lower score is compatible but not evidence enough to merge on its own.
MIN_SCORE = 1.5
#: Killed totals contradict when the larger one's lowest bound exceeds FACTOR times the
#: smaller one's highest, and by at least MIN_GAP (updates raise tolls; 2 and 40 differ).
FACTOR = 5.0
MIN_GAP = 10

_NON_LETTER = re.compile(r"[^\w]+|[\d_]+")


#: Rules whose breach keeps two reports apart in every case; the others are evidence
#: against merging that a cluster's other links may outweigh (see `cluster.py`).
HARD = frozenset({"tally and incident", "event family"})


@dataclass(frozen=True)
class Link:
    """The verdict on a pair: `ok` (no rule broken), its score and the reason it fails."""

    ok: bool
    score: float = 0.0
    why: str = ""

    @property
    def hard(self) -> bool:
        """A rule that no amount of other evidence overrides was broken."""
        return self.why in HARD

    @property
    def edge(self) -> bool:
        """Compatible and scored high enough to merge on this pair alone."""
        return self.ok and self.score >= MIN_SCORE


def link(a: EventFacts, b: EventFacts) -> Link:
    if a.doc_id == b.doc_id:
        return Link(False, why="same document")
    if a.tally != b.tally:
        return Link(False, why="tally and incident")
    if not set(a.families) & set(b.families):
        return Link(False, why="event family")
    wa, wb = dates.window(a.date, a.published), dates.window(b.date, b.published)
    if not dates.compatible(wa, wb):
        return Link(False, why="dates")
    if a.tally and not dates.compatible(dates.window(a.published), dates.window(b.published)):
        return Link(False, why="dates")  # running tolls as of different days are different tallies
    if not places.compatible(a.place, b.place):
        return Link(False, why="places")
    if contradicting_actors(a, b):
        return Link(False, why="perpetrators")
    ka, kb = killed_total(a), killed_total(b)
    if ka is not None and kb is not None and contradicting_figures(ka, kb):
        return Link(False, why="figures")
    return Link(True, score(a, b, ka, kb))


def block_country(facts: EventFacts) -> str | None:
    """The country a report is blocked under (None: unknown, compared with every country)."""
    place = facts.place
    return place.country if place is not None and places.resolved(place) and place.country else None


def comparable(a: EventFacts, b: EventFacts) -> bool:
    """Reports in two known, different countries are never compared (a broken place rule)."""
    ca, cb = block_country(a), block_country(b)
    return ca is None or cb is None or ca == cb


def score(a: EventFacts, b: EventFacts, ka: Figure | None, kb: Figure | None) -> float:
    s = 0.0
    if a.date and b.date and a.date_precision == b.date_precision == "day":
        s += 1.0 if a.date == b.date else 0.5
    elif a.date and b.date:
        s += 0.25
    if a.place is not None and b.place is not None:
        if places.same(a.place, b.place):
            s += 1.0
        elif places.rank(a.place) >= 3 and places.rank(b.place) >= 3:
            s += 0.75  # two nearby points
        else:
            s += 0.25  # one contains the other
    if a.perpetrators and b.perpetrators:
        s += 0.5
    if ka is not None and kb is not None:
        s += 0.5 if ka.point == kb.point else 0.25
    if a.type == b.type:
        s += 0.25
    return s + similarity(a.sentence, b.sentence)


def contradicting_actors(a: EventFacts, b: EventFacts) -> bool:
    """The reports swap the sides: one's perpetrator is the other's target, and they share none.

    Outlets attribute one strike to different hands ("الطيران الروسي", "طيران النظام"), so
    different perpetrators alone do not contradict; who did it to whom reversed does.
    """
    pa, pb = _identities(a.perpetrators), _identities(b.perpetrators)
    if pa & pb:
        return False
    return bool(pa & _identities(b.targets)) or bool(pb & _identities(a.targets))


def _identities(actors: tuple[Actor, ...]) -> set[str]:
    return {x for actor in actors for x in actor.identities()}


def killed_total(facts: EventFacts) -> Figure | None:
    """The largest killed figure that is not a breakdown (nor a running tally in an incident)."""
    totals = [
        f
        for f in facts.figures
        if f.status == "killed" and f.part_of is None and (facts.tally or not f.cumulative)
    ]
    return max(totals, key=lambda f: (f.point, f.lo), default=None)


def contradicting_figures(a: Figure, b: Figure) -> bool:
    small, big = (a, b) if a.point <= b.point else (b, a)
    small_hi = small.hi if small.hi is not None else small.lo
    return big.lo > FACTOR * max(small_hi, 1) and big.lo - small_hi >= MIN_GAP


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the character 4-grams of two normalised sentences (0 … 1)."""
    ga, gb = _grams(a), _grams(b)
    if not ga or not gb:
        return 0.0
    return len(ga & gb) / len(ga | gb)


@lru_cache(maxsize=4096)
def _grams(text: str) -> frozenset[str]:
    words = _NON_LETTER.sub(" ", normalise_string(text)).split()
    grams: set[str] = set()
    for w in words:
        padded = f" {w} "
        grams.update(padded[i : i + 4] for i in range(max(1, len(padded) - 3)))
    return frozenset(grams)
