"""Definite counts: a number with the article after the noun it counts ("الشهداء الثلاثة",
"المصابين ال23"), after a possessed noun ("أطفالها الأربعة", "جميع ركابها الـ224"), or after a
qualifier ("تجاوز التسعين قتيلا")."""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.lang.ar.numbers import NumberMatch, find_numbers, is_unit_word, particles
from rasid.recognise.quantities.context import noun_after, plain_noun, qualifier_before
from rasid.recognise.quantities.duals import MIN_DUAL_STEM
from rasid.recognise.quantities.tables import lexicon
from rasid.recognise.quantities.tokens import SPACE, WORD, Spans, inside, tokens_before, word_at
from rasid.recognise.quantities.value import Quantity, bounds

MIN_PLURAL = 3  # the smallest count a plural noun takes (two is the dual)
MAX_POSSESSED = 10  # the largest such count: a definite ten or more is mostly a name ("السبعين")
MIN_POSSESSED = 4  # letters of a possessed noun beyond its pronoun ("أطفالها", not "لها")


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _definite_count(word: str) -> float | None:
    """The value of a definite number in words that a possessed plural can take ("الأربعة")."""
    rest = word.removeprefix(particles().article)
    found = find_numbers(rest) if rest != word else []
    if len(found) != 1 or not found[0].words or found[0].end != len(rest):
        return None
    if not MIN_PLURAL <= found[0].value <= MAX_POSSESSED:
        return None  # "الاثنين" is Monday, two people take the dual; "بمديرية السبعين" is a name
    return found[0].value


def _possessor(norm: str, pos: int, taken: Spans) -> tuple[int, int] | None:
    """(start, end) of the noun with a possessive pronoun right before `pos` ("أطفالها")."""
    pp = particles()
    toks = tokens_before(norm, pos, 1)
    if not toks or not WORD.fullmatch(toks[0].text) or norm[toks[0].end : pos].strip(SPACE):
        return None
    noun = toks[0]
    form = next((f for f in reversed(pp.forms(noun.text)) if len(f) > MIN_POSSESSED), "")
    if not form.endswith(tuple(lexicon().nouns["possessive"])) or not plain_noun(form, definite=False):
        return None  # "وأطفالها الخمسة": the noun after its conjunction
    start = noun.end - len(form)
    return None if inside(taken, start, noun.end) else (start, noun.end)


def possessed_counts(norm: str, taken: Spans, numbers: list[NumberMatch]) -> list[Quantity]:
    """A number with the article after a noun that carries a possessive pronoun counts that noun:
    in words ("أطفالها الأربعة": her four children) or in digits after "all" ("جميع ركابها الـ224":
    all its 224 passengers; digits are no name, so any count of three or more)."""
    article = particles().article
    candidates = [
        (m.start(), m.end(), _definite_count(m.group()), False)
        for m in WORD.finditer(norm)
        if m.group().startswith(article)
    ]
    candidates += [
        (n.start - len(article), n.end, n.value, True)
        for n in numbers
        if not n.words
        and n.value >= MIN_PLURAL
        and n.value.is_integer()
        and norm[: n.start].endswith(article)
    ]
    out: list[Quantity] = []
    for start, end, value, digits in sorted(candidates, key=lambda c: c[0]):
        if value is None or inside(taken, start, end):
            continue
        noun = _possessor(norm, start, taken)
        if noun is None:
            continue
        first = _all_before(norm, noun[0]) if digits else noun[0]
        if first is None:
            continue  # "دورتها الـ78" is its 78th session
        low, high = bounds(value, "exact")
        out.append(Quantity(first, end, value, "exact", low, high, None, noun))
    return out


def _definite_number_at(norm: str, m: re.Match[str]) -> tuple[float, int] | None:
    """(value, end) of a number in words with the article starting at word `m` ("الثلاثة"), with
    its tens after "و" and the article ("الثلاثة والعشرين": 23), or None."""
    pp = particles()
    rest = m.group().removeprefix(pp.article)
    found = find_numbers(rest) if rest != m.group() else []
    if len(found) != 1 or not found[0].words or found[0].start != 0 or found[0].end != len(rest):
        return None
    value, end = found[0].value, m.end()
    nxt = word_at(norm, end)
    tens_prefix = pp.conjunctions[0] + pp.article if pp.conjunctions else None
    if nxt is not None and tens_prefix and nxt.group().startswith(tens_prefix) and value < 10:
        tens = find_numbers(nxt.group().removeprefix(tens_prefix))
        if len(tens) == 1 and tens[0].words and tens[0].value in _TENS:
            value, end = value + tens[0].value, nxt.end()
    return value, end


_TENS = frozenset(float(v) for v in range(20, 100, 10))


