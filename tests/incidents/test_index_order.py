"""Incremental merging gives the same incidents whatever order the reports come in."""

from __future__ import annotations

import json
import random

from rasid.incidents import IncidentIndex, build_incidents, facts_from_record


def _snapshot(index: IncidentIndex) -> str:
    return json.dumps([i.to_dict() for i in index.incidents()], ensure_ascii=False, sort_keys=True)


def test_ingest_order_does_not_change_incidents(sample_records):
    reference = IncidentIndex()
    for record in sample_records:
        reference.add_all(facts_from_record(record))
    expected = _snapshot(reference)
    orders = [list(reversed(sample_records))]
    rng = random.Random(7)
    for _ in range(5):
        shuffled = list(sample_records)
        rng.shuffle(shuffled)
        orders.append(shuffled)
    for order in orders:
        index = IncidentIndex()
        for record in order:
            facts = facts_from_record(record)
            rng.shuffle(facts)
            index.add_all(facts)
            index.incidents()  # read in between: cached components must be refreshed, not kept
        assert _snapshot(index) == expected


def test_adding_again_is_idempotent_and_batch_equals_incremental(sample_records):
    facts = [f for r in sample_records for f in facts_from_record(r)]
    index = IncidentIndex(facts)
    assert index.add_all(facts) == 0
    assert len(index) == len(facts)
    batch = build_incidents(facts)
    assert [i.to_dict() for i in batch] == [i.to_dict() for i in index.incidents()]


def test_sample_corpus_ariha_reports_merge_across_outlets(sample_records):
    """Four outlets and a wire report the Ariha market strike of 17 October 2017."""
    index = IncidentIndex(f for r in sample_records for f in facts_from_record(r))
    ariha = [
        i
        for i in index.incidents()
        if i.place is not None and i.place.admin1 == "Idlib" and i.type == "airstrike" and i.n_outlets >= 3
    ]
    assert ariha, "the Ariha strike should be one incident reported by several outlets"
    biggest = max(ariha, key=lambda i: i.n_outlets)
    assert biggest.date == "2017-10-17"
    assert biggest.grade == "multiple_sources"
    killed = biggest.range("killed")
    assert killed is not None and killed.low <= killed.best <= killed.high


def test_facts_round_trip_through_json(sample_records):
    for record in sample_records:
        for f in facts_from_record(record):
            assert type(f).from_dict(json.loads(json.dumps(f.to_dict()))) == f
