"""The store: rasid records, incidents, reviews and failures in SQLite (default) or PostgreSQL 15.

Usage::

    from rasid.store import Store
    with Store.open("out/rasid.db") as store:        # a path, "sqlite:///…", "postgresql://…";
                                                     # None: $RASID_DB, else ./rasid.db
        result = store.ingest(rasid.extract_many(["examples"]))   # Records and Failures
        result.stored, result.skipped, result.failed               # ids / failure sources
        record = store.record(result.stored[0])      # the rasid/1 Record (raw input restored)
        page = store.documents(country="SYR", event_type="airstrike", review_status="unreviewed",
                               date_from="2017-10-01", date_to="2017-10-31", outlet=None,
                               limit=20, offset=0)   # Page[DocumentSummary] (.items, .total)
        hits = store.search("غارة بإدلب")            # [SearchHit(id, title, snippet, span, rank …)]
        store.failures()                              # [FailureRow(source, problem, input, retried …)]
        store.rows("events")                          # flat rows, as rasid.tables.rows makes them
        store.facets()                                # {"outlet": [(name, n)], "country": …}

Opening applies the alembic migrations shipped in `rasid.store.migrations`.

**Ingest** (`Store.ingest(items, *, run=None, input=None, batch_size=50, merge=True)`)
writes `batch_size` items per transaction; a record whose id (sha256 of its raw input)
is stored already is skipped, so ingesting twice stores nothing twice and a killed run
can simply be run again. `Failure`s are stored per source with their reason.
`rasid.store.ingest.ingest_inputs` is the whole `rasid ingest` job (reading, skipping
what is stored before extracting, progress, failures, retries).

**Incidents.** After ingest, `Store.after_ingest` hooks are called as
`hook(store, doc_ids)` with the ids of every document not yet merged (`merge_pending`;
documents left unmerged by a killed run are included next time). `Store.open` installs
`rasid.incidents.after_ingest` when that function exists. A hook persists with
`store.write_incidents(incidents, members, replace=old_ids, merged=doc_ids)`, which
replaces incidents and marks the documents merged in one transaction; `store.rows(
"incidents")` and `store.rows("incident_members")` read them back, and
`store.iter_records(doc_ids)` gives the records to merge.

**Reviews** (see `rasid.store.reviews` for target ids and actions)::

    review = store.add_review("casualty", target_id(doc_id, "e1", 0), "value", 25,
                              user="huda", note="the hospital's figure", action="correct")
    store.approve_review(review.id, reviewer="omar")       # or reject_review(...)
    store.reviews(doc_id=doc_id, status="proposed")
    store.corrections()   # {("casualty", "<doc>/e1/0", "value"): Correction(value=25, ...)}

Reviews are append-only: the extracted record is never changed.
"""

from __future__ import annotations

from rasid.store.engine import database_url
from rasid.store.models import (
    Correction,
    DocumentSummary,
    FailureRow,
    IngestResult,
    Page,
    Review,
    SearchHit,
)
from rasid.store.reviews import ACTIONS, TARGET_KINDS, ReviewError, target_id
from rasid.store.store import Hook, Store

__all__ = [
    "ACTIONS",
    "TARGET_KINDS",
    "Correction",
    "DocumentSummary",
    "FailureRow",
    "Hook",
    "IngestResult",
    "Page",
    "Review",
    "ReviewError",
    "SearchHit",
    "Store",
    "database_url",
    "target_id",
]
