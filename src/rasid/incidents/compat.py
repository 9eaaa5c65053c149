"""May two reports be one incident? The rules, and a score that ranks merges.

The rules: both tallies or both single incidents, in a common event family (hard:
never broken inside an incident); different documents (one article's events were
already merged by the pipeline); date windows within a day of each other; compatible
places; perpetrators that do not contradict (the sides swapped); killed totals that do
not contradict. Extraction makes mistakes (a wrong day, a market resolved to another
town), so a broken soft rule is strong evidence against a merge, not a veto: see
`cluster.py`. Places and dates are read with their article's context when theirs
conflict or are missing (`EventFacts.context`, `EventFacts.when`), and a later report
may raise the toll. A compatible pair's score adds up what the reports share (day, place,
perpetrator, figures, type) and the text similarity of the sentences that report them,
which is a signal, never the rule; a pair is an edge (may start a merge) when it is
compatible and scores at least `MIN_SCORE`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasid.incidents import dates, places
from rasid.incidents.facts import Actor, EventFacts, Figure, PlaceFacts
from rasid.lang.ar.normalise import normalise_string

#: A pair with a lower score is compatible but not evidence enough to merge on its own.
MIN_SCORE = 1.5
#: Killed totals contradict when the larger one's lowest bound exceeds FACTOR times the
#: smaller one's highest, and by at least MIN_GAP (updates raise tolls; 2 and 40 differ).
FACTOR = 5.0
MIN_GAP = 10

#: What each shared cue adds to a compatible pair's score (fitted on set `a` of the cluster
#: gold, checked on set `b`: see the README's Incidents section).
WEIGHTS: dict[str, float] = {
    "same_day": 1.0,
    "near_day": 0.5,
    "coarse_date": 0.25,
    "recent": 0.5,
    "stale": 0.5,
    "same_place": 1.0,
    "near_place": 0.75,
    "contained_place": 0.25,
    "context_place": 0.25,
    "perpetrators": 0.5,
    "equal_toll": 0.5,
    "toll": 0.25,
    "type": 0.25,
    "text": 1.0,
}

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
    """The verdict on a pair, the same whichever report comes first: some rules read the two
    sides differently, so the pair is always judged in key order (otherwise the index's
    stored links depended on the order reports were added, and so did its incidents)."""
    if b.key < a.key:
        a, b = b, a
    if a.doc_id == b.doc_id:
        return Link(False, why="same document")
    if a.tally != b.tally:
        return Link(False, why="tally and incident")
    if not set(a.families) & set(b.families):
        return Link(False, why="event family")
    wa, wb = dates.window(a.when, a.published), dates.window(b.when, b.published)
    if not dates.compatible(wa, wb):
        return Link(False, why="dates")
    if a.tally and not dates.compatible(dates.window(a.published), dates.window(b.published)):
        return Link(False, why="dates")  # running tolls as of different days are different tallies
    where = place_reading(a, b)
    if where is None:
        return Link(False, why="places")
    if contradicting_actors(a, b):
        return Link(False, why="perpetrators")
    if contradicting_tolls(a, b):
        return Link(False, why="figures")
    return Link(True, score(a, b, where))


def place_reading(a: EventFacts, b: EventFacts) -> tuple[PlaceFacts | None, PlaceFacts | None, bool] | None:
    """The places under which two reports are compatible, and whether an article's context was needed.

    The events' own places come first; when they conflict, a report whose place lies
    outside its article's main area (`EventFacts.context`) is read in that area instead.
    None: no reading is compatible.
    """
    if places.compatible(a.place, b.place):
        return a.place, b.place, False
    for pa, pb in ((a.context, b.place), (a.place, b.context), (a.context, b.context)):
        if pa is not None and pb is not None and places.compatible(pa, pb):
            return pa, pb, True
    return None


def block_country(facts: EventFacts) -> str | None:
    """The country a report is blocked under (None: unknown, or its article's main area lies in
    another country: compared with every country)."""
    place = facts.place
    if place is None or not places.resolved(place) or not place.country:
        return None
    if facts.context is not None and facts.context.country != place.country:
        return None
    return place.country


def comparable(a: EventFacts, b: EventFacts) -> bool:
    """Reports in two known, different countries (a broken place rule), or whose date windows
    end in different months (`dates.period`), are never compared."""
    ca, cb = block_country(a), block_country(b)
    if not (ca is None or cb is None or ca == cb):
        return False
    return dates.same_period(dates.window(a.when, a.published), dates.window(b.when, b.published))


def score(
    a: EventFacts, b: EventFacts, where: tuple[PlaceFacts | None, PlaceFacts | None, bool] | None = None
) -> float:
    """What two compatible reports share, each cue weighted by `WEIGHTS`, plus their text similarity."""
    w = WEIGHTS
    s = 0.0
    da, db = (a.when, a.when_precision), (b.when, b.when_precision)
    if da[0] and db[0] and da[1] == db[1] == "day":
        s += w["same_day"] if da[0] == db[0] else w["near_day"]
    elif da[0] and db[0]:
        s += w["coarse_date"]
    elif "day" in (da[1], db[1]):
        # an undated report is most likely about a strike of its publication day or the day before
        dated, undated = (da, b) if da[0] else (db, a)
        s += w["recent"] if dates.recent(dated[0], dated[1], undated.published) else -w["stale"]
    elif not da[0] and not db[0]:
        # two undated reports published within a day of each other tell the same day's news
        s += w["recent"] if dates.within(a.published, b.published) else 0.0
    pa, pb, by_context = where if where is not None else (a.place, b.place, False)
    if pa is not None and pb is not None:
        if places.same(pa, pb):
            s += w["same_place"]
        elif places.rank(pa) >= 3 and places.rank(pb) >= 3:
            s += w["near_place"]  # two nearby points
        else:
            s += w["contained_place"]  # one contains the other
        if by_context:
            s -= w["context_place"]
    if a.perpetrators and b.perpetrators:
        s += w["perpetrators"]
    ka, kb = killed_totals(a), killed_totals(b)
    if ka and kb:
        same = {f.point for f in ka} & {f.point for f in kb}
        s += w["equal_toll"] if same else w["toll"]
    if a.type == b.type:
        s += w["type"]
    return s + w["text"] * similarity(a.sentence, b.sentence)


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


def killed_totals(facts: EventFacts) -> list[Figure]:
    """The killed figures that are not breakdowns (nor running tallies in an incident)."""
    return [
        f
        for f in facts.figures
        if f.status == "killed" and f.part_of is None and (facts.tally or not f.cumulative)
    ]


def contradicting_tolls(a: EventFacts, b: EventFacts) -> bool:
    """No killed figure of one report fits any of the other's.

    An article gives several figures (an early toll, the latest, a breakdown the pipeline
    did not link), so one pair that fits is enough. A later report may give any higher
    toll ("the toll rose to …" is an update, not another incident) when both name the
    day of the strike: an undated report's window spans a week of other strikes.
    """
    fa, fb = killed_totals(a), killed_totals(b)
    if not fa or not fb:
        return False
    if a.when_precision == b.when_precision == "day":
        pa, pb = (a.published or "")[:10], (b.published or "")[:10]
    else:
        pa = pb = ""  # no update without the strike's day on both sides
    return all(contradicting_figures(x, y, later=_later(x, y, pa, pb)) for x in fa for y in fb)


def _later(x: Figure, y: Figure, pa: str, pb: str) -> bool:
    """The larger of the two figures was published on a later day than the smaller one."""
    if not pa or not pb or pa == pb:
        return False
    return (pa > pb) == (x.point > y.point)


def contradicting_figures(a: Figure, b: Figure, *, later: bool = False) -> bool:
    """Two killed totals cannot both be right (`later`: the larger one came in a later report)."""
    if later:
        return False
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
