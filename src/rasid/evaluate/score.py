"""Score one record against its gold file, layer by layer (gold-format.md, "Scores printed").

Each layer pairs gold items with predictions by span overlap (`match.greedy_match`)
and then checks the attributes of every matched pair whose gold item is required;
an attribute a gold item leaves open (a null relative date, and an event's null date that a
relative date fills where gold knows no publication date; `cumulative` or `content_contains` not
given) is not scored. Names compare case-insensitively
with white space collapsed; places and event places also match within
`RADIUS_KM` of the gold coordinates. Casualty and claim sources accept the
claim's source mention or any mention of its `source_chain`, matched by
canonical name, by Arabic words, or (claims) by overlapping `source_text`. An event's
perpetrator matches by its name or by the state or body it belongs to (`parent`: the
Russian Air Force is Russia's). Tally events (`cumulative: true`, a campaign holding
running tolls) are not incidents, which gold annotates: unmatched, they are no false positive.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rasid.evaluate.align import Locator, collapse
from rasid.evaluate.gold import (
    LAYERS,
    Gold,
    GoldCasualty,
    GoldClaim,
    GoldDate,
    GoldEntity,
    GoldEvent,
    GoldItem,
    GoldPlace,
    GoldQuantity,
    Span,
)
from rasid.evaluate.match import greedy_match, overlap
from rasid.evaluate.result import ErrorItem, FileResult, LayerScore, SetScore, Tally
from rasid.lang.ar.normalise import normalise_string
from rasid.record import Casualty, Claim, Event, Record

RADIUS_KM = 25.0
EARTH_RADIUS_KM = 6371.0088

# An attribute check: (correct?, what was predicted), or None when the gold leaves it open.
Check = tuple[bool, str] | None


def fold(name: str) -> str:
    return collapse(name).casefold()


def name_in(name: str | None, names: Sequence[str]) -> bool:
    return name is not None and fold(name) in {fold(n) for n in names}


def same_outlet(name: str | None, names: Sequence[str]) -> bool:
    """The outlet's Arabic name as `name_in` compares names, with hamza and alef forms folded as
    everywhere else in rasid: "اوراد نيوز" is the outlet the gold spells "أوراد نيوز"."""
    return name is not None and normalise_string(fold(name)) in {normalise_string(fold(n)) for n in names}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def near(lat: float | None, lon: float | None, points: Sequence[tuple[float, float]]) -> bool:
    if lat is None or lon is None:
        return False
    return any(haversine_km(lat, lon, plat, plon) <= RADIUS_KM for plat, plon in points)


def value_matches(
    gold: GoldQuantity | GoldCasualty,
    value: float | None,
    qualifier: str | None,
    vague: str | None,
    bounds: tuple[int | None, int | None] = (None, None),
) -> bool:
    """Value and qualifier among the gold's, or, for a count without a number, the vague class.

    A gold number without a qualifier is exact; gold without a number or vague class
    wants neither. A range ("بين 10 و15": gold `value` null with `low`/`high`, tests/gold/README.md)
    wants no single number, the same ends and the same qualifier (exact when none is written).
    """
    if gold.low is not None or gold.high is not None:
        ends_ok = all(
            want is None or got == want for want, got in zip((gold.low, gold.high), bounds, strict=True)
        )
        vague_ok = vague in gold.vague if gold.vague else vague is None
        qualifier_ok = (qualifier or "exact") in (gold.qualifier or ("exact",))
        return value is None and ends_ok and vague_ok and qualifier_ok
    if not gold.value:
        return value is None and (vague in gold.vague if gold.vague else vague is None)
    if value is None or not any(math.isclose(value, v, rel_tol=1e-9, abs_tol=1e-9) for v in gold.value):
        return False
    return (qualifier or "exact") in (gold.qualifier or ("exact",))


def _show_value(
    value: float | None,
    qualifier: str | None,
    vague: str | None,
    bounds: tuple[int | None, int | None] = (None, None),
) -> str:
    if value is None and vague is None and bounds != (None, None):
        return f"{bounds[0]}..{bounds[1]} {qualifier or 'exact'}"
    if value is None:
        return f"vague={vague}"
    number = int(value) if float(value).is_integer() else value
    return f"{number} {qualifier or 'exact'}"


@dataclass(frozen=True)
class Pred:
    span: Span
    text: str
    obj: Any
    event: Event | None = None  # the event a casualty belongs to
    uncounted: bool = False  # gold does not annotate such items (tally events): unmatched, not a FP


class _Context:
    """What attribute checks look up: mentions and claims by id, the gold places' coordinates."""

    def __init__(self, gold: Gold, record: Record, locator: Locator) -> None:
        self.gold = gold
        self.record = record
        self.locator = locator
        self.mentions: dict[str, Any] = {m.id: m for m in record.mentions}
        self.claims: dict[str, Claim] = {c.id: c for c in record.claims}
        self.coords: dict[str, list[tuple[float, float]]] = {}
        for place in gold.places:
            for name in place.names:
                self.coords.setdefault(fold(name), []).append((place.lat, place.lon))

    def points(self, names: Sequence[str]) -> list[tuple[float, float]]:
        return [pt for n in names for pt in self.coords.get(fold(n), [])]

    def source_ok(self, claim_id: str | None, names: Sequence[str], spans: Sequence[Span] = ()) -> Check:
        claim = self.claims.get(claim_id) if claim_id else None
        if claim is None:
            return False, "no claim" if not claim_id else f"dangling claim {claim_id}"
        return self.claim_source_ok(claim, names, spans)

    def claim_source_ok(self, claim: Claim, names: Sequence[str], spans: Sequence[Span]) -> Check:
        ids = [claim.source] if claim.source else []
        ids += [i for i in claim.source_chain if i not in ids]
        found = [self.mentions[i] for i in ids if i in self.mentions]
        if not names and not spans:  # the gold names no source
            return not found, ", ".join(m.text for m in found) or "none"
        for m in found:
            if name_in(getattr(m, "name", None), names) or name_in(m.text, names):
                return True, m.text
            if any(overlap(m.span, s) for s in spans):
                return True, m.text
        return False, ", ".join(f"{m.text} ({getattr(m, 'name', None)})" for m in found) or "none"


