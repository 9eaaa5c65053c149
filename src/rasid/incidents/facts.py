"""`EventFacts`: what incident merging needs to know about one event of one document.

Facts are built from a rasid/1 `Record` (`facts_from_record`) and are plain, frozen,
JSON-able values (`to_dict` / `from_dict`), so the store, the Dask batch and the tests
can keep them apart from the record. Only events that happened are kept: negated and
hypothetical events never take part in incidents. Besides the event's own place and
date, the facts keep what its article says around it: `context`, the article's main
place when the event's place lies outside the area the article names most, and
`context_date`, the day the article's dated incidents give to an undated event.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from rasid.incidents import dates
from rasid.incidents.families import families
from rasid.record import (
    ActorMention,
    Casualty,
    Claim,
    DateMention,
    Event,
    PlaceMention,
    Record,
    WeaponMention,
)


@dataclass(frozen=True)
class PlaceFacts:
    """The event's place as the gazetteer resolved it (any field may be unknown)."""

    name: str | None = None
    name_ar: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None


@dataclass(frozen=True)
class Actor:
    """A perpetrator: canonical name, the state or body it belongs to, and its country."""

    name: str
    parent: str | None = None
    country: str | None = None
    type: str | None = None

    def identities(self) -> frozenset[str]:
        """Names under which two reports may mean the same side (the Russian Air Force is Russia)."""
        return frozenset(x for x in (self.name, self.parent) if x)


@dataclass(frozen=True)
class Figure:
    """One casualty figure of one event as the article gives it, with who claims it.

    `source` is the canonical name (or the words) of the claim's source; None means the
    outlet says it in its own voice. `part_of` is the index of the total it breaks down.
    """

    status: str
    group: str
    value: float | None
    low: int | None
    high: int | None
    vague: str | None = None
    qualifier: str | None = None
    cumulative: bool = False
    part_of: int | None = None
    source: str | None = None
    text: str = ""
    span: tuple[int, int] = (0, 0)

    @property
    def lo(self) -> int:
        """The lowest count the figure allows."""
        if self.low is not None:
            return self.low
        return int(self.value) if self.value is not None else 0

    @property
    def hi(self) -> int | None:
        """The highest count the figure allows (None = unbounded)."""
        if self.high is not None:
            return self.high
        if self.value is not None and self.qualifier in (None, "exact"):
            return int(self.value)
        return None

    @property
    def point(self) -> float:
        """One number for the figure: the value as written, else its lowest bound."""
        return self.value if self.value is not None else float(self.lo)


@dataclass(frozen=True)
class Applied:
    """An approved review correction that changed these facts (exports show who and when)."""

    target_kind: str
    target_id: str
    field: str | None
    value: Any
    action: str
    reviewer: str | None
    approved: str | None


