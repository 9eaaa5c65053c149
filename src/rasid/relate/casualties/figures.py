"""Casualty figures from quantity mentions (a count whose noun is a person, status or "others"
noun, or a bare count where the noun is left out) and singular victims ("قتل طفل"); a definite
count that repeats an earlier figure is no new figure."""

from __future__ import annotations

import bisect
from collections.abc import Mapping

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.doc import Word
from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.numbers import particles
from rasid.record import Group, QuantityMention, Status
from rasid.relate.casualties.lexicon import GroupWord, WordStatus
from rasid.relate.casualties.status import (
    breakdown_before,
    breakdown_inside,
    group_after,
    group_of_toll,
    joined_to_member,
    killed_or_injured,
    paired_before,
    people_of,
    person_group,
    status_for,
    status_right_before,
    toll_before,
    toll_predicate,
    victims_of_verb,
)
from rasid.relate.casualties.words import (
    CasualtyText,
    Victims,
    comma_chars,
    conjunctions,
    letters,
    unit_word,
)
from rasid.relate.text import SpanSet, in_set

PEOPLE = GroupWord("people", "person")


def postposed(t: CasualtyText, q: QuantityMention) -> QuantityMention | None:
    """A number in words after its noun ("متظاهرين اثنين قتلا", "مدنيون ثلاثة"): the quantity
    the recogniser read with the next word as its noun, re-read with the noun before it."""
    first = t.word(t.doc.word_at(q.span[0]))
    if first is None or q.vague is not None or q.qualifier != "exact" or first.norm[:1].isdigit():
        return None
    noun = unit_word(q, t.doc)
    own = noun is not None and noun.i in t.status and not in_set(noun.norm, t.lex.verbs)
    if noun is not None and (noun.i == first.i or own or person_group(t, noun) is not None):
        return None  # "ثلاثة أطفال": the noun after is the count's own
    pre = t.word(first.i - 1)
    if (
        pre is None
        or pre.i in t.units
        or t.doc.text[pre.end : first.start].strip()
        or not t.same_unit(pre.start, first.start)
    ):
        return None
    if pre.norm.lstrip("وف").startswith(affixes("definite_prefix")) or person_group(t, pre) is None:
        return None
    text = t.doc.text[pre.start : first.end]
    return q.model_copy(
        update={"span": (pre.start, first.end), "text": text, "unit": t.doc.text[pre.start : pre.end]}
    )


