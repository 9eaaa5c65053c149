"""Jazan's governorates by their full and short spellings (place_aliases.tsv): "الداير بني مالك"
opens a list the others inherit; "فيفا" alone is the football federation, a place only in such
a list or after a place word."""

from __future__ import annotations

import pytest
from tests.recognise.places_support import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "غمرت السيول أودية محافظة الداير بني مالك، وفيفا، والعيدابي مساء الخميس.",
            [("الداير بني مالك", "Al-Dayer Governorate"), ("فيفا", "Fayfa'"), ("العيدابي", "Al-Aydabi")],
        ),
        ("فرض الاتحاد الدولي فيفا غرامة على النادي.", []),
        ("اجتمعت الهيئة مع مصر وفيفا أمس.", []),
    ],
)
def test_jazan_governorates_in_a_list(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(surface, f.place.name) for surface, f in found(text)] == expected
