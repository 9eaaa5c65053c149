#!/usr/bin/env python3
"""Train the line classifier of the clean stage and write src/rasid/clean/line_model.json.

Usage: .venv/bin/python scripts/train_line_model.py [--check | --cv [--folds K]]   (or `make line-model`)
--check exits 1 when the shipped weights differ from a fresh training run by more than
TOLERANCE (nothing is written). --cv prints the leave-one-outlet-out body score on
tests/gold/pages-train: for each outlet, a model trained without that outlet's pages trims
them (the way to see how the classifier does on layouts it has never seen; nothing written).
--cv --folds K does the same with the outlets of each set dealt into K groups (outlet i into
group i mod K), one model per group left out: K×2 fits instead of one per outlet, so a feature
can be tried in a few minutes; an outlet's pages are still never seen by the model that trims them.

Labelled lines come from gold files, never from tests/gold/dev2-check:
- pages: every line of tests/gold/pages-train (real pages of outlets found nowhere else in
  tests/gold), labelled body or furniture by hand in its `.train.json`;
- gold: a line holding a `body.must_include` phrase or the gold title (its first copy: a repeated
  headline is furniture) is content, a line
  holding a `body.must_exclude` phrase is furniture (a line holding both is glued and skipped);
  read from tests/gold/dev2-tune (its top folder only: dev2-tune/body6-check and body7-check are
  check sets kept aside, never trained on), tests/gold/*.gold.json and ../shared/gold/dev;
- silver: the other lines of these files, labelled by what the pattern trimmer alone keeps or
  drops (it scores 1.0 on the dev files; on dev2-tune the furniture it misses is mostly marked).
Gold lines weigh GOLD_WEIGHT, silver lines 1; both classes get the same total weight.
The fit is plain batch gradient descent on the L2-regularised log loss: deterministic.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np  # training only (a dev dependency through pandas); rasid itself never imports it

from rasid.clean.classifier import MODEL_FILE, LineModel
from rasid.clean.features import NAMES, line_features
from rasid.clean.html import extract_html
from rasid.clean.text import Trimmed, split_lines, trim
from rasid.evaluate.align import collapse

REPO = Path(__file__).resolve().parents[1]
TUNE = REPO / "tests" / "gold" / "dev2-tune"
OWN_DEV = REPO / "tests" / "gold"
SHARED_DEV = REPO.parent / "shared" / "gold" / "dev"
PAGES = REPO / "tests" / "gold" / "pages-train"
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


@cache  # cross-validation asks for the same file's lines once per fold
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
    trimmed = Trimmed(None, [])
    if silver:
        trimmed = trim("\n".join(lines), title=html_title, classify=False)
        kept = set(trimmed.paragraphs) | ({trimmed.title} if trimmed.title else set())
    out: list[Example] = []
    titled = False  # a repeat of the headline is furniture by the gold conventions: not labelled content
    for line, vector in zip(lines, line_features(lines), strict=True):
        is_title = title is not None and line.strip() == title and not titled
        titled = titled or is_title
        inside = any(p in line for p in include) or is_title
        outside = any(p in line for p in exclude)
        if inside != outside:
            out.append((vector, int(inside), GOLD_WEIGHT))
        elif silver and not inside:
            out.append((vector, int(line in kept or _carries_title(line, trimmed)), 1.0))
    return out


def _carries_title(line: str, trimmed: Trimmed) -> bool:
    """The trimmer kept the line's title with a list dash cut off ("- <title>"), or parted the
    headline run into the lead ("<title> <first paragraph>"): the line is kept content."""
    title = trimmed.title
    if not title:
        return False
    if line.endswith(title) and not line[: -len(title)].strip(" -–—"):
        return True
    return line.startswith(title + " ") and line[len(title) :].strip() in trimmed.paragraphs


def page_labels(train_path: Path) -> tuple[dict[str, object], list[str], list[int]]:
    """A pages-train file: its labels, its lines, and 1 (body or title) or 0 (furniture) per line."""
    label = json.loads(train_path.read_text(encoding="utf-8"))
    lines = split_lines((train_path.parent / str(label["input"])).read_text(encoding="utf-8"))
    furniture = set(label["furniture"])  # type: ignore[arg-type]
    return label, lines, [int(line not in furniture) for line in lines]


@cache
def page_examples(train_path: Path) -> list[Example]:
    """Every line of a pages-train page, labelled by hand (a line with glued furniture holds body)."""
    _, lines, ys = page_labels(train_path)
    return [(v, y, GOLD_WEIGHT) for v, y in zip(line_features(lines), ys, strict=True)]


def outlets() -> dict[str, list[Path]]:
    """The pages-train files of each outlet, outlets and files in a fixed order."""
    by_outlet: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(PAGES.glob("*.train.json")):
        by_outlet[json.loads(path.read_text(encoding="utf-8"))["outlet"]].append(path)
    return dict(sorted(by_outlet.items()))


def tune_outlets() -> dict[str, list[Path]]:
    """The dev2-tune gold files of each outlet (the host of the URL its notes give), in a fixed order;
    the top folder only, so the check sets kept aside in its subfolders are never trained on."""
    by_outlet: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(TUNE.glob("*.gold.json")):
        notes = str(json.loads(path.read_text(encoding="utf-8")).get("notes") or "")
        found = re.search(r"URL: (\S+)", notes)
        host = urlsplit(found.group(1)).netloc.removeprefix("www.") if found else path.name
        by_outlet[f"dev2-tune {host}"].append(path)
    return dict(sorted(by_outlet.items()))


def dataset(without: str | frozenset[str] | None = None) -> list[Example]:
    """Every labelled line of the training gold, in a fixed order (`without` one outlet's files,
    or a group of outlets')."""
    left_out = frozenset([without]) if isinstance(without, str) else without or frozenset()
    data: list[Example] = []
    for outlet, paths in tune_outlets().items():
        if outlet not in left_out:
            for path in paths:
                data.extend(examples(path, silver=True))
    for folder in (OWN_DEV, SHARED_DEV):
        for path in sorted(folder.glob("*.gold.json")):
            data.extend(examples(path, silver=True))
    for outlet, paths in outlets().items():
        if outlet not in left_out:
            for path in paths:
                data.extend(page_examples(path))
    return data


def fit(data: list[Example]) -> LineModel:
    """Logistic regression by gradient descent on standardised features, classes balanced."""
    x = np.array([v for v, _, _ in data], dtype=np.float64)
    y = np.array([label for _, label, _ in data], dtype=np.float64)
    given = np.array([w for _, _, w in data], dtype=np.float64)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    mean[0], scale[0] = 0.0, 0.0  # the bias stays 1
    z = np.where(scale > 0, (x - mean) / np.where(scale > 0, scale, 1.0), x)
    totals = [given[y == label].sum() for label in (0, 1)]
    weights = given * sum(totals) / (2 * np.where(y == 1, totals[1], totals[0]))
    weights /= weights.sum()
    theta = np.zeros(len(NAMES))
    penalty = np.full(len(NAMES), L2)
    penalty[0] = 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ theta, -30.0, 30.0)))
        theta -= RATE * (penalty * theta + z.T @ (weights * (p - y)))
    return LineModel(
        tuple(round(float(t), 6) for t in theta),
        tuple(round(float(m), 6) for m in mean),
        tuple(round(float(s), 6) for s in scale),
    )


