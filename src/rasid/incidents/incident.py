"""`Incident`: what many reports of one incident say together, every figure kept with its source.

Figures. Every figure of every member report is kept (`Incident.figures`) with its
outlet, document, claim source and publication date. An outlet's later report
supersedes the figures of its earlier ones for the same status and group (the earlier
figure stays, marked `superseded_by`). Running tallies quoted in an incident's reports
are kept but do not count towards its ranges.

Ranges, per status and group over the figures in force: `low` is the lowest bound any
report allows, `high` the highest (a figure without an upper bound counts with its
lowest), and `best` follows one documented rule (`best_figure`):
  1. the value the most outlets report, when at least two outlets agree on it;
  2. else the latest figure of the most-cited claim source (the outlet's own voice
     counts as its own source);
  3. ties go to the later report, then to the lower value.
Exact figures win over vague ones ("عشرات"); an all-vague range takes the lowest bound.
The `total` group of a status is, per report and claim source, its largest figure that
is not a breakdown: the range ACLED and UCDP columns are read from.

Disagreements: two outlets whose figures in force cannot both be right (their
[low, high] intervals do not overlap), reports that give different days or places.

Grading, in Airwars' spirit: `single_source` when one outlet reports the incident,
`multiple_sources` when two or more independent outlets (distinct publishers) do.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from rasid.incidents import places
from rasid.incidents.facts import EventFacts, Figure, PlaceFacts

_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class FigureReport:
    """One figure of one member report, with where it comes from and whether it is in force."""

    status: str
    group: str
    value: float | None
    low: int
    high: int | None
    vague: str | None
    qualifier: str | None
    breakdown: bool
    cumulative: bool
    source: str | None
    outlet: str | None
    doc_id: str
    event_id: str
    published: str | None
    url: str | None
    text: str
    span: tuple[int, int]
    superseded_by: str | None = None

    @property
    def hi(self) -> int:
        return self.high if self.high is not None else max(self.low, int(self.value or 0))

    @property
    def point(self) -> float:
        """The figure as one number: its value kept within its bounds ("أكثر من 40" → 41)."""
        value = self.value if self.value is not None else float(self.low)
        return float(min(max(value, self.low), self.hi))

    @property
    def claimant(self) -> str:
        """Who the figure is attributed to: the claim source, else the outlet itself."""
        return self.source or self.outlet or self.doc_id


@dataclass(frozen=True)
class Range:
    """low / best / high of one status and group, and how many outlets give a figure."""

    status: str
    group: str
    low: int
    best: float
    high: int
    n_figures: int
    n_outlets: int
    disagreement: bool
    rule: str


@dataclass(frozen=True)
class Incident:
    id: str
    kind: str
    type: str
    members: tuple[EventFacts, ...]
    outlets: tuple[str, ...]
    n_outlets: int
    grade: str
    date: str | None
    date_precision: str | None
    place: PlaceFacts | None
    perpetrators: tuple[str, ...]
    figures: tuple[FigureReport, ...]
    ranges: tuple[Range, ...]
    disagreements: tuple[str, ...]

    def range(self, status: str, group: str = "total") -> Range | None:
        return next((r for r in self.ranges if r.status == status and r.group == group), None)

    @property
    def member_keys(self) -> tuple[str, ...]:
        return tuple(m.key for m in self.members)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["members"] = [m.to_dict() for m in self.members]
        return d


def summarise(members: list[EventFacts]) -> Incident:
    """The incident that these member reports (one cluster) describe."""
    ms = tuple(sorted(members, key=lambda f: f.key))
    if not ms:
        raise ValueError("an incident needs at least one report")
    tally = ms[0].tally
    figures = _figures(ms)
    ranges = _ranges(figures, tally)
    outlets = tuple(sorted({m.outlet for m in ms if m.outlet}))
    n_unknown = len({m.doc_id for m in ms if not m.outlet})
    date, date_precision = _best_date(ms)
    place = _best_place(ms)
    disagreements = [f"{r.status} {r.group}: outlets disagree" for r in ranges if r.disagreement]
    disagreements += _date_disagreement(ms) + _place_disagreement(ms)
    return Incident(
        id="inc-" + hashlib.sha1(ms[0].key.encode()).hexdigest()[:16],
        kind="tally" if tally else "incident",
        type=_best_type(ms),
        members=ms,
        outlets=outlets,
        n_outlets=len(outlets) + n_unknown,
        grade="multiple_sources" if len(outlets) >= 2 else "single_source",
        date=date,
        date_precision=date_precision,
        place=place,
        perpetrators=_perpetrators(ms),
        figures=figures,
        ranges=ranges,
        disagreements=tuple(disagreements),
    )


def _report(m: EventFacts, f: Figure) -> FigureReport:
    return FigureReport(
        status=f.status,
        group=f.group,
        value=f.value,
        low=f.lo,
        high=f.hi,
        vague=f.vague,
        qualifier=f.qualifier,
        breakdown=f.part_of is not None,
        cumulative=f.cumulative,
        source=f.source,
        outlet=m.outlet,
        doc_id=m.doc_id,
        event_id=m.event_id,
        published=m.published,
        url=m.url,
        text=f.text,
        span=f.span,
    )


def _recency(m: EventFacts) -> tuple[str, str]:
    return (m.published or "", m.doc_id)


def _figures(ms: tuple[EventFacts, ...]) -> tuple[FigureReport, ...]:
    """Every figure; an outlet's latest report supersedes its earlier ones per status and group."""
    latest: dict[tuple[str, str, str], EventFacts] = {}
    for m in ms:
        for f in m.figures:
            k = (m.outlet or m.doc_id, f.status, f.group)
            if k not in latest or _recency(m) > _recency(latest[k]):
                latest[k] = m
    out: list[FigureReport] = []
    for m in ms:
        for f in m.figures:
            r = _report(m, f)
            newest = latest[(m.outlet or m.doc_id, f.status, f.group)]
            if newest.doc_id != m.doc_id:
                r = FigureReport(**{**asdict(r), "superseded_by": newest.doc_id, "span": r.span})
            out.append(r)
    return tuple(out)