def _definite_noun_before(norm: str, pos: int, taken: Spans) -> tuple[int, int] | None:
    """(start, end) of the definite noun right before `pos` that a definite number after it counts
    ("القتلى الثلاثة", "المصابين ال23"), after its clitic; not a unit ("الأيام الثلاثة")."""
    pp = particles()
    toks = tokens_before(norm, pos, 1)
    if not toks or not WORD.fullmatch(toks[0].text) or norm[toks[0].end : pos].strip(SPACE):
        return None
    word = toks[0].text
    prefix = next((d for d in pp.definite if word.startswith(d)), None)
    if prefix is None or len(word) - len(prefix) < MIN_DUAL_STEM or _definite_count(word) is not None:
        return None
    stem = word[len(prefix) :]
    if is_unit_word(stem) or is_unit_word(pp.article + stem) or find_numbers(stem):
        return None
    start = toks[0].end - len(pp.article + stem)
    return None if inside(taken, start, toks[0].end) else (start, toks[0].end)


def definite_counts(norm: str, taken: Spans, numbers: list[NumberMatch]) -> list[Quantity]:
    """A count after a definite noun (tests/gold/README.md, "A count after a definite noun"): a
    number in words with the article after the noun it counts ("الشهداء الثلاثة", "الأشخاص الثلاثة
    والعشرين"), digits with the article after a plural ("المصابين ال23"); and a number in words
    with the article after a qualifier, or after the tally a qualifier opens, with or without its
    noun ("تجاوز التسعين قتيلا", "تجاوز عدد الضحايا الخمسين قتيلا", "قد يتجاوز المئتين"). Whether it repeats an earlier figure is the casualty stage's question."""
    article = particles().article
    plural = tuple(lexicon().nouns["plural_ending"])
    out: list[Quantity] = []
    for m in WORD.finditer(norm):
        if not m.group().startswith(article) or inside(taken, m.start(), m.end()):
            continue
        found = _definite_number_at(norm, m)
        if found is None or found[0] < MIN_PLURAL:
            continue
        value, end = found
        noun = _definite_noun_before(norm, m.start(), taken)
        compound = end > m.end()
        if noun is not None and (compound or value <= MAX_POSSESSED):
            low, high = bounds(value, "exact")
            out.append(Quantity(noun[0], end, value, "exact", low, high, None, noun))
            continue
        bare = noun is None and value <= MAX_POSSESSED and not _after_definite_word(norm, m.start())
        remaining = _remaining_after(norm, end) if bare else None
        if remaining is not None:  # "وجرح الثلاثة الآخرون": the noun is left out
            low, high = bounds(value, "exact")
            out.append(Quantity(m.start(), remaining, value, "exact", low, high, None, None))
            continue
        before = qualifier_before(norm, m.start())
        if before is not None:
            after = noun_after(norm, end, definite=False)
            low, high = bounds(value, before[0])
            unit = after.unit if after is not None else None
            out.append(
                Quantity(before[1], after.end if after else end, value, before[0], low, high, None, unit)
            )
    for n in numbers:
        if (
            n.words
            or n.value < MIN_PLURAL
            or not n.value.is_integer()
            or not norm[: n.start].endswith(article)
        ):
            continue
        noun = _definite_noun_before(norm, n.start - len(article), taken)
        if noun is None or inside(taken, n.start - len(article), n.end):
            continue
        if not norm[noun[0] : noun[1]].endswith(plural):
            continue  # "الدورة الـ12", "القرار الـ2401": an ordinal or a name
        low, high = bounds(n.value, "exact")
        out.append(Quantity(noun[0], n.end, n.value, "exact", low, high, None, noun))
    return out


def _after_definite_word(norm: str, pos: int) -> bool:
    """A definite word right before `pos`: the number after it qualifies that word ("الأيام
    الخمسة الآخرين"), the noun is not left out."""
    toks = tokens_before(norm, pos, 1)
    return (
        bool(toks)
        and not norm[toks[0].end : pos].strip(SPACE)
        and toks[0].text.startswith(particles().definite)
    )


def _remaining_after(norm: str, end: int) -> int | None:
    """End of "the others"/"the remaining" right after a definite number with no noun before it
    ("الثلاثة المتبقون", "الخمسة الآخرون": data/counted_nouns.tsv kind remaining), or None."""
    nxt = word_at(norm, end)
    if nxt is None or norm[end : nxt.start()].strip(SPACE):
        return None
    return nxt.end() if nxt.group() in lexicon().nouns["remaining"] else None


def _all_before(norm: str, pos: int) -> int | None:
    """Start of "جميع"/"كل" right before `pos` ("جميع ركابها الـ224"): with it a definite number in
    digits counts the noun; without it the number is mostly an ordinal ("دورتها الـ78")."""
    toks = tokens_before(norm, pos, 1)
    if not toks or norm[toks[0].end : pos].strip(SPACE):
        return None
    form = next((f for f in particles().forms(toks[0].text) if f in lexicon().nouns["all"]), None)
    return None if form is None else toks[0].end - len(form)