def page_score(train_path: Path, trimmed: Trimmed) -> tuple[int, int]:
    """(right, checked) on one pages-train page, the way `rasid eval` checks a body: each body
    line must be in the clean text (less its glued furniture), each furniture line and each
    glued piece must be gone."""
    label, lines, ys = page_labels(train_path)
    text = "" if trimmed.no_article else trimmed.text  # the clean stage empties a page with no article
    kept = (
        set()
        if trimmed.no_article
        else set(trimmed.paragraphs) | ({trimmed.title} if trimmed.title else set())
    )
    glued = [str(g) for g in label["glued"]]  # type: ignore[attr-defined]
    right = 0
    for line, y in zip(lines, ys, strict=True):
        if y:
            for piece in glued:
                line = line.replace(piece, "").strip()
            right += line in text
        else:
            right += line not in kept
    right += sum(piece not in text for piece in glued)
    return right, len(lines) + len(glued)


def gold_score(gold_path: Path, model: LineModel | None, *, classify: bool = True) -> tuple[int, int]:
    """(right, checked) on one gold file's body, as `rasid eval` checks it: each `must_include`
    phrase in the clean text, each `must_exclude` phrase out of it (white space collapsed)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    lines, html_title = _page(gold, gold_path.parent)
    trimmed = trim("\n".join(lines), title=html_title, classify=classify, model=model)
    text = collapse("" if trimmed.no_article else trimmed.text)
    body = gold.get("body") or {}
    include, exclude = body.get("must_include") or [], body.get("must_exclude") or []
    right = sum(collapse(p) in text for p in include) + sum(collapse(p) not in text for p in exclude)
    return right, len(include) + len(exclude)


def trim_page(train_path: Path, model: LineModel | None, *, classify: bool = True) -> Trimmed:
    label = json.loads(train_path.read_text(encoding="utf-8"))
    text = (train_path.parent / label["input"]).read_text(encoding="utf-8")
    return trim(text, classify=classify, model=model)


def _totals(
    totals: dict[tuple[str, str], list[int]], names: tuple[str, ...], *, quiet: bool, digits: int
) -> dict[str, float]:
    """Each way's body score per set and over both sets, printed unless `quiet`: the one summary
    of `cross_validate` and `grouped_cross_validate`."""
    scores: dict[str, float] = {}
    for name in names:
        both = [0, 0]
        for group in ("pages-train", "dev2-tune"):
            right, checked = totals[group, name]
            both = [both[0] + right, both[1] + checked]
            if checked:
                scores[f"{group} {name}"] = right / checked
                if not quiet:
                    print(f"{group:12} {name:15} body {right / checked:.{digits}f} ({right}/{checked})")
        scores[name] = both[0] / both[1]
        if not quiet:
            print(f"{'together':12} {name:15} body {both[0] / both[1]:.{digits}f} ({both[0]}/{both[1]})")
    return scores


def cross_validate(*, quiet: bool = False, tune: bool = True) -> dict[str, float]:
    """Leave one outlet out: train without its pages (or dev2-tune files), trim them, score; then
    the totals, per set and together.

    Beside the left-out models: the pattern trimmer alone, and the shipped model (which has seen
    every page, so it is no held-out figure). `tune=False` leaves out pages-train outlets only."""
    names = ("patterns only", "shipped model", "left out")
    totals = {(group, name): [0, 0] for group in ("pages-train", "dev2-tune") for name in names}
    folds: list[tuple[str, str, list[Path]]] = [("pages-train", o, ps) for o, ps in outlets().items()]
    if tune:
        folds += [("dev2-tune", o, ps) for o, ps in tune_outlets().items()]
    for group, outlet, paths in folds:
        model = fit(dataset(without=outlet))
        row = []
        for name, how in zip(names, (None, None, model), strict=True):
            right = checked = 0
            for path in paths:
                if group == "pages-train":
                    r, c = page_score(path, trim_page(path, how, classify=name != "patterns only"))
                else:
                    r, c = gold_score(path, how, classify=name != "patterns only")
                right, checked = right + r, checked + c
            totals[group, name][0] += right
            totals[group, name][1] += checked
            row.append(f"{right}/{checked}")
        if not quiet:
            print(f"{outlet:45} " + "  ".join(f"{cell:>8}" for cell in row))
    return _totals(totals, names, quiet=quiet, digits=3)


def grouped_cross_validate(folds: int, *, quiet: bool = False) -> dict[str, float]:
    """Leave a group of outlets out: each set's outlets dealt into `folds` groups (outlet i into
    group i mod folds); for each group, a model trained without it trims its pages (or dev2-tune
    files). Beside it, the pattern trimmer alone. Scores per set and together."""
    groups: list[tuple[str, frozenset[str], list[Path]]] = []
    for group, by_outlet in (("pages-train", outlets()), ("dev2-tune", tune_outlets())):
        names = list(by_outlet)
        for k in range(folds):
            chosen = names[k::folds]
            groups.append((group, frozenset(chosen), [p for o in chosen for p in by_outlet[o]]))
    names = ("patterns only", "left out")
    totals = {(group, name): [0, 0] for group in ("pages-train", "dev2-tune") for name in names}
    for group, chosen, paths in groups:
        model = fit(dataset(without=chosen))
        for name, how in zip(names, (None, model), strict=True):
            for path in paths:
                classify = name != "patterns only"
                if group == "pages-train":
                    r, c = page_score(path, trim_page(path, how, classify=classify))
                else:
                    r, c = gold_score(path, how, classify=classify)
                totals[group, name][0] += r
                totals[group, name][1] += c
    return _totals(totals, names, quiet=quiet, digits=4)


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
    parser.add_argument("--cv", action="store_true", help="leave-one-outlet-out body score, write nothing")
    parser.add_argument(
        "--folds", type=int, help="with --cv: outlets dealt into this many groups, one left out a fit"
    )
    args = parser.parse_args(argv)
    if not SHARED_DEV.is_dir():
        print(f"train_line_model: {SHARED_DEV}: no such directory (the shared dev gold)", file=sys.stderr)
        return 1
    if args.cv:
        if args.folds:
            grouped_cross_validate(args.folds)
        else:
            cross_validate()
        return 0
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
