"""Store.documents: the filters and paging the review UI lists documents with."""

from __future__ import annotations

import pytest

from rasid.record import Record
from rasid.store import Store, target_id

from .conftest import by_uri

ARIHA = {
    "0412",
    "ariha-market-cp1256.html",
    "ariha-market-strike.html",
    "ariha-market-strike.txt",
    "ariha-toll-rises.html",
}


@pytest.fixture
def filled(store: Store, example_records: list[Record]) -> Store:
    store.ingest(example_records)
    return store


def _names(store: Store, **filters: str) -> set[str]:
    return {(d.uri or "").rsplit("/", 1)[-1] for d in store.documents(limit=100, **filters).items}


def test_filters_by_place_event_type_outlet_and_publication_date(filled: Store) -> None:
    assert _names(filled, admin1="Taiz") == {"taiz-shelling.txt"}
    assert _names(filled, event_type="explosion") == {"baghdad-car-bomb.html"}
    assert _names(filled, outlet="النخلة") == {"ghouta-cluster-munitions.txt"}
    assert _names(filled, country="SYR", admin1="Idlib", event_type="airstrike") == ARIHA
    assert _names(filled, date_from="2017-10-17", date_to="2017-10-18") == ARIHA - {"ariha-toll-rises.html"}
    assert _names(filled, country="SYR", admin1="Taiz") == set()  # one and the same event must match


def test_pages_are_ordered_newest_first_with_undated_documents_last(filled: Store) -> None:
    first = filled.documents(limit=3)
    assert first.total == 18 and len(first.items) == 3
    assert [d.published for d in first.items] == ["2024-05-22", "2024-03-11", "2023-07-10"]
    last = filled.documents(limit=5, offset=15)
    assert [d.published for d in last.items] == ["2016-06-14", "2016-03-13", None]  # El Fasher has no date
    every = [d.id for page in range(0, 18, 4) for d in filled.documents(limit=4, offset=page).items]
    assert len(every) == len(set(every)) == 18


def test_a_summary_names_its_events_and_countries(filled: Store, example_records: list[Record]) -> None:
    taiz = by_uri(example_records, "taiz-shelling.txt")
    (summary,) = filled.documents(admin1="Taiz").items
    assert (summary.id, summary.outlet, summary.title) == (taiz.id, "شبكة النبأ اليمني", taiz.title)
    assert summary.n_events == len(taiz.events)
    assert summary.event_types == sorted({e.type for e in taiz.events})
    assert "YEM" in summary.countries
    assert summary.review_status == "unreviewed"


def test_review_status_filter(filled: Store, example_records: list[Record]) -> None:
    taiz = by_uri(example_records, "taiz-shelling.txt")
    baghdad = by_uri(example_records, "baghdad-car-bomb.html")
    pending = filled.add_review("event", target_id(taiz.id, "e1"), "type", "airstrike", user="huda")
    decided = filled.add_review("document", baghdad.id, "title", "عنوان", user="huda")
    filled.reject_review(decided.id, reviewer="omar")
    assert _names(filled, review_status="pending") == {"taiz-shelling.txt"}
    assert _names(filled, review_status="reviewed") == {"baghdad-car-bomb.html"}
    assert len(_names(filled, review_status="unreviewed")) == 16
    filled.approve_review(pending.id, reviewer="omar")
    assert _names(filled, review_status="reviewed") == {"taiz-shelling.txt", "baghdad-car-bomb.html"}
    with pytest.raises(ValueError, match="review_status must be one of"):
        filled.documents(review_status="done")


def test_facets_count_documents_per_value(filled: Store) -> None:
    facets = filled.facets()
    assert ("النخلة", 1) in facets["outlet"]
    assert ("Idlib", 5) in facets["admin1"]
    assert dict(facets["event_type"])["explosion"] == 1