def from_quantity(t: CasualtyText, q: QuantityMention, found: list[Victims]) -> Victims | None:
    noun = unit_word(q, t.doc)
    at = t.group_at(noun.start) if noun is not None else None
    entry = at[1] if at is not None else None
    if entry is None and noun is not None and noun.i not in t.status:
        word = letters(noun.norm)  # "13مدنيا": the number glued on
        entry = t.lex.single_groups.get(word) if word != noun.norm else None
        entry = entry or t.lex.inflected_group(word)  # "شرطيان", "23 متمردا", "4 من عناصره"
    if entry is None and noun is not None and people_of(noun.norm, t.lex):
        entry = PEOPLE  # "ثمانية فلسطينيين", "14 مليون سوري"
    if entry is None and noun is not None and noun.i not in t.status and victims_of_verb(t, q, noun):
        entry = PEOPLE  # "مقتل 7 صيادين": a plural of people that no row lists
    status_noun = noun is not None and noun.i in t.status
    breakdown = breakdown_before(t, q.span[0]) or breakdown_inside(t, q.span) or joined_to_member(t, q, found)
    if noun is not None and entry is None and not status_noun:
        return None  # a count of strikes, houses, countries ...
    if (
        noun is None
        and q.vague is None
        and not breakdown
        and not toll_before(t, q)
        and not status_right_before(t, q)
        and toll_predicate(t, q) is None
    ):
        return None  # a bare number outside a breakdown, a toll ("عدد الجرحى نحو 1530") or "مقتل تسعة"
    got = status_for(t, q, noun, entry)
    toll = toll_predicate(t, q) if got is None else None
    if toll is not None:
        got = t.status[toll.i], toll.start, toll
    provisional = False
    if got is None and breakdown:
        got, provisional = ("killed", None, None), True  # a breakdown member: its total says what happened
    if got is None:
        return None
    status, status_at, status_word = got
    unit = t.doc.unit_of(q.span[0])
    status_span = (status_word.start, status_word.end) if status_word is not None else None
    if status in ("killed", "victims") and killed_or_injured(
        t, status_word if status_word and status_word.start >= q.span[0] else None
    ):
        status = "killed_or_injured"
    elif status_at is not None and paired_before(t, status_word):
        status = "killed_or_injured"  # "مقتل وإصابة 11 شخصا"
    group: Group = "people"
    own_group = True
    if entry is not None and entry.kind in ("person", "single"):
        group = entry.group
    elif entry is not None and entry.kind == "others":
        before = [v for v in found if v.unit == unit and not v.single and not v.member_hint]
        group = before[-1].group if before else "people"
    elif status_noun and noun is not None:
        group = group_after(t, noun.end, unit) or group_of_toll(t, q, unit) or "people"
    else:
        own_group = noun is not None
    return Victims(
        start=q.span[0],
        end=q.span[1],
        value=q.value,
        qualifier=q.qualifier,
        low=q.low,
        high=q.high,
        vague=q.vague,
        status=status,
        group=group,
        unit=unit,
        status_at=status_at,
        status_span=status_span,
        own_status=status_noun,
        own_group=own_group,
        provisional=provisional,
        member_hint=breakdown,
    )


def _between(t: CasualtyText, w: Word, counts: Mapping[int, QuantityMention]) -> Victims | None:
    """ "ضحايا بين قتيل وجريح": victims split between two statuses, not one dead and one wounded;
    one figure (killed_or_injured when the two are killed and injured), with the number of a
    count right before "بين" ("أكثر من 27 بين قتيل وجريح"), else without one."""
    opener, nxt = t.word(w.i - 1), t.word(w.i + 1)
    if opener is None or nxt is None or in_set(opener.norm, t.lex.between_words) is None:
        return None
    if w.i not in t.status or nxt.i not in t.status or not nxt.norm.startswith(conjunctions()):
        return None
    pair = {t.status[w.i], t.status[nxt.i]}
    status: WordStatus | Status = "killed_or_injured" if pair == {"killed", "injured"} else t.status[w.i]
    lead = t.word(opener.i - 1)  # "2577 مدنيا، ما بين قتيل وجريح": the phrase opens with "ما"
    if lead is not None and f"{lead.norm} {opener.norm}" in t.lex.between_words:
        opener = lead
    head = t.word(opener.i - 1)  # the victims the pair splits ("ضحايا", "إصابات")
    victims = head is not None and head.i in t.status and t.same_unit(head.start, w.start)
    start = head.start if head is not None and victims else opener.start
    unit = t.doc.unit_of(w.start)
    count = counts.get(len(t.doc.text[: opener.start].rstrip().rstrip(comma_chars()).rstrip()))
    if count is not None and count.value is not None and t.same_unit(count.span[0], w.start):
        return Victims(
            count.span[0], nxt.end, count.value, count.qualifier, count.low, count.high, count.vague,
            status, "people", unit, status_span=(w.start, nxt.end), own_group=False,
        )  # fmt: skip
    return Victims(
        start,
        nxt.end,
        None,
        None,
        None,
        None,
        None,
        status,
        "people",
        unit,
        status_span=(w.start, nxt.end),
        own_group=False,
    )


def _inside_breakdown(t: CasualtyText, w: Word) -> bool:
    """The word lies inside a breakdown marker ("من بينهم")."""
    k = bisect.bisect_left(t.breakdown_ends, w.end)
    return k < len(t.breakdown_ends) and t.breakdown_begin[t.breakdown_ends[k]] <= w.start


