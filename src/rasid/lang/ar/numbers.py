"""The Arabic number grammar: digits and number words in normalised text, and what a number is.

Numbers are found on the normalised text (see normalise.py: Arabic-Indic and Persian digits
are already ASCII, ٬ is "," and ٫ is "."), so every offset here is an offset of the
normalised string the caller passed in. The words live in data/number_words.tsv and the
context cues that make a number a year, a percentage, a sum of money… in
data/number_contexts.tsv; this module only holds the grammar that combines them:

    number := group ("و" group)*          each group of a smaller scale than the one before
    group  := block [scale | scale_plural] | scale | scale_dual | fraction scale
    block  := digits | hundred ["و" sub] | unit(3..9) "مئة" ["و" sub] | sub
    sub    := (unit | teen_unit) teen | unit "و" ten | ten | unit

`find_numbers` returns every number; `classify` says whether one counts something.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from rasid.lang.ar.letters import EXTENDED_LETTERS, LETTERS
from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.quotes import quote_marks

WORDS_FILE = "number_words.tsv"
CONTEXTS_FILE = "number_contexts.tsv"
PARTICLES_FILE = "number_particles.tsv"

_KINDS = frozenset(
    {"unit", "teen_unit", "teen", "ten", "hundred", "scale", "scale_dual", "scale_plural", "fraction"}
    | {"joiner", "ordinal"}
)
# Tokens: a run of digits with inner separators, a run of Arabic letters, or one other symbol.
# Digits glued to Latin letters ("14d08f", "F16") are part of a code, not a number; Latin
# words are tokens of their own so that they separate a cue from a number.
_TOKEN = re.compile(
    r"(?P<d>(?<![A-Za-z0-9_])\d+(?:[.,]\d+)*(?![A-Za-z0-9_]))"
    rf"|(?P<w>[{LETTERS}{EXTENDED_LETTERS}]+)|(?P<s>[^\s\w])|(?P<l>[A-Za-z_]+)"
)
# Digits alone between round brackets, as official statements write each block of a number
# ("(99) مليوناً (867) ألفاً و(946) برميلاً"): the brackets are no break in the number.
_BRACKETED_DIGITS = re.compile(r"\(\s*\d+(?:[.,]\d+)*\s*\)")
_ROUND = "()"
# Three or more digit groups in a row ("+963 11 2345678"): a phone number.
_PHONE = re.compile(r"\+?\d+(?:[ -]\d{2,}){2,}\+?")
# Slashes between a cue and its number ("أيلول/سبتمبر 2015"); quotes and brackets come from
# data/quote_marks.tsv (`_transparent`).
_SLASHES = frozenset("/\\")
_SPACE = " \t\u00a0"
_ROLES = frozenset({"clitic", "article", "prefix", "definite", "of", "to", "one", "conjunction"})
#: The kind `classify` gives a number that counts something.
COUNT = "count"
#: The kind `classify` gives digits joined to other digits by a hyphen ("2-1").
SCORE = "score"


@dataclass(frozen=True)
class Particles:
    """The particles of data/number_particles.tsv, by role."""

    clitics: tuple[str, ...]  # longest first
    article: str
    prefixes: frozenset[str]
    definite: tuple[str, ...]
    of: frozenset[str]
    to: frozenset[str]
    one: frozenset[str]
    conjunctions: tuple[str, ...]

    def forms(self, word: str) -> tuple[str, ...]:
        """The word, then the word without each leading clitic that leaves two letters or more."""
        return _clitic_forms(word, self.clitics)


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _clitic_forms(word: str, clitics: tuple[str, ...]) -> tuple[str, ...]:
    rest = (word[len(c) :] for c in clitics if word.startswith(c) and len(word) > len(c) + 1)
    return (word, *rest)


@cache
def _transparent() -> frozenset[str]:
    """Brackets, slashes and quotes between a cue and its number ("أيلول (سبتمبر) 2015")."""
    marks = quote_marks()
    return marks.glyphs | marks.brackets | _SLASHES


@cache
def particles() -> Particles:
    by_role: dict[str, list[str]] = {role: [] for role in _ROLES}
    for row in load_rows(PARTICLES_FILE, normalise_columns=("word",)):
        if row["role"] not in _ROLES:
            raise DataFileError(f"{PARTICLES_FILE}: unknown role {row['role']!r} for {row['word']!r}")
        by_role[row["role"]].append(row["word"])
    if len(by_role["article"]) != 1:
        raise DataFileError(f"{PARTICLES_FILE}: exactly one article expected")
    return Particles(
        clitics=tuple(sorted(by_role["clitic"], key=len, reverse=True)),
        article=by_role["article"][0],
        prefixes=frozenset(by_role["prefix"]),
        definite=tuple(sorted(by_role["definite"], key=len, reverse=True)),
        of=frozenset(by_role["of"]),
        to=frozenset(by_role["to"]),
        one=frozenset(by_role["one"]),
        conjunctions=tuple(by_role["conjunction"]),
    )


@dataclass(frozen=True)
class NumberMatch:
    """A number found in a normalised string."""

    start: int  # offsets in the NORMALISED string passed in; a leading clitic is not included
    end: int
    value: float  # 3500.0, 0.5e6 ...
    words: bool  # written (at least partly) in words


class _Piece(NamedTuple):
    """A number word or a run of digits (a named tuple: one per piece of every number read)."""

    start: int
    end: int
    text: str
    kinds: dict[str, float]  # kind -> value; digits have {"digits": value}


@cache
def _lexicon() -> dict[str, dict[str, float]]:
    """Number words by normalised spelling: kind -> value (a word may have two kinds: عشر)."""
    lex: dict[str, dict[str, float]] = {}
    for row in load_rows(WORDS_FILE, normalise_columns=("word",)):
        kind = row["kind"]
        if kind not in _KINDS:
            raise DataFileError(f"{WORDS_FILE}: unknown kind {kind!r} for {row['word']!r}")
        lex.setdefault(row["word"], {})[kind] = float(row["value"])
    return lex


@cache
def _joiners() -> tuple[str, ...]:
    return tuple(w for w, kinds in _lexicon().items() if "joiner" in kinds)


@dataclass(frozen=True)
class _Cues:
    after: dict[str, str]  # cue -> kind, cue follows the number
    before: dict[str, str]  # cue -> kind, cue precedes the number
    longest: int  # most words in one cue


@cache
def _cues() -> _Cues:
    after: dict[str, str] = {}
    before: dict[str, str] = {}
    longest = 1
    for row in load_rows(CONTEXTS_FILE, normalise_columns=("cue",)):
        cue, kind, position = row["cue"], row["kind"], row["position"]
        if position not in ("before", "after", "both"):
            raise DataFileError(f"{CONTEXTS_FILE}: bad position {position!r} for {cue!r}")
        if position in ("after", "both"):
            after[cue] = kind
        if position in ("before", "both"):
            before[cue] = kind
        longest = max(longest, len(cue.split()))
    return _Cues(after, before, longest)


def is_unit_word(word: str) -> bool:
    """Whether a normalised word is a unit a number after which is no count: a unit of time,
    measure or money, a frequency, a month ("ساعة", "كلم", "مرة"), as data/number_contexts.tsv
    lists them."""
    return word in _cues().after


def digits_value(text: str, *, before_scale: bool = False) -> float | None:
    """Value of a digit string with separators, or None when it is not one number ("12.05.2015").

    A separator followed by exactly three digits groups thousands ("2,000", "1.500"), any
    other separator is a decimal mark ("2,5", "40.3"); before a scale word a lone "." is
    always decimal ("1.500 مليون" = 1.5 million).
    """
    parts = re.split(r"[.,]", text)
    seps = re.findall(r"[.,]", text)
    if not seps:
        return float(int(text))
    head, groups = parts[0], parts[1:]
    if len(seps) == 1:
        if len(groups[0]) == 3 and len(head) <= 3 and not (before_scale and seps[0] == "."):
            return float(int(head + groups[0]))
        return float(f"{head}.{groups[0]}")
    if len(head) > 3 or any(len(g) != 3 for g in groups[:-1]):
        return None
    if all(s == seps[0] for s in seps):
        return float(int("".join(parts))) if len(groups[-1]) == 3 else None
    if all(s == seps[0] for s in seps[:-1]):
        return float(f"{''.join(parts[:-1])}.{parts[-1]}")
    return None


def _pieces(norm: str, pos: int) -> Iterator[_Piece]:
    """Tokens from `pos` on, with number words looked up; "و" glued to a word is split off."""
    lex = _lexicon()
    joiners = _joiners()
    for m in _TOKEN.finditer(norm, pos):
        text = m.group()
        if m.group("d"):
            value = digits_value(text)
            yield _Piece(m.start(), m.end(), text, {"digits": value} if value is not None else {})
        elif m.group("w"):
            joiner = next((j for j in joiners if text.startswith(j) and text[len(j) :] in lex), None)
            if text not in lex and joiner is not None:
                cut = m.start() + len(joiner)
                yield _Piece(m.start(), cut, joiner, lex[joiner])
                yield _Piece(cut, m.end(), text[len(joiner) :], lex[text[len(joiner) :]])
            else:
                yield _Piece(m.start(), m.end(), text, lex.get(text, {}))
        elif not _encloses_digits(norm, m.start(), text):
            yield _Piece(m.start(), m.end(), text, {})


def _encloses_digits(norm: str, pos: int, mark: str) -> bool:
    """Whether the round bracket at `pos` opens or closes digits alone ("(867)")."""
    if mark == "(":
        return _BRACKETED_DIGITS.match(norm, pos) is not None
    if mark == ")":
        opening = norm.rfind("(", max(0, pos - 24), pos)
        return (
            opening >= 0 and (m := _BRACKETED_DIGITS.match(norm, opening)) is not None and m.end() == pos + 1
        )
    return False


def _first_piece(norm: str, pos: int) -> _Piece | None:
    """The piece at `pos`, with a leading clitic (و/ف/ب/ل) stripped when that yields a number word."""
    m = _TOKEN.match(norm, pos)
    if m is None:
        return None
    text = m.group()
    if m.group("d"):
        value = digits_value(text)
        return _Piece(m.start(), m.end(), text, {"digits": value}) if value is not None else None
    if not m.group("w"):
        return None
    number_word = _number_word(text)
    if number_word is None:
        return None
    return _Piece(m.end() - len(number_word), m.end(), number_word, _lexicon()[number_word])


@lru_cache(maxsize=1 << 14)
def _number_word(word: str) -> str | None:
    """The number word a word is, or ends in after a clitic (computed once per word form)."""
    lex = _lexicon()
    if word in lex:
        return word
    for rest in particles().forms(word)[1:]:
        if len(rest) >= 3 and rest in lex:  # not "لست" read as ل + ست
            return rest
    return None


class _Parser:
    """Recursive-descent parser over the pieces that follow one starting piece."""

    def __init__(self, norm: str, first: _Piece) -> None:
        self.norm = norm
        self.p: list[_Piece] = [first]
        self._rest = _pieces(norm, first.end)
        self.words = False

    def at(self, i: int) -> _Piece | None:
        while len(self.p) <= i:
            nxt = next(self._rest, None)
            if nxt is None:
                return None
            self.p.append(nxt)
        return self.p[i]

    def kind(self, i: int, kind: str) -> float | None:
        """Value of piece i as `kind` when piece i follows piece i-1 on the same line."""
        piece = self.at(i)
        if piece is None or kind not in piece.kinds:
            return None
        if i > 0 and self.norm[self.p[i - 1].end : piece.start].strip(_SPACE + _ROUND) != "":
            return None  # a bracket in the gap is one `_pieces` skipped: it encloses digits
        return piece.kinds[kind]

    def bracketed(self, i: int) -> bool:
        """Piece i is digits in round brackets right after the piece before: a block of a number
        written "(99) مليوناً (867) ألفاً", which takes no "و" between its blocks."""
        return self.kind(i, "digits") is not None and self.norm[: self.p[i].start].rstrip(_SPACE).endswith(
            "("
        )

    def sub(self, i: int) -> tuple[float, int] | None:
        """Units, teens and tens (1..99), as words."""
        for first_kind in ("unit", "teen_unit"):
            u = self.kind(i, first_kind)
            if u is not None and 1 <= u <= 9 and self.kind(i + 1, "teen") is not None:
                return u + 10, i + 2
        ten = self.kind(i, "ten")
        if ten is not None:
            return ten, i + 1
        u = self.kind(i, "unit")
        if u is None:
            return None
        if 1 <= u <= 9 and self.kind(i + 1, "joiner") is not None:
            ten = self.kind(i + 2, "ten")
            if ten is not None:
                return u + ten, i + 3
        return u, i + 1

    def block(self, i: int) -> tuple[float, int] | None:
        """A number below a thousand: digits, or hundreds, units, teens and tens in words."""
        digits = self.kind(i, "digits")
        if digits is not None:
            scale_next = any(self.kind(i + 1, k) is not None for k in ("scale", "scale_plural"))
            if scale_next:
                exact = digits_value(self.p[i].text, before_scale=True)
                digits = exact if exact is not None else digits
            return digits, i + 1
        hundreds: float | None = self.kind(i, "hundred")
        j = i + 1
        if hundreds is None:
            u = self.kind(i, "unit")
            if u is not None and 3 <= u <= 9 and self.kind(i + 1, "hundred") == 100:
                hundreds, j = u * 100, i + 2
        if hundreds is None:
            return self.sub(i)
        if self.kind(j, "joiner") is not None:
            rest = self.sub(j + 1)
            if rest is not None:
                return hundreds + rest[0], rest[1]
        return hundreds, j

    def group(self, i: int) -> tuple[float, float, int] | None:
        """(value, scale, next piece) of one block and its optional scale word."""
        for kind in ("scale_dual", "scale"):
            value = self.kind(i, kind)
            if value is not None:
                return value, value / 2 if kind == "scale_dual" else value, i + 1
        fraction = self.kind(i, "fraction")
        if fraction is not None:
            scale = self.kind(i + 1, "scale")
            return (fraction * scale, scale, i + 2) if scale is not None else None
        block = self.block(i)
        if block is None:
            return None
        value, j = block
        for kind in ("scale", "scale_plural"):
            scale = self.kind(j, kind)
            if scale is not None:
                return value * scale, scale, j + 1
        return value, 1.0, j

    def number(self) -> tuple[float, int] | None:
        """(value, pieces used) of the longest number from piece 0."""
        grp = self.group(0)
        if grp is None:
            return None
        total, last_scale, j = grp
        while last_scale > 1 and (self.kind(j, "joiner") is not None or self.bracketed(j)):
            joined = self.kind(j, "joiner") is not None
            nxt = self.group(j + 1 if joined else j)
            if nxt is not None and nxt[1] < last_scale and nxt[0] < last_scale and (joined or nxt[1] > 1):
                total, last_scale, j = total + nxt[0], nxt[1], nxt[2]
                continue
            if not joined:
                break
            fraction = self.kind(j + 1, "fraction")
            if fraction is not None and self.kind(j + 2, "scale") is None:
                total, j = total + fraction * last_scale, j + 2
            break
        self.words = any("digits" not in p.kinds for p in self.p[:j])
        return total, j


def match_number(norm: str, pos: int) -> NumberMatch | None:
    """The number starting exactly at `pos` (after an optional clitic و/ف/ب/ل), or None.

    The match starts after the clitic: "وثلاثة" at 0 gives start 1.
    """
    if pos >= len(norm):
        return None
    if pos > 0 and (norm[pos - 1].isdigit() or (norm[pos - 1].isalpha() and norm[pos].isalpha())):
        return None  # inside a number or a word (digits may follow a glued clitic: "و209")
    first = _first_piece(norm, pos)
    if first is None:
        return None
    parser = _Parser(norm, first)
    parsed = parser.number()
    if parsed is None:
        return None
    value, used = parsed
    return NumberMatch(first.start, parser.p[used - 1].end, value, parser.words)


def find_numbers(norm: str) -> list[NumberMatch]:
    """All numbers of a normalised text, left to right, longest match, non-overlapping."""
    out: list[NumberMatch] = []
    pos = 0
    for m in _TOKEN.finditer(norm):
        kind = m.lastgroup  # the one alternative that matched: "d", "w", "s" or "l"
        if kind == "w":
            if _number_word(m.group()) is None:
                continue  # most words: no number starts with them (as match_number would find)
        elif kind != "d" or (m.start() > 0 and norm[m.start() - 1] in ".,"):
            continue  # a mark, Latin letters, or the tail of "1.2.3"-like strings
        if m.start() < pos:
            continue
        found = match_number(norm, m.start())
        if found is not None:
            out.append(found)
            pos = found.end
    return out


# --- what a number is --------------------------------------------------------------------


@dataclass(frozen=True)
class Ordinal:
    start: int
    end: int
    value: int


def _ordinal_value(word: str) -> int | None:
    """Value of an ordinal word ("الرابعة", "ثالث", "الحادي"), or None."""
    article = particles().article
    kinds = _lexicon().get(word.removeprefix(article), {})
    if "ordinal" in kinds:
        return int(kinds["ordinal"])
    if "teen_unit" in kinds and word.startswith(article):
        return int(kinds["teen_unit"])
    return None


def _is_teen_word(word: str) -> bool:
    return "teen" in _lexicon().get(word.removeprefix(particles().article), {})


def find_ordinals(norm: str) -> list[Ordinal]:
    """Ordinal words ("الأول", "العاشرة", "الرابعة عشرة") and "الـ15"-style ordinals after a noun."""
    out: list[Ordinal] = []
    pos = 0
    for m in _TOKEN.finditer(norm):
        if m.start() < pos:
            continue
        if m.group("w"):
            value = _ordinal_value(m.group())
            if value is None:
                continue
            end = m.end()
            nxt = _TOKEN.match(norm, _skip_space(norm, m.end()))
            if nxt is not None and nxt.group("w") and _is_teen_word(nxt.group()) and value < 10:
                value, end = value + 10, nxt.end()
            out.append(Ordinal(m.start(), end, value))
            pos = end
        elif m.group("d") and _is_article_ordinal(norm, m.start()):
            number = digits_value(m.group())
            if number is not None and number.is_integer():
                out.append(Ordinal(m.start(), m.end(), int(number)))
    return out


def _skip_space(norm: str, pos: int) -> int:
    while pos < len(norm) and norm[pos] in _SPACE:
        pos += 1
    return pos


def _words_before(norm: str, pos: int, n: int) -> list[tuple[int, int, str]]:
    """Up to `n` word or symbol tokens ending before `pos` on the same line, nearest last."""
    return list(_tokens_before(norm, pos)[-n:])


@lru_cache(maxsize=1 << 10)  # a number's classification reads the words before it three times
def _tokens_before(norm: str, pos: int) -> tuple[tuple[int, int, str], ...]:
    """The word and symbol tokens of the 80 characters before `pos` on its line."""
    line_start = norm.rfind("\n", 0, pos) + 1
    return tuple(
        (m.start(), m.end(), m.group()) for m in _TOKEN.finditer(norm, max(line_start, pos - 80), pos)
    )


def _is_article_ordinal(norm: str, start: int) -> bool:
    """Digits after "الـ" that follow a definite noun ("الذكرى الـ15") rank, they do not count."""
    before = _words_before(norm, start, 2)
    article = particles().article
    if not before or before[-1][2] != article:
        return False
    return len(before) == 2 and before[0][2].startswith(article) and len(before[0][2]) > len(article) + 1


def _is_ordinal_teen(norm: str, m: NumberMatch) -> bool:
    """True for the "عشرة" of "الرابعة عشرة": the second word of an ordinal, not the number ten."""
    if not m.words or not _is_teen_word(norm[m.start : m.end]):
        return False
    before = _words_before(norm, m.start, 1)
    return bool(before) and _ordinal_value(before[-1][2]) is not None


def _cue_after(norm: str, end: int) -> tuple[str, str] | None:
    """(cue, kind) of the context cue right after a number ending at `end`."""
    cues = _cues()
    toks = [
        (m.group(), m.start()) for _, m in zip(range(cues.longest), _TOKEN.finditer(norm, end), strict=False)
    ]
    if not toks or norm[end : toks[0][1]].strip(_SPACE) != "":
        return None
    for n in range(len(toks), 0, -1):
        phrase = " ".join(t for t, _ in toks[:n])
        for form in particles().forms(phrase) if n == 1 else [phrase]:
            if form in cues.after:
                return form, cues.after[form]
    return None


def _cue_before(norm: str, start: int) -> tuple[str, str] | None:
    """(cue, kind) of the context cue right before a number starting at `start`."""
    cues = _cues()
    toks = [t for t in _words_before(norm, start, cues.longest + 4) if t[2] not in _transparent()]
    toks = toks[-(cues.longest + 1) :]
    if toks and toks[-1][2] == particles().article:  # "العام الـ2015"
        toks = toks[:-1]
    for n in range(len(toks), 0, -1):
        phrase = " ".join(t[2] for t in toks[-n:])
        for form in particles().forms(phrase) if n == 1 else [phrase]:
            if form in cues.before:
                return form, cues.before[form]
    return None


def _year_like(m: NumberMatch, norm: str) -> bool:
    text = norm[m.start : m.end]
    return not m.words and text.isdigit() and len(text) == 4 and 1000 <= m.value <= 2100


def _punctuation_kind(norm: str, m: NumberMatch, *, range_end: bool = False) -> str | None:
    """Clock times, dates in digits, scores and ranges, phone numbers: told by their punctuation.
    With `range_end` the hyphen before the number joins a range's two ends, it makes no score."""
    if m.words:
        return None
    left = norm[max(0, m.start - 4) : m.start]
    right = norm[m.end : m.end + 8]
    if re.match(r":\d", right) or re.search(r"\d:$", left):
        return "time"
    if re.match(r" ?[/\\] ?\d", right) or re.search(r"\d ?[/\\] ?$", left):
        return "date"
    if re.match(r" ?[-–] ?\d", right) or (not range_end and re.search(r"\d ?[-–] ?$", left)):
        return SCORE
    text = norm[m.start : m.end]
    if re.search(r"\+\s*$", left) or (text.isdigit() and len(text) >= 7 and text.startswith("0")):
        return "phone"
    for run in _PHONE.finditer(norm, max(0, m.start - 30), min(len(norm), m.end + 30)):
        if run.start() <= m.start and m.end <= run.end() and sum(c.isdigit() for c in run.group()) >= 8:
            return "phone"
    return None


