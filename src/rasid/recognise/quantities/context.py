"""What stands around a number: a qualifier before or after it, a tally ("عدد القتلى") or a toll
verb ("بلغ") it is the predicate of, a breakdown ("بينهم"), an elided noun after a casualty word,
and its counted noun; and the quantity a number makes with its qualifier."""

from __future__ import annotations

from dataclasses import dataclass

from rasid.lang.ar.clause_marks import commas
from rasid.lang.ar.numbers import NumberMatch, particles
from rasid.lang.ar.quotes import quote_marks
from rasid.recognise.quantities.tables import lexicon, qualifier_heads, toll_verbs
from rasid.recognise.quantities.tokens import (
    WORD,
    Tok,
    before_number,
    opening_marks,
    tokens_after,
    tokens_before,
    word_at,
)
from rasid.recognise.quantities.value import Quantity, bounds
from rasid.record import Qualifier

_MAX_TALLY_GAP = 5  # words between "عدد"/"حصيلة" and its number
_MAX_TOLL_REACH = 16  # words between "عدد"/"حصيلة" and "إلى N" in one clause ("ارتفع عدد ... إلى 23")


def qualifier_before(norm: str, start: int) -> tuple[Qualifier, int] | None:
    """(qualifier, start offset of its phrase, after any clitic) right before a number, or
    before the tally that names what the number counts ("تجاوز عدد المصابين 6 آلاف")."""
    toks = before_number(norm, start)
    found = _qualifier_ending(toks)
    if found is None:
        tally = _tally_index(toks)
        found = _qualifier_ending(toks[:tally]) if tally is not None else None
    return found


def _tally_index(toks: list[Tok], gap: int = _MAX_TALLY_GAP, *, predicate: bool = False) -> int | None:
    """Index of a tally word ("عدد", "حصيلة") among the last `gap` words of `toks`.

    Punctuation or another number ends the clause, except for the predicate of a toll (a count
    after "إلى"): its subject may stand past quotation marks and a parenthesis between commas ("ارتفع عدد قتلى
    الهجوم، مطلع الأسبوع، إلى 53"), past numbers of its own ("منذ 7 أكتوبر، إلى 19 ألفاً")
    and past the same toll's first predicate ("ترتفع الحصيلة ... إلى 2350، والجرحى إلى 10906")."""
    tally = lexicon().nouns["tally"]
    words = 0
    for i in range(len(toks) - 1, -1, -1):
        text = toks[i].text
        if not WORD.fullmatch(text):
            if predicate and (text in commas() or text[0].isdigit() or text in quote_marks().glyphs):
                continue  # 'يرفع عدد "الإرهابيين" الذين ... إلى ستة': quotes around a word
            return None
        words += 1
        if words > gap:
            return None
        if any(form.removeprefix(particles().article) in tally for form in particles().forms(text)):
            return i
    return None


def _is_to(word: str) -> bool:
    return any(f in particles().to for f in particles().forms(word))


def _qualifier_ending(toks: list[Tok]) -> tuple[Qualifier, int] | None:
    """(qualifier, start offset) of the longest qualifier phrase ending with the last token."""
    table = lexicon().before
    for n in range(min(max(map(len, table)), len(toks)), 0, -1):
        first, *rest = (t.text for t in toks[-n:])
        for form in particles().forms(first):
            qualifier = table.get((form, *rest))
            if qualifier is not None:
                return qualifier, toks[-n].end - len(form)
    return None


def qualifier_after(norm: str, end: int) -> tuple[Qualifier, int] | None:
    """(qualifier, end offset of its phrase) right after a number or its noun."""
    table = lexicon().after
    toks = tokens_after(norm, end, max(map(len, table)))
    for n in range(len(toks), 0, -1):
        qualifier = table.get(tuple(t.text for t in toks[:n]))
        if qualifier is not None:
            return qualifier, toks[n - 1].end
    return None


def breakdown_before(norm: str, start: int) -> bool:
    toks = before_number(norm, start)
    phrases = lexicon().nouns["breakdown"]
    return any(" ".join(t.text for t in toks[-n:]) in phrases for n in range(1, min(3, len(toks)) + 1))


def elided_before(norm: str, start: int) -> bool:
    """A casualty word right before the number, after which reports leave the noun out ("مقتل
    تسعة وإصابة 20", "وأصيب 20 بجروح"); a clitic ("وأصيب") is allowed."""
    toks = before_number(norm, start)
    elided = lexicon().nouns["elided"]
    return bool(toks) and any(form in elided for form in particles().forms(toks[-1].text))


