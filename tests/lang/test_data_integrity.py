"""Every language data file parses, has no duplicate rows and uses ordinary Arabic code points."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from rasid.lang.ar.lexicon import data_path, load_rows

DATA_DIR = data_path(".")
FILES = sorted(p.name for p in Path(DATA_DIR).glob("*.tsv"))
PERSIAN_LETTERS = {"\u06cc", "\u06a9"}  # Persian ya and kaf look like ي and ك but never match them


def _is_presentation_form(ch: str) -> bool:
    return 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF


def test_data_folder_has_the_language_files() -> None:
    assert {"months.tsv", "weekdays.tsv", "number_words.tsv", "boilerplate.tsv"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_data_file_rows_parse_and_are_unique(name: str) -> None:
    rows = load_rows(name)
    assert rows, f"{name} has no rows"
    counts = Counter(tuple(r.values()) for r in rows)
    duplicates = {row for row, n in counts.items() if n > 1}
    assert not duplicates, f"{name}: duplicate rows {sorted(duplicates)[:3]}"


@pytest.mark.parametrize("name", FILES)
def test_data_file_uses_no_presentation_forms_or_persian_letters(name: str) -> None:
    text = (Path(DATA_DIR) / name).read_text(encoding="utf-8")
    bad = {ch for ch in text if _is_presentation_form(ch) or ch in PERSIAN_LETTERS}
    assert not bad, f"{name}: {sorted(hex(ord(c)) for c in bad)}"
