#!/usr/bin/env python3
"""Brown clusters of bare word forms over the open NER corpora's text (issue 11, tagger8).

Text: the ANERcorp training part without its held-back last 10 %, AQMAR and the Wojood sample
(../shared/datasets; their labels are not read), each word normalised as rasid normalises
text and reduced to its bare form (no proclitic, no article: `features.bare_form`). Clustering:
the `brown-clustering` package (Liang's windowed Brown algorithm, numba; a build tool only,
not a dependency of rasid), with the per-word bigram rows computed from sparse counts instead
of the package's all-pairs sums (the same numbers, thousands of times faster).

Usage: .venv/bin/python scripts/build_brown.py OUT.tsv [--clusters 256] [--min-count 2]
Writes `bits<TAB>bare form<TAB>count` per word.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from brown_clustering import BigramCorpus, BrownClustering
from brown_clustering.helper import ClusteringHelper, _update_heuristic

from rasid.evaluate.ner import read_sentences
from rasid.lang.ar.normalise import normalise_string
from rasid.recognise.names.features import bare_form

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"


def corpus_text(datasets: Path) -> list[list[str]]:
    sentences = read_sentences(datasets / "anercorp_train/ANERCorp_train.txt", part="train")
    sentences += read_sentences(datasets / "aqmar/AQMAR_Arabic_NER_corpus-1.0.txt")
    for name in ("train", "val", "test"):
        sentences += read_sentences(datasets / f"wojood_sample/{name}.txt", tag_column=1)
    out = []
    for s in sentences:
        words = [bare_form(normalise_string(w)) for w, _ in s]
        out.append([w for w in words if w])
    return out


def fast_helper(corpus: BigramCorpus, text: list[list[str]], start: str, end: str) -> None:
    """Replace ClusteringHelper.append_cluster/merge_clusters by versions that read each new
    word's bigrams from sparse counts (the package sums every pair of words)."""
    succ: dict[str, Counter[str]] = defaultdict(Counter)
    pred: dict[str, Counter[str]] = defaultdict(Counter)
    for s in text:
        seq = [start, *(w for w in s if w in corpus.vocabulary), end]
        for a, b in itertools.pairwise(seq):
            succ[a][b] += 1
            pred[b][a] += 1
    cluster_of: dict[str, int] = {}
    alpha = corpus.alpha

    def append_cluster(self: ClusteringHelper, words: list[str]) -> None:
        (w,) = words
        new_i = int(self.used.argmin())
        self.clusters[new_i] = words
        cluster_of[w] = new_i
        self.p1[new_i] = corpus.unigram_propa(words)
        sizes = np.array([len(c) for c in self.clusters], dtype=float)
        row, col = alpha * sizes, alpha * sizes
        for v, c in succ[w].items():
            if v in cluster_of:
                row[cluster_of[v]] += c
        for u, c in pred[w].items():
            if u in cluster_of:
                col[cluster_of[u]] += c
        self.p2[new_i, :] = row / corpus.n
        self.p2[:, new_i] = col / corpus.n
        self.used[new_i] = True
        _update_heuristic(self.used, self.l2, self.p1, self.p2, self.q2, new_i)
        self.m += 1

    original_merge = ClusteringHelper.merge_clusters

    def merge_clusters(self: ClusteringHelper, i: int, j: int) -> None:
        for w in self.clusters[j]:
            cluster_of[w] = int(i)
        original_merge(self, i, j)

    ClusteringHelper.append_cluster = append_cluster  # type: ignore[method-assign]
    ClusteringHelper.merge_clusters = merge_clusters  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--datasets", type=Path, default=DATASETS)
    parser.add_argument("--clusters", type=int, default=256)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--alpha", type=float, default=1e-4)
    args = parser.parse_args(argv)
    text = corpus_text(args.datasets)
    corpus = BigramCorpus(text, alpha=args.alpha, min_count=args.min_count)
    print(f"{len(corpus.vocabulary)} forms, {sum(map(len, text))} words", file=sys.stderr)
    fast_helper(corpus, text, "<s>", "</s>")
    clustering = BrownClustering(corpus, args.clusters)
    clustering.train()
    codes = clustering.codes()
    counts = corpus.vocabulary
    with args.out.open("w", encoding="utf-8") as f:
        f.write("# Brown clusters (scripts/build_brown.py): bits, bare form, count\n")
        for w in sorted(codes, key=lambda x: (codes[x], x)):
            f.write(f"{codes[w]}\t{w}\t{counts[w]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
