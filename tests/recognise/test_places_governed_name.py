"""A name after a noun that carries the preposition ب ("بمركز طهطا") is that noun's genitive:
a verb right after it has another subject, so the name stays a place."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اندلعت مشاجرة بمركز طهطا استخدمت فيها الأسلحة النارية.", [("طهطا", "Tahta")]),
        ("وقالت مصادر إن دمشق استخدمت الطيران في القصف.", []),  # no governing noun: the subject
    ],
)
def test_governed_name_is_no_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(surface, f.place.name) for surface, f in found(text)] == expected