def single_victims(t: CasualtyText, found: list[Victims], quantities: list[QuantityMention]) -> list[Victims]:
    """One victim named by a singular noun next to a casualty word, or joined to a figure by "و"."""
    out: list[Victims] = []
    taken = SpanSet(q.span for q in quantities)
    by_end = {v.end: v for v in found}
    counts = {q.span[1]: q for q in quantities if not any(v.start <= q.span[0] < v.end for v in found)}
    paired_end = -1  # end of a "بين قتيل وجريح" pair given to the figure before it
    for w in t.doc.words:
        entry = t.group_at(w.start)
        if entry is None or entry[1].kind != "single" or taken.overlaps(w.start, w.start + 1):
            continue
        if (out and out[-1].start <= w.start < out[-1].end) or w.start < paired_end:
            continue  # the second noun of "بين قتيل وجريح"
        between = _between(t, w, counts)
        if between is not None:
            counted = by_end.get(len(t.doc.text[: between.start].rstrip().rstrip(comma_chars()).rstrip()))
            if between.value is None and counted is not None and counted.unit == between.unit:
                counted.status, counted.status_span = between.status, between.status_span
                paired_end = between.end
                continue  # "45 شخصاً بين قتيل وجريح": the pair says what happened to the count before
            if between.value is None and between.start not in {t.doc.words[i].start for i in t.status}:
                paired_end = between.end
                continue  # "أوقعوا أفرادها بين قتيل وجريح": no count, no victims word: how, not how many
            out.append(between)
            continue
        if w.norm.lstrip("وف").startswith(affixes("definite_prefix")):
            continue  # "الطفل" points at someone already named
        unit = t.doc.unit_of(w.start)
        prev, nxt = t.word(w.i - 1), t.word(w.i + 1)
        status: WordStatus | Status | None = None
        said: tuple[int, int] | None = None
        if prev is not None and prev.i in t.status and t.same_unit(prev.start, w.start):
            status, said = t.status[prev.i], (prev.start, prev.end)
        elif (
            nxt is not None
            and nxt.i in t.status
            and t.same_unit(nxt.start, w.start)
            and not nxt.norm.startswith(conjunctions())
        ):
            status, said = t.status[nxt.i], (nxt.start, nxt.end)
        elif w.norm.startswith(conjunctions()):
            joined = by_end.get(len(t.doc.text[: w.start].rstrip()))  # "و" + the noun right after a figure
            if joined is not None and joined.unit == unit:
                status = joined.status
        if status is None and prev is not None and _inside_breakdown(t, prev):
            status = "killed"  # a breakdown member: the total's status is given later
        if status is None:
            continue
        start = t.group_starts.get(w.i, w.start)  # without a clitic: "طفل" of "وطفل"
        out.append(
            Victims(
                start,
                w.end,
                1.0,
                "exact",
                1,
                1,
                None,
                status,
                entry[1].group,
                unit,
                status_span=said,
                single=True,
            )
        )
    return out


def _definite_count(q: QuantityMention) -> bool:
    """A count after its definite noun ("القتلى الثلاثة", "المصابين ال23"): the span opens with the
    noun, which carries the article (after a clitic)."""
    if q.value is None or not q.unit or not q.text.startswith(q.unit):
        return False
    return normalise_string(q.unit).startswith(particles().definite)


def repeats_earlier(q: QuantityMention, earlier: list[QuantityMention]) -> bool:
    """A count after a definite noun that names people the article has counted before: an earlier
    quantity has its value (tests/gold/README.md, "A count after a definite noun"); the figure is
    that earlier one, not a second toll ("قتل ثلاثة جنود ... جثث الجنود الثلاثة")."""
    return _definite_count(q) and any(e.value == q.value for e in earlier)
