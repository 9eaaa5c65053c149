"""Inclusive integer bounds of a qualified value (the convention of rasid.recognise.quantities)."""

from __future__ import annotations

import pytest

from rasid.recognise.quantities import bounds


@pytest.mark.parametrize(
    ("value", "qualifier", "expected"),
    [
        (17, "exact", (17, 17)),
        (40.3, "exact", (40, 41)),
        (2000, "more_than", (2001, None)),
        (2.5, "more_than", (3, None)),
        (12, "at_least", (12, None)),
        (12.5, "at_least", (13, None)),
        (40, "about", (36, 44)),
        (10, "about", (9, 11)),
        (1170, "about", (1053, 1287)),
        (22e9, "about", (19800000000, 24200000000)),  # no float noise at the edges
        (500, "up_to", (None, 500)),
        (50, "less_than", (None, 49)),
        (2.5, "less_than", (None, 2)),
    ],
)
def test_quantities_bounds(value: float, qualifier: str, expected: tuple[int | None, int | None]) -> None:
    assert bounds(value, qualifier) == expected  # type: ignore[arg-type]
