"""Numeric ranges (tests/gold/README.md, "Numeric ranges"): "من N إلى M", "بين 10 و15", "40 أو
50", digits joined by a hyphen that are no score ("10-15 مدنيا"); words in data/range_words.tsv."""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.numbers import COUNT, NumberMatch, classify, find_numbers, particles
from rasid.recognise.quantities.context import Noun, noun_after, qualifier_before
from rasid.recognise.quantities.tokens import SPACE, TOKEN, before_number, tokens_before
from rasid.recognise.quantities.value import Quantity
from rasid.record import Qualifier

RANGE_FILE = "range_words.tsv"
_MAX_RANGE_GAP = 8  # tokens between "من N" and "إلى M noun"


def range_to(norm: str, first: NumberMatch, second: NumberMatch) -> bool:
    """True when M follows "إلى" a few tokens after N, as in "من N ... إلى M"."""
    between = list(TOKEN.finditer(norm, first.end, second.start))
    before = before_number(norm, second.start)
    return (
        len(between) <= _MAX_RANGE_GAP
        and bool(before)
        and any(f in particles().to for f in particles().forms(before[-1].text))
    )


@dataclass(frozen=True)
class _RangeWords:
    openers: dict[tuple[str, ...], frozenset[str]]  # opener phrase -> the links it takes
    bare: frozenset[str]  # links that make a range alone ("40 أو 50")
    needs_opener: frozenset[str]  # links that make a range only after an opener ("بين 10 و15")
    digits: frozenset[str] = frozenset()  # marks between digits: a range before a noun ("10-15")
    score_before: frozenset[str] = frozenset()  # words that make hyphened digits a score ("بنتيجة")
    score_after: frozenset[str] = frozenset()  # the other side's word after a score ("أمام")


@cache
def range_words() -> _RangeWords:
    """data/range_words.tsv: the openers and links of a numeric range."""
    openers: dict[tuple[str, ...], frozenset[str]] = {}
    links: dict[str, set[str]] = {"bare": set(), "needs_opener": set(), "digits": set()}
    cues: dict[str, set[str]] = {"before": set(), "after": set()}
    for row in load_rows(RANGE_FILE, normalise_columns=("phrase",)):
        if row["role"] == "opener":
            openers[tuple(row["phrase"].split())] = frozenset(
                normalise_string(w) for w in row["takes"].split()
            )
        elif row["role"] == "link" and row["takes"] in links:
            links[row["takes"]].add(row["phrase"])
        elif row["role"] == "score_cue" and row["takes"] in cues:
            cues[row["takes"]].add(row["phrase"])
        else:
            raise DataFileError(f"{RANGE_FILE}: bad row for {row['phrase']!r}")
    return _RangeWords(
        openers,
        frozenset(links["bare"]),
        frozenset(links["needs_opener"]),
        frozenset(links["digits"]),
        frozenset(cues["before"]),
        frozenset(cues["after"]),
    )


def _range_opener(norm: str, first: NumberMatch, link: str) -> int | None:
    """Start of the opener right before the first number of a range that takes `link` ("ما بين",
    "يتراوح بين", "من"), after any clitic ("وبين"), or None."""
    words = range_words()
    toks = tokens_before(norm, first.start, max(map(len, words.openers)))
    for n in range(len(toks), 0, -1):
        head, *rest = (t.text for t in toks[-n:])
        for form in particles().forms(head):
            takes = words.openers.get((form, *rest))
            if takes is not None and link in takes:
                return toks[-n].end - len(form)
    return None


def range_start(norm: str, first: NumberMatch, second: NumberMatch) -> int | None:
    """Where the range "first link second" starts (its opener, or the first number), or None when the
    two numbers are no range: "بين 10 و15" and "من 5 إلى 7" need their opener, "40 أو 50" and
    "10-15" do not, "3 جنود و4 مدنيين" is a list (the first number has a noun of its own)."""
    link = norm[first.end : second.start].strip(SPACE)
    words = range_words()
    if first.value >= second.value or link not in words.bare | words.needs_opener | words.digits:
        return None
    opener = _range_opener(norm, first, link)
    if opener is None and link not in words.bare | words.digits:
        return None
    return first.start if opener is None else opener


def hyphen_range(norm: str, first: NumberMatch | None, second: NumberMatch) -> bool:
    """Digits joined by a hyphen that make a range, not a score (tests/gold/README.md, "Numeric
    ranges": "10-15 مدنيا", "بين 3-5 قتلى"): the ends rise, a counted noun follows the second, and
    no score cue stands before the first ("بنتيجة 1-3") nor names the other side after the
    second ("خسر 1-3 أمام الهلال"). A score is between two sides; a range counts a noun."""
    words = range_words()
    if first is None or first.words or second.words or not 0 < first.value < second.value:
        return False  # "يخسر 0-1": no range starts at nought
    if norm[first.end : second.start].strip(SPACE) not in words.digits:
        return False
    if classify(norm, second, range_end=True) != COUNT:
        return False  # "10-15 دقيقة" is a duration, "1-2 يونيو" a date
    noun = noun_after(norm, second.end, definite=False)
    if noun is None or noun.unit is None or norm[noun.unit[0] : noun.unit[1]] in words.score_after:
        return False
    prepositions = tuple(c for c in particles().clitics if c not in particles().conjunctions)
    if norm[noun.unit[0] : noun.unit[1]].startswith(prepositions):
        return False  # "1-2 ليحل ثالثا": a verb or a phrase after a score, not a counted noun
    before = tokens_before(norm, first.start, 3)
    return not any(f in words.score_before for t in before for f in particles().forms(t.text))


def range_quantity(norm: str, first: NumberMatch, start: int, second: NumberMatch, noun: Noun) -> Quantity:
    """One quantity for a range (tests/gold/README.md, "Numeric ranges"): no single value, its two
    ends as written, the qualifier written before it ("حوالي أربع أو خمس شاحنات": about)."""
    before = qualifier_before(norm, start)
    qualifier: Qualifier = before[0] if before else "exact"
    lower = first.value * _shared_scale(norm, first, second)
    low, high = math.floor(Fraction(str(lower))), math.ceil(Fraction(str(second.value)))
    return Quantity(before[1] if before else start, noun.end, None, qualifier, low, high, None, noun.unit)


def _shared_scale(norm: str, first: NumberMatch, second: NumberMatch) -> float:
    """The scale the second end gives the first when only it is written ("بين 3 و5 آلاف": 3000 to
    5000); 1 when the first has its own ("مليون أو مليوني") or the product would pass the second."""
    head = find_numbers(norm[second.start : second.end].split(" ")[0])
    if len(head) != 1 or not head[0].value:
        return 1.0
    scale = second.value / head[0].value
    own = find_numbers(norm[first.start : first.end].split(" ")[0])
    if scale <= 1 or (own and own[0].value != first.value) or first.value * scale > second.value:
        return 1.0
    return scale
