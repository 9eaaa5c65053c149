#!/usr/bin/env python3
"""Write src/rasid/lang/ar/data/common_words.tsv: ordinary Arabic words, from an annotated corpus.

Usage: PYTHONPATH=src python scripts/build_common_words.py [DATASETS] [--check]

A word is common when the ANERcorp training part (CAMeL Lab release, the first 90 % of its
tokens: the last 10 % is the name tagger's held-back check split and is not read) has it, as
normalised, at least `MIN_SEEN` times and inside a name (person, organisation, place or
other) at most `MAX_NAME_SHARE` of them. The actor finders read the list where a person's
name may go on over a word no other list knows ("عبد الله عباس كيليما", not "فيصل محمد علي
استمرار"). Only the word forms are written, one a line, no counts and no running text.
--check exits 1 when the shipped file differs from a fresh build (nothing is written).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from rasid.evaluate.ner import read_sentences
from rasid.lang.ar.lexicon import data_path
from rasid.lang.ar.normalise import normalise_string

REPO = Path(__file__).resolve().parent.parent
DATASETS = REPO.parent / "shared" / "datasets"
ANERCORP = Path("anercorp_train") / "ANERCorp_train.txt"
OUT = "common_words.tsv"
#: Times a word must be seen to be called common: a word met once or twice may be a rare name.
MIN_SEEN = 3
#: Share of its occurrences inside a name above which a word is no common word.
MAX_NAME_SHARE = 0.05
#: Shortest word listed: one- and two-letter forms are particles the stopword list knows.
MIN_LETTERS = 3

HEADER = f"""\
# Common Arabic words: word forms an annotated news corpus uses as ordinary words, almost never
# inside a name. Written by scripts/build_common_words.py; do not edit by hand (rebuild instead).
# Source: ANERcorp (Benajiba, Rosso and Benedi Ruiz, CICLing 2007), the CAMeL Lab release's
# training part without its last 10 % of tokens (held back to check the name tagger); a word is
# listed when it is seen at least {MIN_SEEN} times, normalised, and at most {MAX_NAME_SHARE:.0%} of them
# inside a name. Licence: an adaptation of ANERcorp, CC BY-SA 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); word forms only, no counts, no running text.
# Read by rasid.recognise.actors: a person's name does not run on over a common word.
word
"""


def build(datasets: Path) -> str:
    seen: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for sentence in read_sentences(datasets / ANERCORP, part="train"):
        for token, tag in sentence:
            word = normalise_string(token)
            if not word.isalpha() or len(word) < MIN_LETTERS:
                continue
            seen[word] += 1
            if tag != "O":
                named[word] += 1
    words = sorted(w for w, n in seen.items() if n >= MIN_SEEN and named[w] <= n * MAX_NAME_SHARE)
    return HEADER + "".join(f"{w}\n" for w in words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="?", type=Path, default=DATASETS)
    parser.add_argument("--check", action="store_true", help="compare with the shipped file, write nothing")
    args = parser.parse_args(argv)
    text = build(args.datasets)
    out = data_path(OUT)
    if args.check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print(f"{out}: {'up to date' if same else 'differs from a fresh build'}", file=sys.stderr)
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {text.count(chr(10)) - HEADER.count(chr(10))} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
