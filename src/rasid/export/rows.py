"""Export rows for events and incidents: ACLED's 31 columns, then rasid's, then review and UCDP.

An event is exported as the one-report incident it is on its own (`summarise([facts])`),
so events and incidents share one mapping: the same fatalities rule, the same columns.

rasid's columns after ACLED's: fatalities_low / fatalities_best / fatalities_high (the
killed range, see `rasid.incidents.incident` for the best rule), injured_low /
injured_high, children and women (best killed figure of each group), n_sources (distinct
outlets), claim_sources (who the figures are attributed to), evidence (the sentences
that report the event). Then the review: reviewed_by, reviewed_at, corrections (JSON of
every approved correction applied). Incidents add UCDP's best, low, high,
number_of_sources, date_prec and where_prec, and incident_id, kind, grade, n_reports,
disagreements.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from typing import Any

from rasid.export import acled
from rasid.export.corrections import CorrectionIndex, applied
from rasid.incidents.facts import Applied, EventFacts
from rasid.incidents.incident import Incident, in_force, summarise, totals

RASID_COLUMNS: tuple[str, ...] = (
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured_low",
    "injured_high",
    "children",
    "women",
    "n_sources",
    "claim_sources",
    "evidence",
)
REVIEW_COLUMNS: tuple[str, ...] = ("reviewed_by", "reviewed_at", "corrections")
UCDP_COLUMNS: tuple[str, ...] = ("best", "low", "high", "number_of_sources", "date_prec", "where_prec")
INCIDENT_COLUMNS: tuple[str, ...] = ("incident_id", "kind", "grade", "n_reports", "disagreements")

EVENT_COLUMNS = (*acled.COLUMNS, *RASID_COLUMNS, *REVIEW_COLUMNS, "doc_id", "event_id", "url")
INCIDENT_ROW_COLUMNS = (*acled.COLUMNS, *RASID_COLUMNS, *REVIEW_COLUMNS, *UCDP_COLUMNS, *INCIDENT_COLUMNS)

#: UCDP's where_prec: 1 exact place, 3 second-order division, 4 first-order, 6 country.
WHERE_PREC = {"facility": 1, "neighbourhood": 1, "city": 1, "admin2": 3, "admin1": 4, "country": 6}
#: UCDP's date_prec: 1 day, 2 a few days, 3 week, 4 month, 5 year.
DATE_PREC = {"day": 1, "reported": 2, "week": 3, "month": 4, "year": 5}


def event_row(facts: EventFacts) -> dict[str, Any]:
    inc = summarise([facts])
    row = _common(inc, key=facts.key)
    row.update(doc_id=facts.doc_id, event_id=facts.event_id, url=facts.url or "")
    return {c: row.get(c) for c in EVENT_COLUMNS}


def incident_row(inc: Incident, corrections: CorrectionIndex | None = None) -> dict[str, Any]:
    extra = [
        applied("incident", inc.id, field, c)
        for field, c in (corrections or CorrectionIndex()).by_incident.get(inc.id, [])
    ]
    row = _common(inc, key=inc.id, extra=extra)
    killed = inc.range("killed")
    row.update(
        best=killed.best if killed else 0,
        low=killed.low if killed else 0,
        high=killed.high if killed else 0,
        number_of_sources=inc.n_outlets,
        date_prec=DATE_PREC.get(inc.date_precision or ""),
        where_prec=WHERE_PREC.get(inc.place.precision or "") if inc.place else None,
        incident_id=inc.id,
        kind=inc.kind,
        grade=inc.grade,
        n_reports=len(inc.members),
        disagreements="; ".join(inc.disagreements),
    )
    for a in extra:
        _override(row, a)
    return {c: row.get(c) for c in INCIDENT_ROW_COLUMNS}


def _common(inc: Incident, *, key: str, extra: list[Applied] | None = None) -> dict[str, Any]:
    place = inc.place
    iso3 = place.country if place else None
    country = acled.countries().get(iso3 or "")
    lead = inc.members[0]
    acled_type = next((m.acled for m in inc.members if m.type == inc.type and m.acled), ())
    event_type = acled_type[0] if acled_type else ""
    sub_event_type = acled_type[1] if len(acled_type) > 1 else ""
    date, time_precision = acled.event_date(inc.date, inc.date_precision)
    perpetrators = _actors(inc, "perpetrators")
    targets = _actors(inc, "targets")
    civilian = _civilian_targeting(inc, event_type)
    country_name = country.name if country else ""
    inter1: int | None
    inter2: int | None
    if not perpetrators and event_type == "Protests":
        actor1, inter1 = f"Protesters ({country_name})" if country_name else "Protesters", 6
    else:
        actor1 = perpetrators[0].name if perpetrators else ""
        inter1 = acled.inter_code(perpetrators[0], iso3) if perpetrators else None
    assoc1 = perpetrators[1:]
    if event_type == "Battles" and len(perpetrators) >= 2 and not targets:
        # a clash has two sides: the second named party is ACLED's actor2
        targets, assoc1 = perpetrators[1:2], perpetrators[2:]
    if targets:
        actor2, inter2 = targets[0].name, acled.inter_code(targets[0], iso3)
    elif civilian:
        actor2, inter2 = (f"Civilians ({country_name})" if country_name else "Civilians"), 7
    else:
        actor2, inter2 = "", None
    live = in_force(inc.figures, inc.kind == "tally")
    killed_totals = totals(live, "killed")
    killed, injured = inc.range("killed"), inc.range("injured")
    children, women = inc.range("killed", "children"), inc.range("killed", "women")
    reviews = [a for m in inc.members for a in m.corrections] + list(extra or [])
    row: dict[str, Any] = {
        "event_id_cnty": acled.event_id(iso3, key),
        "event_date": date,
        "year": int(date[:4]) if date else None,
        "time_precision": time_precision,
        "disorder_type": acled.DISORDER.get(event_type, ""),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": "; ".join(a.name for a in assoc1),
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": "; ".join(a.name for a in targets[1:]),
        "inter2": inter2,
        "interaction": acled.interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": country.numeric if country else None,
        "region": country.region if country else "",
        "country": country_name,
        "admin1": (place.admin1 if place else None) or "",
        "admin2": "",
        "admin3": "",
        "location": (place.name if place else None) or "",
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": acled.geo_precision(place.precision if place else None),
        "source": "; ".join(inc.outlets) or (lead.url or ""),
        "source_scale": "",
        "notes": _notes(inc, actor1, date),
        "fatalities": min((acled.count(f.value, f.vague, f.low) for f in killed_totals), default=0),
        "tags": "; ".join(sorted({f"weapon: {w}" for m in inc.members for w in m.weapons})),
        "timestamp": _timestamp(inc, reviews),
        "fatalities_low": killed.low if killed else 0,
        "fatalities_best": killed.best if killed else 0,
        "fatalities_high": killed.high if killed else 0,
        "injured_low": injured.low if injured else 0,
        "injured_high": injured.high if injured else 0,
        "children": children.best if children else None,
        "women": women.best if women else None,
        "n_sources": inc.n_outlets,
        "claim_sources": "; ".join(
            sorted({f.claimant for f in live} | {m.claim_source for m in inc.members if m.claim_source})
        ),
        "evidence": " | ".join(dict.fromkeys(m.sentence or m.trigger for m in inc.members)),
        "reviewed_by": "; ".join(sorted({a.reviewer for a in reviews if a.reviewer})),
        "reviewed_at": max((a.approved for a in reviews if a.approved), default=""),
        "corrections": json.dumps([asdict(a) for a in reviews], ensure_ascii=False, default=str)
        if reviews
        else "",
    }
    return row


#: Incident columns a reviewer may correct, and the export column each one sets.
_INCIDENT_FIELDS = {
    "place_name": "location",
    "lat": "latitude",
    "lon": "longitude",
    "date": "event_date",
    "admin1": "admin1",
    "fatalities": "fatalities",
    "type": "sub_event_type",
}


def _override(row: dict[str, Any], a: Applied) -> None:
    column = _INCIDENT_FIELDS.get(a.field or "", a.field or "")
    if column in row and a.action in ("correct", "add") and column not in INCIDENT_COLUMNS:
        row[column] = a.value
        if column == "event_date" and a.value:
            row["year"] = int(str(a.value)[:4])


def _actors(inc: Incident, which: str) -> list[Any]:
    seen: dict[str, Any] = {}
    for m in inc.members:
        for a in getattr(m, which):
            seen.setdefault(a.name, a)
    order = {name: i for i, name in enumerate(inc.perpetrators)} if which == "perpetrators" else {}
    return sorted(seen.values(), key=lambda a: (order.get(a.name, len(order)), a.name))


def _civilian_targeting(inc: Incident, event_type: str) -> bool:
    if event_type == "Violence against civilians":
        return True
    if event_type != "Explosions/Remote violence":
        return False
    return any(
        f.group in ("civilians", "children", "women") and f.status in ("killed", "injured")
        for f in inc.figures
    )


def _notes(inc: Incident, actor1: str, date: str) -> str:
    where = inc.place.name if inc.place and inc.place.name else "an unknown place"
    parts = [f"On {date or 'an unknown date'}, {inc.type.replace('_', ' ')} in {where}"]
    if actor1:
        parts[0] += f" by {actor1}"
    killed, injured = inc.range("killed"), inc.range("injured")
    for label, r in (("killed", killed), ("injured", injured)):
        if r is not None:
            parts.append(f"{label} {r.low}" + (f"-{r.high}" if r.high != r.low else ""))
    parts.append(f"reported by {inc.n_outlets} outlet{'s' if inc.n_outlets != 1 else ''}")
    if inc.disagreements:
        parts.append("sources disagree")
    return "; ".join(parts) + "."


def _timestamp(inc: Incident, reviews: list[Applied]) -> int | None:
    """When the row last changed: the latest approved correction, else the latest report's day."""
    latest = max((a.approved for a in reviews if a.approved), default=None)
    if latest:
        return int(dt.datetime.fromisoformat(latest).timestamp())
    days = sorted(m.published[:10] for m in inc.members if m.published)
    if not days:
        return None
    try:
        day = dt.date.fromisoformat(days[-1])
    except ValueError:
        return None
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())
