"""Approved review corrections win over extracted values in every export, with who and when."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from rasid.cli.main import app
from rasid.store import Store, target_id

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A store of the sample corpus in which a reviewer corrected the Taiz shelling's toll and place."""
    path = str(tmp_path_factory.mktemp("store") / "rasid.db")
    assert CliRunner().invoke(app, ["ingest", str(REPO / "examples"), "--db", path]).exit_code == 0
    with Store.open(path, hooks=False) as store:
        taiz = next(r for r in store.rows("records") if (r["uri"] or "").endswith("taiz-shelling.txt"))
        doc = taiz["doc_id"]
        toll = store.add_review(
            "casualty", target_id(doc, "e1", 0), "value", 11, user="huda", note="hospital list"
        )
        store.approve_review(toll.id, reviewer="omar")
        place = store.add_review("event", target_id(doc, "e1"), "place_name", "Taiz (al-Rawdah)", user="huda")
        store.approve_review(place.id, reviewer="omar")
        ignored = store.add_review("casualty", target_id(doc, "e1", 0), "value", 99, user="huda")
        assert ignored.status == "proposed"  # never approved: no export may show it
    return path, doc


def _export(db: str, tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "-".join(a.strip("-") for a in args)
    result = CliRunner().invoke(app, ["export", "--db", db, "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return out


def test_events_csv_carries_the_corrected_value_reviewer_and_time(reviewed, tmp_path):
    db, doc = reviewed
    frame = pd.read_csv(_export(db, tmp_path, "-f", "csv", "--what", "events"))
    row = frame[(frame["doc_id"] == doc) & (frame["event_id"] == "e1")].iloc[0]
    assert (row["fatalities_best"], row["fatalities_high"], row["location"]) == (11, 11, "Taiz (al-Rawdah)")
    assert row["reviewed_by"] == "omar" and str(row["reviewed_at"]).startswith("20")
    applied = json.loads(row["corrections"])
    assert {(a["field"], a["value"], a["reviewer"]) for a in applied} == {
        ("value", 11, "omar"),
        ("place_name", "Taiz (al-Rawdah)", "omar"),
    }


def test_reviewed_only_keeps_what_was_reviewed_in_every_kind(reviewed, tmp_path):
    db, doc = reviewed
    events = pd.read_csv(_export(db, tmp_path, "-f", "csv", "--what", "events", "--reviewed-only"))
    assert set(events["doc_id"]) == {doc} and len(events) == 1
    incidents = pd.read_csv(_export(db, tmp_path, "-f", "csv", "--what", "incidents", "--reviewed-only"))
    assert len(incidents) == 1 and incidents.iloc[0]["fatalities_best"] == 11
    records = _export(db, tmp_path, "-f", "jsonl", "--what", "records", "--reviewed-only")
    [record] = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == doc
    assert record["events"][0]["casualties"][0]["value"] == 11
    assert {c["reviewer"] for c in record["corrections"]} == {"omar"}


def test_parquet_and_geojson_carry_corrections_too(reviewed, tmp_path):
    db, doc = reviewed
    folder = _export(db, tmp_path, "-f", "parquet", "--what", "records")
    casualties = pd.read_parquet(folder / "casualties.parquet")
    first = casualties[
        (casualties["doc_id"] == doc) & (casualties["event_id"] == "e1") & (casualties["n"] == 0)
    ]
    assert first.iloc[0]["value"] == 11 and first.iloc[0]["reviewed_by"] == "omar"
    path = _export(db, tmp_path, "-f", "geojson", "--what", "events")
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    taiz = [f for f in features if f["properties"]["doc_id"] == doc and f["properties"]["event_id"] == "e1"]
    assert taiz[0]["properties"]["location"] == "Taiz (al-Rawdah)"
    assert taiz[0]["properties"]["fatalities_best"] == 11
