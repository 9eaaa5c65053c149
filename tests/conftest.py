"""Shared test fixtures: where the repository and the shared dev gold live."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_GOLD = SHARED / "gold" / "dev"


@pytest.fixture(scope="session")
def dev_gold() -> Path:
    if not DEV_GOLD.is_dir():
        pytest.fail(f"the shared dev gold is missing at {DEV_GOLD}")
    return DEV_GOLD