@dataclass(frozen=True)
class EventFacts:
    """One event of one document, ready for cross-document merging."""

    doc_id: str
    event_id: str
    type: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    tally: bool = False
    date: str | None = None
    date_precision: str | None = None
    place: PlaceFacts | None = None
    perpetrators: tuple[Actor, ...] = ()
    figures: tuple[Figure, ...] = ()
    evidence: tuple[int, int] = (0, 0)
    trigger: str = ""
    sentence: str = ""
    claim_source: str | None = None
    acled: tuple[str, ...] = ()
    plover: str | None = None
    weapons: tuple[str, ...] = ()
    targets: tuple[Actor, ...] = field(default=())
    date_mention: str | None = None
    place_mention: str | None = None
    corrections: tuple[Applied, ...] = ()
    context: PlaceFacts | None = None
    context_date: str | None = None

    @property
    def key(self) -> str:
        """Unique and stable: the document's content hash and the event's id in it."""
        return f"{self.doc_id}:{self.event_id}"

    @property
    def families(self) -> tuple[str, ...]:
        return families(self.type)

    @property
    def when(self) -> str | None:
        """The event's date, else its article's day (`context_date`): what merging compares."""
        return self.date or self.context_date

    @property
    def when_precision(self) -> str | None:
        return self.date_precision if self.date else ("day" if self.context_date else None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventFacts:
        d = dict(data)
        d["place"] = PlaceFacts(**d["place"]) if d.get("place") else None
        d["context"] = PlaceFacts(**d["context"]) if d.get("context") else None
        d["perpetrators"] = tuple(Actor(**a) for a in d.get("perpetrators") or ())
        d["targets"] = tuple(Actor(**a) for a in d.get("targets") or ())
        d["figures"] = tuple(
            Figure(**{**f, "span": tuple(f.get("span") or (0, 0))}) for f in d.get("figures") or ()
        )
        d["evidence"] = tuple(d.get("evidence") or (0, 0))
        d["acled"] = tuple(d.get("acled") or ())
        d["weapons"] = tuple(d.get("weapons") or ())
        d["corrections"] = tuple(Applied(**c) for c in d.get("corrections") or ())
        return cls(**d)


def outlet_of(record: Record) -> str | None:
    """Who published the document: its publisher, else the host of its URL (no "www.")."""
    if record.source.publisher:
        return record.source.publisher.strip()
    uri = record.source.uri or ""
    if "://" in uri:
        host = urlsplit(uri).hostname or ""
        host = host.removeprefix("www.")
        return host or None
    return None


def facts_from_record(record: Record) -> list[EventFacts]:
    """The facts of every event of `record` that happened (not negated, not hypothetical)."""
    outlet = outlet_of(record)
    url = record.source.uri
    published = record.published.value
    claims = {c.id: c for c in record.claims}
    out: list[EventFacts] = []
    for event in record.events:
        if event.negated or event.hypothetical:
            continue
        out.append(_facts(record, event, claims, outlet, url, published))
    day = _context_day(out)
    return [replace(f, context_date=day) if day and not f.date and not f.tally else f for f in out]


def _context_day(facts: list[EventFacts]) -> str | None:
    """The day an article's dated incidents name, when they agree within a day.

    An article about one strike gives its day once ("فجر اليوم الخميس") and then speaks
    of "القصف" or "الغارة" without a date: those mentions happened on the same day, not
    anywhere in the week before publication. Articles whose incidents lie on days further
    apart (a review of several strikes) give no context day.
    """
    days = Counter(f.date for f in facts if f.date and f.date_precision == "day" and not f.tally)
    if not days or not dates.compatible(dates.window(min(days)), dates.window(max(days))):
        return None
    return min(days, key=lambda d: (-days[d], d))


def _facts(
    record: Record,
    event: Event,
    claims: dict[str, Claim],
    outlet: str | None,
    url: str | None,
    published: str | None,
) -> EventFacts:
    date = _mention(record, event.date, DateMention)
    place = _mention(record, event.place, PlaceMention)
    figures = tuple(_figure(record, c, claims) for c in event.casualties)
    tally = event.cumulative or (bool(figures) and all(f.cumulative for f in figures))
    return EventFacts(
        doc_id=record.id,
        event_id=event.id,
        type=event.type,
        outlet=outlet,
        url=url,
        published=published,
        title=record.title,
        tally=tally,
        date=date.value if date is not None else None,
        date_precision=date.precision if date is not None and date.value else None,
        place=_place_facts(place) if place is not None else None,
        perpetrators=_actors(record, event.actors.perpetrator),
        targets=_actors(record, event.actors.target),
        figures=figures,
        evidence=event.trigger.span,
        trigger=event.trigger.text,
        sentence=_sentence(record, event.trigger.span),
        claim_source=_claim_source(record, claims.get(event.claim or "")),
        acled=tuple(event.acled or ()),
        plover=event.plover,
        weapons=tuple(m.name for w in event.weapons if (m := _mention(record, w, WeaponMention)) is not None),
        date_mention=event.date,
        place_mention=event.place,
        context=_context_place(record, place),
    )


def _place_facts(place: PlaceMention) -> PlaceFacts:
    return PlaceFacts(
        name=place.name or place.text,
        name_ar=place.name_ar or place.text,
        country=place.country,
        admin1=place.admin1,
        lat=place.lat,
        lon=place.lon,
        precision=place.precision,
    )


def _context_place(record: Record, place: PlaceMention | None) -> PlaceFacts | None:
    """The article's own main place, when the event's place lies outside the area it names most.

    A facility or a town name is often ambiguous ("مستشفى الثورة" is in several cities,
    "الروضة" in Egypt and Yemen, a dateline "عمان" is not where the strike was): the
    gazetteer may resolve it to a governorate the article never names otherwise. Towns,
    districts and governorates vote for their (country, admin-1); when the event's area
    gets fewer votes than the article's leading area, the most named place of that area
    (the earliest on a tie) is the event's context, a second reading the merger may use.
    A town in the same country as that area is trusted (a second incident the article
    reports elsewhere); facilities, neighbourhoods, countrysides and places in another
    country are not.
    """
    if place is None or not place.country:
        return None
    votes: Counter[tuple[str, str | None]] = Counter()
    named: dict[tuple[str, str | None], Counter[str]] = defaultdict(Counter)
    first: dict[tuple[tuple[str, str | None], str], PlaceMention] = {}
    for m in record.mentions:
        if isinstance(m, PlaceMention) and m.country and m.precision in _AREA_VOTERS:
            area = (m.country, m.admin1)
            votes[area] += 1
            key = m.name or m.text
            named[area][key] += 1
            first.setdefault((area, key), m)
    if not votes:
        return None
    top = min(votes, key=lambda a: (-votes[a], min(first[(a, k)].span[0] for k in named[a])))
    if top == (place.country, place.admin1) or votes[(place.country, place.admin1)] >= votes[top]:
        return None
    if place.precision in _TRUSTED and place.country == top[0]:
        return None
    best = min(named[top], key=lambda k: (-named[top][k], first[(top, k)].span[0]))
    return _place_facts(first[(top, best)])


#: Place mentions whose area (country, admin-1) counts when an article's main area is found.
_AREA_VOTERS = frozenset({"city", "admin2", "admin1"})
#: Place precisions whose resolution is kept when the article's main area is elsewhere in the country.
_TRUSTED = frozenset({"city", "admin1", "country"})


def _mention(record: Record, mention_id: str | None, kind: type) -> Any:
    if not mention_id:
        return None
    try:
        m = record.mention(mention_id)
    except KeyError:
        return None
    return m if isinstance(m, kind) else None


def _actors(record: Record, ids: list[str]) -> tuple[Actor, ...]:
    out: list[Actor] = []
    for mid in ids:
        m = _mention(record, mid, ActorMention)
        if m is not None:
            out.append(Actor(name=m.name or m.text, parent=m.parent, country=m.country, type=m.type))
    return tuple(out)


def _claim_source(record: Record, claim: Claim | None) -> str | None:
    if claim is None or claim.source is None:
        return None
    m = _mention(record, claim.source, object)
    if m is None:
        return None
    return getattr(m, "name", None) or m.text


def _figure(record: Record, c: Casualty, claims: dict[str, Claim]) -> Figure:
    return Figure(
        status=c.status,
        group=c.group,
        value=c.value,
        low=c.low,
        high=c.high,
        vague=c.vague,
        qualifier=c.qualifier,
        cumulative=c.cumulative,
        part_of=c.part_of,
        source=_claim_source(record, claims.get(c.claim or "")),
        text=record.span_text(c.span),
        span=c.span,
    )


def _sentence(record: Record, span: tuple[int, int]) -> str:
    for start, end in record.sentences:
        if start <= span[0] < end:
            return record.text[start:end]
    return record.text[span[0] : span[1]]