# Predictions of each layer.


def _mentions(kind: str) -> Callable[[Record], list[Pred]]:
    def get(record: Record) -> list[Pred]:
        return [Pred(m.span, m.text, m) for m in record.mentions if m.kind == kind]

    return get


def _casualties(record: Record) -> list[Pred]:
    return [
        Pred(c.span, record.span_text(c.span), c, event) for event in record.events for c in event.casualties
    ]


def _events(record: Record) -> list[Pred]:
    return [Pred(e.trigger.span, e.trigger.text, e, uncounted=e.cumulative) for e in record.events]


def _claims(record: Record) -> list[Pred]:
    return [Pred(c.cue.span, c.cue.text, c) for c in record.claims]


# Attribute checks of each layer.


def _entity_attrs(g: GoldEntity, p: Pred, ctx: _Context) -> dict[str, Check]:
    m = p.obj
    return {"type": (m.type == g.type, m.type), "name": (name_in(m.name, g.names), str(m.name))}


def _place_attrs(g: GoldPlace, p: Pred, ctx: _Context) -> dict[str, Check]:
    m = p.obj
    ok = name_in(m.name, g.names) or near(m.lat, m.lon, [(g.lat, g.lon)])
    return {"resolution": (ok, f"{m.name} ({m.lat}, {m.lon})")}


def _date_attrs(g: GoldDate, p: Pred, ctx: _Context) -> dict[str, Check]:
    if not g.value:  # relative date, publication date unknown: the span alone counts
        return {"value": None}
    return {"value": (p.obj.value in g.value, str(p.obj.value))}


def _quantity_attrs(g: GoldQuantity, p: Pred, ctx: _Context) -> dict[str, Check]:
    m = p.obj
    ok = value_matches(g, m.value, m.qualifier, m.vague, (m.low, m.high))
    return {"value": (ok, _show_value(m.value, m.qualifier, m.vague, (m.low, m.high)))}


def _part_of_ok(g: GoldCasualty, c: Casualty, event: Event | None, ctx: _Context) -> Check:
    if g.part_of is None:
        return c.part_of is None, str(c.part_of)
    if c.part_of is None or event is None or not 0 <= c.part_of < len(event.casualties):
        return False, str(c.part_of)
    total = event.casualties[c.part_of]
    spans = ctx.locator.spans(g.part_of)
    return any(overlap(total.span, s) for s in spans), ctx.record.span_text(total.span)


