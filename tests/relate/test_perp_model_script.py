"""scripts/perp_model.py: the outlet folds never share an outlet, the training set leaves out the
held-out and kept-aside files, and the conditional logit learns a feature that tells the right
candidate (toy items written for the test)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def perp_model() -> Iterator[ModuleType]:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import perp_model

        yield perp_model
    finally:
        sys.path.remove(str(REPO / "scripts"))


def _item(outlet: str, right: int) -> dict[str, Any]:
    """Three candidates: "none", a subject and an object; `right` says which one gold names."""
    feats = [["none"], ["role=subject", "kind=ORG"], ["role=object", "kind=ORG"]]
    return {
        "outlet": outlet,
        "rules_right": True,
        "features": feats,
        "labels": [k == right for k in range(3)],
    }


def test_no_outlet_is_in_two_folds(perp_model: ModuleType) -> None:
    items = [_item(f"o{k % 7}", 1) for k in range(40)]
    folds = perp_model.folds(items, 3)
    seen = [o for fold in folds for o in fold]
    assert sorted(seen) == sorted({f"o{k}" for k in range(7)})
    assert len(seen) == len(set(seen))


def test_the_training_gold_leaves_out_dev2_check_and_the_pr_files(perp_model: ModuleType) -> None:
    names = [p.name for p in perp_model._gold_paths()]
    assert names and not any(n.startswith("pr-") for n in names)
    assert not any("dev2-check" in str(p) for p in perp_model._gold_paths())


def test_the_logit_learns_that_the_subject_is_the_agent(perp_model: ModuleType) -> None:
    items = [_item("a", 1)] * 8 + [_item("b", 0)] * 2
    weights = perp_model.fit(items)
    assert weights["role=subject"] > weights["role=object"]
    assert perp_model.predict_right(weights, _item("c", 1))
    assert not perp_model.predict_right(weights, _item("c", 2))


def test_the_outlet_is_the_host_of_the_notes_url(perp_model: ModuleType) -> None:
    notes = "URL: https://www.example-news.com/a/1 . Outlet: مثال."
    assert perp_model._outlet(notes, Path("x.gold.json")) == "example-news.com"
    assert perp_model._outlet("Written for rasid.", Path("tests/gold/x.gold.json")) == "nourl:gold"