def _month_after_of(norm: str, end: int) -> bool:
    """True after a number when "من" and a month follow ("22 من يناير": a day of a month)."""
    toks = list(zip(range(2), _TOKEN.finditer(norm, end), strict=False))
    if len(toks) < 2 or toks[0][1].group() not in particles().of:
        return False
    found = _cue_after(norm, toks[1][1].start())
    return found is not None and found[1] == "month"


CLOCK_HOURS = 24  # the largest hour a clock time after "الساعة" can name


@cache
def _hour_cue() -> str:
    """The cue of a clock hour ("الساعة 10"), normalised as cues are."""
    return normalise_string("الساعة")


def classify(norm: str, m: NumberMatch, *, range_end: bool = False) -> str:
    """What a number is: "count", or year, date, age, duration, time, percent, money, measure,
    frequency, phone, ordinal, reference, score.

    Order matters: punctuation first (10:30, 2-1), then the word right after the number
    (24 ساعة, 90 %, 22 مليار دولار), then the word before it (عام 2015, الساعة 10). With
    `range_end` the number is the upper end of a range its caller found ("10-15 مدنيا": the
    quantities stage tells a range from a score by the counted noun after it), so the hyphen
    before it says nothing and the words around it decide.
    """
    kind = _punctuation_kind(norm, m, range_end=range_end)
    if kind is not None:
        return kind
    if _is_article_ordinal(norm, m.start) or _is_ordinal_teen(norm, m):
        return "ordinal"
    after = _cue_after(norm, m.end)
    before = _cue_before(norm, m.start)
    if after is not None:
        kind = after[1]
        if kind == "month":
            return "date"
        if kind == "era":
            return "year"
        if kind == "duration" and before is not None and before[1] == "age":
            return "age"
        return kind
    elif _month_after_of(norm, m.end):
        return "date"
    if before is not None:
        kind = before[1]
        if kind in ("year", "month"):
            return "year" if _year_like(m, norm) else COUNT
        if before[0] == _hour_cue() and m.value > CLOCK_HOURS:
            return COUNT  # "بلغت حتى الساعة 558": "so far", no clock has that hour
        return kind
    return COUNT
