"""Integrity of the claim data files: every row parses, no duplicates, ordinary code points, sane cues."""

from __future__ import annotations

import pytest

from rasid.lang.ar.lexicon import data_path
from rasid.lang.ar.markers import marker_words, markers
from rasid.relate.claims.lexicon import STANCES, cue_clitics, cue_entries, cue_matcher, source_heads

FILES = ["claim_cues.tsv", "claim_markers.tsv", "claim_sources.tsv"]


def _bad_code_point(ch: str) -> bool:
    cp = ord(ch)
    return 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF or ch in "یکۀ"


@pytest.mark.parametrize("name", FILES)
def test_claims_data_code_points(name: str) -> None:
    text = data_path(name).read_text(encoding="utf-8")
    assert [ch for ch in text if _bad_code_point(ch)] == []


def test_claims_data_loads_without_duplicates() -> None:
    # each loader raises DataFileError, naming the file and row, on a malformed row or a duplicate
    entries, kinds, heads, clitics = cue_entries(), markers(), source_heads(), cue_clitics()
    assert {e.stance for e in entries} == STANCES  # every stance has cues
    assert all(kinds[k] for k in ("complementizer", "contrast", "preposition", "blocker"))
    assert {h.kind for h in heads.values()} >= {"anaphor", "anonymous", "document", "body"}
    assert [c.form for c in clitics] == ["ف", "و"]


@pytest.mark.parametrize(
    ("text", "form", "stance", "position"),
    [
        ("وقال", "قال", "assert", "verb"),
        ("فأكدت", "اكدت", "assert", "verb"),
        ("يتهمونها", "يتهمونها", "accuse", "verb"),
        ("ونفت", "نفت", "deny", "verb"),
        ("مؤكداً", "موكدا", "assert", "participle"),
        ("مطالبين", "مطالبين", "demand", "participle"),
        ("وبحسب", "بحسب", "assert", "preposition"),
        ("وفقاً", "وفقا", "assert", "preposition"),
        ("نقلاً عن", "نقلا عن", "assert", "preposition"),
        ("تحذر", "تحذر", "warn", "verb"),
        ("أدانت", "ادانت", "condemn", "verb"),
        ("تُعلن", "تعلن", "announce", "verb"),
        ("شككوا", "شككوا", "doubt", "verb"),
    ],
)
def test_claims_data_cue_forms_match_with_clitics(text: str, form: str, stance: str, position: str) -> None:
    from rasid.lang.ar.normalise import normalise_string

    found = cue_matcher().find(normalise_string(text))
    assert [(m.payload.form, m.payload.stance, m.payload.position) for m in found] == [
        (form, stance, position)
    ]


@pytest.mark.parametrize("text", ["بحذر", "الإعلان", "المعلن", "الإشارة"])
def test_claims_data_nouns_are_not_cues(text: str) -> None:
    from rasid.lang.ar.normalise import normalise_string

    found = cue_matcher().find(normalise_string(text))
    assert [m.payload.form for m in found] == []


def test_claims_data_markers_are_normalised_words() -> None:
    assert "ان" in marker_words("complementizer")
    assert "الي" in marker_words("content_preposition")


def test_the_anaphors_by_first_word_are_every_anaphor_source_head() -> None:
    from rasid.relate.claims.lexicon import anaphors_by_first

    by_first = anaphors_by_first()
    anaphors = sorted(words for words, head in source_heads().items() if head.kind == "anaphor")
    assert sorted(w for phrases in by_first.values() for w in phrases) == anaphors
    assert ("هذه", "المصادر") in by_first["هذه"] and ("المصدر",) in by_first["المصدر"]
    assert all(words[0] == first for first, phrases in by_first.items() for words in phrases)
