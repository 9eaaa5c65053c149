"""`rasid export` on a store of the sample corpus: ACLED CSV, GeoJSON, Parquet, JSON lines, PLOVER."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from rasid.cli.main import app
from rasid.export.acled import COLUMNS
from rasid.export.rows import RASID_COLUMNS, UCDP_COLUMNS

REPO = Path(__file__).resolve().parents[2]
ACLED_31 = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]  # fmt: skip
RASID = [
    "fatalities_low", "fatalities_best", "fatalities_high", "injured_low", "injured_high",
    "children", "women", "n_sources", "claim_sources", "evidence",
]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("store") / "rasid.db")
    result = CliRunner().invoke(app, ["ingest", str(REPO / "examples"), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def export(db: str, tmp_path: Path, fmt: str, what: str, name: str, *extra: str) -> Path:
    out = tmp_path / name
    result = CliRunner().invoke(
        app, ["export", "--format", fmt, "--what", what, "--db", db, "-o", str(out), *extra]
    )
    assert result.exit_code == 0, result.output
    return out


def test_column_lists_are_acleds_and_rasids():
    assert list(COLUMNS) == ACLED_31
    assert list(RASID_COLUMNS) == RASID
    assert list(UCDP_COLUMNS) == ["best", "low", "high", "number_of_sources", "date_prec", "where_prec"]


@pytest.mark.parametrize("what", ["events", "incidents"])
def test_acled_csv_loads_in_pandas_with_acleds_31_columns_in_order(db, tmp_path, what):
    frame = pd.read_csv(export(db, tmp_path, "csv", what, f"{what}.csv"))
    assert list(frame.columns[:31]) == ACLED_31
    assert list(frame.columns[31:41]) == RASID
    assert len(frame) > 10
    assert set(frame["disorder_type"]) <= {"Political violence", "Demonstrations", "Strategic developments"}
    syria = frame[frame["country"] == "Syria"]
    assert set(syria["iso"]) == {760} and set(syria["region"]) == {"Middle East"}
    assert (frame["fatalities"] <= frame["fatalities_best"]).all()
    if what == "incidents":
        assert {"best", "low", "high", "number_of_sources", "date_prec", "where_prec"} <= set(frame.columns)
        ariha = frame.sort_values("number_of_sources").iloc[-1]
        assert (ariha["event_date"], ariha["location"], ariha["sub_event_type"]) == (
            "2017-10-17",
            "Ariha",
            "Air/drone strike",
        )
        assert (ariha["low"], ariha["high"], ariha["number_of_sources"]) == (18, 29, 5)
        assert ariha["fatalities"] == 20  # ACLED's conservative rule: the lowest report ("about 20")
        assert ariha["civilian_targeting"] == "Civilian targeting"


def test_geojson_is_valid_rfc7946_with_longitude_first(db, tmp_path):
    import geojson

    path = export(db, tmp_path, "geojson", "incidents", "incidents.geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    collection = geojson.loads(json.dumps(data))
    assert collection.is_valid, collection.errors()
    assert data["type"] == "FeatureCollection" and "crs" not in data
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point"
        assert feature["properties"]["incident_id"] == feature["id"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    ariha = next(f for f in data["features"] if f["properties"]["location"] == "Ariha")
    assert ariha["geometry"]["coordinates"] == [36.6096, 35.8137]  # longitude, latitude


def test_parquet_tables_read_back_with_pandas_pyarrow_and_duckdb(db, tmp_path):
    folder = export(db, tmp_path, "parquet", "incidents", "incidents-parquet")
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["incident_figures.parquet", "incident_members.parquet", "incidents.parquet"]
    incidents = pd.read_parquet(folder / "incidents.parquet")
    members = pq.read_table(folder / "incident_members.parquet").to_pandas()
    assert incidents["n_reports"].sum() == len(members)
    assert list(incidents.columns[:31]) == ACLED_31
    duckdb = pytest.importorskip("duckdb")
    top = duckdb.sql(
        f"SELECT location, number_of_sources FROM '{folder / 'incidents.parquet'}' "
        "ORDER BY number_of_sources DESC LIMIT 1"
    ).fetchall()
    assert top == [("Ariha", 5)]
    records = export(db, tmp_path, "parquet", "records", "records-parquet")
    tables = {p.stem: pq.read_table(p) for p in records.iterdir()}
    assert sorted(tables) == ["casualties", "claims", "events", "mentions", "records"]
    assert tables["records"].num_rows == 18


def test_plover_and_jsonl(db, tmp_path):
    lines = (
        export(db, tmp_path, "plover", "events", "events.plover.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    items = [json.loads(line) for line in lines]
    keys = {"id", "date", "actor", "event", "recipient", "event_loc", "size", "cite_info", "link"}
    assert all(set(i) == keys for i in items)
    assert all(set(i["size"]) == {"dead", "injured"} and i["link"].startswith("inc-") for i in items)
    in_rafah = {"Rafah", "Tal al-Sultan"}  # the strike's neighbourhood, "حي تل السلطان غربي مدينة رفح"
    strike = next(i for i in items if i["event_loc"]["name"] in in_rafah and i["event"] == "ASSAULT")
    assert (
        strike["actor"] == "Israeli Air Force" and strike["cite_info"][0]["outlet"] == "شبكة الساحل الإخبارية"
    )
    rows = [
        json.loads(x) for x in export(db, tmp_path, "jsonl", "incidents", "i.jsonl").read_text().splitlines()
    ]
    assert max(r["n_reports"] for r in rows) >= 5
    records = export(db, tmp_path, "jsonl", "records", "r.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(records) == 18 and json.loads(records[0])["schema"] == "rasid/1"


def test_geojson_of_records_is_bad_usage(db, tmp_path):
    result = CliRunner().invoke(app, ["export", "-f", "geojson", "--what", "records", "--db", db])
    assert result.exit_code == 2
    assert "exports events or incidents, not records" in result.output


def test_a_bad_output_path_is_one_line_and_keeps_earlier_output(db, tmp_path):
    done = export(db, tmp_path, "csv", "incidents", "incidents.csv")
    before = done.read_bytes()
    result = CliRunner().invoke(app, ["export", "-f", "csv", "--db", db, "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().startswith(f"rasid export: {tmp_path}:")
    assert len(result.output.strip().splitlines()) == 1
    assert done.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left
