"""A record as flat rows: one flattening for the store, the Parquet export and the Dask batch.

`rows(record)` returns a dict with one list of rows per kind::

    from rasid.tables import rows, KINDS, COLUMNS
    tables = rows(record)            # {"records": [...], "mentions": [...], "events": [...],
                                     #  "casualties": [...], "claims": [...]}
    tables["events"][0]["type"]      # "shelling"

Every row is a plain dict of JSON-able scalars (str, int, float, bool, None) whose keys are
exactly `COLUMNS[kind]`, in that order, so every row of a kind has the same columns
(Parquet and SQL need that). Lists and objects are JSON text (`tags`, `acled`,
`perpetrators` ...). Every row keeps `doc_id` (the record id, the sha256 of the raw
input), and every span is a `start`/`end` pair of code-point offsets into the record's
`text`, the same `[start, end)` as in the record.

What each kind holds:
- `records`: one row per article (source, title, publication date, the clean text).
- `mentions`: one row per mention; columns that belong to one kind are None for the
  others. A date mention's ISO value is `date`, a quantity's number is `value` (so `date`
  columns are always ISO text and `value` columns always numbers).
- `events`: one row per event, `start`/`end` = its trigger, with its date and place
  resolved from their mentions (`date`, `date_precision`, `place_name`, `country`,
  `admin1`, `lat`, `lon`, `place_precision`) and the names of its actors.
- `casualties`: one row per figure, keyed by (`doc_id`, `event_id`, `n`) where `n` is its
  position in the event's list; `part_of` is the `n` of the figure it breaks down.
- `claims`: one row per claim, `start`/`end` = its content, the cue as `cue_start`,
  `cue_end`, `cue`, the source's words and canonical name, and its date resolved like an event's.
"""

from __future__ import annotations

import json
from typing import Any

from rasid.record import Claim, Event, Record

Row = dict[str, Any]

KINDS = ("records", "mentions", "events", "casualties", "claims")

#: The columns of each kind, in order. The store's tables have these columns (plus its own).
COLUMNS: dict[str, tuple[str, ...]] = {
    "records": (
        "doc_id",
        "schema",
        "uri",
        "outlet",
        "format",
        "item_id",
        "encoding",
        "title",
        "published",
        "published_precision",
        "published_from",
        "language",
        "tags",
        "text",
        "n_mentions",
        "n_events",
        "n_claims",
        "warnings",
    ),
    "mentions": (
        "doc_id",
        "id",
        "kind",
        "start",
        "end",
        "text",
        "type",
        "name",
        "name_ar",
        "country",
        "admin1",
        "lat",
        "lon",
        "geonames_id",
        "precision",
        "role_words",
        "parent",
        "date",
        "relative",
        "range_from",
        "range_to",
        "offset",
        "part_of_day",
        "hijri",
        "value",
        "qualifier",
        "low",
        "high",
        "vague",
        "unit",
        "banned",
    ),
    "events": (
        "doc_id",
        "id",
        "type",
        "start",
        "end",
        "trigger",
        "acled_event_type",
        "acled_sub_event_type",
        "plover",
        "date_mention",
        "date",
        "date_precision",
        "place_mention",
        "place_name",
        "place_name_ar",
        "country",
        "admin1",
        "lat",
        "lon",
        "place_precision",
        "perpetrators",
        "perpetrator_names",
        "targets",
        "target_names",
        "weapons",
        "weapon_names",
        "claim",
        "negated",
        "hypothetical",
        "cumulative",
        "n_casualties",
    ),
    "casualties": (
        "doc_id",
        "event_id",
        "n",
        "status",
        "group",
        "value",
        "qualifier",
        "low",
        "high",
        "vague",
        "start",
        "end",
        "text",
        "part_of",
        "cumulative",
        "claim",
        "claim_source",
    ),
    "claims": (
        "doc_id",
        "id",
        "source",
        "source_text",
        "source_name",
        "source_chain",
        "cue_start",
        "cue_end",
        "cue",
        "stance",
        "start",
        "end",
        "content",
        "quoted",
        "date_mention",
        "date",
    ),
}


