"""The span and place reported for a kept name: regions, governorates and facilities."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from rasid.link.gazetteer import Gazetteer, Place
from rasid.recognise.places.evidence import FoundPlace, PlaceCandidate, Reader


def compose(c: PlaceCandidate, reader: Reader, gaz: Gazetteer) -> FoundPlace:
    """The span and place to report: regions, governorates and facilities take the word before."""
    assert c.place is not None
    place, start, end, composed = c.place, c.start, c.end, c.anaphor is not None
    if c.prefix is not None:
        pstart, kind, value = c.prefix
        if kind == "countryside" and place.precision in ("city", "admin1", "admin2"):
            alias = [p for p in gaz.lookup("ريف " + c.match.phrase) if p.name.endswith("countryside")]
            base = alias[0] if alias else place
            name = base.name if alias else f"{place.base_name} countryside"
            place = replace(
                base, name=name, precision="admin2", geonames_id=None, population=0, source="alias"
            )
            start, composed = pstart, True
        elif kind == "type" and value in ("admin1", "admin2") and place.precision == value:
            start, composed = pstart, True
        elif kind == "facility" and place.precision != "country":
            name = f"{place.base_name} {value}".strip()
            place = replace(
                place, name=name, precision="facility", geonames_id=None, population=0, source="alias"
            )
            start, composed = pstart, True
    if place.name.endswith("countryside"):
        found, last, joined_by_and = reader.directions(c.last)
        if found:
            place = with_directions(place, found, joined_by_and)
            end, composed = reader.words[last][1], True
    return FoundPlace(start, end, place, composed)


def with_directions(place: Place, found: list[tuple[str, float, float]], joined_by_and: bool) -> Place:
    if joined_by_and or len(found) > 2:
        label = " and ".join(d[0] for d in found)
        dlat = sum(d[1] for d in found) / len(found)
        dlon = sum(d[2] for d in found) / len(found)
    else:
        label = "".join(d[0].removesuffix("ern") for d in found[:-1]) + found[-1][0]
        dlat, dlon = sum(d[1] for d in found), sum(d[2] for d in found)
    return replace(
        place, name=f"{label} {place.name}", lat=round(place.lat + dlat, 2), lon=round(place.lon + dlon, 2)
    )


def join_parents(cands: list[PlaceCandidate], reader: Reader, composed: dict[int, FoundPlace]) -> None:
    """ "الضاحية الجنوبية لبيروت": a neighbourhood and its own town joined by ل name one place."""
    for a, b in pairwise(cands):
        if id(a) not in composed or id(b) not in composed or a.place is None or b.place is None:
            continue
        if a.place.precision != "neighbourhood" or a.place.parent != b.place.base_name:
            continue
        if b.match.clitic == "ل" and b.first == a.last + 1 and reader.spaced(a.last, b.first):
            inner = composed.pop(id(b))
            composed[id(a)] = replace(composed[id(a)], end=inner.end, composed=True)
