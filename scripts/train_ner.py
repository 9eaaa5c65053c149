#!/usr/bin/env python3
"""Train the name tagger shipped in src/rasid/recognise/names/ (`make ner-model`).

Training data (../shared/datasets; licences and credits in the package's NOTICE): the
ANERcorp CAMeL Lab training part without its last 10 % of tokens, which is held back as
the check split (`rasid eval-ner FILE --system tagger --part held-back`). `--with aqmar`
and `--with wojood` add the whole AQMAR corpus (MIS0-3 tags become O) and the Wojood
sample (outer entities; PERS -> PER, ORG -> ORG, GPE and LOC -> LOC, the other types O). A
corpus other than ANERcorp gives every feature twice, once shared and once private to it
(`with_private_copies`). AQMAR trained on that way raised the cross-validated first pass
but not the held-back score of the two passes (README, "The name tagger"), so the shipped
model is trained on ANERcorp alone, and AQMAR is a whole corpus it never saw.

Features are rasid's own word layer (recognise/names/features.py), the rule finders'
proposals, and what the training corpus labelled each word and name as (names/lexicon.py):
each training document reads the lexicon of the other training documents, and the lexicon
of all of them is written beside the models (`lexicon.tsv`) for the tagger. Two models are trained: the first pass (model.crfsuite) on them, the second
(model_doc.crfsuite) on them plus the first pass's labels across the article; the second
learns from first-pass labels of each training document given by a model trained on the
other half of the documents (two folds by document parity), so they are as fallible as on new
text. Each training document hides the marks of a tenth of the table rows it meets (gazetteer,
registry, forces, groups; `TABLE_DROPOUT`, a different tenth per document, chosen by hashing),
so the weights do not lean on the tables alone and a retraining on changed tables moves the
model less. Training is deterministic (L-BFGS, fixed iterations and regularisation, fixed folds),
so the same data and lexicons give the same models. After training, the model is scored on the held-back part
and on AQMAR; the scores and the models' sha256 go to model_scores.json, which a test
holds the shipped model to.

Usage: .venv/bin/python scripts/train_ner.py [--datasets DIR] [--out DIR] [--with aqmar] [--with wojood]
       [--cv [--folds N]] [--score-only]
--cv cross-validates the first pass on the ANERcorp training part (two folds by document, or
`--folds N`; the other corpora always trained on) and writes nothing: how settings and corpora
are chosen. Five folds train on four fifths of the documents each time, so they read higher
than two (0.800 against 0.786 for the same model) and vary less between settings.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycrfsuite

from rasid.evaluate.ner import (
    NerDocument,
    NerScore,
    NerSpan,
    Token,
    documents,
    read_sentences,
    snap_to_tokens,
    tagger_entities,
)
from rasid.lang.ar.text import TextView
from rasid.recognise.actors.rules import rule_candidates, rule_spans
from rasid.recognise.names.features import (
    Features,
    bare_form,
    doc_features,
    lexicon_features,
    second_pass_features,
    without_table_marks,
)
from rasid.recognise.names.lexicon import NameCounts, NameLexicon
from rasid.recognise.names.tagger import (
    MODEL_PATH,
    SCORES_PATH,
    NameTagger,
    decode,
    first_pass,
    lexicon_path,
    second_path,
    sentences_of,
    view_doc,
)

REPO = Path(__file__).resolve().parents[1]
DATASETS = REPO.parent / "shared" / "datasets"
ANERCORP = "anercorp_train/ANERCorp_train.txt"
AQMAR = "aqmar/AQMAR_Arabic_NER_corpus-1.0.txt"
WOJOOD = ("wojood_sample/train.txt", "wojood_sample/val.txt", "wojood_sample/test.txt")
WOJOOD_TYPES = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
#: CRFsuite settings: L1 and L2 regularisation, iterations, features seen at least twice.
PARAMS: dict[str, Any] = {"c1": 0.05, "c2": 0.02, "max_iterations": 100, "feature.minfreq": 1}
#: The share of table rows (gazetteer, registry, forces, groups) whose marks each training
#: document hides (`with_table_dropout`; a different share per document, fixed by hashing).
TABLE_DROPOUT = 0.1
#: The training documents are split in this many parts for the second pass's first-pass labels.
FOLDS = 2
#: The other corpora trained on by default (`--with` adds others). None: AQMAR with private
#: features raised the cross-validated first pass but not the held-back score (README).
EXTRA: tuple[str, ...] = ()
#: The names of the other corpora in model_scores.json's "training" (their private prefix is
#: the name's first part: `aqmar:`, `wojood:`).
CORPUS_NAMES = {"aqmar": "aqmar", "wojood": "wojood_sample"}

Sequences = list[tuple[list[list[str]], list[str]]]


@dataclass
class DocData:
    """A training document as the tagger sees it: its words, their features and gold labels."""

    words: list[str]
    features: list[Features]
    labels: list[str]
    sentences: list[range]

    def sequences(self, features: list[Features] | None = None) -> Sequences:
        feats = self.features if features is None else features
        return [([feats[i] for i in s], [self.labels[i] for i in s]) for s in self.sentences]


def word_labels(view: TextView, doc_words: Sequence[tuple[int, int]], doc: NerDocument) -> list[str]:
    """BIO label per ActorText word: the gold entity its first letter falls in (B on its first word)."""
    labels: list[str] = []
    entities = sorted(doc.entities)
    k, previous = 0, -1
    for s, e in doc_words:
        start, _ = view.span(s, e)
        while k < len(entities) and entities[k].end <= start:
            k += 1
        if k < len(entities) and entities[k].start <= start:
            labels.append(("I-" if previous == k else "B-") + entities[k].type)
            previous = k
        else:
            labels.append("O")
            previous = -1
    return labels


def doc_data(docs: Sequence[NerDocument]) -> list[DocData]:
    out = []
    for nd in docs:
        view = TextView(nd.text)
        doc = view_doc(view)
        feats = doc_features(doc, rule_spans(rule_candidates(doc)[0]))
        words = [doc.word(i) for i in range(len(doc))]
        out.append(DocData(words, feats, word_labels(view, doc.words, nd), sentences_of(doc)))
    return out


def counts_of(data: DocData) -> NameCounts:
    return NameCounts.of_document([bare_form(w) for w in data.words], decode(data.labels))


def with_lexicon(data: DocData, lexicon: NameLexicon) -> DocData:
    """The document with the marks `lexicon` gives its words (`features.lexicon_features`)."""
    return DocData(
        data.words, lexicon_features(data.words, data.features, lexicon), data.labels, data.sentences
    )


def with_lexicons(
    own: Sequence[DocData], others: Sequence[DocData] = ()
) -> tuple[list[DocData], NameLexicon]:
    """The training documents with lexicon marks, each from the other documents' labels (so
    that the weights learn how far labels carry to a text not in the lexicon), the other
    corpora's from the whole lexicon, and that lexicon (of `own` only: ANERcorp's news)."""
    counts = [counts_of(d) for d in own]
    total = NameCounts()
    for c in counts:
        total.add(c)
    lexicon = total.lexicon()
    marked = [with_lexicon(d, total.without(c)) for d, c in zip(own, counts, strict=True)]
    return marked + [with_lexicon(d, lexicon) for d in others], lexicon


def with_table_dropout(data: DocData, k: int, rate: float | None = None) -> DocData:
    """Training document k with the marks of a share `rate` (default `TABLE_DROPOUT`) of the table
    rows met in it hidden (`features.without_table_marks`): each document hides other rows,
    chosen by a hash of the document's number and the row's words, so training stays
    deterministic. The weights then learn names from their context as well as from the
    tables, and the model moves less when a retraining's tables gain or lose rows."""
    rate = TABLE_DROPOUT if rate is None else rate
    if rate <= 0:
        return data

    def hidden(key: str) -> bool:
        return zlib.crc32(f"{k}|{key}".encode()) % 1000 < rate * 1000

    return DocData(
        data.words, without_table_marks(data.words, data.features, hidden), data.labels, data.sentences
    )


