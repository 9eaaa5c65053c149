"""Integrity of the date data files: every row parses, no duplicate forms, ordinary code points."""

from __future__ import annotations

import pytest

from rasid.lang.ar.lexicon import data_path
from rasid.recognise.dates.lexicon import date_lexicon

FILES = [
    "months.tsv",
    "hijri_months.tsv",
    "weekdays.tsv",
    "relative_dates.tsv",
    "day_parts.tsv",
    "date_ordinals.tsv",
    "date_units.tsv",
    "date_modifiers.tsv",
    "date_cues.tsv",
    "date_blockers.tsv",
    "date_name_heads.tsv",
]


def _bad_code_point(ch: str) -> bool:
    cp = ord(ch)
    presentation = 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF
    persian = ch in "یکۀ"
    return presentation or persian


@pytest.mark.parametrize("name", FILES)
def test_dates_data_code_points(name: str) -> None:
    text = data_path(name).read_text(encoding="utf-8")
    assert [ch for ch in text if _bad_code_point(ch)] == []


def test_dates_data_loads_without_duplicates() -> None:
    lex = date_lexicon()  # raises DataFileError on a malformed row or a duplicate form
    assert sorted({m.number for m in lex.months.entries.values() if not m.hijri}) == list(range(1, 13))
    assert sorted({m.number for m in lex.months.entries.values() if m.hijri}) == list(range(1, 13))
    assert sorted(w.number for w in lex.weekdays.entries.values()) == list(range(7))
    assert sorted(set(lex.ordinals.entries.values())) == list(range(1, 32))


@pytest.mark.parametrize(
    ("form", "month"),
    [
        ("كانون الثاني", 1), ("شباط", 2), ("اذار", 3), ("نيسان", 4), ("ايار", 5), ("حزيران", 6),
        ("تموز", 7), ("اب", 8), ("ايلول", 9), ("تشرين الاول", 10), ("تشرين الثاني", 11), ("كانون الاول", 12),
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("ابريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6),
        ("يوليو", 7), ("يوليه", 7), ("اغسطس", 8), ("سبتمبر", 9), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        ("جانفي", 1), ("فيفري", 2), ("افريل", 4), ("ماي", 5), ("جوان", 6), ("جويليه", 7), ("اوت", 8),
        ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
    ],
)  # fmt: skip
def test_dates_data_month_names(form: str, month: int) -> None:
    entry = date_lexicon().months.entries[tuple(form.split())]
    assert (entry.number, entry.hijri) == (month, False)
