"""Counts the noun says itself: a dual counts two ("قتيلين", "مجزرتين", an oblique form
"مجندين" where a count is meant), a noun with "واحد" counts one ("هدف واحد")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.numbers import is_unit_word, particles
from rasid.recognise.quantities.context import plain_noun, qualifier_after
from rasid.recognise.quantities.tables import lexicon
from rasid.recognise.quantities.tokens import SPACE, WORD, Spans, inside, tokens_before, word_at
from rasid.recognise.quantities.value import Quantity, bounds

MIN_DUAL_STEM = 3  # letters of a feminine dual before its ending ("عبوتين"; not "بوتين", "ستين")


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _dual_form(word: str) -> str | None:
    """The dual noun of people a word is, after its clitic if it has one (per word form)."""
    duals = lexicon().nouns["dual"]
    return next((f for f in particles().forms(word) if f in duals), None)


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _feminine_dual_form(word: str) -> str | None:
    """The indefinite feminine dual a word is, after its clitic ("مجزرتين", "لغارتين"): a count of
    two whatever its noun, as no plural ends so; not a unit of time or measure ("ساعتين", "مرتين"),
    not a name or word listed as not_dual ("باكستان"), not definite ("العائلتين" refers back)."""
    nouns = lexicon().nouns
    pp = particles()
    if word.startswith(pp.definite):
        return None
    # "وإصابتين" is "and" + the dual, as a counted noun after "و" is (`plain_noun`); other
    # clitics stay on ("بطاقتين" keeps its first letter), longest form first
    forms = [f for f in pp.forms(word) if not f.startswith(pp.conjunctions)] or [word]
    for form in sorted(forms, key=len, reverse=True):
        ending = next((e for e in nouns["dual_feminine"] if form.endswith(e)), None)
        if ending is None or len(form) - len(ending) < MIN_DUAL_STEM:
            continue
        if form in nouns["not_dual"] or form.endswith(tuple(nouns["not_dual"])):
            return None
        singular = form[: -len(ending)] + _ta_marbuta()
        if is_unit_word(form) or is_unit_word(singular):
            return None
        return form
    return None


@cache
def _ta_marbuta() -> str:
    """ "ة" as normalisation writes it: the ending of a feminine dual's singular."""
    return normalise_string("ة")


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _may_be_dual(word: str) -> bool:
    """Whether the word form is a dual (listed, or feminine) or an oblique dual of a listed noun."""
    return (
        _dual_form(word) is not None
        or _feminine_dual_form(word) is not None
        or _oblique_dual_form(word) is not None
    )


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _oblique_dual_form(word: str) -> tuple[str, str] | None:
    """(form, stem) of a word in the accusative/genitive whose nominative dual is a listed dual
    ("مجندين" beside "مجندان"): written alike, it is a dual or a plural; the context decides."""
    nouns = lexicon().nouns
    for form in particles().forms(word):
        for ending in nouns["dual_oblique"]:
            stem = form.removesuffix(ending)
            if stem != form and any(stem + nom in nouns["dual"] for nom in nouns["dual_nominative"]):
                return form, stem
    return None


def _counted_two(norm: str, found: list[Quantity], stem: str, start: int) -> bool:
    """The noun of `stem` counted two earlier on the line ("مقتل شرطيين اثنين")."""
    line_start = norm.rfind("\n", 0, start) + 1
    nouns = lexicon().nouns
    forms = tuple(stem + e for e in nouns["dual_oblique"] | nouns["dual_nominative"])
    return any(
        q.value == 2
        and q.unit is not None
        and line_start <= q.start < start
        and norm[q.unit[0] : q.unit[1]].endswith(forms)
        for q in found
    )


