"""What a quantity is: its span, value, qualifier, inclusive bounds, vague class and counted noun;
and the bounds a qualified value takes (the convention in the package docstring)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from rasid.record import Qualifier, Vague

_ABOUT = Fraction(1, 10)  # the width of "about": ±10 %


@dataclass(frozen=True)
class Quantity:
    """A quantity found in a normalised text; offsets are normalised offsets."""

    start: int
    end: int
    value: float | None
    qualifier: Qualifier | None
    low: int | None
    high: int | None
    vague: Vague | None
    unit: tuple[int, int] | None  # span of the counted noun, None when it is left out


def bounds(value: float, qualifier: Qualifier) -> tuple[int | None, int | None]:
    """Inclusive integer bounds of a qualified value (see the module docstring)."""
    v = Fraction(str(value))
    lo, hi = math.floor(v), math.ceil(v)
    if qualifier == "more_than":
        return lo + 1, None
    if qualifier == "at_least":
        return hi, None
    if qualifier == "about":
        return math.floor(v * (1 - _ABOUT)), math.ceil(v * (1 + _ABOUT))
    if qualifier == "up_to":
        return None, lo
    if qualifier == "less_than":
        return None, hi - 1
    return lo, hi