def in_force(figures: tuple[FigureReport, ...], tally: bool) -> list[FigureReport]:
    """Figures not superseded; an incident's quoted running tallies left out."""
    return [f for f in figures if f.superseded_by is None and (tally or not f.cumulative)]


def totals(live: list[FigureReport], status: str) -> list[FigureReport]:
    """Per report and claim source, its largest figure of `status` that is not a breakdown."""
    per_claim: dict[tuple[str, str | None], FigureReport] = {}
    for f in live:
        if f.status != status or f.breakdown:
            continue
        k = (f.doc_id, f.source)
        if k not in per_claim or (f.point, f.low) > (per_claim[k].point, per_claim[k].low):
            per_claim[k] = f
    return sorted(per_claim.values(), key=_order)


def _ranges(figures: tuple[FigureReport, ...], tally: bool) -> tuple[Range, ...]:
    live = in_force(figures, tally)
    groups: dict[tuple[str, str], list[FigureReport]] = defaultdict(list)
    for f in live:
        groups[(f.status, f.group)].append(f)
    for status in sorted({f.status for f in live}):
        total = totals(live, status)
        if total:
            groups[(status, "total")] = total
    return tuple(_range(s, g, fs) for (s, g), fs in sorted(groups.items()))


def _order(f: FigureReport) -> tuple[str, str, str, int, int]:
    return (f.doc_id, f.event_id, f.status, f.span[0], f.span[1])


def _range(status: str, group: str, fs: list[FigureReport]) -> Range:
    best, rule = best_figure(fs)
    by_outlet: dict[str, list[FigureReport]] = defaultdict(list)
    for f in fs:
        by_outlet[f.outlet or f.doc_id].append(f)
    return Range(
        status=status,
        group=group,
        low=min(f.low for f in fs),
        best=best,
        high=max(f.hi for f in fs),
        n_figures=len(fs),
        n_outlets=len(by_outlet),
        disagreement=_disagree(by_outlet),
        rule=rule,
    )


