"""Small EventFacts builders for the incident tests (places from the shipped gazetteer's values)."""

from __future__ import annotations

from typing import Any

from rasid.incidents import Actor, EventFacts, Figure, PlaceFacts

ARIHA = PlaceFacts("Ariha", "أريحا", "SYR", "Idlib", 35.81, 36.61, "city")
ARIHA_MARKET = PlaceFacts("Ariha market", "سوق أريحا", "SYR", "Idlib", 35.812, 36.608, "facility")
IDLIB_GOV = PlaceFacts("Idlib Governorate", "محافظة إدلب", "SYR", "Idlib", 35.93, 36.63, "admin1")
SARAQIB = PlaceFacts("Saraqib", "سراقب", "SYR", "Idlib", 35.86, 36.80, "city")
KHAN_SHAYKHUN = PlaceFacts("Khan Shaykhun", "خان شيخون", "SYR", "Idlib", 35.44, 36.65, "city")
ALEPPO = PlaceFacts("Aleppo", "حلب", "SYR", "Aleppo", 36.20, 37.16, "city")
SYRIA = PlaceFacts("Syria", "سوريا", "SYR", None, 35.0, 38.5, "country")
TAIZ = PlaceFacts("Taiz", "تعز", "YEM", "Taiz", 13.58, 44.02, "city")


def killed(value: int, *, group: str = "people", source: str | None = None, **kw: Any) -> Figure:
    return Figure("killed", group, float(value), value, value, source=source, **kw)


def facts(
    doc: str,
    *,
    outlet: str | None = None,
    type: str = "airstrike",
    date: str | None = "2017-10-17",
    precision: str | None = "day",
    published: str | None = "2017-10-18",
    place: PlaceFacts | None = ARIHA,
    perpetrators: tuple[str, ...] = (),
    figures: tuple[Figure, ...] = (),
    tally: bool = False,
    sentence: str = "",
    event: str = "e1",
) -> EventFacts:
    return EventFacts(
        doc_id=doc,
        event_id=event,
        type=type,
        outlet=outlet if outlet is not None else f"outlet-{doc}",
        published=published,
        date=date,
        date_precision=precision if date else None,
        place=place,
        perpetrators=tuple(Actor(p) for p in perpetrators),
        figures=figures,
        tally=tally,
        sentence=sentence,
    )
