"""The shipped name tagger is the one scripts/train_ner.py built and scored.

model_scores.json is written by the script right after training: the models' and the training
lexicon's sha256 and their
scores on the held-back last 10 % of ANERcorp. Re-scoring the shipped model here (a few
seconds) fails when the model file, the features (recognise/names/features.py) or the
lexicons they read have changed since training without `make ner-model`.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from rasid.evaluate.ner import documents, read_sentences
from rasid.recognise.names.tagger import MODEL_PATH, SCORES_PATH, lexicon_path, second_path

REPO = Path(__file__).resolve().parents[2]
ANERCORP = REPO.parent / "shared" / "datasets" / "anercorp_train" / "ANERCorp_train.txt"
TOLERANCE = 0.005


@pytest.fixture(scope="module")
def recorded() -> dict:
    return json.loads(SCORES_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def train_ner():  # the training script, imported as a module
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import train_ner

        yield train_ner
    finally:
        sys.path.remove(str(REPO / "scripts"))


def test_the_shipped_models_are_the_ones_the_script_recorded(recorded: dict) -> None:
    assert hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest() == recorded["sha256"]
    assert hashlib.sha256(second_path(MODEL_PATH).read_bytes()).hexdigest() == recorded["sha256_doc"]
    assert hashlib.sha256(lexicon_path(MODEL_PATH).read_bytes()).hexdigest() == recorded["sha256_lexicon"]


def test_the_recorded_settings_are_the_scripts(recorded: dict, train_ner) -> None:
    assert recorded["params"] == train_ner.PARAMS


def test_the_shipped_model_scores_what_the_script_recorded_on_the_held_back_part(
    recorded: dict, train_ner
) -> None:
    if not ANERCORP.exists():
        pytest.fail(f"the training corpus is missing at {ANERCORP}")
    held_back = documents(read_sentences(ANERCORP, part="held-back"))
    got = train_ner.summary(train_ner.score(held_back))
    for kind in ("micro", "PER", "LOC", "ORG"):
        assert got[kind]["f1"] == pytest.approx(recorded["held_back"][kind]["f1"], abs=TOLERANCE), kind
    assert got["micro"]["gold"] == recorded["held_back"]["micro"]["gold"]


def test_another_corpus_trains_the_shared_weights_and_private_copies_of_its_own(train_ner) -> None:
    from rasid.lang.ar.text import TextView
    from rasid.recognise.names.tagger import view_doc

    doc = view_doc(TextView("ولد ابن سينا في بخارى"))
    words = [doc.word(i) for i in range(len(doc))]
    data = train_ner.DocData(words, [["bias", "w=ولد"], ["bias", "w=ابن"]], ["O", "B-PER"], [range(2)])
    copied = train_ner.with_private_copies(data, "aqmar")
    assert copied.features == [
        ["bias", "w=ولد", "aqmar:bias", "aqmar:w=ولد"],
        ["bias", "w=ابن", "aqmar:bias", "aqmar:w=ابن"],
    ]
    assert copied.labels == ["O", "B-PER"] and copied.words == data.words
    assert data.features[0] == ["bias", "w=ولد"]  # the corpus's own documents are left as they were


def test_the_shipped_models_were_trained_on_what_the_script_trains_on_by_default(
    recorded: dict, train_ner
) -> None:
    assert sorted(recorded["training"]) == sorted(
        ["anercorp_train (first 90 %)", *(train_ner.CORPUS_NAMES[c] for c in train_ner.EXTRA)]
    )
