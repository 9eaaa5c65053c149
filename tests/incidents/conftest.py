"""The sample corpus extracted once for the incident tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.api import extract_many
from rasid.read import Failure
from rasid.record import Record

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def sample_records() -> list[Record]:
    out = [r for r in extract_many([str(REPO / "examples")]) if not isinstance(r, Failure)]
    assert len(out) >= 15
    return out
