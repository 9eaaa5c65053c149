"""Breakdowns (`part_of`): a marker before or after a count, a member joined by "و", an
elaboration ("حيث قضى 3 أشخاص"), and later figures that add up to an earlier total."""

from __future__ import annotations

import bisect

from rasid.record import Group, Status
from rasid.relate.casualties.lexicon import WordStatus
from rasid.relate.casualties.status import bare_gap, breakdown_before, breakdown_inside, member_tail
from rasid.relate.casualties.words import CasualtyText, Victims, joiner

ELABORATION_WORDS = 3  # words between "حيث" and the status verb it opens
TOTAL_UNITS = 3  # sentences back in which a breakdown that names a status finds its total


def _marker_status(t: CasualtyText, start: int) -> WordStatus | None:
    """The status a breakdown marker right before `start` names ("بين المصابين" → injured)."""
    k = bisect.bisect_right(t.breakdown_ends, start)
    if k == 0 or not bare_gap(t, t.breakdown_ends[k - 1], start):
        return None
    end = t.breakdown_ends[k - 1]
    begin = t.breakdown_begin.get(end, end)
    named = next((t.status[w.i] for w in t.doc.words_in(begin, end) if w.i in t.status), None)
    if named is not None:
        return named
    head = t.word(t.doc.word_at(begin) - 1)  # "سقوط ضحايا بينهم": the victims the marker opens
    if (
        head is not None
        and head.i in t.status
        and t.status[head.i] == "victims"
        and bare_gap(t, head.end, begin)
    ):
        return "victims"
    return None


def _total_before(t: CasualtyText, figures: list[Victims], k: int) -> int | None:
    """The total a breakdown opening a sentence details: the last total of the sentence before
    ("وثق مقتل 120 مدنيا. وبين الضحايا 30 طفلا"), or, when the marker names a status ("بين
    المصابين"), the last total of that status in the sentences before."""
    v = figures[k]
    status: WordStatus | Status | None = _marker_status(t, v.start)
    if status is None or status == "victims":
        # The sentence before, or the nearest one with a figure when those between count none
        # ("... 20258 شهيدا". ومعظم القتلى من المدنيين. وبينهم 201 قتيل").
        nearest = figures[k - 1].unit if k > 0 else v.unit
        units = range(nearest, nearest + 1) if nearest >= v.unit - TOTAL_UNITS else range(0)
        if not v.provisional:
            status = v.status  # a member that names its status details a total of that status
    else:
        units = range(v.unit - TOTAL_UNITS, v.unit)
    totals = [
        j
        for j in range(k - 1, -1, -1)  # figures are in text order: the units before come last first
        if figures[j].unit in units and figures[j].part_of is None and not figures[j].single
    ]
    if status == "victims":  # victims are read as killed: the killed total first
        killed = next((j for j in totals if figures[j].status == "killed"), None)
        if killed is not None:
            return killed
    return next((j for j in totals if status in (None, "victims", figures[j].status)), None)


def link_markers(t: CasualtyText, figures: list[Victims]) -> None:
    first: dict[int, int] = {}  # unit -> index of its first figure (figures are in text order)
    for k, v in enumerate(figures):
        prev = list(range(first.setdefault(v.unit, k), k))
        marked = breakdown_before(t, v.start) or breakdown_inside(t, v.span)
        if not prev and marked:
            total = _total_before(t, figures, k)
            if total is not None:
                v.part_of, v.link = total, "marker"
            continue
        if not prev:
            continue
        if marked:
            totals = [j for j in prev if figures[j].part_of is None and not figures[j].single]
            v.part_of, v.link = (totals or prev)[-1], "marker"
            continue
        p = figures[prev[-1]]
        if p.part_of is not None and p.link in ("marker", "continuation"):
            gap = t.doc.text[p.end : v.start]
            if all(joiner(ch) for ch in gap) or member_tail(t, p.end, v.start):
                v.part_of, v.link = p.part_of, "continuation"


def drop_unlinked(figures: list[Victims]) -> list[Victims]:
    """Drop a figure whose status was to come from a total that was not found; renumber links."""
    keep = [k for k, v in enumerate(figures) if not (v.provisional and v.part_of is None)]
    new = {old: n for n, old in enumerate(keep)}
    out = [figures[k] for k in keep]
    for v in out:
        if v.part_of is not None:
            v.part_of = new.get(v.part_of)
    return out


def link_elaborations(t: CasualtyText, figures: list[Victims]) -> None:
    for k, v in enumerate(figures):
        if v.part_of is not None or v.status_at is None:
            continue
        i = t.doc.word_at(v.status_at)
        word = t.doc.words[i].norm
        glued = word[:1] in t.lex.elaboration_clitics and word[1:] in t.lex.status
        j = bisect.bisect_right(t.elaborations, (v.status_at, v.status_at)) - 1  # the nearest before
        opened = j >= 0 and (
            t.doc.words_between(t.elaborations[j][0], v.status_at) <= ELABORATION_WORDS
            and t.same_unit(t.elaborations[j][1], v.start)
        )
        if not glued and not opened:
            continue
        totals = [j for j in range(k) if figures[j].unit == v.unit and figures[j].part_of is None
                  and figures[j].status == v.status and figures[j].end <= v.status_at]  # fmt: skip
        if not totals:
            continue
        total = totals[-1]
        for j in range(k, len(figures)):
            f = figures[j]
            if f.unit == v.unit and f.part_of is None and f.status == v.status:
                f.part_of, f.link = total, "elaboration"


def _compatible_group(total: Group, part: Group) -> bool:
    if total in ("people", part):
        return True
    return total == "civilians" and part in ("children", "women", "men")


def link_sums(figures: list[Victims]) -> None:
    """Later figures that add up exactly to an earlier exact total are its parts."""
    for k, total in enumerate(figures):
        if total.part_of is not None or total.qualifier != "exact" or not total.value or total.value < 2:
            continue
        statuses = {"killed", "injured"} if total.status == "victims" else {total.status}
        run: list[int] = []
        acc = 0.0
        for j in range(k + 1, len(figures)):
            f = figures[j]
            if f.unit == total.unit or f.part_of is not None or (f.value is None and f.vague is None):
                continue
            if f.status not in statuses and not (total.status == "victims" and f.status == "victims"):
                continue
            if f.value == total.value or f.vague is not None or not _compatible_group(total.group, f.group):
                continue
            run.append(j)
            acc += f.value or 0
            if acc >= total.value:
                break
        if len(run) < 2 or acc != total.value:
            continue
        anchor = max(
            (
                i
                for i in range(k, run[0])
                if figures[i].value == total.value and figures[i].status == total.status
            ),
            default=k,
        )
        for j in run:
            figures[j].part_of, figures[j].link = anchor, "sum"
        if total.status == "victims" and any(figures[j].status == "injured" for j in run):
            figures[anchor].status = "killed_or_injured"
            total.status = "killed_or_injured"


def root_of(figures: list[Victims], k: int) -> int:
    seen = set()
    while figures[k].part_of is not None and k not in seen:
        seen.add(k)
        k = figures[k].part_of  # type: ignore[assignment]
    return k
