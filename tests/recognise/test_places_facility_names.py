"""Facility names of more than one word the gazetteer lacks (issue 11, branch s20-places11): a
construct opened by a word that elsewhere opens an organisation's name ("شهداء"), a definite noun
and its relative adjective, two name words before an agreeing adjective, and a roundabout (دوار).
Prepositional phrases after a facility noun are no names. Sentences written for the test."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import resolved


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "نقل المصابون إلى مستشفى شهداء الأقصى في مدينة دير البلح.",
            [
                ("مستشفى شهداء الأقصى", "", "PSE", "facility", 31.42, 34.35),
                ("دير البلح", "Deir al-Balah", "PSE", "city", 31.42, 34.35),
            ],
        ),
        (
            "نقل الجنود الجرحى إلى مستشفى السلاح الطبي في أم درمان.",
            [
                ("مستشفى السلاح الطبي", "", "SDN", "facility", 15.64, 32.48),
                ("أم درمان", "Omdurman", "SDN", "city", 15.64, 32.48),
            ],
        ),
        (
            "نقل المصاب إلى مستشفى هوجو شافيز الحكومي في ترمسعيا.",
            [
                ("مستشفى هوجو شافيز", "", "PSE", "facility", 32.04, 35.29),
                ("ترمسعيا", "Turmus'ayya", "PSE", "city", 32.04, 35.29),
            ],
        ),
        (
            "تجمع المتظاهرون عند دوار المنارة وسط رام الله.",
            [
                ("دوار المنارة", "", "PSE", "facility", 31.9, 35.2),
                ("رام الله", "Ramallah", "PSE", "city", 31.9, 35.2),
            ],
        ),
        ("افتتحت البلدية سوقا لبيع الخضار في مدينة إدلب.", [("إدلب", "Idlib", "SYR", "city", 35.93, 36.63)]),
        (
            "نقل المصاب إلى مستشفى لتلقي العلاج في بعقوبة.",
            [("بعقوبة", "Baqubah", "IRQ", "city", 33.75, 44.61)],
        ),
        (  # the organisation itself is no facility
            "أعلنت كتائب شهداء الأقصى مسؤوليتها عن الهجوم في نابلس.",
            [("نابلس", "Nablus", "PSE", "city", 32.22, 35.25)],
        ),
    ],
)
def test_facility_names(text: str, expected: list[tuple[object, ...]]) -> None:
    assert resolved(text) == expected