def _casualty_attrs(g: GoldCasualty, p: Pred, ctx: _Context) -> dict[str, Check]:
    c: Casualty = p.obj
    checks: dict[str, Check] = {
        "status": (c.status in g.status, c.status),
        "group": (c.group in g.group, c.group),
        "value": (
            value_matches(g, c.value, c.qualifier, c.vague, (c.low, c.high)),
            _show_value(c.value, c.qualifier, c.vague, (c.low, c.high)),
        ),
        "cumulative": None if g.cumulative is None else (c.cumulative == g.cumulative, str(c.cumulative)),
        "part_of": _part_of_ok(g, c, p.event, ctx),
    }
    if g.source is None:
        checks["source"] = (c.claim is None, str(c.claim))
    else:
        checks["source"] = ctx.source_ok(c.claim, g.source)
    return checks


def _event_attrs(g: GoldEvent, p: Pred, ctx: _Context) -> dict[str, Check]:
    e: Event = p.obj
    date = ctx.mentions.get(e.date) if e.date else None
    date_value = getattr(date, "value", None)
    place = ctx.mentions.get(e.place) if e.place else None
    perpetrators = [ctx.mentions[i] for i in e.actors.perpetrator if i in ctx.mentions]
    checks: dict[str, Check] = {"type": (e.type in g.types, e.type)}
    if (
        not g.date
        and ctx.gold.published is None
        and date_value is not None
        and getattr(date, "relative", False)
    ):
        # gold knows no publication date, so a relative date has no value (gold-format.md): the event's
        # null date is open to it, as a null relative date mention is (rasid may read a dateline)
        checks["date"] = None
    else:
        checks["date"] = (date_value in g.date if g.date else date_value is None, str(date_value))
    if g.place is None:
        checks["place"] = (place is None, getattr(place, "text", "none"))
    else:
        ok = place is not None and (
            name_in(getattr(place, "name", None), g.place)
            or near(getattr(place, "lat", None), getattr(place, "lon", None), ctx.points(g.place))
        )
        checks["place"] = (ok, f"{getattr(place, 'text', 'none')} ({getattr(place, 'name', None)})")
    names = ", ".join(f"{m.text} ({getattr(m, 'name', None)})" for m in perpetrators) or "none"
    if g.perpetrator is None:
        checks["perpetrator"] = (not e.actors.perpetrator, names)
    else:
        ok = any(
            name_in(getattr(m, "name", None), g.perpetrator)
            or name_in(getattr(m, "parent", None), g.perpetrator)
            for m in perpetrators
        )
        checks["perpetrator"] = (ok, names)
    return checks


def _claim_attrs(g: GoldClaim, p: Pred, ctx: _Context) -> dict[str, Check]:
    c: Claim = p.obj
    spans = ctx.locator.spans(g.source_text) if g.source_text else ()
    checks: dict[str, Check] = {
        "stance": (c.stance in g.stance, c.stance),
        "source": ctx.claim_source_ok(c, g.source, spans),
    }
    if g.content_contains is not None:
        content = ctx.record.span_text(c.content.span)
        checks["content"] = (collapse(g.content_contains) in collapse(content), content[:80])
    return checks


@dataclass(frozen=True)
class _Layer:
    predictions: Callable[[Record], list[Pred]]
    attributes: Callable[[Any, Pred, _Context], dict[str, Check]]
    absorb: bool = False


_LAYERS: dict[str, _Layer] = {
    "entities": _Layer(_mentions("actor"), _entity_attrs),
    "places": _Layer(_mentions("place"), _place_attrs),
    "dates": _Layer(_mentions("date"), _date_attrs),
    "quantities": _Layer(_mentions("quantity"), _quantity_attrs),
    "casualties": _Layer(_casualties, _casualty_attrs),
    "events": _Layer(_events, _event_attrs, absorb=True),
    "claims": _Layer(_claims, _claim_attrs),
}
assert tuple(_LAYERS) == LAYERS

#: The attributes each layer scores on matched items.
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "entities": ("type", "name"),
    "places": ("resolution",),
    "dates": ("value",),
    "quantities": ("value",),
    "casualties": ("status", "group", "value", "cumulative", "part_of", "source"),
    "events": ("type", "date", "place", "perpetrator"),
    "claims": ("stance", "source", "content"),
}


