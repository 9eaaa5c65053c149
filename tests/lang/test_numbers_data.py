"""Integrity of the number and quantity data files: every row parses, no duplicates, clean code points."""

from __future__ import annotations

import pytest

from rasid.lang.ar.lexicon import data_path, load_rows
from rasid.lang.ar.numbers import particles

# (file, normalised key columns): a key may repeat only with a different value in the others.
FILES = [
    ("number_words.tsv", ("word", "kind")),
    ("number_contexts.tsv", ("cue", "position")),
    ("number_particles.tsv", ("word", "role")),
    ("qualifiers.tsv", ("phrase", "position")),
    ("vague_quantities.tsv", ("word",)),
    ("counted_nouns.tsv", ("word", "kind")),
]


def _bad_code_point(ch: str) -> bool:
    cp = ord(ch)
    presentation = 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF
    return presentation or ch in "یکۀ"  # Persian yeh, keheh, heh with yeh


@pytest.mark.parametrize(("name", "key"), FILES)
def test_numbers_data_no_duplicates(name: str, key: tuple[str, ...]) -> None:
    rows = load_rows(name, normalise_columns=(key[0],))
    keys = [tuple(row[k] for k in key) for row in rows]
    assert rows, f"{name} is empty"
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


@pytest.mark.parametrize(("name", "key"), FILES)
def test_numbers_data_code_points(name: str, key: tuple[str, ...]) -> None:
    text = data_path(name).read_text(encoding="utf-8")
    assert not [ch for ch in text if _bad_code_point(ch)]


def test_numbers_data_loaders() -> None:
    from rasid.lang.ar import numbers
    from rasid.recognise.quantities.tables import lexicon

    assert numbers._lexicon()["ثلاثه"] == {"unit": 3.0}
    assert numbers._cues().after["دولار"] == "money"
    assert particles().clitics[0] in ("وب", "ول", "فب", "فل")  # longest first
    lex = lexicon()
    assert lex.before[("اكثر", "من")] == "more_than"
    assert lex.vague[("عشرات",)].cls == "tens"
    assert "قتيلين" in lex.nouns["dual"]
