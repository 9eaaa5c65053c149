"""The places the recogniser finds in a text, each with the words it stands on: what the place tests compare."""

from __future__ import annotations

import math

from rasid.lang.ar.text import TextView
from rasid.recognise.places import FoundPlace, find_places


def found(text: str) -> list[tuple[str, FoundPlace]]:
    """Every place found in `text`, with its surface in `text`."""
    view = TextView(text)
    out = []
    for f in find_places(view):
        s, e = view.span(f.start, f.end)
        out.append((text[s:e], f))
    return out


def rounded(value: float) -> float | None:
    """A coordinate to two decimals; None when the place has none."""
    return None if math.isnan(value) else round(value, 2)


PlaceRow = tuple[str, str, str, float | None, float | None]
ResolvedRow = tuple[str, str, str, str, float | None, float | None]


def described(text: str) -> list[PlaceRow]:
    """(surface, name, precision, lat, lon) of every place found in `text`."""
    return [
        (surface, f.place.name, f.place.precision, rounded(f.place.lat), rounded(f.place.lon))
        for surface, f in found(text)
    ]


def resolved(text: str) -> list[ResolvedRow]:
    """(surface, name, country, precision, lat, lon) of every place found in `text`."""
    return [
        (
            surface,
            f.place.name,
            f.place.country,
            f.place.precision,
            rounded(f.place.lat),
            rounded(f.place.lon),
        )
        for surface, f in found(text)
    ]
