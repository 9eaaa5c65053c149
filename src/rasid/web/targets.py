"""What a review can point at, and the extracted value it starts from.

A review target is `(kind, id, field)`. Ids are `<doc_id>:<local id>` with the record's
own ids: `e2` (event), `e2/c0` (the first casualty figure of e2), `m14` (a mention: date,
place, actor, quantity or weapon), `c3` (a claim). A missed item added by selecting its
words gets `<doc_id>:new:<start>-<end>` and its field `span`. Incident merges and splits
target `incident` ids. The extraction itself is never changed: the old value recorded
with each review is read from the record here.
"""

from __future__ import annotations

import json
from typing import Any

from rasid.record import Record

MENTION_KINDS = ("date", "place", "actor", "quantity", "weapon")
KINDS = ("event", "casualty", "claim", *MENTION_KINDS, "incident")
ACTIONS = ("confirm", "correct", "reject", "add", "merge", "split")
FIELDS: dict[str, tuple[str, ...]] = {
    "event": ("item", "type", "date", "place", "perpetrator", "target", "claim_source"),
    "casualty": ("item", "value", "low", "high", "status", "group", "claim_source"),
    "claim": ("item", "source", "stance"),
    "date": ("item", "value", "span"),
    "place": ("item", "name", "country", "admin1", "lat", "lon", "span"),
    "actor": ("item", "name", "type", "span"),
    "quantity": ("item", "value", "low", "high", "span"),
    "weapon": ("item", "name", "span"),
    "incident": ("members",),
}


class TargetError(ValueError):
    """A review that names no item of the record, or a field that item does not have."""


def split_target(target_id: str) -> tuple[str, str]:
    doc_id, _, local = target_id.partition(":")
    if not doc_id or not local:
        raise TargetError(f"target id must be <doc_id>:<item>, got {target_id!r}")
    return doc_id, local


def _item(record: Record, kind: str, local: str) -> Any:
    if kind == "event" or kind == "casualty":
        ev_id, _, cas = local.partition("/c")
        event = next((e for e in record.events if e.id == ev_id), None)
        if event is None:
            raise TargetError(f"{record.id} has no event {ev_id!r}")
        if kind == "event":
            return event
        if not cas.isdigit() or int(cas) >= len(event.casualties):
            raise TargetError(f"{record.id}:{ev_id} has no casualty figure {local!r}")
        return event.casualties[int(cas)]
    if kind == "claim":
        claim = next((c for c in record.claims if c.id == local), None)
        if claim is None:
            raise TargetError(f"{record.id} has no claim {local!r}")
        return claim
    mention = next((m for m in record.mentions if m.id == local), None)
    if mention is None or mention.kind != kind:
        raise TargetError(f"{record.id} has no {kind} mention {local!r}")
    return mention


def _mention_text(record: Record, mid: str | None) -> str | None:
    m = record.mention(mid) if mid else None
    return None if m is None else f"{m.id} {m.text}"


def old_value(record: Record, kind: str, local: str, field: str) -> str | None:
    """The extracted value of `field` of the item, as text (JSON for whole items)."""
    if kind not in FIELDS or kind == "incident":
        raise TargetError(f"cannot review a {kind!r} of a document")
    if field not in FIELDS[kind]:
        raise TargetError(f"a {kind} has no field {field!r}; fields: {', '.join(FIELDS[kind])}")
    if local.startswith("new:"):
        if field != "span":
            raise TargetError("an added item is reviewed by its span")
        return None
    item = _item(record, kind, local)
    if field == "item":
        return json.dumps(item.model_dump(by_alias=True, mode="json"), ensure_ascii=False)
    if kind == "event" and field in ("date", "place"):
        return _mention_text(record, getattr(item, field))
    if kind == "event" and field in ("perpetrator", "target"):
        return (
            ", ".join(filter(None, (_mention_text(record, a) for a in getattr(item.actors, field)))) or None
        )
    if field == "claim_source" or (kind == "claim" and field == "source"):
        claim_id = item.claim if kind != "claim" else item.id
        claim = next((c for c in record.claims if c.id == claim_id), None)
        return _mention_text(record, claim.source) if claim else None
    if field == "span":
        return json.dumps(list(item.span))
    value = getattr(item, field)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return None if value is None else str(value)


def added_span(local: str, record: Record) -> tuple[int, int]:
    """The [start, end) of an item added by selection, checked against the text."""
    try:
        start, end = (int(x) for x in local.removeprefix("new:").split("-"))
    except ValueError:
        raise TargetError(f"an added item's id is new:<start>-<end>, got {local!r}") from None
    if not 0 <= start < end <= len(record.text):
        raise TargetError(
            f"span {start}-{end} is outside the text of {record.id} ({len(record.text)} characters)"
        )
    return start, end
