"""Place compatibility: may two reports' places be where one incident happened?

Two places are compatible when one contains the other (a country contains its towns, a
governorate the places of that admin-1, a district or countryside the places of its
admin-1 within `REGION_KM`), or when both are points (town, neighbourhood, facility)
in the same admin-1 within `NEAR_KM` of each other. Unknown places never contradict.
"""

from __future__ import annotations

import math

from rasid.incidents.facts import PlaceFacts

#: Two point places (towns, neighbourhoods, facilities) further apart are different incidents.
NEAR_KM = 15.0
#: How far from its centre a district or countryside ("ريف إدلب", "الغوطة الشرقية") reaches.
REGION_KM = 60.0
#: Two places closer than this are the same place (one report names a market, the other its town).
SAME_KM = 2.0

#: Coarse precisions, from the largest: a place of one of these contains finer places.
_RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3, "neighbourhood": 4, "facility": 4}


def rank(place: PlaceFacts | None) -> int:
    """0 (country) … 4 (neighbourhood, facility); -1 when unknown."""
    if place is None or place.precision is None:
        return -1
    return _RANK.get(place.precision, -1)


def km(a: PlaceFacts, b: PlaceFacts) -> float | None:
    """Great-circle distance in kilometres, None when a point is missing."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def contains(big: PlaceFacts, small: PlaceFacts) -> bool:
    """`big` is a coarser place that includes `small`."""
    rb, rs = rank(big), rank(small)
    if rb < 0 or rs < 0 or rb >= rs:
        return False
    if big.country and small.country and big.country != small.country:
        return False
    if rb == 0:
        return True
    if big.admin1 and small.admin1 and big.admin1 != small.admin1:
        return False
    if rb == 1:
        return bool(big.admin1 and big.admin1 == small.admin1)
    d = km(big, small)
    return d is not None and d <= REGION_KM


def compatible(a: PlaceFacts | None, b: PlaceFacts | None) -> bool:
    if a is None or b is None or rank(a) < 0 or rank(b) < 0:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if contains(a, b) or contains(b, a):
        return True
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    d = km(a, b)
    if d is None:
        return same(a, b)
    return d <= NEAR_KM


def same(a: PlaceFacts, b: PlaceFacts) -> bool:
    """The same place: the same name, or the same point."""
    if a.name and b.name and a.name == b.name and a.country == b.country:
        return True
    d = km(a, b)
    return d is not None and d <= SAME_KM
