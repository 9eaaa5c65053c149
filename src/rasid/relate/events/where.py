"""Where an event happened: the finest of nested places, never a landmark named to locate it.

A report names the country or governorate first and the village after it ("في جنوب اليمن ...
في عدن", "في محافظة الشرقية ... في مدينة فاقوس"), or a place only to say where the scene
lies from it ("قرب الحدود مع مالي", "شمال القاهرة"). An event's place is the finest place its
stretch of text names inside the coarse one it found first, and a place named after a border
word ("الحدود مع تنزانيا") or a compass word ("شمال القاهرة") is a landmark, not the scene:
- `landmark(doc, place)`: the place follows "الحدود مع"/"الحدودية مع" or stands right after a
  bare compass word (data/place_context.tsv, kinds `border` and `compass`). A compass word after
  a locative ("في شمال نيجيريا") names a part of the place, so the place is no landmark.
- `finest(chosen, pool)`: while `chosen` is a country or an admin-1 area, the first place of
  `pool` (text order) that lies in it and is finer (a governorate in its country, a town in its
  governorate) and is no landmark takes its place. A facility is never taken ("نقلوا إلى
  مستشفى ناصر" names where the wounded went), nor a place the gazetteer could not resolve.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rasid.lang.ar.doc import Doc
from rasid.link.context import place_context
from rasid.record import PlaceMention

#: Precisions from the coarsest; a place is "finer" when its rank is higher.
RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3, "neighbourhood": 4, "facility": 5}
COARSE = frozenset({"country", "admin1"})
#: A facility names where the wounded were taken or what was hit, not the town: never a refinement.
FINEST_TAKEN = RANK["neighbourhood"]
WITH = "مع"  # "الحدود مع مالي": the border with


def _known(p: PlaceMention) -> bool:
    return p.lat is not None and p.precision is not None


def holds(outer: PlaceMention, inner: PlaceMention) -> bool:
    """`inner` lies in `outer`: the same country for a country, the same admin-1 for a governorate."""
    if outer.precision == "country":
        return bool(outer.country) and inner.country == outer.country
    if outer.precision == "admin1":
        return bool(outer.admin1) and inner.admin1 == outer.admin1 and inner.country == outer.country
    return False


def landmark(doc: Doc, place: PlaceMention, *, compass: bool = True) -> bool:
    """The place is named to locate the scene, not as the scene: after a border word and "مع"
    ("القريبة من الحدود مع تنزانيا"), or (`compass`) right after a compass word that no locative
    precedes ("شمال القاهرة", but not "في شمال نيجيريا"). A sentence that names no other place
    ("غارة شمال سوريا") still happened there: callers that pick the only place ask for borders only."""
    ctx = place_context()
    i = doc.word_at(place.span[0])
    before = [w.norm for w in doc.words[max(0, i - 2) : i]]
    if len(before) == 2 and before[1] == WITH and ctx.has(before[0], "border"):
        return True
    if not compass or not before or not ctx.has(before[-1], "compass", clitics=False):
        return False
    ahead = before[0] if len(before) == 2 else ""
    return not (ahead and ctx.has(ahead, "loc"))


def finest(
    chosen: PlaceMention | None,
    pool: Iterable[PlaceMention],
    keep: Callable[[PlaceMention], bool] = lambda p: True,
) -> PlaceMention | None:
    """The finest place of `pool` nested in `chosen`, one level at a time (see the module docstring)."""
    places = [p for p in pool if _known(p) and RANK.get(p.precision or "", 0) <= FINEST_TAKEN and keep(p)]
    seen: set[str] = set()
    while chosen is not None and chosen.precision in COARSE and chosen.id not in seen:
        seen.add(chosen.id)
        outer = chosen
        inner = next(
            (p for p in places if RANK[p.precision or ""] > RANK[outer.precision or ""] and holds(outer, p)),
            None,
        )
        if inner is None:
            break
        chosen = inner
    return chosen


def one_inside(chosen: PlaceMention, places: Iterable[PlaceMention], doc: Doc) -> PlaceMention | None:
    """The article's only finer place inside a coarse `chosen`: a report that tells an attack "في
    اليمن" and names one place in Yemen anywhere else ("محافظة البيضاء") tells where it was. None
    when `chosen` is no country or governorate, or the article names none or several places in it
    (a facility, a landmark or a place the gazetteer could not resolve does not count)."""
    if chosen.precision not in COARSE:
        return None
    inside: dict[str, PlaceMention] = {}
    for p in places:
        if (
            p.name
            and _known(p)
            and RANK.get(p.precision or "", 0) <= FINEST_TAKEN
            and RANK[p.precision or ""] > RANK[chosen.precision or ""]
            and holds(chosen, p)
            and not landmark(doc, p)
        ):
            inside.setdefault(p.name, p)
    return next(iter(inside.values())) if len(inside) == 1 else None
