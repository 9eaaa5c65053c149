"""rasid.tables: one record flattened into rows, with the exact values of a real article."""

from __future__ import annotations

import json

import rasid
from rasid.tables import COLUMNS, KINDS, rows

from .conftest import EXAMPLES


def test_every_row_has_the_columns_of_its_kind_and_json_scalars() -> None:
    record = rasid.extract(EXAMPLES / "taiz-shelling.txt")
    tables = rows(record)
    assert tuple(tables) == KINDS
    for kind, kind_rows in tables.items():
        for row in kind_rows:
            assert tuple(row) == COLUMNS[kind]
            assert row["doc_id"] == record.id
            assert all(v is None or isinstance(v, str | int | float | bool) for v in row.values())
    assert len(tables["records"]) == 1
    assert len(tables["mentions"]) == len(record.mentions)
    assert len(tables["events"]) == len(record.events)
    assert len(tables["casualties"]) == sum(len(e.casualties) for e in record.events)
    assert len(tables["claims"]) == len(record.claims)


def test_taiz_shelling_rows_keep_spans_places_and_sources() -> None:
    record = rasid.extract(EXAMPLES / "taiz-shelling.txt")
    tables = rows(record)
    doc = tables["records"][0]
    assert (doc["outlet"], doc["published"], doc["published_from"]) == (
        "شبكة النبأ اليمني",
        "2016-03-13",
        "text",
    )
    assert json.loads(doc["tags"]) == ["تعز", "الحوثي", "قصف", "أطفال", "يونيسف"]

    event = tables["events"][0]
    assert (event["type"], event["trigger"]) == ("shelling", "قصف")
    assert record.text[event["start"] : event["end"]] == "قصف"
    assert (event["date"], event["date_precision"]) == ("2016-03-12", "day")  # أمس السبت
    assert (event["place_name"], event["country"], event["admin1"]) == ("Taiz", "YEM", "Taiz")
    assert json.loads(event["perpetrator_names"]) == ["Houthis"]
    assert event["acled_sub_event_type"] == "Shelling/artillery/missile attack"

    first = tables["casualties"][0]
    assert (first["event_id"], first["n"], first["status"], first["value"], first["low"], first["high"]) == (
        "e1",
        0,
        "killed",
        9.0,
        9,
        9,
    )
    assert first["text"] == "تسعة قتلى" == record.text[first["start"] : first["end"]]

    date = next(m for m in tables["mentions"] if m["text"] == "أمس السبت")
    assert (date["kind"], date["date"], date["relative"], date["value"]) == ("date", "2016-03-12", True, None)
    assert json.loads(date["offset"]) == {"unit": "day", "n": -1, "weekday": 5}

    claim = next(c for c in tables["claims"] if c["cue"] == "وفق ما أفادت")
    assert (claim["source_text"], claim["source_name"], claim["stance"]) == (
        "مصادر طبية",
        "medical sources",
        "assert",
    )
    assert claim["content"].startswith("قُتل تسعة مدنيين")
    assert record.text[claim["start"] : claim["end"]] == claim["content"]


def test_quantity_mentions_keep_their_number_in_value() -> None:
    record = rasid.extract(EXAMPLES / "taiz-shelling.txt")
    quantities = [m for m in rows(record)["mentions"] if m["kind"] == "quantity"]
    by_text = {m["text"]: m for m in quantities}
    assert by_text["23 آخرون"]["value"] == 23.0
    assert all(m["date"] is None for m in quantities)
