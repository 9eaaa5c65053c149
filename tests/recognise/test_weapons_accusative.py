"""The accusative indefinite of weapon phrases (tanwin alif) is found from the listed form.

`lang.ar.inflect.accusative_indefinite` puts the alif on every word that takes it
(data/accusative_endings.tsv); the weapons stage matches that form beside the listed one.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from rasid import extract
from rasid.clean import CleanStage
from rasid.lang.ar.inflect import accusative_indefinite
from rasid.pipeline import Pipeline
from rasid.recognise.weapons import WeaponStage
from rasid.segment import SegmentStage


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("حزام ناسف", "حزاما ناسفا"),
        ("صاروخ موجه", "صاروخا موجها"),
        ("لغم", "لغما"),
        ("صاروخ باليستي", "صاروخا باليستيا"),
        ("سترة ناسفة", None),
        ("طائرات مسيرة", None),
        ("برميلين متفجرين", None),
        ("الفوسفور الأبيض", None),
    ],
)
def test_accusative_indefinite(phrase: str, expected: str | None) -> None:
    assert accusative_indefinite(phrase) == expected


def _weapons(text: str) -> list[tuple[str, str, str | None]]:
    record = extract(text, pipeline=Pipeline([CleanStage(), SegmentStage(), WeaponStage()]))
    return [(m.text, m.name, m.mode) for m in record.mentions_of("weapon")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فجر مهاجم حزاماً ناسفا عند مدخل المسجد.", [("حزاماً ناسفا", "explosive belt", "suicide_bombing")]),
        ("أطلقت الجماعة صاروخا موجها نحو الدورية.", [("صاروخا موجها", "guided missile", None)]),
        ("ألقت المروحية برميلا متفجرا على الحي.", [("برميلا متفجرا", "barrel bomb", "airstrike")]),
        ("زرع مجهولون لغما قرب الطريق.", [("لغما", "landmine", "explosion")]),
        ("رمى شاب قنبلة يدوية على الدورية.", [("قنبلة يدوية", "hand grenade", "explosion")]),
    ],
)
def test_accusative_weapons_are_found(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _weapons(text) == expected
