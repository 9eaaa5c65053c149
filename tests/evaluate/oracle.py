"""An oracle: the record a perfect pipeline would emit for a gold file, built from the gold itself.

Its text is the input (so every quote is found where the gold says), every gold
item becomes a prediction with the gold's first alternative as its value, and
every casualty hangs on the first event (a carrier event on the first casualty
when the gold has no event). Sources are extra actor mentions, which the entities
layer (never exhaustive) does not count against precision.
"""

from __future__ import annotations

from typing import Any

from rasid.evaluate.gold import Gold, Quote
from rasid.evaluate.match import overlap
from rasid.record import (
    ActorMention,
    Casualty,
    Claim,
    Content,
    Cue,
    DateMention,
    Event,
    EventActors,
    PlaceMention,
    QuantityMention,
    Record,
    Source,
    Trigger,
)

Span = tuple[int, int]


class _Builder:
    def __init__(self, gold: Gold) -> None:
        self.gold = gold
        self.text = gold.input_text
        self.mentions: list[Any] = []

    def add(self, cls: type, span: Span, **fields: Any) -> str:
        mention_id = f"m{len(self.mentions) + 1}"
        self.mentions.append(cls(id=mention_id, span=span, text=self.text[span[0] : span[1]], **fields))
        return mention_id

    def actor(self, span: Span, name: str) -> str:
        return self.add(ActorMention, span, type="ORG", name=name)


def _first(quote: Quote) -> Span:
    return quote.spans[0]


def _count(
    value: tuple[float, ...],
    qualifier: tuple[str, ...],
    vague: tuple[str, ...],
    low: int | None = None,
    high: int | None = None,
) -> dict[str, Any]:
    ranged = low is not None or high is not None  # a range: no value, its ends, its qualifier
    return {
        "value": value[0] if value else None,
        "qualifier": qualifier[0] if qualifier and (value or ranged) else None,
        "vague": vague[0] if vague else None,
        **({"low": low, "high": high} if ranged else {}),
    }


def oracle_record(gold: Gold) -> Record:
    b = _Builder(gold)
    for e in gold.entities:
        b.add(ActorMention, _first(e.quote), type="GPE" if e.type == "LOC" else e.type, name=e.names[0])
    places: list[tuple[str, set[str]]] = []
    for p in gold.places:
        places.append(
            (b.add(PlaceMention, _first(p.quote), name=p.names[0], lat=p.lat, lon=p.lon), set(p.names))
        )
    dates: list[tuple[str, str | None]] = []
    for d in gold.dates:
        value = d.value[0] if d.value else None
        dates.append((b.add(DateMention, _first(d.quote), value=value, relative=d.relative), value))
    for q in gold.quantities:
        b.add(QuantityMention, _first(q.quote), **_count(q.value, q.qualifier, q.vague, q.low, q.high))

    claims: list[Claim] = []
    for i, c in enumerate(gold.claims):
        source = None
        if c.source_text is not None:
            source = b.actor(_first(c.source_text), c.source[0] if c.source else "unnamed")
        elif c.source:
            source = b.actor(_first(c.quote), c.source[0])
        content = (0, 0)
        if c.content_contains is not None:
            start = b.text.index(c.content_contains)
            content = (start, start + len(c.content_contains))
        cue = _first(c.quote)
        claims.append(
            Claim(id=f"c{i + 1}", source=source, cue=Cue(span=cue, text=c.quote.text), stance=c.stance[0],  # type: ignore[arg-type]
                  content=Content(span=content))
        )  # fmt: skip

    casualties: list[Casualty] = []
    for c in gold.casualties:
        claim = None
        if c.source is not None:
            # a claim whose source mention (named by its first alternative) is one of the casualty's
            claim = next(
                f"c{i + 1}" for i, gc in enumerate(gold.claims) if gc.source and gc.source[0] in c.source
            )
        casualties.append(
            Casualty(status=c.status[0], group=c.group[0], span=_first(c.quote), cumulative=bool(c.cumulative),  # type: ignore[arg-type]
                     claim=claim, **_count(c.value, c.qualifier, c.vague, c.low, c.high))
        )  # fmt: skip
    for c_index, c in enumerate(gold.casualties):
        if c.part_of is not None:
            casualties[c_index].part_of = next(
                j
                for j, other in enumerate(casualties)
                if j != c_index and any(overlap(tuple(other.span), s) for s in c.part_of.spans)
            )

    events: list[Event] = []
    for i, e in enumerate(gold.events):
        trigger = _first(e.quote)
        date = next((mid for mid, v in dates if v in e.date), None) if e.date else None
        place = next((mid for mid, names in places if names & set(e.place)), None) if e.place else None
        perpetrators = [b.actor(trigger, e.perpetrator[0])] if e.perpetrator else []
        events.append(
            Event(id=f"e{i + 1}", type=e.types[0], trigger=Trigger(span=trigger, text=e.quote.text), date=date,  # type: ignore[arg-type]
                  place=place, actors=EventActors(perpetrator=perpetrators))
        )  # fmt: skip
    if casualties and not events:
        first = tuple(casualties[0].span)
        events.append(Event(id="e1", type="attack_on_civilians", trigger=Trigger(span=first, text="carrier")))
    if casualties:
        events[0].casualties = casualties

    return Record(
        id=gold.id,
        title=gold.title,
        tags=list(gold.tags),
        text=b.text,
        source=Source(publisher=gold.publisher[0] if gold.publisher else None),
        mentions=b.mentions,
        events=events,
        claims=claims,
    )
