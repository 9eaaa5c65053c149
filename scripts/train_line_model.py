#!/usr/bin/env python3
"""Train the line classifier of the clean stage and write src/rasid/clean/line_model.json.

Usage: .venv/bin/python scripts/train_line_model.py [--check]   (or `make line-model`)
--check exits 1 when the shipped weights differ from a fresh training run by more than
TOLERANCE (nothing is written).

Labelled lines come from gold files, never from tests/gold/dev2-check:
- gold: a line holding a `body.must_include` phrase or the gold title is content, a line
  holding a `body.must_exclude` phrase is furniture (a line holding both is glued and skipped);
  read from tests/gold/dev2-tune, tests/gold/*.gold.json and ../shared/gold/dev;
- silver: the other lines of these files, labelled by what the pattern trimmer alone keeps or
  drops (it scores 1.0 on the dev files; on dev2-tune the furniture it misses is mostly marked).
Gold lines weigh GOLD_WEIGHT, silver lines 1; both classes get the same total weight.
The fit is plain batch gradient descent on the L2-regularised log loss: deterministic.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from rasid.clean.classifier import MODEL_FILE, LineModel
from rasid.clean.features import NAMES, line_features
from rasid.clean.html import extract_html
from rasid.clean.text import split_lines, trim

REPO = Path(__file__).resolve().parents[1]
TUNE = REPO / "tests" / "gold" / "dev2-tune"
OWN_DEV = REPO / "tests" / "gold"
SHARED_DEV = REPO.parent / "shared" / "gold" / "dev"
GOLD_WEIGHT = 3.0
L2 = 0.01
STEPS = 3000
RATE = 0.5
TOLERANCE = 1e-4  # --check: how far a shipped number may be from a fresh run's
NUMBERS = ("weights", "mean", "scale")

Example = tuple[list[float], int, float]


def _page(gold: dict[str, object], folder: Path) -> tuple[list[str], str | None]:
    path = folder / str(gold["input"])
    raw = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".htm"):
        content = extract_html(raw, None)
        return split_lines(content.text), content.title
    return split_lines(raw), None


def examples(gold_path: Path, *, silver: bool) -> list[Example]:
    """The labelled lines of one gold file's input (see the module docstring)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    lines, html_title = _page(gold, gold_path.parent)
    if not lines:
        return []
    body = gold.get("body") or {}
    include, exclude = body.get("must_include") or [], body.get("must_exclude") or []
    title = gold.get("title")
    kept: set[str] = set()
    if silver:
        trimmed = trim("\n".join(lines), title=html_title, classify=False)
        kept = set(trimmed.paragraphs) | ({trimmed.title} if trimmed.title else set())
    out: list[Example] = []
    for line, vector in zip(lines, line_features(lines), strict=True):
        inside = any(p in line for p in include) or (title is not None and line.strip() == title)
        outside = any(p in line for p in exclude)
        if inside != outside:
            out.append((vector, int(inside), GOLD_WEIGHT))
        elif silver and not inside:
            out.append((vector, int(line in kept), 1.0))
    return out


def dataset() -> list[Example]:
    """Every labelled line of the training gold, in a fixed order."""
    data: list[Example] = []
    for path in sorted(TUNE.glob("*.gold.json")):
        data.extend(examples(path, silver=True))
    for folder in (OWN_DEV, SHARED_DEV):
        for path in sorted(folder.glob("*.gold.json")):
            data.extend(examples(path, silver=True))
    return data


def fit(data: list[Example]) -> LineModel:
    """Logistic regression by gradient descent on standardised features, classes balanced."""
    dims = len(NAMES)
    xs = [x for x, _, _ in data]
    mean = [sum(x[k] for x in xs) / len(xs) for k in range(dims)]
    scale = [math.sqrt(sum((x[k] - mean[k]) ** 2 for x in xs) / len(xs)) for k in range(dims)]
    mean[0], scale[0] = 0.0, 0.0  # the bias stays 1
    zs = [[(x[k] - mean[k]) / scale[k] if scale[k] else x[k] for k in range(dims)] for x in xs]
    totals = [sum(w for _, y, w in data if y == label) for label in (0, 1)]
    weights = [w * sum(totals) / (2 * totals[y]) for _, y, w in data]
    norm = sum(weights)
    theta = [0.0] * dims
    for _ in range(STEPS):
        grad = [L2 * t for t in theta]
        grad[0] = 0.0
        for z, (_, y, _), w in zip(zs, data, weights, strict=True):
            s = sum(t * v for t, v in zip(theta, z, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s))))
            g = w * (p - y) / norm
            for k in range(dims):
                grad[k] += g * z[k]
        theta = [t - RATE * g for t, g in zip(theta, grad, strict=True)]
    return LineModel(
        tuple(round(t, 6) for t in theta), tuple(round(m, 6) for m in mean), tuple(round(s, 6) for s in scale)
    )


def render(model: LineModel, data: list[Example]) -> str:
    content = sum(1 for _, y, _ in data if y == 1)
    payload = {
        **model.to_dict(),
        "trained_on": {"lines": len(data), "content": content, "furniture": len(data) - content},
        "script": "scripts/train_line_model.py",
    }
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def _close(shipped: dict[str, object], fresh: dict[str, object]) -> bool:
    """Same features and counts, numbers equal within TOLERANCE (another libm may round differently)."""
    if {k: v for k, v in shipped.items() if k not in NUMBERS} != {
        k: v for k, v in fresh.items() if k not in NUMBERS
    }:
        return False
    pairs = [(a, b) for key in NUMBERS for a, b in zip(shipped[key], fresh[key], strict=True)]  # type: ignore[call-overload]
    return all(abs(a - b) <= TOLERANCE for a, b in pairs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file, write nothing")
    args = parser.parse_args(argv)
    if not SHARED_DEV.is_dir():
        print(f"train_line_model: {SHARED_DEV}: no such directory (the shared dev gold)", file=sys.stderr)
        return 1
    data = dataset()
    text = render(fit(data), data)
    if args.check:
        same = MODEL_FILE.exists() and _close(
            json.loads(MODEL_FILE.read_text(encoding="utf-8")), json.loads(text)
        )
        print(f"{MODEL_FILE}: {'up to date' if same else 'OUT OF DATE'} ({len(data)} lines)")
        return 0 if same else 1
    MODEL_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL_FILE} ({len(data)} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
