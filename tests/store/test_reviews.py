"""Reviews: append-only proposals, one decision each; approved ones are the corrections."""

from __future__ import annotations

import pytest

from rasid.record import Record
from rasid.store import ReviewError, Store, target_id

from .conftest import by_uri


@pytest.fixture
def taiz(store: Store, example_records: list[Record]) -> Record:
    record = by_uri(example_records, "taiz-shelling.txt")
    store.ingest([record])
    return record


def test_a_correction_keeps_the_extracted_value_and_wins_once_approved(store: Store, taiz: Record) -> None:
    figure = target_id(taiz.id, "e1", 0)
    review = store.add_review(
        "casualty", figure, "value", 11, user="huda", note="the hospital's later figure", action="correct"
    )
    assert (review.status, review.old_value, review.new_value, review.doc_id) == (
        "proposed",
        9.0,
        11,
        taiz.id,
    )
    assert store.corrections() == {}
    approved = store.approve_review(review.id, reviewer="omar", note="checked")
    assert (approved.status, approved.approver, approved.decision_note) == ("approved", "omar", "checked")
    assert approved.approved is not None and approved.approved >= approved.created
    correction = store.corrections()[("casualty", figure, "value")]
    assert (correction.value, correction.user, correction.reviewer, correction.review_id) == (
        11,
        "huda",
        "omar",
        review.id,
    )
    assert store.record(taiz.id).events[0].casualties[0].value == 9.0  # the extraction is never overwritten
    assert store.rows("casualties", doc_ids=[taiz.id])[0]["value"] == 9.0


def test_the_latest_approval_wins_and_rejections_do_not_count(store: Store, taiz: Record) -> None:
    event = target_id(taiz.id, "e1")
    first = store.add_review("event", event, "place_name", "Ta'izz", user="huda")
    second = store.add_review("event", event, "place_name", "Taiz city", user="sami")
    third = store.add_review("event", event, "place_name", "Sanaa", user="sami")
    store.approve_review(first.id, reviewer="omar")
    store.approve_review(second.id, reviewer="omar")
    store.reject_review(third.id, reviewer="omar", note="wrong city")
    assert store.corrections()[("event", event, "place_name")].value == "Taiz city"
    assert [r.status for r in store.reviews(target_kind="event", target_id=event)] == [
        "approved",
        "approved",
        "rejected",
    ]
    assert [r.id for r in store.reviews(status="rejected")] == [third.id]
    assert [r.id for r in store.reviews(user="sami")] == [second.id, third.id]


def test_confirm_reject_and_add(store: Store, taiz: Record) -> None:
    claim = target_id(taiz.id, "c1")
    confirm = store.add_review("claim", claim, "stance", None, user="huda", action="confirm")
    reject = store.add_review("event", target_id(taiz.id, "e1"), None, None, user="huda", action="reject")
    add = store.add_review(
        "event",
        target_id(taiz.id, "e1"),
        "casualty",
        {"status": "injured", "value": 23},
        user="huda",
        action="add",
    )
    for review in (confirm, reject, add):
        store.approve_review(review.id, reviewer="omar")
    corrections = store.corrections(doc_id=taiz.id)
    assert corrections[("claim", claim, "stance")].value == "assert"  # confirmed: the extracted value
    assert corrections[("event", target_id(taiz.id, "e1"), None)].action == "reject"
    assert corrections[("event", target_id(taiz.id, "e1"), "casualty")].value == {
        "status": "injured",
        "value": 23,
    }


def test_bad_reviews_are_refused_with_a_reason(store: Store, taiz: Record) -> None:
    with pytest.raises(ReviewError, match="no event"):
        store.add_review("event", target_id(taiz.id, "e99"), "type", "airstrike", user="huda")
    with pytest.raises(ReviewError, match="has no field"):
        store.add_review("event", target_id(taiz.id, "e1"), "colour", "red", user="huda")
    with pytest.raises(ReviewError, match="target_kind must be one of"):
        store.add_review("article", taiz.id, "title", "x", user="huda")
    with pytest.raises(ReviewError, match="action must be one of"):
        store.add_review("document", taiz.id, "title", "x", user="huda", action="delete")
    with pytest.raises(ReviewError, match="malformed"):
        store.add_review("casualty", target_id(taiz.id, "e1"), "value", 3, user="huda")
    review = store.add_review("document", taiz.id, "title", "x", user="huda")
    store.reject_review(review.id, reviewer="omar")
    with pytest.raises(ReviewError, match="already rejected"):
        store.approve_review(review.id, reviewer="omar")
    with pytest.raises(ReviewError, match="no review 999"):
        store.approve_review(999, reviewer="omar")
