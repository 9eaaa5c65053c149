"""The document view as data: the clean text cut into segments at every span boundary.

Mentions of different kinds may nest or cross (a place inside an actor's name), and a
casualty figure or a claim's content spans several mentions, so the text is cut at every
boundary of every span the page may mark, and each piece carries the ids of the mentions
covering it. The container's text content is then exactly `record.text`: character offset
`i` in the browser is offset `i` of the record, which the highlight test and the
select-to-add review rely on. Every piece of article text goes through `escape`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from rasid.record import Record

KINDS = ("actor", "place", "date", "quantity", "weapon")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    mentions: tuple[str, ...]
    kinds: tuple[str, ...]


@dataclass
class Card:
    """An event, a casualty figure or a claim, with the span its evidence covers."""

    kind: str
    id: str
    target_id: str
    title: str
    span: tuple[int, int]
    rows: list[tuple[str, str, str]] = field(default_factory=list)  # (label, store column, value)
    children: list[Card] = field(default_factory=list)


def mention_value(m: Any) -> str:
    """The normalised value a hover shows: ISO date, coordinates, canonical name, low/high."""
    kind = m.kind
    if kind == "date":
        parts = [m.value or "unresolved", m.precision or ""]
        if m.range is not None:
            parts.append(f"{m.range.from_}..{m.range.to}")
        return f"date: {' '.join(p for p in parts if p)}"
    if kind == "place":
        where = ", ".join(x for x in (m.name, m.admin1, m.country) if x)
        coords = f" @ {m.lat:.4f}, {m.lon:.4f}" if m.lat is not None and m.lon is not None else ""
        return f"place: {where or m.text}{coords} ({m.precision or '?'})"
    if kind == "actor":
        extra = f" ⊂ {m.parent}" if m.parent else ""
        return f"actor {m.type}: {m.name or m.text}{extra}"
    if kind == "quantity":
        value = "" if m.value is None else f"{m.value:g}"
        bounds = f" low {m.low if m.low is not None else '?'} high {m.high if m.high is not None else '?'}"
        vague = f" ({m.vague})" if m.vague else ""
        return f"quantity: {value} {m.qualifier or ''}{bounds}{vague} {m.unit or ''}".strip()
    if kind == "weapon":
        return f"weapon: {m.name}{' (banned)' if m.banned else ''}"
    return kind


def evidence_spans(record: Record) -> list[tuple[int, int]]:
    """Every span a card can mark: triggers, casualty figures, claim cues and contents."""
    spans: list[tuple[int, int]] = []
    for ev in record.events:
        spans.append(tuple(ev.trigger.span))  # type: ignore[arg-type]
        spans.extend(tuple(c.span) for c in ev.casualties)  # type: ignore[misc]
    for cl in record.claims:
        spans.append(tuple(cl.cue.span))  # type: ignore[arg-type]
        spans.append(tuple(cl.content.span))  # type: ignore[arg-type]
    return spans


def segments(record: Record) -> list[Segment]:
    """Cut `record.text` at every mention and evidence boundary; pieces cover the whole text."""
    n = len(record.text)
    cuts = {0, n}
    for m in record.mentions:
        cuts.update(m.span)
    for span in evidence_spans(record):
        cuts.update(span)
    points = sorted(c for c in cuts if 0 <= c <= n)
    out: list[Segment] = []
    for a, b in itertools.pairwise(points):
        if a == b:
            continue
        covering = [m for m in record.mentions if m.span[0] <= a and b <= m.span[1]]
        out.append(Segment(a, b, tuple(m.id for m in covering), tuple(sorted({m.kind for m in covering}))))
    return out


def text_html(record: Record) -> Markup:
    """The clean text as escaped HTML, one element per segment (no other text in between)."""
    by_id = {m.id: m for m in record.mentions}
    parts: list[str] = []
    for seg in segments(record):
        piece = escape(record.text[seg.start : seg.end])
        classes = " ".join(["seg", *(f"k-{k}" for k in seg.kinds)])
        title = " | ".join(mention_value(by_id[i]) for i in seg.mentions)
        attrs = f'class="{classes}" data-s="{seg.start}" data-e="{seg.end}"'
        if seg.mentions:
            attrs += f' data-m="{escape(" ".join(seg.mentions))}" title="{escape(title)}"'
        parts.append(f"<span {attrs}>{piece}</span>")
    return Markup("".join(parts))


def _figure(c: Any) -> str:
    value = "?" if c.value is None else f"{c.value:g}"
    bounds = f"[{c.low if c.low is not None else '?'}–{c.high if c.high is not None else '?'}]"
    return f"{value} {c.qualifier or ''} {bounds}{' ' + c.vague if c.vague else ''}".strip()


def cards(record: Record) -> list[Card]:
    """Event cards (with their casualty figures) and claim cards, each with its evidence span."""
    by_id = {m.id: m for m in record.mentions}
    claims = {c.id: c for c in record.claims}

    def name(mid: str | None) -> str:
        if mid is None or mid not in by_id:
            return "—"
        m = by_id[mid]
        return f"{m.text} ({mention_value(m)})"

    def claim_source(cid: str | None) -> str:
        if cid is None or cid not in claims:
            return "the article's own voice"
        return name(claims[cid].source)

    out: list[Card] = []
    for ev in record.events:
        card = Card(
            "event",
            ev.id,
            f"{record.id}/{ev.id}",
            f"{ev.type} — {ev.trigger.text}",
            tuple(ev.trigger.span),  # type: ignore[arg-type]
            rows=[
                ("type", "type", ev.type),
                ("date", "date", name(ev.date)),
                ("place", "place_name", name(ev.place)),
                (
                    "perpetrator",
                    "perpetrator_names",
                    ", ".join(name(a) for a in ev.actors.perpetrator) or "—",
                ),
                ("target", "target_names", ", ".join(name(a) for a in ev.actors.target) or "—"),
                ("weapons", "weapon_names", ", ".join(name(w) for w in ev.weapons) or "—"),
                ("claim source", "claim", claim_source(ev.claim)),
            ],
        )
        for i, c in enumerate(ev.casualties):
            card.children.append(
                Card(
                    "casualty",
                    f"{ev.id}/c{i}",
                    f"{record.id}/{ev.id}/{i}",
                    f"{c.status} {c.group}: {_figure(c)}",
                    tuple(c.span),  # type: ignore[arg-type]
                    rows=[
                        ("status", "status", c.status),
                        ("group", "group", c.group),
                        ("value", "value", "" if c.value is None else f"{c.value:g}"),
                        ("low", "low", "" if c.low is None else str(c.low)),
                        ("high", "high", "" if c.high is None else str(c.high)),
                        ("cumulative", "cumulative", "yes" if c.cumulative else "no"),
                        ("claim source", "claim_source", claim_source(c.claim)),
                    ],
                )
            )
        out.append(card)
    for cl in record.claims:
        out.append(
            Card(
                "claim",
                cl.id,
                f"{record.id}/{cl.id}",
                f"{cl.stance} — {cl.cue.text}",
                tuple(cl.content.span),  # type: ignore[arg-type]
                rows=[
                    ("source", "source_name", name(cl.source)),
                    ("stance", "stance", cl.stance),
                    ("date", "date", name(cl.date)),
                ],
            )
        )
    return out
