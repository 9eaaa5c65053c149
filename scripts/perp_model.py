"""Build the perpetrator-ranker data, cross-validate it by outlet, and write the weights (issue 12).

    python scripts/perp_model.py data          # run the pipeline on the training gold, cache candidates
    python scripts/perp_model.py cv            # leave-outlet-out CV: rules vs ranker vs ranker+rule
    python scripts/perp_model.py train OUT     # fit on all training data, write the weights JSON
    python scripts/perp_model.py check DIR     # fit on all training data, compare with the rules on DIR's gold

Training gold: ../shared/gold/dev, tests/gold/*.gold.json and tests/gold/dev2-tune without its
pr- files (the ranker's own check set, `check`). The held-out tests/gold/dev2-check is never read. Each matched gold event that scores a perpetrator (a name or
an explicit none) gives one ranking problem over `rasid.relate.events.rank.candidates`; a
candidate is right as the scorer judges it (its name or its `parent` among the gold names, or
"none" for a gold none). The model is a conditional logit (softmax over an event's candidates)
fitted by plain gradient descent with L2, in pure Python, deterministic.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TRAIN_DIRS = (ROOT.parent / "shared" / "gold" / "dev", ROOT / "tests" / "gold" / "dev2-tune")
CACHE = ROOT / "out" / "perp_data.json"
KEPT_ASIDE = ("pr-",)  # dev2-tune's fresh check set for the ranker: measured with `check`, never trained on
EPOCHS = 60
RATE = 0.5
L2 = 0.01
FOLDS = 5


def _gold_paths() -> list[Path]:
    paths = sorted((ROOT / "tests" / "gold").glob("*.gold.json"))
    for d in TRAIN_DIRS:
        paths += sorted(p for p in d.glob("*.gold.json") if not p.name.startswith(KEPT_ASIDE))
    assert not any("dev2-check" in str(p) for p in paths)
    return paths


def _outlet(notes: str, path: Path) -> str:
    """The outlet's host from the notes' URL; files without one group by their directory."""
    m = re.search(r"https?://([^/\s]+)", notes or "")
    if m:
        host = m.group(1).lower()
        host = re.sub(r"^(www\d?|m|mail|news|ar|arabic)\.", "", host)
        return host
    return f"nourl:{path.parent.name}"


def build_data(paths: list[Path] | None = None) -> list[dict[str, Any]]:
    """One item per matched, scored gold event: its outlet, candidates' features and labels, the rules' right."""
    import rasid.relate.events as events
    from rasid.evaluate.align import Locator
    from rasid.evaluate.gold import load_gold
    from rasid.evaluate.match import greedy_match
    from rasid.evaluate.run import pipeline_extractor
    from rasid.evaluate.score import _events, _gold_spans, name_in
    from rasid.lang.ar.clause import clauses_of
    from rasid.relate.events.rank import candidates

    captured: dict[str, list[Any]] = {}
    rules: dict[int, str] = {}  # incident id → the step that chose its agents, asked of the pass
    original = events._event
    original_perps = events._perpetrators

    def perps_spy(ctx, incidents, how=None):  # type: ignore[no-untyped-def]
        return original_perps(ctx, incidents, rules)

    def spy(ctx, lex, event_id, inc, incidents, perps, *rest):  # type: ignore[no-untyped-def]
        event = original(ctx, lex, event_id, inc, incidents, perps, *rest)
        rule = rules.get(id(inc), "none")
        captured[event_id] = candidates(ctx, clauses_of(ctx.doc), inc, perps, rule)
        return event

    events._event = spy  # type: ignore[assignment]
    events._perpetrators = perps_spy  # type: ignore[assignment]
    extract = pipeline_extractor()
    items: list[dict[str, Any]] = []
    try:
        for path in paths if paths is not None else _gold_paths():
            gold = load_gold(path)
            captured.clear()
            record = extract(gold)
            locator = Locator(gold.input_text, record.text)
            spans = [_gold_spans(it, locator) for it in gold.events]
            preds = _events(record)
            matching = greedy_match(
                spans, [it.optional for it in gold.events], [p.span for p in preds], absorb=True
            )
            mentions = {m.id: m for m in record.mentions}
            for g, p in matching.pairs:
                item = gold.events[g]
                if item.optional:
                    continue
                event = preds[p].obj
                perps = [mentions[i] for i in event.actors.perpetrator if i in mentions]
                names = item.perpetrator
                if names is None:
                    rules_right = not perps
                else:
                    rules_right = any(name_in(a.name, names) or name_in(a.parent, names) for a in perps)
                cands = captured.get(event.id, [])
                labels = [
                    (names is None)
                    if c.actor is None
                    else names is not None
                    and (name_in(c.actor.name, names) or name_in(c.actor.parent, names))
                    for c in cands
                ]
                items.append(
                    {
                        "file": str(path),
                        "outlet": _outlet(gold.notes or "", path),
                        "rules_right": rules_right,
                        "features": [list(c.features) for c in cands],
                        "labels": labels,
                    }
                )
    finally:
        events._event = original  # type: ignore[assignment]
        events._perpetrators = original_perps  # type: ignore[assignment]
    return items


def _probs(weights: dict[str, float], feats: list[list[str]]) -> list[float]:
    scores = [sum(weights.get(f, 0.0) for f in fs) for fs in feats]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def fit(items: list[dict[str, Any]], drop: tuple[str, ...] = ()) -> dict[str, float]:
    """Conditional-logit weights by full-batch gradient descent; items with no right candidate
    teach nothing and are skipped. `drop`: feature prefixes left out (the ablation)."""
    data = [
        ([[f for f in fs if not f.startswith(drop)] if drop else fs for fs in it["features"]], it["labels"])
        for it in items
        if any(it["labels"])
    ]
    weights: dict[str, float] = defaultdict(float)
    n = max(1, len(data))
    for _ in range(EPOCHS):
        grad: dict[str, float] = defaultdict(float)
        for feats, labels in data:
            p = _probs(weights, feats)
            right = [k for k, ok in enumerate(labels) if ok]
            q = [0.0] * len(feats)  # the target: the right candidates share the mass by the model's odds
            mass = sum(p[k] for k in right)
            for k in right:
                q[k] = p[k] / mass if mass > 0 else 1 / len(right)
            for k, fs in enumerate(feats):
                d = p[k] - q[k]
                if d:
                    for f in fs:
                        grad[f] += d
        for f in set(grad) | set(weights):
            weights[f] -= RATE * (grad.get(f, 0.0) / n + L2 * weights[f])
    return {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-4}


def predict_right(weights: dict[str, float], item: dict[str, Any], drop: tuple[str, ...] = ()) -> bool:
    feats = [[f for f in fs if not f.startswith(drop)] if drop else fs for fs in item["features"]]
    if not feats:
        return item["rules_right"]
    scores = [sum(weights.get(f, 0.0) for f in fs) for fs in feats]
    k = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return bool(item["labels"][k])


def folds(items: list[dict[str, Any]], k: int = FOLDS) -> list[list[str]]:
    """Outlets dealt into k folds by size, largest first, so each fold holds about the same events."""
    sizes: dict[str, int] = defaultdict(int)
    for it in items:
        sizes[it["outlet"]] += 1
    out: list[list[str]] = [[] for _ in range(k)]
    load = [0] * k
    for outlet, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        j = load.index(min(load))
        out[j].append(outlet)
        load[j] += size
    return out


def cross_validate(items: list[dict[str, Any]]) -> None:
    systems = {
        "ranker without the rules' choice": ("chosen", "rule=", "none&rule="),
        "ranker with the rules' choice": (),
    }
    rows: dict[str, list[float]] = defaultdict(list)
    print(f"{len(items)} events, {len({i['outlet'] for i in items})} outlets")
    for n, test_outlets in enumerate(folds(items)):
        held = set(test_outlets)
        train = [i for i in items if i["outlet"] not in held]
        test = [i for i in items if i["outlet"] in held]
        rules = sum(i["rules_right"] for i in test) / len(test)
        rows["rules"].append(rules)
        line = f"fold {n}: {len(test):3d} events {len(held):3d} outlets  rules {rules:.3f}"
        for name, drop in systems.items():
            w = fit(train, drop)
            acc = sum(predict_right(w, i, drop) for i in test) / len(test)
            rows[name].append(acc)
            line += f"  {name.split()[1]}{'+' if not drop else '-'} {acc:.3f}"
        oracle = sum(any(i["labels"]) for i in test) / len(test)
        rows["oracle (a right candidate exists)"].append(oracle)
        print(line)
    base = rows["rules"]
    for name, accs in rows.items():
        diff = [a - b for a, b in zip(accs, base, strict=True)]
        print(
            f"{name:36s} mean {statistics.mean(accs):.3f}  sd {statistics.pstdev(accs):.3f}"
            f"  vs rules {statistics.mean(diff):+.3f} (fold sd {statistics.pstdev(diff):.3f})"
        )


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "cv"
    if cmd == "data":
        items = build_data()
        CACHE.parent.mkdir(exist_ok=True)
        CACHE.write_text(json.dumps(items, ensure_ascii=False))
        print(f"{len(items)} events -> {CACHE}")
        return 0
    items = json.loads(CACHE.read_text()) if CACHE.exists() else build_data()
    if cmd == "cv":
        cross_validate(items)
        return 0
    if cmd == "check":  # a set the rules and the model were not fitted on
        fresh = build_data(sorted(Path(argv[2]).glob("*.gold.json")))
        drop = ("chosen", "rule=", "none&rule=")
        w_with, w_without = fit(items), fit(items, drop)
        n = len(fresh)
        print(f"{n} matched events with a scored perpetrator")
        print(f"rules                             {sum(i['rules_right'] for i in fresh)}/{n}")
        print(f"ranker with the rules' choice     {sum(predict_right(w_with, i) for i in fresh)}/{n}")
        print(
            f"ranker without the rules' choice  {sum(predict_right(w_without, i, drop) for i in fresh)}/{n}"
        )
        print(f"a right candidate exists          {sum(any(i['labels']) for i in fresh)}/{n}")
        return 0
    if cmd == "train":
        out = Path(argv[2])
        out.write_text(json.dumps(fit(items), ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
