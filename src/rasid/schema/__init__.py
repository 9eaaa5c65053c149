"""The shipped JSON Schema of rasid/1, generated from `rasid.record` (`python -m rasid.schema.write`)."""

from __future__ import annotations

import json
from pathlib import Path

from rasid.record import json_schema

SCHEMA_FILE = Path(__file__).with_name("rasid-1.schema.json")


def render() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write() -> Path:
    SCHEMA_FILE.write_text(render(), encoding="utf-8")
    return SCHEMA_FILE