def best_figure(fs: list[FigureReport]) -> tuple[float, str]:
    """The best estimate of one range and the rule that chose it (see the module docstring)."""
    exact = [f for f in fs if f.vague is None and f.value is not None]
    if not exact:
        return float(min(f.low for f in fs)), "lowest bound of vague figures"
    outlets_per_value: dict[float, set[str]] = defaultdict(set)
    for f in exact:
        outlets_per_value[f.point].add(f.outlet or f.doc_id)
    latest = {v: max(_when(f) for f in exact if f.point == v) for v in outlets_per_value}
    top = max(len(o) for o in outlets_per_value.values())
    if top >= 2:
        value = max((v for v, o in outlets_per_value.items() if len(o) == top), key=lambda v: (latest[v], -v))
        return value, f"reported by {top} outlets"
    cited: Counter[str] = Counter()
    for claimant in {(f.claimant, f.outlet or f.doc_id) for f in exact}:
        cited[claimant[0]] += 1
    most = max(cited.values())
    sources = {c for c, n in cited.items() if n == most}
    pick = max((f for f in exact if f.claimant in sources), key=lambda f: (_when(f), -f.point))
    rule = "latest figure of the most-cited source" if len(sources) == 1 else "latest figure"
    return pick.point, rule


def _when(f: FigureReport) -> tuple[str, str]:
    return (f.published or "", f.doc_id)


def _disagree(by_outlet: dict[str, list[FigureReport]]) -> bool:
    spans = [(min(f.low for f in fs), max(f.hi for f in fs)) for fs in by_outlet.values()]
    return any(a[1] < b[0] or b[1] < a[0] for i, a in enumerate(spans) for b in spans[i + 1 :])


def _best_type(ms: tuple[EventFacts, ...]) -> str:
    votes: Counter[str] = Counter()
    for t, _outlet in {(m.type, m.outlet or m.doc_id) for m in ms}:
        votes[t] += 1
    return min(votes, key=lambda t: (-votes[t], t))


def _best_date(ms: tuple[EventFacts, ...]) -> tuple[str | None, str | None]:
    dated = [m for m in ms if m.date and m.date_precision in _DATE_RANK]
    if not dated:
        published = sorted(m.published for m in ms if m.published)
        return (published[0], "published") if published else (None, None)
    finest = min(_DATE_RANK[str(m.date_precision)] for m in dated)
    votes: Counter[str] = Counter()
    for value, _outlet in {
        (str(m.date), m.outlet or m.doc_id) for m in dated if _DATE_RANK[str(m.date_precision)] == finest
    }:
        votes[value] += 1
    value = min(votes, key=lambda v: (-votes[v], v))
    return value, next(str(m.date_precision) for m in dated if m.date == value)


def _best_place(ms: tuple[EventFacts, ...]) -> PlaceFacts | None:
    placed = [m.place for m in ms if m.place is not None and places.rank(m.place) >= 0]
    if not placed:
        return None
    finest = max(places.rank(p) for p in placed)
    votes: Counter[PlaceFacts] = Counter(p for p in placed if places.rank(p) == finest)
    return min(votes, key=lambda p: (-votes[p], p.name or "", p.lat or 0.0))


def _date_disagreement(ms: tuple[EventFacts, ...]) -> list[str]:
    days = sorted({str(m.date) for m in ms if m.date_precision == "day"})
    return [f"dates: {', '.join(days)}"] if len(days) > 1 else []


def _place_disagreement(ms: tuple[EventFacts, ...]) -> list[str]:
    points = [m.place for m in ms if m.place is not None and places.rank(m.place) >= 3]
    for i, a in enumerate(points):
        for b in points[i + 1 :]:
            if not places.same(a, b) and not places.contains(a, b) and not places.contains(b, a):
                names = sorted({p.name or "?" for p in points})
                return [f"places: {', '.join(names)}"]
    return []


def _perpetrators(ms: tuple[EventFacts, ...]) -> tuple[str, ...]:
    votes: Counter[str] = Counter()
    for name, _outlet in {(a.name, m.outlet or m.doc_id) for m in ms for a in m.perpetrators}:
        votes[name] += 1
    return tuple(sorted(votes, key=lambda n: (-votes[n], n)))
