"""Incidents: the same event reported by many outlets, merged, every figure kept with its source.

Pure Python, no database. Use it like this::

    from rasid.incidents import IncidentIndex, facts_from_record

    index = IncidentIndex()
    for record in records:                      # rasid/1 Records, in any order
        index.add_all(facts_from_record(record))
    for incident in index.incidents():
        print(incident.id, incident.n_outlets, incident.range("killed"))

- `EventFacts` (`facts.py`): one event of one document (outlet, date and precision,
  place, perpetrators, figures with their claim sources, evidence span, tally flag);
  `facts_from_record(record)`; `to_dict()` / `EventFacts.from_dict()` for Parquet/JSON.
- `IncidentIndex` (`index.py`): `add(facts)` / `add_all(...)`, incremental; the result
  does not depend on the order of adding. `incidents()`, `clusters()`, `incident_of(key)`.
- `Incident` (`incident.py`): members, outlets, grade, best date and place, every figure
  (`FigureReport`) and low/best/high per status and group (`Range`), disagreements.
- The rules: `compat.py` (when two reports may be one incident), `dates.py` (date
  windows), `places.py` (place containment and distance), `families.py`, `cluster.py`.
- `evaluate.py`, `gold.py`: `rasid eval-incidents` on rasid-incidents/1 cluster gold;
  `fit.py`: the search of the score's weights on one gold set (`--fit SET`).
- `build_incidents(facts)`: all at once, for a batch (Dask) over Parquet output.
- `after_ingest(store, doc_ids)` (`persist.py`): the store's hook; incidents and their
  members (GDELT-Mentions-style provenance) written through `Store.write_incidents`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rasid.incidents.facts import Actor, EventFacts, Figure, PlaceFacts, facts_from_record, outlet_of
from rasid.incidents.incident import FigureReport, Incident, Range, summarise
from rasid.incidents.index import IncidentIndex


def after_ingest(store: Any, doc_ids: list[str]) -> None:
    """The store's hook (`Store.open` installs it): merge newly ingested documents."""
    from rasid.incidents.persist import after_ingest as hook

    hook(store, doc_ids)


def build_incidents(facts: Iterable[EventFacts]) -> list[Incident]:
    """The incidents of a set of reports (the same as adding them one by one to an index)."""
    return IncidentIndex(facts).incidents()


__all__ = [
    "Actor",
    "EventFacts",
    "Figure",
    "FigureReport",
    "Incident",
    "IncidentIndex",
    "PlaceFacts",
    "Range",
    "after_ingest",
    "build_incidents",
    "facts_from_record",
    "outlet_of",
    "summarise",
]
