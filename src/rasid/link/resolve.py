"""Choosing which place a name means, from the other places of the same article.

The evidence, strongest first (scores add up):
1. the place word before the name ("محافظة إدلب" wants the governorate, "حي" a
   neighbourhood) filters the candidates when one of them has that precision;
2. other places of the article: same governorate (+3), same country (+2), the
   neighbourhood's own city named (+2) -- "أريحا" in a story about Idlib is Ariha,
   in a story about the West Bank Jericho;
3. nearness (+1.5): a reading within NEAR_KM of a place the article names without
   ambiguity ("محافظة الجوف" beside Saada and Najran is Yemen's, not Saudi Arabia's);
4. the article's own country (+1): the publisher's when the caller knows it, else the
   country its places name most, so a homonym abroad loses to one at home;
5. last, a small prior by precision and by population.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from rasid.link.context import place_context
from rasid.link.gazetteer import Place

#: A reading this close to a place the article names without ambiguity is preferred.
NEAR_KM = 300.0
NEAR_BONUS = 1.5
#: A town this near a governorate of its name is that governorate's seat, not a namesake.
NAMESAKE_SEAT_KM = 100.0
KM_PER_DEGREE = 111.2

#: Preferred reading of a bare name: a town before its governorate, a country first.
PRIOR = {"country": 0.6, "city": 0.5, "admin2": 0.35, "facility": 0.35, "admin1": 0.3, "neighbourhood": 0.1}
#: Which precisions a place word asks for.
HINTS = {
    "city": ("city",),
    "admin1": ("admin1",),
    "admin2": ("admin2", "city"),
    "neighbourhood": ("neighbourhood",),
}


@dataclass
class ArticleContext:
    """Countries, governorates and towns the article names, with how often."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1: Counter[tuple[str, str]] = field(default_factory=Counter)
    towns: Counter[str] = field(default_factory=Counter)
    points: Counter[tuple[float, float]] = field(default_factory=Counter)
    home_country: str | None = None

    def add(self, places: Sequence[Place], sign: int = 1) -> None:
        """Count what all `places` (the readings of one name) agree on."""
        if not places:
            return
        if len(places) == 1:  # most names have one reading (and every kept place): no sets
            self._add_one(places[0], sign)
            return
        countries = {p.country for p in places}
        if len(countries) == 1:
            self.countries[next(iter(countries))] += sign
        admin1 = {(p.country, p.admin1) for p in places}
        if len(admin1) == 1:
            country, adm = next(iter(admin1))
            if adm:
                self.admin1[(country, adm)] += sign
        towns = {p.base_name for p in places if p.precision in ("city", "admin1")}
        if len(towns) == 1:
            self.towns[next(iter(towns))] += sign
        if len(places) == 1 and places[0].precision != "country" and not math.isnan(places[0].lat):
            self.points[(round(places[0].lat, 2), round(places[0].lon, 2))] += sign

    def _add_one(self, p: Place, sign: int) -> None:
        """`add([p], sign)`: one reading agrees with itself on everything."""
        self.countries[p.country] += sign
        if p.admin1:
            self.admin1[(p.country, p.admin1)] += sign
        if p.precision in ("city", "admin1"):
            self.towns[p.base_name] += sign
        if p.precision != "country" and not math.isnan(p.lat):
            self.points[(round(p.lat, 2), round(p.lon, 2))] += sign

    def near(self, place: Place) -> bool:
        """The place lies within NEAR_KM of a place the article names with one reading only."""
        return any(
            n > 0 and distance_km(place.lat, place.lon, *pt) < NEAR_KM for pt, n in self.points.items()
        )

    @classmethod
    def of(cls, readings: Iterable[Sequence[Place]], home_country: str | None = None) -> ArticleContext:
        ctx = cls(home_country=home_country)
        for places in readings:
            ctx.add(places)
        return ctx

    def own_country(self) -> str | None:
        """The article's own country: the caller's, else the one its places name most (no tie)."""
        if self.home_country:
            return self.home_country
        top = self.countries.most_common(2)
        if not top or top[0][1] <= 0 or (len(top) > 1 and top[1][1] == top[0][1]):
            return None
        return top[0][0]

    def names_town(self, town: str | None) -> bool:
        return bool(town) and self.towns[town or ""] > 0