def _json(value: Any) -> str | None:
    """Lists and objects as compact JSON text (Arabic kept readable); None stays None."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _row(kind: str, values: dict[str, Any]) -> Row:
    unknown = set(values) - set(COLUMNS[kind])
    if unknown:  # a programming error: COLUMNS is the contract
        raise KeyError(f"{kind}: columns not in COLUMNS: {sorted(unknown)}")
    return {col: values.get(col) for col in COLUMNS[kind]}


def rows(record: Record) -> dict[str, list[Row]]:
    """The record flattened into rows per kind (see the module docstring)."""
    by_id = {m.id: m for m in record.mentions}
    return {
        "records": [_record_row(record)],
        "mentions": [
            _mention_row(record.id, m.model_dump(mode="json", by_alias=True)) for m in record.mentions
        ],
        "events": [_event_row(record, e, by_id) for e in record.events],
        "casualties": [row for e in record.events for row in _casualty_rows(record, e, by_id)],
        "claims": [_claim_row(record, c, by_id) for c in record.claims],
    }


def _record_row(r: Record) -> Row:
    return _row(
        "records",
        {
            "doc_id": r.id,
            "schema": r.schema_,
            "uri": r.source.uri,
            "outlet": r.source.publisher,
            "format": r.source.format,
            "item_id": r.source.item_id,
            "encoding": r.source.encoding,
            "title": r.title,
            "published": r.published.value,
            "published_precision": r.published.precision,
            "published_from": r.published.from_,
            "language": r.language,
            "tags": _json(r.tags),
            "text": r.text,
            "n_mentions": len(r.mentions),
            "n_events": len(r.events),
            "n_claims": len(r.claims),
            "warnings": _json(r.warnings),
        },
    )


def _mention_row(doc_id: str, m: dict[str, Any]) -> Row:
    kind = m["kind"]
    values = {
        "doc_id": doc_id,
        "id": m["id"],
        "kind": kind,
        "start": m["span"][0],
        "end": m["span"][1],
        "text": m["text"],
    }
    for key in ("type", "name", "name_ar", "country", "admin1", "lat", "lon", "geonames_id", "parent"):
        if key in m:
            values[key] = m[key]
    for key in ("precision", "relative", "part_of_day", "hijri", "qualifier", "low", "high", "vague", "unit"):
        if key in m:
            values[key] = m[key]
    if "banned" in m:
        values["banned"] = m["banned"]
    if "role_words" in m:
        values["role_words"] = _json(m["role_words"])
    if kind == "date":
        values["date"] = m["value"]
        if m.get("range"):
            values["range_from"] = m["range"].get("from")
            values["range_to"] = m["range"].get("to")
        values["offset"] = _json(m.get("offset"))
    elif kind == "quantity":
        values["value"] = m["value"]
    return _row("mentions", values)


def _name(by_id: dict[str, Any], mention_id: str | None) -> str | None:
    """The canonical name of a mention, else its words."""
    if mention_id is None or mention_id not in by_id:
        return None
    m = by_id[mention_id]
    return getattr(m, "name", None) or m.text


def _event_row(r: Record, e: Event, by_id: dict[str, Any]) -> Row:
    date = by_id.get(e.date) if e.date else None
    place = by_id.get(e.place) if e.place else None
    acled = e.acled or []
    return _row(
        "events",
        {
            "doc_id": r.id,
            "id": e.id,
            "type": e.type,
            "start": e.trigger.span[0],
            "end": e.trigger.span[1],
            "trigger": e.trigger.text,
            "acled_event_type": acled[0] if len(acled) > 0 else None,
            "acled_sub_event_type": acled[1] if len(acled) > 1 else None,
            "plover": e.plover,
            "date_mention": e.date,
            "date": getattr(date, "value", None),
            "date_precision": getattr(date, "precision", None),
            "place_mention": e.place,
            "place_name": getattr(place, "name", None) or (place.text if place is not None else None),
            "place_name_ar": getattr(place, "name_ar", None),
            "country": getattr(place, "country", None),
            "admin1": getattr(place, "admin1", None),
            "lat": getattr(place, "lat", None),
            "lon": getattr(place, "lon", None),
            "place_precision": getattr(place, "precision", None),
            "perpetrators": _json(e.actors.perpetrator),
            "perpetrator_names": _json([_name(by_id, a) for a in e.actors.perpetrator]),
            "targets": _json(e.actors.target),
            "target_names": _json([_name(by_id, a) for a in e.actors.target]),
            "weapons": _json(e.weapons),
            "weapon_names": _json([_name(by_id, w) for w in e.weapons]),
            "claim": e.claim,
            "negated": e.negated,
            "hypothetical": e.hypothetical,
            "cumulative": e.cumulative,
            "n_casualties": len(e.casualties),
        },
    )


def _claim_source(r: Record, claim_id: str | None, by_id: dict[str, Any]) -> str | None:
    claim = next((c for c in r.claims if c.id == claim_id), None) if claim_id else None
    return _name(by_id, claim.source) if claim is not None else None


def _casualty_rows(r: Record, e: Event, by_id: dict[str, Any]) -> list[Row]:
    return [
        _row(
            "casualties",
            {
                "doc_id": r.id,
                "event_id": e.id,
                "n": n,
                "status": c.status,
                "group": c.group,
                "value": c.value,
                "qualifier": c.qualifier,
                "low": c.low,
                "high": c.high,
                "vague": c.vague,
                "start": c.span[0],
                "end": c.span[1],
                "text": r.span_text(c.span),
                "part_of": c.part_of,
                "cumulative": c.cumulative,
                "claim": c.claim,
                "claim_source": _claim_source(r, c.claim, by_id),
            },
        )
        for n, c in enumerate(e.casualties)
    ]


def _claim_row(r: Record, c: Claim, by_id: dict[str, Any]) -> Row:
    source = by_id.get(c.source) if c.source else None
    return _row(
        "claims",
        {
            "doc_id": r.id,
            "id": c.id,
            "source": c.source,
            "source_text": source.text if source is not None else None,
            "source_name": _name(by_id, c.source),
            "source_chain": _json(c.source_chain),
            "cue_start": c.cue.span[0],
            "cue_end": c.cue.span[1],
            "cue": c.cue.text,
            "stance": c.stance,
            "start": c.content.span[0],
            "end": c.content.span[1],
            "content": r.span_text(c.content.span),
            "quoted": c.quoted,
            "date_mention": c.date,
            "date": getattr(by_id.get(c.date), "value", None) if c.date else None,
        },
    )
