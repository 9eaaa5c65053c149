"""Approved review corrections applied over extracted values, before anything is exported.

Corrections come from the store (`Store.corrections()`): a mapping from (target_kind,
target_id, field) to the approved value with its reviewer and time (see
`rasid.store.reviews` for the target ids). They are applied to the events' facts, so the
events, the incidents merged from them and every format carry the corrected values;
each applied correction is kept on the facts (`EventFacts.corrections`) so the exports
can say who corrected what and when.

| target | fields applied |
|---|---|
| document `doc` | outlet, published, uri, title |
| event `doc/e1` | type, date, date_precision, place_name, place_name_ar, country, admin1, lat, lon, place_precision, perpetrator_names, target_names, cumulative; rejecting the event (field null) or setting negated/hypothetical drops it |
| casualty `doc/e1/0` | status, group, value, qualifier, low, high, vague, part_of, cumulative, claim_source; rejecting it drops the figure |
| mention `doc/m3` | the event's place mention: name, name_ar, country, admin1, lat, lon, precision; its date mention: date, precision |
| event `doc/e1`, field `casualty`, action add | a figure the extraction missed (a dict of casualty columns) |

Confirmations change nothing but are kept, so `--reviewed-only` exports what a person checked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Mapping
from typing import Any, Protocol

from rasid.incidents.facts import Actor, Applied, EventFacts, Figure, PlaceFacts


class CorrectionLike(Protocol):
    value: Any
    action: str
    reviewer: str | None
    approved: dt.datetime | None


Corrections = Mapping[tuple[str, str, str | None], CorrectionLike]

_PLACE_FIELDS = {
    "place_name": "name",
    "place_name_ar": "name_ar",
    "country": "country",
    "admin1": "admin1",
    "lat": "lat",
    "lon": "lon",
    "place_precision": "precision",
}
_MENTION_PLACE_FIELDS = {
    "name": "name",
    "name_ar": "name_ar",
    "country": "country",
    "admin1": "admin1",
    "lat": "lat",
    "lon": "lon",
    "precision": "precision",
}
_FIGURE_FIELDS = ("status", "group", "value", "qualifier", "low", "high", "vague", "part_of", "cumulative")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CorrectionIndex:
    """Corrections grouped by the document they concern (incident ones apart)."""

    def __init__(self, corrections: Corrections | None = None) -> None:
        self.by_doc: dict[str, list[tuple[str, str, str | None, CorrectionLike]]] = defaultdict(list)
        self.by_incident: dict[str, list[tuple[str | None, CorrectionLike]]] = defaultdict(list)
        for (kind, target, field), corr in (corrections or {}).items():
            if kind == "incident":
                self.by_incident[target].append((field, corr))
            else:
                self.by_doc[target.split("/", 1)[0]].append((kind, target, field, corr))

    def __bool__(self) -> bool:
        return bool(self.by_doc or self.by_incident)


def applied(kind: str, target: str, field: str | None, corr: CorrectionLike) -> Applied:
    return Applied(
        target_kind=kind,
        target_id=target,
        field=field,
        value=corr.value,
        action=corr.action,
        reviewer=corr.reviewer,
        approved=corr.approved.isoformat() if corr.approved else None,
    )


def apply(facts: EventFacts, index: CorrectionIndex) -> EventFacts | None:
    """The facts with every correction that concerns them applied; None if the event was rejected."""
    todo = index.by_doc.get(facts.doc_id)
    if not todo:
        return facts
    event_target = f"{facts.doc_id}/{facts.event_id}"
    figures: list[Figure | None] = list(facts.figures)
    changes: dict[str, Any] = {}
    place = facts.place or PlaceFacts()
    place_changed = False
    log: list[Applied] = list(facts.corrections)
    for kind, target, field, corr in sorted(todo, key=lambda t: (t[0], t[1], t[2] or "")):
        value = corr.value
        if kind == "document" and target == facts.doc_id:
            if field in ("outlet", "published", "title"):
                changes[field] = value
            elif field == "uri":
                changes["url"] = value
            else:
                continue
        elif kind == "event" and target == event_target:
            if corr.action == "reject" and field is None:
                return None
            if field in ("negated", "hypothetical") and value:
                return None
            if corr.action == "add" and field in ("casualty", "casualties") and isinstance(value, dict):
                figures.append(_new_figure(value))
            elif field == "type" and value:
                changes["type"] = value
            elif field == "date":
                changes["date"] = value
                changes.setdefault("date_precision", _precision_of(value))
            elif field == "date_precision":
                changes["date_precision"] = value
            elif field in _PLACE_FIELDS:
                place = dataclasses.replace(place, **{_PLACE_FIELDS[field]: value})
                place_changed = True
            elif field in ("perpetrator_names", "target_names"):
                actors = tuple(Actor(str(n)) for n in _names(value))
                changes["perpetrators" if field == "perpetrator_names" else "targets"] = actors
            elif field == "cumulative":
                changes["tally"] = bool(value)
            elif corr.action != "confirm":
                continue
        elif kind == "casualty" and target.startswith(event_target + "/"):
            try:
                n = int(target.rsplit("/", 1)[1])
            except ValueError:
                continue
            if not 0 <= n < len(figures) or figures[n] is None:
                continue
            if corr.action == "reject" and field is None:
                figures[n] = None
            elif field in _FIGURE_FIELDS or field == "claim_source":
                figures[n] = _fix_figure(figures[n], field, value)  # type: ignore[arg-type]
            elif corr.action != "confirm":
                continue
        elif kind == "mention" and target == f"{facts.doc_id}/{facts.place_mention}":
            if field not in _MENTION_PLACE_FIELDS:
                continue
            place = dataclasses.replace(place, **{_MENTION_PLACE_FIELDS[field]: value})
            place_changed = True
        elif kind == "mention" and target == f"{facts.doc_id}/{facts.date_mention}":
            if field == "date":
                changes["date"] = value
                changes.setdefault("date_precision", _precision_of(value))
            elif field == "precision":
                changes["date_precision"] = value
            else:
                continue
        else:
            continue
        log.append(applied(kind, target, field, corr))
    if place_changed:
        changes["place"] = place
    changes["figures"] = _renumber(figures)
    changes["corrections"] = tuple(log)
    return dataclasses.replace(facts, **changes)


def _names(value: Any) -> list[Any]:
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            return [value]
        return parsed if isinstance(parsed, list) else [parsed]
    return list(value or [])


def _precision_of(value: Any) -> str | None:
    text = str(value or "")
    if _DAY.match(text):
        return "day"
    if "-W" in text:
        return "week"
    return {7: "month", 4: "year"}.get(len(text))


def _fix_figure(f: Figure, field: str, value: Any) -> Figure:
    if field == "claim_source":
        return dataclasses.replace(f, source=value)
    if field == "value":
        number = float(value) if value is not None else None
        whole = int(number) if number is not None else None
        return dataclasses.replace(f, value=number, low=whole, high=whole, qualifier="exact", vague=None)
    return dataclasses.replace(f, **{field: value})


def _new_figure(d: dict[str, Any]) -> Figure:
    value = d.get("value")
    number = float(value) if value is not None else None
    low = d.get("low", int(number) if number is not None else None)
    high = d.get("high", int(number) if number is not None else None)
    return Figure(
        status=str(d.get("status", "killed")),
        group=str(d.get("group", "people")),
        value=number,
        low=low,
        high=high,
        vague=d.get("vague"),
        qualifier=d.get("qualifier", "exact" if number is not None else None),
        cumulative=bool(d.get("cumulative", False)),
        source=d.get("claim_source"),
        text=str(d.get("text", "")),
    )


def _renumber(figures: list[Figure | None]) -> tuple[Figure, ...]:
    """Drop rejected figures; breakdowns follow their total's new position (or lose it)."""
    new_index: dict[int, int] = {}
    kept: list[tuple[int, Figure]] = []
    for i, f in enumerate(figures):
        if f is not None:
            new_index[i] = len(kept)
            kept.append((i, f))
    out = []
    for _, f in kept:
        part_of = new_index.get(f.part_of) if f.part_of is not None else None
        out.append(f if part_of == f.part_of else dataclasses.replace(f, part_of=part_of))
    return tuple(out)
