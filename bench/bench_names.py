"""The name tagger's own cost per article: the default pipeline with and without it.

Run: `make bench` (or `.venv/bin/python bench/bench_names.py [DIR ...] --repeat N`).
Both pipelines run in this process on the same articles (the dev set, the project's gold and
the examples), alternately, best of N, in CPU time (process time, so other programs on the
machine do not count); the ratio "with / without" is the tagger's share, and the difference
per article its cost. The tagger's model is loaded in a warm-up run first.

`--tagger-only` times the tagger alone instead (`NameTagger.names` on each article's clean text,
with the rule finders' proposals computed beforehand): the difference of two pipelines is
noisy on a busy machine, this is not. Each round starts with empty per-form caches, as a new
process would. To set a commit against another, run the same script on the other's source:
`PYTHONPATH=OTHER/src .venv/bin/python bench/bench_names.py --tagger-only`.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import rasid
from rasid.lang.ar.text import text_view
from rasid.pipeline import Pipeline
from rasid.read import read_path
from rasid.recognise.actors import ActorStage
from rasid.recognise.actors.rules import rule_candidates, rule_spans
from rasid.recognise.names import features
from rasid.recognise.names.tagger import load_tagger, view_doc
from rasid.record import Record
from rasid.stages import default_stage_list

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = [REPO / "examples", REPO / "tests" / "gold", REPO.parent / "shared" / "gold" / "dev"]


def pipeline(tagger: bool) -> Pipeline:
    stages = [ActorStage(tagger=tagger) if s.name == "actors" else s for s in default_stage_list()]
    return Pipeline(stages)


def once(pipe: Pipeline, records: list[Record]) -> float:
    batch = [r.model_copy(deep=True) for r in records]
    start = time.process_time()
    for _ in pipe.run(batch):
        pass
    return time.process_time() - start


def tagger_only(records: list[Record], repeat: int) -> float:
    """Best CPU seconds of the tagger alone over the articles' clean texts (module docstring)."""
    cleaned = [r for r in pipeline(False).run([r.model_copy(deep=True) for r in records]) if r.text]
    docs = []
    for record in cleaned:
        doc = view_doc(text_view(record))
        docs.append((doc, rule_spans(rule_candidates(doc)[0])))
    tagger = load_tagger()
    best = float("inf")
    for _ in range(repeat + 1):  # the first round loads what the tagger reads once per process
        for name in dir(features):
            getattr(getattr(features, name), "cache_clear", lambda: None)()
        start = time.process_time()
        for doc, rules in docs:
            tagger.names(doc, rules)
        best = min(best, time.process_time() - start)
    print(f"{len(docs)} articles, rasid from {Path(rasid.__file__).parents[1]}; best of {repeat}")
    print(f"the tagger alone: {best:.3f} s, {1000 * best / len(docs):.2f} ms per article")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="*", type=Path, default=DEFAULT_INPUTS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tagger-only", action="store_true", help="time the tagger alone (docstring)")
    args = parser.parse_args()
    records = [r for path in args.inputs if path.exists() for r in read_path(path)]
    if args.tagger_only:
        tagger_only(records, args.repeat)
        return
    with_tagger, without = pipeline(True), pipeline(False)
    once(with_tagger, records)  # warm-up: language data and the model load once per process
    once(without, records)
    best = {True: float("inf"), False: float("inf")}
    for _ in range(args.repeat):
        best[False] = min(best[False], once(without, records))
        best[True] = min(best[True], once(with_tagger, records))
    n = len(records)
    print(f"{n} articles; best of {args.repeat} alternate runs")
    print(
        f"pipeline without the tagger: {best[False]:.3f} s = 1.00 ({1000 * best[False] / n:.1f} ms/article)"
    )
    print(f"pipeline with the tagger:    {best[True]:.3f} s = {best[True] / best[False]:.2f} x")
    print(f"the tagger's own cost: {1000 * (best[True] - best[False]) / n:.1f} ms per article")


if __name__ == "__main__":
    main()
