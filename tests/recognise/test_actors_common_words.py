"""common_words.tsv: the ordinary words a person's name does not run on over, and their source."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rasid.lang.ar.lexicon import data_path
from rasid.recognise.actors.lexicon import load_tables

REPO = Path(__file__).resolve().parents[2]
DATASETS = REPO.parent / "shared" / "datasets"


@pytest.mark.skipif(not (DATASETS / "anercorp_train").is_dir(), reason="ANERcorp is not on this machine")
def test_the_shipped_common_words_are_what_the_script_builds() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import build_common_words
    finally:
        sys.path.remove(str(REPO / "scripts"))
    assert data_path("common_words.tsv").read_text(encoding="utf-8") == build_common_words.build(DATASETS)


@pytest.mark.parametrize(
    ("word", "common"),
    [
        ("استمرار", True),
        ("بحضور", True),  # listed as written
        ("وبحضور", True),  # and with one more proclitic
        ("مباكيني", False),
        ("محمد", False),  # a name far more often than not
    ],
)
def test_a_common_word_is_one_the_corpus_uses_outside_names(word: str, common: bool) -> None:
    assert load_tables().common(word) is common
