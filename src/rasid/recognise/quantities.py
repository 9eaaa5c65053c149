"""The quantities stage: every number that counts something, with its qualifier, bounds and noun.

A quantity is a count or a sum of money (`numbers.classify`) followed by its counted noun
("452 طفلاً", "15 من الدفاع المدني", "22 مليار دولار"), with an optional qualifier before or
after ("أكثر من 2000 شخص", "خمسة أطفال على الأقل"); a vague word ("عشرات القتلى", "عدد من
المدنيين", "جرح العشرات"); a dual noun of people ("قتيلين"); or a noun with "واحد" ("هدف
واحد"). Years, dates, ages, durations, clock times, ordinals, percentages, phone and reference
numbers are never quantities. A number with no noun counts only where the noun is left out on
purpose: after "بينهم"/"منهم" in a breakdown ("بينهم 15334 بسبب التعذيب"), right after a
casualty word ("مقتل تسعة وإصابة 20", "أصيب 20 بجروح"), after a toll's "إلى" ("ارتفع عدد قتلى
الهجوم، مطلع الأسبوع، إلى 53"), right before a breakdown ("558 من بينهم 50 طفلاً"), and at the
start of a range whose end has the noun ("من 15.76 ... إلى 30.93 جنيه"). A number in words may
count the noun before it ("شرطيين اثنين", "أطفالها الأربعة").

Sums of money ("22 مليار دولار") are not quantities by default, as the project brief and the
project's own gold (tests/gold, rs-14) decide; `QuantityStage(money=True)` emits them (unit =
the currency), as the shared dev gold wants (ar-056: "prices and money amounts stay required").

Bounds (`low`/`high`, inclusive integers, None = unbounded), for a value v as written:
  exact      floor(v) .. ceil(v)           more_than  floor(v)+1 .. None
  at_least   ceil(v) .. None               about      floor(0.9 v) .. ceil(1.1 v)  (±10 %)
  up_to      None .. floor(v)              less_than  None .. ceil(v)-1
"about" has no agreed width; ±10 % keeps "نحو 40" (36..44) apart from "نحو 50". "up_to" and
"less_than" leave `low` unbounded rather than 0: the text states no lower figure. Vague words
take their bounds from data/vague_quantities.tsv, which documents the convention and ACLED's.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import cache, lru_cache
from itertools import accumulate

from rasid.lang.ar.clause_marks import commas
from rasid.lang.ar.letters import EXTENDED_LETTERS, LETTERS
from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.normalise import normalise_char, normalise_string
from rasid.lang.ar.numbers import (
    COUNT,
    SCORE,
    NumberMatch,
    classify,
    find_numbers,
    is_unit_word,
    particles,
)
from rasid.lang.ar.quotes import quote_marks
from rasid.lang.ar.text import text_view
from rasid.record import Qualifier, QuantityMention, Record, Vague
from rasid.stage import Stage

QUALIFIERS_FILE = "qualifiers.tsv"
VAGUE_FILE = "vague_quantities.tsv"
NOUNS_FILE = "counted_nouns.tsv"
TOLL_VERBS_FILE = "casualty_markers.tsv"  # its toll_verb rows: "بلغ", "ارتفع", "وصل" ...
RANGE_FILE = "range_words.tsv"

#: Number kinds (numbers.classify) that become quantities; "money" is added on request.
EMITTED_KINDS = frozenset({COUNT})
MONEY = "money"

_QUALIFIERS = frozenset({"exact", "more_than", "at_least", "about", "up_to", "less_than"})
_CLASSES = frozenset({"several", "tens", "hundreds", "thousands"})
_NEEDS = frozenset({"noun", "of", "any", "own", "postposed"})
_NOUN_KINDS = frozenset(
    {
        "dual",
        "dual_oblique",
        "dual_nominative",
        "others",
        "noun",
        "not_noun",
        "pronoun",
        "breakdown",
        "tally",
        "elided",
        "possessive",
        "plural_ending",
        "all",
        "dual_feminine",
        "not_dual",
        "agreeing",
        "remaining",
    }
)
_TOKEN = re.compile(rf"[{LETTERS}{EXTENDED_LETTERS}]+|\d+(?:[.,]\d+)*|[^\s\w]|[A-Za-z_]+")
_WORD = re.compile(f"[{LETTERS}{EXTENDED_LETTERS}]+")
_SPACE = " \t\u00a0"
_MAX_RANGE_GAP = 8  # tokens between "من N" and "إلى M noun"
_MAX_TALLY_GAP = 5  # words between "عدد"/"حصيلة" and its number
_MAX_TOLL_REACH = 16  # words between "عدد"/"حصيلة" and "إلى N" in one clause ("ارتفع عدد ... إلى 23")
_ABOUT = Fraction(1, 10)  # the width of "about": ±10 %
MIN_PLURAL = 3  # the smallest count a plural noun takes (two is the dual)
MAX_POSSESSED = 10  # the largest such count: a definite ten or more is mostly a name ("السبعين")
MIN_POSSESSED = 4  # letters of a possessed noun beyond its pronoun ("أطفالها", not "لها")
MIN_DUAL_STEM = 3  # letters of a feminine dual before its ending ("عبوتين"; not "بوتين", "ستين")


@cache
def _openers() -> tuple[frozenset[str], frozenset[str]]:
    """(openers, straight quotes) of data/quote_marks.tsv. Opening quotes and brackets may stand
    between a number and its noun ('16 “هجوما عدائيا”'); a straight quote opens only after a
    space ('"الأطلس 24" جريدة' closes a name after the number)."""
    marks = quote_marks()
    return marks.opening | marks.unpaired_opening | marks.open_brackets, marks.straight


@dataclass(frozen=True)
class Quantity:
    """A quantity found in a normalised text; offsets are normalised offsets."""

    start: int
    end: int
    value: float | None
    qualifier: Qualifier | None
    low: int | None
    high: int | None
    vague: Vague | None
    unit: tuple[int, int] | None  # span of the counted noun, None when it is left out


@dataclass(frozen=True)
class _VagueWord:
    cls: Vague
    low: int | None
    high: int | None
    needs: str  # noun, of, any, own


@dataclass(frozen=True)
class _Lexicon:
    before: dict[tuple[str, ...], Qualifier]
    after: dict[tuple[str, ...], Qualifier]
    vague: dict[tuple[str, ...], _VagueWord]
    nouns: dict[str, frozenset[str]]  # kind -> words; breakdown phrases are space-joined
    vague_firsts: frozenset[str] = frozenset()  # first words of the vague phrases


def _int_or_none(cell: str) -> int | None:
    return int(cell) if cell else None


@cache
def _lexicon() -> _Lexicon:
    before: dict[tuple[str, ...], Qualifier] = {}
    after: dict[tuple[str, ...], Qualifier] = {}
    for row in load_rows(QUALIFIERS_FILE, normalise_columns=("phrase",)):
        if row["qualifier"] not in _QUALIFIERS or row["position"] not in ("before", "after"):
            raise DataFileError(f"{QUALIFIERS_FILE}: bad row for {row['phrase']!r}")
        table = before if row["position"] == "before" else after
        table[tuple(row["phrase"].split())] = row["qualifier"]  # type: ignore[assignment]
    vague: dict[tuple[str, ...], _VagueWord] = {}
    for row in load_rows(VAGUE_FILE, normalise_columns=("word",)):
        if row["class"] not in _CLASSES or row["needs"] not in _NEEDS:
            raise DataFileError(f"{VAGUE_FILE}: bad row for {row['word']!r}")
        low, high = _int_or_none(row["low"]), _int_or_none(row["high"])
        vague[tuple(row["word"].split())] = _VagueWord(row["class"], low, high, row["needs"])  # type: ignore[arg-type]
    nouns: dict[str, set[str]] = {kind: set() for kind in _NOUN_KINDS}
    for row in load_rows(NOUNS_FILE, normalise_columns=("word",)):
        if row["kind"] not in _NOUN_KINDS:
            raise DataFileError(f"{NOUNS_FILE}: unknown kind {row['kind']!r} for {row['word']!r}")
        nouns[row["kind"]].add(row["word"])
    firsts = frozenset(key[0] for key in vague)
    return _Lexicon(before, after, vague, {k: frozenset(v) for k, v in nouns.items()}, firsts)


@cache
def _qualifier_heads() -> frozenset[str]:
    """First words of the qualifiers before a number: "أكثر" starts the next quantity, it is no noun."""
    return frozenset(phrase[0] for phrase in _lexicon().before)


def bounds(value: float, qualifier: Qualifier) -> tuple[int | None, int | None]:
    """Inclusive integer bounds of a qualified value (see the module docstring)."""
    v = Fraction(str(value))
    lo, hi = math.floor(v), math.ceil(v)
    if qualifier == "more_than":
        return lo + 1, None
    if qualifier == "at_least":
        return hi, None
    if qualifier == "about":
        return math.floor(v * (1 - _ABOUT)), math.ceil(v * (1 + _ABOUT))
    if qualifier == "up_to":
        return None, lo
    if qualifier == "less_than":
        return None, hi - 1
    return lo, hi


# --- tokens around a number -----------------------------------------------------------------


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str


def _tokens_after(norm: str, pos: int, n: int) -> list[_Tok]:
    """Up to `n` tokens from `pos` on the same line."""
    line_end = norm.find("\n", pos)
    out: list[_Tok] = []
    for m in _TOKEN.finditer(norm, pos, len(norm) if line_end < 0 else line_end):
        out.append(_Tok(m.start(), m.end(), m.group()))
        if len(out) == n:
            break
    return out


def _tokens_before(norm: str, pos: int, n: int) -> list[_Tok]:
    """Up to `n` tokens ending at or before `pos` on the same line, nearest last."""
    line_start = max(norm.rfind("\n", 0, pos) + 1, pos - 120)
    return [_Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(norm, line_start, pos)][-n:]


def _before_number(norm: str, start: int) -> list[_Tok]:
    """Tokens before a number, without a clitic preposition or article standing before it."""
    toks = _tokens_before(norm, start, 10)
    if toks and toks[-1].text in particles().prefixes:
        toks = toks[:-1]
    return toks


def _qualifier_before(norm: str, start: int) -> tuple[Qualifier, int] | None:
    """(qualifier, start offset of its phrase, after any clitic) right before a number, or
    before the tally that names what the number counts ("تجاوز عدد المصابين 6 آلاف")."""
    toks = _before_number(norm, start)
    found = _qualifier_ending(toks)
    if found is None:
        tally = _tally_index(toks)
        found = _qualifier_ending(toks[:tally]) if tally is not None else None
    return found


def _tally_index(toks: list[_Tok], gap: int = _MAX_TALLY_GAP, *, predicate: bool = False) -> int | None:
    """Index of a tally word ("عدد", "حصيلة") among the last `gap` words of `toks`.

    Punctuation or another number ends the clause, except for the predicate of a toll (a count
    after "إلى"): its subject may stand past quotation marks and a parenthesis between commas ("ارتفع عدد قتلى
    الهجوم، مطلع الأسبوع، إلى 53"), past numbers of its own ("منذ 7 أكتوبر، إلى 19 ألفاً")
    and past the same toll's first predicate ("ترتفع الحصيلة ... إلى 2350، والجرحى إلى 10906")."""
    tally = _lexicon().nouns["tally"]
    words = 0
    for i in range(len(toks) - 1, -1, -1):
        text = toks[i].text
        if not _WORD.fullmatch(text):
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


def _qualifier_ending(toks: list[_Tok]) -> tuple[Qualifier, int] | None:
    """(qualifier, start offset) of the longest qualifier phrase ending with the last token."""
    table = _lexicon().before
    for n in range(min(max(map(len, table)), len(toks)), 0, -1):
        first, *rest = (t.text for t in toks[-n:])
        for form in particles().forms(first):
            qualifier = table.get((form, *rest))
            if qualifier is not None:
                return qualifier, toks[-n].end - len(form)
    return None


def _qualifier_after(norm: str, end: int) -> tuple[Qualifier, int] | None:
    """(qualifier, end offset of its phrase) right after a number or its noun."""
    table = _lexicon().after
    toks = _tokens_after(norm, end, max(map(len, table)))
    for n in range(len(toks), 0, -1):
        qualifier = table.get(tuple(t.text for t in toks[:n]))
        if qualifier is not None:
            return qualifier, toks[n - 1].end
    return None


def _breakdown_before(norm: str, start: int) -> bool:
    toks = _before_number(norm, start)
    phrases = _lexicon().nouns["breakdown"]
    return any(" ".join(t.text for t in toks[-n:]) in phrases for n in range(1, min(3, len(toks)) + 1))


def _elided_before(norm: str, start: int) -> bool:
    """A casualty word right before the number, after which reports leave the noun out ("مقتل
    تسعة وإصابة 20", "وأصيب 20 بجروح"); a clitic ("وأصيب") is allowed."""
    toks = _before_number(norm, start)
    elided = _lexicon().nouns["elided"]
    return bool(toks) and any(form in elided for form in particles().forms(toks[-1].text))


def _tally_before(norm: str, start: int) -> bool:
    """A tally word ("عدد القتلى", "حصيلة الضحايا") a few words before, in the same clause; or,
    when the number is the predicate of a toll, anywhere in its clause: after "إلى" ("ارتفع عدد
    قتلى الغارات التي استهدفت سوق المدينة صباح اليوم إلى 23"), or as the object of a toll verb
    (`_toll_predicate`)."""
    toks = _tokens_before(norm, start, 2 * _MAX_TOLL_REACH)
    openers, straight = _openers()
    while toks and (toks[-1].text in openers or toks[-1].text in straight):
        toks = toks[:-1]  # 'بلغت “558': the quotation opens with the count
    if _tally_index(toks[-(_MAX_TALLY_GAP + 1) :]) is not None:
        return True
    if not toks:
        return False
    if _is_to(toks[-1].text):
        return _tally_index(toks[:-1], gap=_MAX_TOLL_REACH, predicate=True) is not None
    return _toll_predicate(toks)


@cache
def _toll_verbs() -> frozenset[str]:
    """The toll verbs of data/casualty_markers.tsv ("بلغ", "وصلت", "تجاوز"), normalised."""
    rows = load_rows(TOLL_VERBS_FILE, normalise_columns=("marker",))
    return frozenset(row["marker"] for row in rows if row["kind"] == "toll_verb")


def _is_toll_verb(word: str) -> bool:
    return any(form in _toll_verbs() for form in particles().forms(word))


def _toll_predicate(toks: list[_Tok]) -> bool:
    """The number is the object of a toll verb whose subject is a tally, however long the tally's
    noun phrase: the verb right before the number ("عدد القتلى الذين وصلوا إلى المستشفى بلغ 17")
    or right before the tally ("بلغ عدد الصواريخ التي أعلنت السعودية اعتراضها في سماء المملكة
    35"). The clause has no other mark than commas between them."""
    if _is_toll_verb(toks[-1].text):
        return _tally_index(toks[:-1], gap=_MAX_TOLL_REACH, predicate=True) is not None
    tally = _tally_index(toks, gap=_MAX_TOLL_REACH)
    return tally is not None and tally > 0 and _is_toll_verb(toks[tally - 1].text)


def _breakdown_after(norm: str, end: int) -> bool:
    """A breakdown marker right after a number, past a comma ("إلى 53، بينهم 49 جندياً", "558
    من بينهم 50 طفلاً"): the number is the total whose noun the toll already named."""
    toks = _tokens_after(norm, end, 3)
    if toks and toks[0].text in commas():
        toks = toks[1:]
    phrases = _lexicon().nouns["breakdown"]
    return any(" ".join(t.text for t in toks[:n]) in phrases for n in (1, 2))


def _word_at(norm: str, pos: int) -> re.Match[str] | None:
    """The Arabic word at `pos`, after spaces and opening quotes."""
    start = pos
    openers, straight = _openers()
    while pos < len(norm):
        ch = norm[pos]
        opening = ch in straight and pos > start and norm[pos - 1] in _SPACE
        if not (ch in _SPACE or ch in openers or opening):
            break
        pos += 1
    return _WORD.match(norm, pos)


@dataclass(frozen=True)
class _Noun:
    unit: tuple[int, int] | None
    end: int


def _plain_noun(word: str, *, definite: bool) -> bool:
    """Can this word be a counted noun? Not a particle, not "and ...", definite only if allowed."""
    nouns = _lexicon().nouns
    pp = particles()
    if word in nouns["not_noun"] or word in pp.one or word in _qualifier_heads():
        return False
    if not definite and word.startswith(pp.definite):
        return False
    return not (word.startswith(pp.conjunctions) and word not in nouns["noun"])


def _noun_after(norm: str, pos: int, *, definite: bool) -> _Noun | None:
    """The counted noun after a number or vague word ending at `pos`.

    "15 من الدفاع المدني" counts the noun after من (which may be definite); "اثنان منهم" has
    no noun of its own. A definite noun right after counts only for vague words ("عشرات القتلى").
    """
    pp = particles()
    m = _word_at(norm, pos)
    if m is None:
        return None
    word = m.group()
    if word in _lexicon().nouns["pronoun"]:
        return _Noun(None, m.end())
    if word in pp.of:
        noun = _word_at(norm, m.end())
        if noun is None or not _plain_noun(noun.group(), definite=True):
            return None
        one = _word_at(norm, noun.end())
        end = one.end() if one is not None and one.group() in pp.one else noun.end()
        return _Noun((noun.start(), noun.end()), end)
    if not _plain_noun(word, definite=definite):
        return None
    return _Noun((m.start(), m.end()), m.end())


class _Spans:
    """The spans of quantities found so far, asked about overlaps in log time: every word of an
    article is asked once, so a scan of all spans per word would make the stage quadratic."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, end)  # the spans that start before `end`
        return k > 0 and self._reach[k - 1] > start


def _inside(spans: _Spans, start: int, end: int) -> bool:
    return spans.overlaps(start, end)


# --- recognisers ----------------------------------------------------------------------------


def _qualified(norm: str, m: NumberMatch, end: int, unit: tuple[int, int] | None) -> Quantity:
    """The quantity of number `m` whose noun ends at `end`, with its qualifier if any."""
    before = _qualifier_before(norm, m.start)
    after = None if before else _qualifier_after(norm, end)
    qualifier: Qualifier = before[0] if before else after[0] if after else "exact"
    low, high = bounds(m.value, qualifier)
    start = before[1] if before else m.start
    return Quantity(start, after[1] if after else end, m.value, qualifier, low, high, None, unit)


def _range_to(norm: str, first: NumberMatch, second: NumberMatch) -> bool:
    """True when M follows "إلى" a few tokens after N, as in "من N ... إلى M"."""
    between = list(_TOKEN.finditer(norm, first.end, second.start))
    before = _before_number(norm, second.start)
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
def _range_words() -> _RangeWords:
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
    words = _range_words()
    toks = _tokens_before(norm, first.start, max(map(len, words.openers)))
    for n in range(len(toks), 0, -1):
        head, *rest = (t.text for t in toks[-n:])
        for form in particles().forms(head):
            takes = words.openers.get((form, *rest))
            if takes is not None and link in takes:
                return toks[-n].end - len(form)
    return None


def _range_start(norm: str, first: NumberMatch, second: NumberMatch) -> int | None:
    """Where the range "first link second" starts (its opener, or the first number), or None when the
    two numbers are no range: "بين 10 و15" and "من 5 إلى 7" need their opener, "40 أو 50" and
    "10-15" do not, "3 جنود و4 مدنيين" is a list (the first number has a noun of its own)."""
    link = norm[first.end : second.start].strip(_SPACE)
    words = _range_words()
    if first.value >= second.value or link not in words.bare | words.needs_opener | words.digits:
        return None
    opener = _range_opener(norm, first, link)
    if opener is None and link not in words.bare | words.digits:
        return None
    return first.start if opener is None else opener


def _hyphen_range(norm: str, first: NumberMatch | None, second: NumberMatch) -> bool:
    """Digits joined by a hyphen that make a range, not a score (tests/gold/README.md, "Numeric
    ranges": "10-15 مدنيا", "بين 3-5 قتلى"): the ends rise, a counted noun follows the second, and
    no score cue stands before the first ("بنتيجة 1-3") nor names the other side after the
    second ("خسر 1-3 أمام الهلال"). A score is between two sides; a range counts a noun."""
    words = _range_words()
    if first is None or first.words or second.words or not 0 < first.value < second.value:
        return False  # "يخسر 0-1": no range starts at nought
    if norm[first.end : second.start].strip(_SPACE) not in words.digits:
        return False
    if classify(norm, second, range_end=True) != COUNT:
        return False  # "10-15 دقيقة" is a duration, "1-2 يونيو" a date
    noun = _noun_after(norm, second.end, definite=False)
    if noun is None or noun.unit is None or norm[noun.unit[0] : noun.unit[1]] in words.score_after:
        return False
    prepositions = tuple(c for c in particles().clitics if c not in particles().conjunctions)
    if norm[noun.unit[0] : noun.unit[1]].startswith(prepositions):
        return False  # "1-2 ليحل ثالثا": a verb or a phrase after a score, not a counted noun
    before = _tokens_before(norm, first.start, 3)
    return not any(f in words.score_before for t in before for f in particles().forms(t.text))


def _range(norm: str, first: NumberMatch, start: int, second: NumberMatch, noun: _Noun) -> Quantity:
    """One quantity for a range (tests/gold/README.md, "Numeric ranges"): no single value, its two
    ends as written, the qualifier written before it ("حوالي أربع أو خمس شاحنات": about)."""
    before = _qualifier_before(norm, start)
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


def _numeric(norm: str, numbers: list[NumberMatch], kinds: frozenset[str]) -> list[Quantity]:
    out: list[Quantity] = []
    pending: list[NumberMatch] = []  # "من N" without a noun, waiting for "إلى M noun"
    for i, m in enumerate(numbers):
        kind = classify(norm, m)
        if kind == SCORE and _hyphen_range(norm, numbers[i - 1] if i else None, m):
            kind = COUNT  # "10-15 مدنيا": the hyphen joins a range's ends
        if kind not in kinds or (m.words and m.value == 1):
            continue
        noun = _noun_after(norm, _after_brackets(norm, m), definite=False)
        first = numbers[i - 1] if i else None
        start = _range_start(norm, first, m) if noun is not None and first is not None else None
        if noun is not None and first is not None and start is not None:
            out = [q for q in out if not q.start <= first.start < q.end]  # "نحو 40" of "نحو 40 أو 50 شخصا"
            out.append(_range(norm, first, start, m, noun))
            pending = []
        elif noun is not None:
            out.extend(_qualified(norm, p, p.end, noun.unit) for p in pending if _range_to(norm, p, m))
            pending = []
            bracketed = _after_brackets(norm, m) > m.end
            out.append(
                _qualified(norm, replace(m, start=m.start - 1) if bracketed else m, noun.end, noun.unit)
            )
        elif (
            _breakdown_before(norm, m.start)
            or _qualifier_before(norm, m.start) is not None
            or _tally_before(norm, m.start)
            or _elided_before(norm, m.start)
            or _breakdown_after(norm, m.end)
            or _qualifier_after(norm, m.end) is not None
        ):
            # "بينهم 15334 بسبب التعذيب", "بلغ عدد الجرحى نحو 1530", "وأن اثنين على الأقل أصيبا":
            # the noun is said elsewhere (a year or a date takes no "على الأقل")
            out.append(_qualified(norm, m, m.end, None))
        elif (head := _noun_before(norm, m)) is not None:
            # "مقتل شرطيين اثنين ومدني": a number in words after its plural or dual noun
            low, high = bounds(m.value, "exact")
            out.append(Quantity(head[0], m.end, m.value, "exact", low, high, None, head))
        else:
            before = _before_number(norm, m.start)
            if before and before[-1].text in particles().of:
                pending.append(m)
    return out


def _after_brackets(norm: str, m: NumberMatch) -> int:
    """Where the noun of a number may start: past the closing bracket of "(15) مدنيا"."""
    if m.start > 0 and norm[m.start - 1] == "(" and norm[m.end : m.end + 1] == ")":
        word = _word_at(norm, m.end + 1)
        prev = _tokens_before(norm, m.start - 1, 2)
        prev_words = [
            t.text for t in prev if _WORD.fullmatch(t.text) and t.text not in particles().conjunctions
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
    toks = _tokens_before(norm, m.start, 1)
    if not toks or not _WORD.fullmatch(toks[0].text) or norm[toks[0].end : m.start].strip(_SPACE):
        return None
    noun = toks[0].text
    if not noun.endswith(tuple(_lexicon().nouns["plural_ending"])) or not _plain_noun(noun, definite=False):
        return None
    return toks[0].start, toks[0].end


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


def _possessor(norm: str, pos: int, taken: _Spans) -> tuple[int, int] | None:
    """(start, end) of the noun with a possessive pronoun right before `pos` ("أطفالها")."""
    pp = particles()
    toks = _tokens_before(norm, pos, 1)
    if not toks or not _WORD.fullmatch(toks[0].text) or norm[toks[0].end : pos].strip(_SPACE):
        return None
    noun = toks[0]
    form = next((f for f in reversed(pp.forms(noun.text)) if len(f) > MIN_POSSESSED), "")
    if not form.endswith(tuple(_lexicon().nouns["possessive"])) or not _plain_noun(form, definite=False):
        return None  # "وأطفالها الخمسة": the noun after its conjunction
    start = noun.end - len(form)
    return None if _inside(taken, start, noun.end) else (start, noun.end)


def _possessed(norm: str, taken: _Spans, numbers: list[NumberMatch]) -> list[Quantity]:
    """A number with the article after a noun that carries a possessive pronoun counts that noun:
    in words ("أطفالها الأربعة": her four children) or in digits after "all" ("جميع ركابها الـ224":
    all its 224 passengers; digits are no name, so any count of three or more)."""
    article = particles().article
    candidates = [
        (m.start(), m.end(), _definite_count(m.group()), False)
        for m in _WORD.finditer(norm)
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
        if value is None or _inside(taken, start, end):
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
    nxt = _word_at(norm, end)
    tens_prefix = pp.conjunctions[0] + pp.article if pp.conjunctions else None
    if nxt is not None and tens_prefix and nxt.group().startswith(tens_prefix) and value < 10:
        tens = find_numbers(nxt.group().removeprefix(tens_prefix))
        if len(tens) == 1 and tens[0].words and tens[0].value in _TENS:
            value, end = value + tens[0].value, nxt.end()
    return value, end


_TENS = frozenset(float(v) for v in range(20, 100, 10))


def _definite_noun_before(norm: str, pos: int, taken: _Spans) -> tuple[int, int] | None:
    """(start, end) of the definite noun right before `pos` that a definite number after it counts
    ("القتلى الثلاثة", "المصابين ال23"), after its clitic; not a unit ("الأيام الثلاثة")."""
    pp = particles()
    toks = _tokens_before(norm, pos, 1)
    if not toks or not _WORD.fullmatch(toks[0].text) or norm[toks[0].end : pos].strip(_SPACE):
        return None
    word = toks[0].text
    prefix = next((d for d in pp.definite if word.startswith(d)), None)
    if prefix is None or len(word) - len(prefix) < MIN_DUAL_STEM or _definite_count(word) is not None:
        return None
    stem = word[len(prefix) :]
    if is_unit_word(stem) or is_unit_word(pp.article + stem) or find_numbers(stem):
        return None
    start = toks[0].end - len(pp.article + stem)
    return None if _inside(taken, start, toks[0].end) else (start, toks[0].end)


def _definite(norm: str, taken: _Spans, numbers: list[NumberMatch]) -> list[Quantity]:
    """A count after a definite noun (tests/gold/README.md, "A count after a definite noun"): a
    number in words with the article after the noun it counts ("الشهداء الثلاثة", "الأشخاص الثلاثة
    والعشرين"), digits with the article after a plural ("المصابين ال23"); and a number in words
    with the article after a qualifier, or after the tally a qualifier opens, with or without its
    noun ("تجاوز التسعين قتيلا", "تجاوز عدد الضحايا الخمسين قتيلا", "قد يتجاوز المئتين"). Whether it repeats an earlier figure is the casualty stage's question."""
    article = particles().article
    plural = tuple(_lexicon().nouns["plural_ending"])
    out: list[Quantity] = []
    for m in _WORD.finditer(norm):
        if not m.group().startswith(article) or _inside(taken, m.start(), m.end()):
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
        before = _qualifier_before(norm, m.start())
        if before is not None:
            after = _noun_after(norm, end, definite=False)
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
        if noun is None or _inside(taken, n.start - len(article), n.end):
            continue
        if not norm[noun[0] : noun[1]].endswith(plural):
            continue  # "الدورة الـ12", "القرار الـ2401": an ordinal or a name
        low, high = bounds(n.value, "exact")
        out.append(Quantity(noun[0], n.end, n.value, "exact", low, high, None, noun))
    return out


def _after_definite_word(norm: str, pos: int) -> bool:
    """A definite word right before `pos`: the number after it qualifies that word ("الأيام
    الخمسة الآخرين"), the noun is not left out."""
    toks = _tokens_before(norm, pos, 1)
    return (
        bool(toks)
        and not norm[toks[0].end : pos].strip(_SPACE)
        and toks[0].text.startswith(particles().definite)
    )


def _remaining_after(norm: str, end: int) -> int | None:
    """End of "the others"/"the remaining" right after a definite number with no noun before it
    ("الثلاثة المتبقون", "الخمسة الآخرون": data/counted_nouns.tsv kind remaining), or None."""
    nxt = _word_at(norm, end)
    if nxt is None or norm[end : nxt.start()].strip(_SPACE):
        return None
    return nxt.end() if nxt.group() in _lexicon().nouns["remaining"] else None


def _all_before(norm: str, pos: int) -> int | None:
    """Start of "جميع"/"كل" right before `pos` ("جميع ركابها الـ224"): with it a definite number in
    digits counts the noun; without it the number is mostly an ordinal ("دورتها الـ78")."""
    toks = _tokens_before(norm, pos, 1)
    if not toks or norm[toks[0].end : pos].strip(_SPACE):
        return None
    form = next((f for f in particles().forms(toks[0].text) if f in _lexicon().nouns["all"]), None)
    return None if form is None else toks[0].end - len(form)


def _vague_at(norm: str, m: re.Match[str]) -> tuple[int, int, _VagueWord] | None:
    """(start, end, entry) of the longest vague phrase starting with word `m` (clitic allowed)."""
    lex = _lexicon()
    if not _opens_vague(m.group()):
        return None  # most words: no vague phrase starts with them, whatever follows
    table = lex.vague
    nxt = _word_at(norm, m.end())
    candidates: list[tuple[list[str], int]] = []
    if nxt is not None and not norm[m.end() : nxt.start()].strip(_SPACE):
        candidates.append(([m.group(), nxt.group()], nxt.end()))
    candidates.append(([m.group()], m.end()))
    for words, end in candidates:
        for form in particles().forms(words[0]):
            entry = table.get((form, *words[1:]))
            if entry is not None:
                return m.end() - len(form), end, entry
    return None


def _noun_right_before(norm: str, pos: int) -> tuple[int, int] | None:
    """The indefinite noun right before a postposed vague word ("مناطق عدة"), not a unit of time
    or measure ("سنوات عدة"), a particle ("في عدة") or a definite word ("التحالف عدة")."""
    toks = _tokens_before(norm, pos, 1)
    if not toks or not _WORD.fullmatch(toks[0].text) or norm[toks[0].end : pos].strip(_SPACE):
        return None
    word = toks[0].text
    if not _plain_noun(word, definite=False) or is_unit_word(word) or word in particles().of:
        return None
    return toks[0].start, toks[0].end


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _opens_vague(word: str) -> bool:
    """Whether a vague phrase can start with the word, with or without its clitic (per word form)."""
    firsts = _lexicon().vague_firsts
    return any(form in firsts for form in particles().forms(word))


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _dual_form(word: str) -> str | None:
    """The dual noun of people a word is, after its clitic if it has one (per word form)."""
    duals = _lexicon().nouns["dual"]
    return next((f for f in particles().forms(word) if f in duals), None)


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _feminine_dual_form(word: str) -> str | None:
    """The indefinite feminine dual a word is, after its clitic ("مجزرتين", "لغارتين"): a count of
    two whatever its noun, as no plural ends so; not a unit of time or measure ("ساعتين", "مرتين"),
    not a name or word listed as not_dual ("باكستان"), not definite ("العائلتين" refers back)."""
    nouns = _lexicon().nouns
    pp = particles()
    if word.startswith(pp.definite):
        return None
    # "وإصابتين" is "and" + the dual, as a counted noun after "و" is (`_plain_noun`); other
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


def _vague(norm: str, taken: _Spans) -> list[Quantity]:
    out: list[Quantity] = []
    pos = 0
    for m in _WORD.finditer(norm):
        if m.start() < pos or not _opens_vague(m.group()):
            continue  # most words open no vague phrase (asked once per word form)
        found = _vague_at(norm, m)
        if found is None or _inside(taken, m.start(), m.end()):
            continue
        start, end, entry = found
        upper = _vague_upper(norm, end)
        if upper is not None:  # "عشرات إلى مئات القتلى": one vague item, the lower class
            up_end, up_entry, up_noun = upper
            unit = up_noun.unit if up_noun else None
            out.append(Quantity(start, up_end, None, None, entry.low, up_entry.high, entry.cls, unit))
            pos = up_end
            continue
        noun = _noun_after(norm, end, definite=entry.needs not in ("noun", "postposed"))
        if entry.needs == "postposed" and (noun is None or noun.unit is None):
            head = _noun_right_before(norm, start)
            if head is None:
                continue
            out.append(Quantity(head[0], end, None, None, entry.low, entry.high, entry.cls, head))
            pos = end
            continue
        follower = _word_at(norm, end)
        of_them = follower is not None and follower.group() in _lexicon().nouns["pronoun"]
        if (
            entry.needs == "of"
            and not of_them
            and (noun is None or follower is None or follower.group() not in particles().of)
        ):
            continue  # "عدد من المدنيين", "عدد منهم" (of them: the noun is the one just named)
        if entry.needs in ("noun", "postposed") and (noun is None or noun.unit is None):
            continue
        if entry.needs == "own" and (follower is None or follower.group() not in particles().of):
            noun = None  # "وأصيب عدد آخر نتيجة القصف": the phrase names its own noun ("آخر")
        before = _qualifier_before(norm, start)
        end = noun.end if noun else end
        qualifier, start = (before[0], before[1]) if before else (None, start)
        out.append(
            Quantity(
                start, end, None, qualifier, entry.low, entry.high, entry.cls, noun.unit if noun else None
            )
        )
        pos = end
    return out


def _vague_upper(norm: str, end: int) -> tuple[int, _VagueWord, _Noun | None] | None:
    """(end, entry, noun) of the upper vague word of a vague range after a range link ("عشرات إلى
    مئات القتلى", "العشرات أو المئات"), or None; the conjunction "و" lists, it makes no range."""
    link = _word_at(norm, end)
    words = _range_words()
    if link is None or norm[end : link.start()].strip(_SPACE):
        return None
    if link.group() not in words.bare and link.group() not in words.needs_opener - set(
        particles().conjunctions
    ):
        return None
    upper_word = _word_at(norm, link.end())
    if upper_word is None:
        return None
    upper = _vague_at(norm, upper_word)
    if upper is None or upper[0] != upper_word.start():
        return None
    noun = _noun_after(norm, upper[1], definite=True)
    return (noun.end if noun else upper[1]), upper[2], noun


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _oblique_dual_form(word: str) -> tuple[str, str] | None:
    """(form, stem) of a word in the accusative/genitive whose nominative dual is a listed dual
    ("مجندين" beside "مجندان"): written alike, it is a dual or a plural; the context decides."""
    nouns = _lexicon().nouns
    for form in particles().forms(word):
        for ending in nouns["dual_oblique"]:
            stem = form.removesuffix(ending)
            if stem != form and any(stem + nom in nouns["dual"] for nom in nouns["dual_nominative"]):
                return form, stem
    return None


def _counted_two(norm: str, found: list[Quantity], stem: str, start: int) -> bool:
    """The noun of `stem` counted two earlier on the line ("مقتل شرطيين اثنين")."""
    line_start = norm.rfind("\n", 0, start) + 1
    nouns = _lexicon().nouns
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
    after = _qualifier_after(norm, m.end())
    if after is not None:
        qualifier, end = after
        low, high = bounds(2.0, qualifier)
        return Quantity(start, end, 2.0, qualifier, low, high, None, (start, m.end()))
    agreeing = _word_at(norm, m.end())
    if _others_counted_after(norm, m.end(), [*found, *more]) or (
        agreeing is not None
        and not norm[m.end() : agreeing.start()].strip(_SPACE)
        and agreeing.group() in _lexicon().nouns["agreeing"]
    ):
        return Quantity(start, m.end(), 2.0, "exact", 2, 2, None, (start, m.end()))
    other = _word_at(norm, m.end())
    if other is None or other.group() not in _lexicon().nouns["others"]:
        return None
    if not _counted_two(norm, [*found, *more], stem, start):
        return None
    return Quantity(start, other.end(), 2.0, "exact", 2, 2, None, (start, m.end()))


def _others_counted_after(norm: str, end: int, found: list[Quantity]) -> bool:
    """A count of "others" follows in the next clause of its sentence, after "و" and a casualty word
    ("مقتل شرطيين وإصابة أربعة آخرين"): the others are counted against the form, which is a count."""
    nxt = _word_at(norm, end)
    if nxt is None or not nxt.group().startswith(particles().conjunctions):
        return False
    forms = particles().forms(nxt.group())
    if not any(f in _lexicon().nouns["elided"] for f in forms):
        return False
    count = next((q for q in found if q.start >= nxt.end()), None)
    if count is None or norm[nxt.end() : count.start].strip(_SPACE) or count.unit is None:
        return False
    return norm[count.unit[0] : count.unit[1]] in _lexicon().nouns["others"]


def _duals(norm: str, found: list[Quantity]) -> list[Quantity]:
    """Dual nouns of people: "قتيلين" counts two; a dual right after one agrees with it ("شخصان
    آخران": two others, not four); an oblique form that is also a plural only where a count is
    meant (`_oblique_dual`)."""
    taken = _Spans((q.start, q.end) for q in found)
    out: list[Quantity] = []
    agreeing = -1  # end of the last dual found or of an adjective agreeing with it
    for m in _WORD.finditer(norm):
        word = m.group()
        if not _may_be_dual(word):
            continue  # most words: neither form, whatever surrounds them (asked once per form)
        if _inside(taken, m.start(), m.end()) or (out and m.start() < out[-1].end):
            continue
        form = _dual_form(word) or _feminine_dual_form(word)
        if form is None:
            oblique = _oblique_dual(norm, m, found, out)
            if oblique is not None:
                out.append(oblique)
            continue
        if agreeing >= 0 and not norm[agreeing : m.start()].strip(_SPACE) and form == word:
            agreeing = m.end()  # "مجموعتين مسلحتين مواليتين": two groups, not six ("وجريحين" is no adjective)
            continue
        agreeing = m.end()
        start = m.end() - len(form)
        out.append(Quantity(start, m.end(), 2.0, "exact", 2, 2, None, (start, m.end())))
    return out


def _singles(norm: str, taken: _Spans) -> list[Quantity]:
    """A noun followed by "واحد" counts one ("بثلاثة أهداف مقابل هدف واحد")."""
    pp = particles()
    out: list[Quantity] = []
    for m in _WORD.finditer(norm):
        if m.group() not in pp.one or _inside(taken, m.start(), m.end()):
            continue
        before = _tokens_before(norm, m.start(), 3)
        if not before or not _WORD.fullmatch(before[-1].text):
            continue
        noun = before[-1]
        breakdown = " ".join(t.text for t in before[:-1]) in _lexicon().nouns["breakdown"]
        if any(t.text in pp.of for t in before[:-1]) and not breakdown:
            continue  # "ثمانية ... من (أفراد) عائلة واحدة": which family; "من بينهم شخص واحد" counts
        # "بعائلة واحدة" is a prepositional phrase, not a count: no preposition glued to the noun;
        # "و" is no preposition ("وقتيل واحد", "حالة وفاة واحدة": the noun's own first letter).
        prepositions = tuple(c for c in pp.clitics if c not in pp.conjunctions)
        if not _plain_noun(noun.text, definite=False) or noun.text.startswith(prepositions):
            continue
        if not _inside(taken, noun.start, noun.end):
            out.append(Quantity(noun.start, m.end(), 1.0, "exact", 1, 1, None, (noun.start, noun.end)))
    return out


def find_quantities(norm: str, *, money: bool = False) -> list[Quantity]:
    """All quantities of a normalised text, in text order; sums of money too when `money`."""
    numbers = find_numbers(norm)
    found = _numeric(norm, numbers, EMITTED_KINDS | {MONEY} if money else EMITTED_KINDS)
    found += _vague(norm, _Spans([(n.start, n.end) for n in numbers] + [(q.start, q.end) for q in found]))
    found += _duals(norm, found)
    found += _singles(norm, _Spans((q.start, q.end) for q in found))
    found += _possessed(norm, _Spans((q.start, q.end) for q in found), numbers)
    found += _definite(norm, _Spans((q.start, q.end) for q in found), numbers)
    return sorted(found, key=lambda q: (q.start, q.end))


def _clean_span(record: Record, start: int, end: int) -> tuple[int, int]:
    """Clean-text span of a normalised span, with the diacritics that close its last word."""
    s, e = text_view(record).span(start, end)
    while e < len(record.text) and normalise_char(record.text[e]) == "":
        e += 1
    return s, e


class QuantityStage(Stage):
    """Adds a QuantityMention for every count in the clean text."""

    name = "quantities"
    reads = frozenset({"text"})
    writes = frozenset({"mentions:quantity"})

    def __init__(self, *, money: bool = False) -> None:
        super().__init__()
        self.money = money

    def process(self, record: Record) -> Record:
        for q in find_quantities(text_view(record).norm, money=self.money):
            start, end = _clean_span(record, q.start, q.end)
            unit = record.span_text(_clean_span(record, *q.unit)) if q.unit else None
            record.mentions.append(
                QuantityMention(
                    id=record.next_mention_id(),
                    span=(start, end),
                    text=record.text[start:end],
                    value=q.value,
                    qualifier=q.qualifier,
                    low=q.low,
                    high=q.high,
                    vague=q.vague,
                    unit=unit,
                )
            )
            self.stat("vague" if q.vague else "numeric")
        return record