def with_private_copies(data: DocData, corpus: str) -> DocData:
    """The document with every feature also as a copy private to its corpus (`aqmar:w=...`).

    Daume's "frustratingly easy" domain adaptation, one-sided: a corpus with other conventions
    (Wikipedia articles, AQMAR's and Wojood's annotation guides) teaches the shared weights what
    it has in common with news, and its private copies take up what is its own. The private
    features never occur in the text rasid tags, which the shared weights alone then read as
    ANERcorp's news."""
    prefix = f"{corpus}:"
    features = [[*f, *(prefix + x for x in f)] for f in data.features]
    return DocData(data.words, features, data.labels, data.sentences)


def private_copies(training: dict[str, Any], others: Sequence[Sequence[DocData]]) -> list[DocData]:
    """The other corpora's documents (`others`, in the order of `training` after ANERcorp), each
    with its features copied private to its corpus (`with_private_copies`)."""
    return [
        with_private_copies(d, name.split("_")[0])
        for name, docs in zip(list(training)[1:], others, strict=True)
        for d in docs
    ]


def train(data: Sequences, path: Path) -> pycrfsuite.Tagger:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in data:
        trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    trainer.train(str(path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def jackknife(data: Sequence[DocData], folder: Path) -> list[list[str]]:
    """First-pass labels of every training document from a model trained on the other half
    (documents alternate between the halves), so that the second pass learns from labels as
    fallible as the first pass's on text it never saw."""
    labels: list[list[str]] = [[] for _ in data]
    for half in range(FOLDS):
        rest = [seq for k, d in enumerate(data) if k % FOLDS != half for seq in d.sequences()]
        tagger = train(rest, folder / f"fold{half}.crfsuite")
        for k, d in enumerate(data):
            if k % FOLDS == half:
                labels[k] = first_pass(tagger, d.features, d.sentences)
        tagger.close()
    return labels


def label_spans(labels: Sequence[str]) -> list[NerSpan]:
    """The names of a BIO label sequence over words, as spans of word indices (for `cross_validate`)."""
    return [NerSpan(first, last, kind) for first, last, kind in decode(list(labels))]


def cross_validate(
    data: Sequence[DocData], folder: Path, extra: Sequence[DocData] = (), folds: int = FOLDS
) -> NerScore:
    """Entity scores of the first pass over the ANERcorp training documents (`data`), each
    tagged by a model trained on the other folds (documents by position modulo `folds`) and
    on the `extra` corpora: how features, settings and corpora are chosen, on the training part
    only (the held-back part is never looked at)."""
    result = NerScore()
    for part in range(folds):
        marked, lexicon = with_lexicons([d for k, d in enumerate(data) if k % folds != part], extra)
        marked = [with_table_dropout(d, k) for k, d in enumerate(marked)]
        tagger = train([seq for d in marked for seq in d.sequences()], folder / f"cv{part}.crfsuite")
        for k, d in enumerate(data):
            if k % folds == part:
                d = with_lexicon(d, lexicon)  # the fold's lexicon: never its own labels
                result.add(label_spans(d.labels), label_spans(first_pass(tagger, d.features, d.sentences)))
        tagger.close()
    return result


def score(docs: Sequence[NerDocument], tagger: NameTagger | None = None) -> NerScore:
    result = NerScore()
    for doc in docs:
        result.add(doc.entities, snap_to_tokens(tagger_entities(doc, tagger), doc.tokens))
    return result


def summary(result: NerScore) -> dict[str, Any]:
    def row(c: Any) -> dict[str, Any]:
        d = c.to_dict()
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in d.items()}

    return {"micro": row(result.micro), **{t: row(c) for t, c in result.per_type.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, default=DATASETS)
    parser.add_argument("--out", type=Path, default=MODEL_PATH.parent)
    parser.add_argument(
        "--with",
        dest="extra",
        action="append",
        choices=("aqmar", "wojood"),
        help=f"other corpora to train on, with features private to each (default: {', '.join(EXTRA)})",
    )
    parser.add_argument(
        "--score-only",
        action="store_true",
        help="re-score the models in --out (after a change to the tagger's decoding) without training",
    )
    parser.add_argument(
        "--cv",
        action="store_true",
        help="cross-validate the first pass on the training part (2 folds by document), write nothing",
    )
    parser.add_argument(
        "--folds",
        type=int,
        default=FOLDS,
        help="with --cv: the number of folds (documents by position modulo it; 5 is finer, 2.5x slower)",
    )
    args = parser.parse_args(argv)
    extra = args.extra or list(EXTRA)
    started = time.perf_counter()
    anercorp = read_sentences(args.datasets / ANERCORP, part="train")
    held_back = documents(read_sentences(args.datasets / ANERCORP, part="held-back"))
    aqmar = read_sentences(args.datasets / AQMAR)
    training = {"anercorp_train (first 90 %)": anercorp}
    if "aqmar" in extra:
        training[CORPUS_NAMES["aqmar"]] = aqmar
    if "wojood" in extra:
        training[CORPUS_NAMES["wojood"]] = [
            s for f in WOJOOD for s in read_sentences(args.datasets / f, tag_column=1, types=WOJOOD_TYPES)
        ]
    model, second = args.out / MODEL_PATH.name, second_path(args.out / MODEL_PATH.name)
    if args.score_only:
        recorded = json.loads((args.out / SCORES_PATH.name).read_text(encoding="utf-8"))
        return write_scores(args.out, recorded, held_back, aqmar, started)
    own, *others = (doc_data(documents(sentences)) for sentences in training.values())
    print(f"features ready in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if args.cv:
        with tempfile.TemporaryDirectory() as folder:
            cv = summary(cross_validate(own, Path(folder), private_copies(training, others), args.folds))
        print(json.dumps(cv), f"({time.perf_counter() - started:.0f} s)")
        return 0
    marked, lexicon = with_lexicons(own)
    marked = [with_table_dropout(d, k) for k, d in enumerate(marked)]
    data = marked + private_copies(training, [[with_lexicon(d, lexicon) for d in docs] for docs in others])
    with tempfile.TemporaryDirectory() as folder:
        first = jackknife(data, Path(folder))
    print(f"first-pass labels of the training part in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    train([seq for d in data for seq in d.sequences()], model).close()
    train(
        [
            seq
            for d, labels in zip(data, first, strict=True)
            for seq in d.sequences(second_pass_features(d.words, d.features, labels))
        ],
        second,
    ).close()
    lexicon.write(lexicon_path(model))
    print(f"trained {model} and {second} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    record: dict[str, Any] = {
        "sha256": hashlib.sha256(model.read_bytes()).hexdigest(),
        "sha256_doc": hashlib.sha256(second.read_bytes()).hexdigest(),
        "sha256_lexicon": hashlib.sha256(lexicon_path(model).read_bytes()).hexdigest(),
        "params": PARAMS,
        "table_dropout": TABLE_DROPOUT,
        "training": {
            name: {"sentences": len(sents), "tokens": sum(map(len, sents))}
            for name, sents in training.items()
        },
    }
    return write_scores(args.out, record, held_back, aqmar, started)


def write_scores(
    out: Path, record: dict[str, Any], held_back: list[NerDocument], aqmar: list[list[Token]], started: float
) -> int:
    """Score the models in `out` on the held-back part and AQMAR into `record`, and write it."""
    tagger = NameTagger(out / MODEL_PATH.name)
    record["held_back"] = summary(score(held_back, tagger))
    record["aqmar"] = summary(score(documents(aqmar), tagger))
    (out / SCORES_PATH.name).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(record["held_back"]["micro"]), f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
