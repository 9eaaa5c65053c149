"""Numbers that count: digits or number words with their counted noun after them, a range, a
number whose noun is said elsewhere (a breakdown, a toll, an elided noun), or a number in words
after its plural noun ("شرطيين اثنين")."""

from __future__ import annotations

from dataclasses import replace

from rasid.lang.ar.numbers import COUNT, SCORE, NumberMatch, classify, find_numbers, particles
from rasid.recognise.quantities.context import (
    breakdown_after,
    breakdown_before,
    elided_before,
    noun_after,
    plain_noun,
    qualified,
    qualifier_after,
    qualifier_before,
    tally_before,
)
from rasid.recognise.quantities.ranges import hyphen_range, range_quantity, range_start, range_to
from rasid.recognise.quantities.tables import lexicon
from rasid.recognise.quantities.tokens import SPACE, WORD, before_number, tokens_before, word_at
from rasid.recognise.quantities.value import Quantity, bounds


def numeric_counts(norm: str, numbers: list[NumberMatch], kinds: frozenset[str]) -> list[Quantity]:
    out: list[Quantity] = []
    pending: list[NumberMatch] = []  # "من N" without a noun, waiting for "إلى M noun"
    for i, m in enumerate(numbers):
        kind = classify(norm, m)
        if kind == SCORE and hyphen_range(norm, numbers[i - 1] if i else None, m):
            kind = COUNT  # "10-15 مدنيا": the hyphen joins a range's ends
        if kind not in kinds or (m.words and m.value == 1):
            continue
        noun = noun_after(norm, _after_brackets(norm, m), definite=False)
        first = numbers[i - 1] if i else None
        start = range_start(norm, first, m) if noun is not None and first is not None else None
        if noun is not None and first is not None and start is not None:
            out = [q for q in out if not q.start <= first.start < q.end]  # "نحو 40" of "نحو 40 أو 50 شخصا"
            out.append(range_quantity(norm, first, start, m, noun))
            pending = []
        elif noun is not None:
            out.extend(qualified(norm, p, p.end, noun.unit) for p in pending if range_to(norm, p, m))
            pending = []
            bracketed = _after_brackets(norm, m) > m.end
            out.append(
                qualified(norm, replace(m, start=m.start - 1) if bracketed else m, noun.end, noun.unit)
            )
        elif (
            breakdown_before(norm, m.start)
            or qualifier_before(norm, m.start) is not None
            or tally_before(norm, m.start)
            or elided_before(norm, m.start)
            or breakdown_after(norm, m.end)
            or qualifier_after(norm, m.end) is not None
        ):
            # "بينهم 15334 بسبب التعذيب", "بلغ عدد الجرحى نحو 1530", "وأن اثنين على الأقل أصيبا":
            # the noun is said elsewhere (a year or a date takes no "على الأقل")
            out.append(qualified(norm, m, m.end, None))
        elif (head := _noun_before(norm, m)) is not None:
            # "مقتل شرطيين اثنين ومدني": a number in words after its plural or dual noun
            low, high = bounds(m.value, "exact")
            out.append(Quantity(head[0], m.end, m.value, "exact", low, high, None, head))
        else:
            before = before_number(norm, m.start)
            if before and before[-1].text in particles().of:
                pending.append(m)
    return out


def _after_brackets(norm: str, m: NumberMatch) -> int:
    """Where the noun of a number may start: past the closing bracket of "(15) مدنيا"."""
    if m.start > 0 and norm[m.start - 1] == "(" and norm[m.end : m.end + 1] == ")":
        word = word_at(norm, m.end + 1)
        prev = tokens_before(norm, m.start - 1, 2)
        prev_words = [
            t.text for t in prev if WORD.fullmatch(t.text) and t.text not in particles().conjunctions
        ]
        if any(find_numbers(w) for w in [word.group() if word else "", *prev_words[-1:]]):
            return m.end  # "(99) مليوناً (867) ألفاً و(946) برميلاً": parts of one number
        return m.end + 1
    return m.end


def _noun_before(norm: str, m: NumberMatch) -> tuple[int, int] | None:
    """The plural or dual noun right before a number in words that has no noun after it ("شرطيين
    اثنين ومدني", "مدنيين اثنين وجرح 14"): an adjective numeral that counts the noun before it."""
    if not m.words:
        return None
    toks = tokens_before(norm, m.start, 1)
    if not toks or not WORD.fullmatch(toks[0].text) or norm[toks[0].end : m.start].strip(SPACE):
        return None
    noun = toks[0].text
    if not noun.endswith(tuple(lexicon().nouns["plural_ending"])) or not plain_noun(noun, definite=False):
        return None
    return toks[0].start, toks[0].end
