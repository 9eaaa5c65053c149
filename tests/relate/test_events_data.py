"""Integrity of the event and casualty data files: rows parse, no duplicates, ordinary code points."""

from __future__ import annotations

import pytest

from rasid.lang.ar.lexicon import data_path
from rasid.lang.ar.normalise import normalise_string
from rasid.relate.casualties.lexicon import casualty_lexicon
from rasid.relate.events.lexicon import event_lexicon

FILES = [
    "event_triggers.tsv",
    "event_taxonomy.tsv",
    "event_modality.tsv",
    "casualty_status.tsv",
    "casualty_groups.tsv",
    "casualty_markers.tsv",
]


def _bad_code_point(ch: str) -> bool:
    cp = ord(ch)
    return 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF or ch in "یکۀ"


@pytest.mark.parametrize("name", FILES)
def test_events_data_code_points(name: str) -> None:
    text = data_path(name).read_text(encoding="utf-8")
    assert [ch for ch in text if _bad_code_point(ch)] == []


def test_events_data_loads() -> None:
    lex = event_lexicon()  # raises DataFileError on a bad row, an unknown type or a duplicate
    assert len(lex.triggers) > 100
    assert {"جوي", "مدفعي", "كيميايي"} <= set(lex.modifiers)
    assert lex.suffixes == ("ه", "ها", "هم", "هما")


def test_events_data_casualty_files_load() -> None:
    lex = casualty_lexicon()
    assert (lex.status["قتلي"], lex.status["جرحي"], lex.status["نازحين"]) == (
        "killed",
        "injured",
        "displaced",
    )
    assert lex.single_groups["اطفال"].group == "children"
    assert lex.breakdown_words >= {"بينهم", "منهم", "من بينهم"}
    assert lex.elaboration_clitics == frozenset({"ف"})


@pytest.mark.parametrize(
    ("phrase", "event_type"),
    [
        ("غارات", "airstrike"),
        ("الغارات", "airstrike"),
        ("بغارة", "airstrike"),
        ("اشتباكات", "armed_clash"),
        ("سيارة مفخخة", "explosion"),
        ("عبوة ناسفة", "explosion"),
        ("تفجير انتحاري", "suicide_bombing"),
        ("سيطر", "territory_change"),
        ("مجزرة", "attack_on_civilians"),
        ("إعدام", "attack_on_civilians"),
        ("اختطاف", "abduction"),
        ("اعتقال", "arrest"),
        ("وقفة احتجاجية", "protest"),
        ("حملة", "campaign"),
        ("هدنة", "agreement"),
        ("تفويض", "authorization"),
        ("طلب", "request"),
        ("نزوح", "displacement"),
    ],
)
def test_events_data_trigger_types(phrase: str, event_type: str) -> None:
    found = [e for e in event_lexicon().triggers.find(normalise_string(phrase)) if e.payload is not None]
    assert [e.payload.type for e in found] == [event_type]  # type: ignore[union-attr]


@pytest.mark.parametrize("phrase", ["لسيطرة", "مجلس التعاون", "استعادة"])
def test_events_data_blocked_phrases(phrase: str) -> None:
    found = event_lexicon().triggers.find(normalise_string(phrase))
    assert [None in m.payloads for m in found] == [True]
