"""Which incident each casualty figure belongs to; incidents for figures that have none.

A breakdown member goes where its total went. Any other figure goes to the nearest incident
of a fitting family (people killed or injured: attacks and battles; detained or missing:
arrests and abductions; displaced: displacement) named in its sentence - in its segment
first - else in the sentence before; a running tally only to an incident whose sentence also
speaks of a period; one in a tally clause of the clause analysis that fits none goes to the
incident its own sentence tells (any family: the protest whose dead it counts). A figure of one incident with none of those goes to the article's first
incident of its family. What is left gets an incident of its own, one per type and kind
(tally or not) per article, triggered by the word that says what happened ("مقتل", "قتلى").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rasid.lang.ar.doc import Doc
from rasid.record import EventType
from rasid.relate.casualties import Victims
from rasid.relate.events.lexicon import event_lexicon
from rasid.relate.events.merge import Incident
from rasid.relate.events.triggers import EventMention, Segments

FITS: dict[str, frozenset[str]] = {
    "killed": frozenset({"attack", "battle"}),
    "injured": frozenset({"attack", "battle"}),
    "killed_or_injured": frozenset({"attack", "battle"}),
    "detained": frozenset({"detention"}),
    "missing": frozenset({"detention", "attack"}),  # abducted, or lost under the rubble of a strike
    "displaced": frozenset({"displacement", "attack"}),  # fled, or were driven out by the shelling
}
OWN_TYPE: dict[str, EventType] = {
    "killed": "attack_on_civilians",
    "injured": "attack_on_civilians",
    "killed_or_injured": "attack_on_civilians",
    "detained": "arrest",
    "missing": "abduction",
    "displaced": "displacement",
}


@dataclass
class Attachment:
    """Figures per incident (indices into the incident list) after attachment."""

    incidents: list[Incident]
    members: dict[int, list[int]]  # incident index -> figure indices, in text order
    created: set[int]


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def attach(
    doc: Doc,
    segments: Segments,
    incidents: list[Incident],
    figures: list[Victims],
    cumulative_units: set[int],
    settle: Callable[[Incident], None],
    in_tally: Callable[[int], bool] | None = None,
) -> Attachment:
    """Attach every figure; `settle` fills the place, date and type of a created incident;
    `in_tally` says whether a clean offset lies in a clause counting a running total."""
    lex = event_lexicon()
    owner: dict[int, int] = {}
    created: dict[tuple[str, bool], int] = {}
    incidents = list(incidents)
    by_unit: dict[int, list[tuple[int, EventMention]]] | None = None  # before any is created

    def is_cumulative(inc: Incident) -> bool:
        return any(m.unit in cumulative_units for m in inc.mentions) or inc.type == "military_intervention"

    def candidates(f: Victims, unit: int) -> list[tuple[int, EventMention]]:
        fits = FITS[f.status]
        out: list[tuple[int, EventMention]] = []
        for k, inc in enumerate(incidents):
            if lex.family(inc.type) not in fits and inc.family not in fits:
                continue
            if f.cumulative and not is_cumulative(inc):
                continue
            out.extend((k, m) for m in inc.mentions if m.unit == unit)
        return out

    for i, f in enumerate(figures):
        if f.part_of is not None and f.part_of in owner:
            owner[i] = owner[f.part_of]
            continue
        here = candidates(f, f.unit)
        if here:
            same = [c for c in here if segments.same(c[1].core[0], f.start)] or here
            owner[i] = min(same, key=lambda c: (_gap(c[1].span, f.span), c[1].core[0]))[0]
            continue
        before = candidates(f, f.unit - 1) if f.unit > 0 else []
        if before:
            owner[i] = max(before, key=lambda c: c[1].core[0])[0]
            continue
        if in_tally is not None and in_tally(f.start):
            if by_unit is None:
                by_unit = _by_unit(incidents)
            told = _told_nearby(by_unit, f)
            if told is not None:  # a tally counts the victims of what its sentence tells
                owner[i] = told
                continue
        if not f.cumulative:
            main = [
                k
                for k, inc in enumerate(incidents)
                if (inc.family in FITS[f.status] or lex.family(inc.type) in FITS[f.status])
                and not is_cumulative(inc)
            ]
            if main:
                owner[i] = main[0]
                continue
        key = (OWN_TYPE[f.status], f.cumulative)
        if key not in created:
            incidents.append(_own_incident(doc, segments, f, key[0]))
            created[key] = len(incidents) - 1
            settle(incidents[-1])
        owner[i] = created[key]
    members: dict[int, list[int]] = {}
    for i in sorted(owner, key=lambda j: figures[j].start):
        members.setdefault(owner[i], []).append(i)
    return Attachment(incidents, members, set(created.values()))


def _by_unit(incidents: list[Incident]) -> dict[int, list[tuple[int, EventMention]]]:
    """(incident index, mention) per sentence unit, built once per article."""
    out: dict[int, list[tuple[int, EventMention]]] = {}
    for k, inc in enumerate(incidents):
        for m in inc.mentions:
            out.setdefault(m.unit, []).append((k, m))
    return out


def _told_nearby(units: dict[int, list[tuple[int, EventMention]]], f: Victims) -> int | None:
    """The incident of any family told nearest to a tally figure in its own sentence unit ("قتل
    متظاهران خلال الاحتجاجات، ليرتفع عدد القتلى إلى 4"): the tally reports that incident's
    toll, it is no incident of its own. A tally in a sentence of its own keeps its own event."""
    here = units.get(f.unit, [])
    if here:
        return min(here, key=lambda c: (_gap(c[1].span, f.span), c[1].core[0]))[0]
    return None


def _own_incident(doc: Doc, segments: Segments, f: Victims, kind: EventType) -> Incident:
    start, end = f.status_span or f.span
    mention = EventMention(
        start=start,
        end=end,
        core=(start, end),
        type=kind,
        strength=3,
        unit=doc.unit_of(start),
        segment=segments.of(start),
        title=doc.in_title(start),
        family=event_lexicon().family(kind),
    )
    inc = Incident([mention], type=kind, cumulative=f.cumulative)
    return inc