def tally_before(norm: str, start: int) -> bool:
    """A tally word ("عدد القتلى", "حصيلة الضحايا") a few words before, in the same clause; or,
    when the number is the predicate of a toll, anywhere in its clause: after "إلى" ("ارتفع عدد
    قتلى الغارات التي استهدفت سوق المدينة صباح اليوم إلى 23"), or as the object of a toll verb
    (`_toll_predicate`)."""
    toks = tokens_before(norm, start, 2 * _MAX_TOLL_REACH)
    openers, straight = opening_marks()
    while toks and (toks[-1].text in openers or toks[-1].text in straight):
        toks = toks[:-1]  # 'بلغت “558': the quotation opens with the count
    if _tally_index(toks[-(_MAX_TALLY_GAP + 1) :]) is not None:
        return True
    if not toks:
        return False
    if _is_to(toks[-1].text):
        return _tally_index(toks[:-1], gap=_MAX_TOLL_REACH, predicate=True) is not None
    return _toll_predicate(toks)


def _is_toll_verb(word: str) -> bool:
    return any(form in toll_verbs() for form in particles().forms(word))


def _toll_predicate(toks: list[Tok]) -> bool:
    """The number is the object of a toll verb whose subject is a tally, however long the tally's
    noun phrase: the verb right before the number ("عدد القتلى الذين وصلوا إلى المستشفى بلغ 17")
    or right before the tally ("بلغ عدد الصواريخ التي أعلنت السعودية اعتراضها في سماء المملكة
    35"). The clause has no other mark than commas between them."""
    if _is_toll_verb(toks[-1].text):
        return _tally_index(toks[:-1], gap=_MAX_TOLL_REACH, predicate=True) is not None
    tally = _tally_index(toks, gap=_MAX_TOLL_REACH)
    return tally is not None and tally > 0 and _is_toll_verb(toks[tally - 1].text)


def breakdown_after(norm: str, end: int) -> bool:
    """A breakdown marker right after a number, past a comma ("إلى 53، بينهم 49 جندياً", "558
    من بينهم 50 طفلاً"): the number is the total whose noun the toll already named."""
    toks = tokens_after(norm, end, 3)
    if toks and toks[0].text in commas():
        toks = toks[1:]
    phrases = lexicon().nouns["breakdown"]
    return any(" ".join(t.text for t in toks[:n]) in phrases for n in (1, 2))


@dataclass(frozen=True)
class Noun:
    unit: tuple[int, int] | None
    end: int


def plain_noun(word: str, *, definite: bool) -> bool:
    """Can this word be a counted noun? Not a particle, not "and ...", definite only if allowed."""
    nouns = lexicon().nouns
    pp = particles()
    if word in nouns["not_noun"] or word in pp.one or word in qualifier_heads():
        return False
    if not definite and word.startswith(pp.definite):
        return False
    return not (word.startswith(pp.conjunctions) and word not in nouns["noun"])


def noun_after(norm: str, pos: int, *, definite: bool) -> Noun | None:
    """The counted noun after a number or vague word ending at `pos`.

    "15 من الدفاع المدني" counts the noun after من (which may be definite); "اثنان منهم" has
    no noun of its own. A definite noun right after counts only for vague words ("عشرات القتلى").
    """
    pp = particles()
    m = word_at(norm, pos)
    if m is None:
        return None
    word = m.group()
    if word in lexicon().nouns["pronoun"]:
        return Noun(None, m.end())
    if word in pp.of:
        noun = word_at(norm, m.end())
        if noun is None or not plain_noun(noun.group(), definite=True):
            return None
        one = word_at(norm, noun.end())
        end = one.end() if one is not None and one.group() in pp.one else noun.end()
        return Noun((noun.start(), noun.end()), end)
    if not plain_noun(word, definite=definite):
        return None
    return Noun((m.start(), m.end()), m.end())


def qualified(norm: str, m: NumberMatch, end: int, unit: tuple[int, int] | None) -> Quantity:
    """The quantity of number `m` whose noun ends at `end`, with its qualifier if any."""
    before = qualifier_before(norm, m.start)
    after = None if before else qualifier_after(norm, end)
    qualifier: Qualifier = before[0] if before else after[0] if after else "exact"
    low, high = bounds(m.value, qualifier)
    start = before[1] if before else m.start
    return Quantity(start, after[1] if after else end, m.value, qualifier, low, high, None, unit)
