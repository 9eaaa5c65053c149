"""The finder: every casualty figure of a record, from the figures through breakdowns, the
cumulative flag and the claims, in that order."""

from __future__ import annotations

from rasid.lang.ar.doc import Doc
from rasid.record import Record
from rasid.relate.casualties.breakdowns import (
    drop_unlinked,
    link_elaborations,
    link_markers,
    link_sums,
    root_of,
)
from rasid.relate.casualties.cumulative import cumulative_marks, figures_apart, in_period, period_dated
from rasid.relate.casualties.figures import from_quantity, postposed, repeats_earlier, single_victims
from rasid.relate.casualties.sources import attribute_claims
from rasid.relate.casualties.words import CasualtyText, Victims, casualty_words


def find_victims(record: Record, doc: Doc, words: CasualtyText | None = None) -> list[Victims]:
    """Every casualty figure of the record with status, group, breakdown and cumulative flag
    (`words`: the record's `casualty_words`, read here when not given)."""
    t = casualty_words(record, doc) if words is None else words
    quantities = sorted(record.mentions_of("quantity"), key=lambda q: q.span)
    figures: list[Victims] = []
    for k, q in enumerate(quantities):
        if repeats_earlier(q, quantities[:k]):
            continue
        v = from_quantity(t, postposed(t, q) or q, figures)
        if v is not None:
            figures.append(v)
    figures.extend(single_victims(t, figures, quantities))
    figures.sort(key=lambda v: v.start)
    link_markers(t, figures)
    figures = drop_unlinked(figures)
    link_elaborations(t, figures)
    for v in figures:  # members of an explicit breakdown take their total's status and group
        if v.part_of is not None:
            total = figures[v.part_of]
            if not v.own_status:
                v.status = total.status
            if not v.own_group:
                v.group = total.group
    link_sums(figures)
    marks = cumulative_marks(t, record)
    apart = figures_apart(t, record, figures)
    roots = [root_of(figures, k) for k in range(len(figures))]
    dated = {roots[k] for k, v in enumerate(figures) if period_dated(t, record, v)}
    for k, v in enumerate(figures):
        v.cumulative = in_period(t, marks, apart, figures[roots[k]]) or roots[k] in dated
        if v.status == "victims":
            v.status = "killed"
    attribute_claims(t, record, figures)
    return figures