def _oblique_dual(
    norm: str, m: re.Match[str], found: list[Quantity], more: list[Quantity]
) -> Quantity | None:
    """An oblique form ("مجندين") read as a dual where a count is meant: a qualifier follows it
    ("مقتل مجندين على الأقل": at least two, a bare plural takes none), a count of others follows its
    clause ("مقتل شرطيين وإصابة أربعة آخرين"), a dual verb or pronoun agrees with it right after
    ("مقتل شرطيين كانا في دورية"), or "آخرين" follows it and
    the same noun was counted two before on its line ("شرطيين اثنين ... وإصابة شرطيين آخرين")."""
    found_form = _oblique_dual_form(m.group())
    if found_form is None:
        return None
    form, stem = found_form
    start = m.end() - len(form)
    after = qualifier_after(norm, m.end())
    if after is not None:
        qualifier, end = after
        low, high = bounds(2.0, qualifier)
        return Quantity(start, end, 2.0, qualifier, low, high, None, (start, m.end()))
    agreeing = word_at(norm, m.end())
    if _others_counted_after(norm, m.end(), [*found, *more]) or (
        agreeing is not None
        and not norm[m.end() : agreeing.start()].strip(SPACE)
        and agreeing.group() in lexicon().nouns["agreeing"]
    ):
        return Quantity(start, m.end(), 2.0, "exact", 2, 2, None, (start, m.end()))
    other = word_at(norm, m.end())
    if other is None or other.group() not in lexicon().nouns["others"]:
        return None
    if not _counted_two(norm, [*found, *more], stem, start):
        return None
    return Quantity(start, other.end(), 2.0, "exact", 2, 2, None, (start, m.end()))


def _others_counted_after(norm: str, end: int, found: list[Quantity]) -> bool:
    """A count of "others" follows in the next clause of its sentence, after "و" and a casualty word
    ("مقتل شرطيين وإصابة أربعة آخرين"): the others are counted against the form, which is a count."""
    nxt = word_at(norm, end)
    if nxt is None or not nxt.group().startswith(particles().conjunctions):
        return False
    forms = particles().forms(nxt.group())
    if not any(f in lexicon().nouns["elided"] for f in forms):
        return False
    count = next((q for q in found if q.start >= nxt.end()), None)
    if count is None or norm[nxt.end() : count.start].strip(SPACE) or count.unit is None:
        return False
    return norm[count.unit[0] : count.unit[1]] in lexicon().nouns["others"]


def dual_counts(norm: str, found: list[Quantity]) -> list[Quantity]:
    """Dual nouns of people: "قتيلين" counts two; a dual right after one agrees with it ("شخصان
    آخران": two others, not four); an oblique form that is also a plural only where a count is
    meant (`_oblique_dual`)."""
    taken = Spans((q.start, q.end) for q in found)
    out: list[Quantity] = []
    agreeing = -1  # end of the last dual found or of an adjective agreeing with it
    for m in WORD.finditer(norm):
        word = m.group()
        if not _may_be_dual(word):
            continue  # most words: neither form, whatever surrounds them (asked once per form)
        if inside(taken, m.start(), m.end()) or (out and m.start() < out[-1].end):
            continue
        form = _dual_form(word) or _feminine_dual_form(word)
        if form is None:
            oblique = _oblique_dual(norm, m, found, out)
            if oblique is not None:
                out.append(oblique)
            continue
        if agreeing >= 0 and not norm[agreeing : m.start()].strip(SPACE) and form == word:
            agreeing = m.end()  # "مجموعتين مسلحتين مواليتين": two groups, not six ("وجريحين" is no adjective)
            continue
        agreeing = m.end()
        start = m.end() - len(form)
        out.append(Quantity(start, m.end(), 2.0, "exact", 2, 2, None, (start, m.end())))
    return out


def single_counts(norm: str, taken: Spans) -> list[Quantity]:
    """A noun followed by "واحد" counts one ("بثلاثة أهداف مقابل هدف واحد")."""
    pp = particles()
    out: list[Quantity] = []
    for m in WORD.finditer(norm):
        if m.group() not in pp.one or inside(taken, m.start(), m.end()):
            continue
        before = tokens_before(norm, m.start(), 3)
        if not before or not WORD.fullmatch(before[-1].text):
            continue
        noun = before[-1]
        breakdown = " ".join(t.text for t in before[:-1]) in lexicon().nouns["breakdown"]
        if any(t.text in pp.of for t in before[:-1]) and not breakdown:
            continue  # "ثمانية ... من (أفراد) عائلة واحدة": which family; "من بينهم شخص واحد" counts
        # "بعائلة واحدة" is a prepositional phrase, not a count: no preposition glued to the noun;
        # "و" is no preposition ("وقتيل واحد", "حالة وفاة واحدة": the noun's own first letter).
        prepositions = tuple(c for c in pp.clitics if c not in pp.conjunctions)
        if not plain_noun(noun.text, definite=False) or noun.text.startswith(prepositions):
            continue
        if not inside(taken, noun.start, noun.end):
            out.append(Quantity(noun.start, m.end(), 1.0, "exact", 1, 1, None, (noun.start, noun.end)))
    return out