def _gold_spans(item: GoldItem, locator: Locator) -> tuple[Span, ...]:
    spans = locator.spans(item.quote)
    if isinstance(item, GoldEvent):
        for also in item.also:
            spans += tuple(s for s in locator.spans(also) if s not in spans)
    return spans


def score_layer(name: str, gold: Gold, record: Record, ctx: _Context, errors: list[ErrorItem]) -> LayerScore:
    """Match one layer and check the attributes of its matched required items."""
    layer = _LAYERS[name]
    items = gold.layer(name)
    preds = layer.predictions(record)
    exhaustive = name in gold.exhaustive
    spans = [_gold_spans(it, ctx.locator) for it in items]
    matching = greedy_match(
        spans, [it.optional for it in items], [p.span for p in preds], absorb=layer.absorb
    )
    score = LayerScore(name, files=1, exhaustive_files=int(exhaustive))
    score.gold = sum(not it.optional for it in items)
    score.predicted = len(preds)
    score.ignored = len(matching.ignored) + sum(items[g].optional for g, _ in matching.pairs)
    file = gold.path.name
    for g in matching.missed:
        where = "" if spans[g] else "not found in the record text"
        errors.append(ErrorItem(file, name, "miss", items[g].quote.text, where))
    score.fn = len(matching.missed)
    counted = [p for p in matching.false_positives if not preds[p].uncounted]
    if exhaustive:
        score.fp = len(counted)
        score.unscored = len(matching.false_positives) - len(counted)
        errors.extend(ErrorItem(file, name, "fp", preds[p].text) for p in counted)
    else:
        score.unscored = len(matching.false_positives)
    for g, p in matching.pairs:
        item = items[g]
        if item.optional:
            continue
        score.tp += 1
        for attr, check in layer.attributes(item, preds[p], ctx).items():
            if check is None:
                continue
            ok, got = check
            score.attributes.setdefault(attr, Tally()).add(ok)
            if not ok:
                errors.append(ErrorItem(file, name, "attribute", item.quote.text, f"{attr}: got {got}"))
    if exhaustive:
        score.tp_exhaustive = score.tp
    return score


def title_scored(gold: Gold) -> bool:
    """Whether the page's title is scored: a gold title, or a page whose body is annotated.

    A page with an annotated body had its title judged too, so a null title there means
    the capture has no headline, and a predicted one (a lead, a credit) is a false title.
    A layer-only file (no body phrases, no title) leaves the title unjudged.
    """
    return gold.title is not None or bool(gold.body.must_include)


def score_record(gold: Gold, record: Record, *, seconds: float = 0.0) -> FileResult:
    """Every layer, the body, title, publisher and tags of one record against its gold."""
    locator = Locator(gold.input_text, record.text)
    ctx = _Context(gold, record, locator)
    errors: list[ErrorItem] = []
    layers = {name: score_layer(name, gold, record, ctx, errors) for name in LAYERS}
    result = FileResult(gold.path.name, layers, errors=errors, seconds=seconds)
    file = gold.path.name
    for phrase in gold.body.must_include:
        found = locator.contains(phrase)
        result.body.add(found)
        if not found:
            errors.append(ErrorItem(file, "body", "body", phrase, "missing from the body"))
    for phrase in gold.body.must_exclude:
        absent = not locator.contains(phrase)
        result.body.add(absent)
        if not absent:
            errors.append(ErrorItem(file, "body", "body", phrase, "furniture kept in the body"))
    if title_scored(gold):
        ok = collapse(gold.title or "") == collapse(record.title or "")
        result.title.add(ok)
        if not ok:
            shown = gold.title if gold.title is not None else "(no title)"
            errors.append(ErrorItem(file, "title", "attribute", shown, f"got {record.title}"))
    if gold.publisher is not None:
        ok = same_outlet(record.source.publisher, gold.publisher)
        result.publisher.add(ok)
        if not ok:
            errors.append(
                ErrorItem(file, "publisher", "attribute", gold.publisher[0], f"got {record.source.publisher}")
            )
    gold_tags = {collapse(t) for t in gold.tags}
    tags = {collapse(t) for t in record.tags}
    result.tags = SetScore(len(gold_tags & tags), len(tags - gold_tags), len(gold_tags - tags))
    return result
