"""The rasid/1 model, its serialisation, and the JSON Schema shipped in the package."""

from __future__ import annotations

import json

import jsonschema

from rasid.record import DateMention, Published, QuantityMention, Record, json_schema
from rasid.schema import SCHEMA_FILE, render


def test_shipped_schema_is_generated_from_the_model() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render(), "run `make schema` after changing record.py"


def test_to_dict_uses_published_field_names_and_hides_working_fields() -> None:
    r = Record(id="abc", raw=b"x", raw_text="x", text="عنوان\n\nنص", given_published="2016-02-15")
    r.published = Published(value="2016-02-15", precision="day", from_="given")
    r.mentions.append(DateMention(id="m1", span=(7, 9), text="نص", value="2016-02-15", precision="day"))
    d = r.to_dict()
    assert d["schema"] == "rasid/1"
    assert d["published"] == {"value": "2016-02-15", "precision": "day", "from": "given"}
    assert d["mentions"][0]["kind"] == "date"
    assert {"raw", "raw_text", "content_type", "given_published"}.isdisjoint(d)
    jsonschema.validate(d, json_schema())


def test_record_round_trips_through_json() -> None:
    r = Record(id="abc", text="قتل 3 أشخاص")
    r.mentions.append(
        QuantityMention(
            id="m1", span=(4, 11), text="3 أشخاص", value=3, qualifier="exact", low=3, high=3, unit="أشخاص"
        )
    )
    again = Record.model_validate(json.loads(r.to_json()))
    assert again.to_dict() == r.to_dict()
    assert again.span_text(again.mentions[0].span) == "3 أشخاص"
