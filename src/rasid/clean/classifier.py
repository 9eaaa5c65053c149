"""The line classifier: how likely a line of a text page is article content, not furniture.

A logistic regression over the layout features of `rasid.clean.features`. Its weights
are data (`line_model.json`, next to this module), written by
`scripts/train_line_model.py` from lines labelled in the gold files; nothing is
learned at run time. The trimmer asks it about the lines its patterns leave undecided.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rasid.clean.features import NAMES, Page, page_features

MODEL_FILE = Path(__file__).with_name("line_model.json")


@dataclass(frozen=True)
class LineModel:
    """Weights over standardised features: p(content) = sigmoid(w · (x - mean) / scale)."""

    weights: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def probability(self, vector: Sequence[float]) -> float:
        z = sum(
            w * ((x - m) / s if s else x)
            for w, x, m, s in zip(self.weights, vector, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict[str, object]:
        return {"features": list(NAMES), "weights": self.weights, "mean": self.mean, "scale": self.scale}


@cache
def line_model() -> LineModel:
    """The shipped model; a file whose features differ from the code's is an error, not a guess."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if tuple(data["features"]) != NAMES:
        raise ValueError(f"{MODEL_FILE.name}: features differ from rasid.clean.features.NAMES; retrain it")
    return LineModel(tuple(data["weights"]), tuple(data["mean"]), tuple(data["scale"]))


def content_probabilities(lines: Sequence[str]) -> list[float]:
    """For each line of a page, the probability that it is article content (title or body)."""
    return rate(page_features(lines))


def rate(page: Page, model: LineModel | None = None) -> list[float]:
    """The content probability of each line of a page whose features are computed.

    `model` defaults to the shipped one; the training script passes others to cross-validate."""
    model = model or line_model()
    return [model.probability(v) for v in page.vectors]
