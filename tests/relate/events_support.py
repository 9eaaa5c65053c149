"""Running EventStage on test sentences with chosen place, actor and claim mentions.

Unit tests must not depend on how the places, actors and claims stages tag a sentence (they
are written and tuned separately), so the tests inject the mentions they need and run the
real clean, segment, date, quantity and weapon stages before EventStage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasid import extract
from rasid.clean import CleanStage
from rasid.pipeline import Pipeline, Stage
from rasid.recognise.dates import DateStage
from rasid.recognise.quantities import QuantityStage
from rasid.recognise.weapons import WeaponStage
from rasid.record import ActorMention, Claim, Content, Cue, Event, PlaceMention, Record
from rasid.relate.events import EventStage
from rasid.segment import SegmentStage

PUBLISHED = "2024-03-11"  # a Monday


@dataclass(frozen=True)
class Place:
    """A place mention on the n-th occurrence of `text`."""

    text: str
    name: str
    lat: float = 0.0
    lon: float = 0.0
    precision: str = "city"
    occurrence: int = 1


@dataclass(frozen=True)
class Actor:
    """An actor mention on the n-th occurrence of `text`."""

    text: str
    name: str
    type: str = "ORG"
    country: str | None = None
    occurrence: int = 1


@dataclass(frozen=True)
class Said:
    """A claim: `source` (an actor's text) says `content` (a substring), cued by `cue`."""

    cue: str
    content: str
    stance: str = "assert"
    source: str | None = None
    date: str | None = None  # the words of the date mention the claim is dated by


def _find(text: str, words: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    return start


class Inject(Stage):
    """Test stage: writes the places, actors and claims layers from fixed lists (and, as the
    actors stage would, the article's country: none, the places given have no country)."""

    name = "inject"
    reads = frozenset({"text", "mentions:date"})
    writes = frozenset({"mentions:place", "mentions:actor", "claims", "country"})

    def __init__(self, places: Sequence[Place], actors: Sequence[Actor], claims: Sequence[Said]) -> None:
        super().__init__()
        self.places = list(places)
        self.actors = list(actors)
        self.claims = list(claims)

    def process(self, record: Record) -> Record:
        for p in self.places:
            s = _find(record.text, p.text, p.occurrence)
            record.mentions.append(
                PlaceMention(
                    id=record.next_mention_id(),
                    span=(s, s + len(p.text)),
                    text=p.text,
                    name=p.name,
                    lat=p.lat,
                    lon=p.lon,
                    precision=p.precision,  # type: ignore[arg-type]
                )
            )
        ids: dict[str, str] = {}
        for a in self.actors:
            s = _find(record.text, a.text, a.occurrence)
            mention = ActorMention(
                id=record.next_mention_id(),
                span=(s, s + len(a.text)),
                text=a.text,
                type=a.type,  # type: ignore[arg-type]
                name=a.name,
                country=a.country,
            )
            record.mentions.append(mention)
            ids.setdefault(a.text, mention.id)
        for n, c in enumerate(self.claims, start=1):
            cs = record.text.index(c.cue)
            ts = record.text.index(c.content)
            record.claims.append(
                Claim(
                    id=f"c{n}",
                    source=ids.get(c.source) if c.source else None,
                    cue=Cue(span=(cs, cs + len(c.cue)), text=c.cue),
                    stance=c.stance,  # type: ignore[arg-type]
                    content=Content(span=(ts, ts + len(c.content))),
                    date=next((m.id for m in record.mentions_of("date") if m.text == c.date), None),
                )
            )
        return record


def run(
    text: str,
    *,
    places: Sequence[Place] = (),
    actors: Sequence[Actor] = (),
    claims: Sequence[Said] = (),
    published: str | None = PUBLISHED,
) -> Record:
    """The record of `text` (a title line, a blank line, the body; or the body alone)."""
    stages = [
        CleanStage(),
        SegmentStage(),
        DateStage(),
        QuantityStage(),
        WeaponStage(),
        Inject(places, actors, claims),
        EventStage(),
    ]
    return extract(text, published=published, pipeline=Pipeline(stages))


def words(record: Record, span: tuple[int, int]) -> str:
    return record.text[span[0] : span[1]]


def mention_text(record: Record, mention_id: str | None) -> str | None:
    return None if mention_id is None else record.mention(mention_id).text


def figure_sources(record: Record, *, name: bool = False) -> list[tuple[str, str | None]]:
    """(figure words, its claim's source as written, or its name) of every casualty."""
    claims = {c.id: c for c in record.claims}
    out = []
    for e in record.events:
        for c in e.casualties:
            claim = claims.get(c.claim) if c.claim else None
            source = claim.source if claim else None
            said = (
                getattr(record.mention(source), "name", None)
                if name and source
                else mention_text(record, source)
            )
            out.append((record.text[c.span[0] : c.span[1]], said))
    return out


def named_sources_in_order(record: Record) -> list[tuple[str, str | None]]:
    """(figure words, the canonical name of its claim's source) of every casualty, in text order."""
    return sorted(figure_sources(record, name=True), key=lambda x: record.text.index(x[0]))


def perpetrator_names(record: Record, event: Event) -> list[str | None]:
    return [record.mention(i).name for i in event.actors.perpetrator]


def event_rows(text: str, published: str) -> list[tuple[str, str, list[str | None], bool]]:
    """(type, trigger words, perpetrator names, hedged) of each event of a text run whole."""
    r: Record = extract(text, published=published)
    return [
        (
            e.type,
            r.text[e.trigger.span[0] : e.trigger.span[1]],
            perpetrator_names(r, e),
            e.actors.perpetrator_hedged,
        )
        for e in r.events
    ]


def casualty_rows(record: Record, event: Event) -> list[tuple[object, ...]]:
    """(words, status, group, value, qualifier, vague, part_of, cumulative) of each casualty."""
    return [
        (words(record, c.span), c.status, c.group, c.value, c.qualifier, c.vague, c.part_of, c.cumulative)
        for c in event.casualties
    ]


def text_casualty_rows(text: str) -> list[tuple[object, ...]]:
    """`casualty_rows` of every event of a text run with no places or actors given."""
    r = run(text)
    return [row for e in r.events for row in casualty_rows(r, e)]