def score(place: Place, ctx: ArticleContext) -> float:
    """How well a place fits the article (higher is better)."""
    return _score(place, ctx, ctx.own_country())


def _score(place: Place, ctx: ArticleContext, own: str | None) -> float:
    """`score`, with the article's own country read once by a caller that scores many readings."""
    s = PRIOR[place.precision] + math.log10(place.population + 1) / 10
    if place.admin1 and ctx.admin1[(place.country, place.admin1)] > 0:
        s += 3
    if ctx.countries[place.country] > 0:
        s += 2
    if place.parent and ctx.towns[place.parent] > 0:
        s += 2
    if ctx.near(place):
        s += NEAR_BONUS
    if own == place.country:
        s += 1
    return s


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Rough distance (enough to tell a namesake hundreds of km away)."""
    dlat = (lat1 - lat2) * KM_PER_DEGREE
    dlon = (lon1 - lon2) * KM_PER_DEGREE * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dlat, dlon)


def filter_by_hint(places: Sequence[Place], hint: str | None) -> list[Place]:
    """The readings a place word asks for, or all of them when none fits."""
    wanted = HINTS.get(hint or "")
    if wanted:
        for precision in wanted:
            kept = [p for p in places if p.precision == precision]
            if kept:
                return kept
    return list(places)


def governorate_of(place: Place) -> Place:
    """The governorate a town gives its name to ("محافظة درعا"), when no alias lists it; where
    the word names a second-level unit (`lower_admin` in place_context.tsv: Saudi Arabia's
    governorates), the town's own governorate ("محافظة صامطة" is Samtah's, not Jazan's)."""
    if place.precision == "admin1":
        return place
    if place.country in _lower_admin_countries():
        name = f"{place.base_name} Governorate"
        return replace(place, name=name, precision="admin2", geonames_id=None, population=0, source="alias")
    name = f"{place.admin1 or place.base_name} Governorate"
    return replace(place, name=name, precision="admin1", geonames_id=None, population=0, source="alias")


@cache
def _lower_admin_countries() -> frozenset[str]:
    ctx = place_context()
    return frozenset(
        code
        for (_word, kind), value in ctx.values.items()
        if kind == "lower_admin"
        for code in value.split("|")
    )


def _bigger_unit_first(places: Sequence[Place], ctx: ArticleContext) -> list[Place]:
    """With no place word before it, a name that is both a governorate and a town of the same
    country lying in another governorate names the governorate, the bigger unit ("صلاح الدين"
    is Iraq's Salah ad-Din, not the Kurdish town of that name far from it): unless the article
    names the town's own governorate. A town at its namesake governorate ("حلب", "صنعاء")
    stays the town."""
    units = [p for p in places if p.precision == "admin1"]

    def stray(p: Place) -> bool:
        return (
            p.precision in ("city", "admin2", "neighbourhood")
            and not (p.admin1 and ctx.admin1[(p.country, p.admin1)] > 0)
            and any(
                u.country == p.country
                and u.admin1 != p.admin1
                and distance_km(u.lat, u.lon, p.lat, p.lon) > NAMESAKE_SEAT_KM
                for u in units
            )
        )

    return [p for p in places if not stray(p)] or list(places)


def choose(places: Sequence[Place], ctx: ArticleContext, hint: str | None = None) -> Place:
    """The best reading of one name in an article; `ctx` must not count this name itself."""
    kept = filter_by_hint(places, hint)
    if not hint:
        kept = _bigger_unit_first(kept, ctx)
    own = ctx.own_country()  # the same for every reading
    best = max(kept, key=lambda p: (_score(p, ctx, own), p.population, p.name, p.country))
    if hint == "admin1" and best.precision != "admin1" and best.precision != "country":
        return governorate_of(best)
    return best
