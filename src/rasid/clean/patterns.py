"""The page-furniture patterns of `data/boilerplate.tsv`, compiled once and matched line by line.

Patterns are data so that a new site's furniture is a new row, not new code. Every
pattern is matched on the normalised line (the same `normalise_string` the data went
through); what a match extracts (a publisher, the words after a tag marker) is mapped
back to the original line through the offset map, so it is quoted as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.normalise import Normalised, normalise, normalise_string

DATA_FILE = "boilerplate.tsv"
KINDS = frozenset({"line", "prefix", "contains", "regex"})
POSITIONS = frozenset({"head", "tail", "edge", "any", "cut", "insert", "lead", "inline", "glued"})

#: Which pattern positions apply in each zone of the text.
ZONES: dict[str, frozenset[str]] = {
    "head": frozenset({"head", "edge", "any", "cut", "insert"}),
    "tail": frozenset({"tail", "edge", "any", "cut", "insert"}),
    "body": frozenset({"any"}),
    "cut": frozenset({"cut", "insert"}),
    "lead": frozenset({"lead"}),
    "glued": frozenset({"glued"}),
}
INLINE = "inline"

#: Placeholders a regex pattern may use, and the data file whose names fill them.
PLACEHOLDERS = {"{month}": "months.tsv", "{hijri_month}": "hijri_months.tsv", "{weekday}": "weekdays.tsv"}

_EDGE = r"[\W_]*"  # punctuation, bullets and spaces around a whole-line pattern


@dataclass(frozen=True)
class Pattern:
    """One row of the data file, compiled."""

    source: str
    kind: str
    reason: str
    position: str
    max_words: int
    regex: re.Pattern[str]
    #: A piece of text every match holds (`needle`): a line without it is not searched.
    needle: str = ""


@dataclass(frozen=True)
class LineMatch:
    """What a pattern found in a line: the reason, and text quoted from the original line."""

    reason: str
    position: str
    publisher: str | None
    rest: str
    line: str = ""


def _flexible(text: str) -> str:
    """A literal pattern as a regex where any run of spaces matches any run of spaces."""
    return r"\s+".join(re.escape(part) for part in text.split())


@cache
def _names(name: str) -> str:
    """An alternation of the `form` column of a shared date data file, longest forms first."""
    forms = {row["form"] for row in load_rows(name, normalise_columns=("form",))}
    return "|".join(_flexible(f) for f in sorted(forms, key=lambda f: (-len(f), f)))


def _expand(pattern: str) -> str:
    """Fill the placeholders {month}, {hijri_month} and {weekday} of a regex with the names the date data knows."""
    for slot, name in PLACEHOLDERS.items():
        if slot in pattern:
            pattern = pattern.replace(slot, f"(?:{_names(name)})")
    return pattern


def _compile(row: dict[str, str], lineno: int) -> Pattern:
    kind, position = row["kind"], row["position"]
    where = f"{DATA_FILE}: pattern {row['pattern']!r} (row {lineno})"
    if kind not in KINDS:
        raise DataFileError(f"{where}: unknown kind {kind!r}")
    if position not in POSITIONS:
        raise DataFileError(f"{where}: unknown position {position!r}")
    if not row["reason"] or not row["pattern"]:
        raise DataFileError(f"{where}: empty pattern or reason")
    try:
        max_words = int(row["max_words"])
    except ValueError as exc:
        raise DataFileError(f"{where}: max_words is not an integer") from exc
    body = _flexible(row["pattern"])
    source = {
        "line": rf"^{_EDGE}{body}{_EDGE}$",
        "prefix": rf"^{_EDGE}{body}(?=[\W_]|$)",
        "contains": body,
        "regex": _expand(row["pattern"]),
    }[kind]
    try:
        regex = re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(f"{where}: bad regular expression: {exc}") from exc
    return Pattern(row["pattern"], kind, row["reason"], position, max_words, regex, needle(source))


@cache
def patterns() -> tuple[Pattern, ...]:
    """All patterns of the data file, in file order (the first match wins)."""
    rows = load_rows(DATA_FILE, normalise_columns=("pattern",))
    return tuple(_compile(row, n) for n, row in enumerate(rows, start=2))


@cache
def _zone_patterns(zone: str) -> tuple[Pattern, ...]:
    """The patterns applicable in one zone (or, for `INLINE`, the inline ones), in file order."""
    allowed = frozenset({INLINE}) if zone == INLINE else ZONES[zone]
    return tuple(pat for pat in patterns() if pat.position in allowed)


#: The kinds whose compiled pattern is anchored at the line's start (`^` before a literal).
ANCHORED_KINDS = frozenset({"line", "prefix"})


@cache
def _zone_filter(zone: str) -> tuple[re.Pattern[str] | None, tuple[Pattern, ...]]:
    """A first test of a zone's patterns: one alternation of its line-start patterns, tried at
    the line's start only (`match`), and its other patterns as they are. A line that neither
    matches matches no pattern of the zone, so `match_line` tries the patterns one by one, in
    file order, only on the few lines that pass: a search costs a call, and a zone has about a
    hundred line-start patterns, each tried at the start once by the alternation."""
    anchored = [
        _unnamed(_without_lookahead(pat.regex.pattern))
        for pat in _zone_patterns(zone)
        if _in_alternation(pat)
    ]
    others = tuple(pat for pat in _zone_patterns(zone) if not _in_alternation(pat))
    combined = (
        re.compile("|".join(f"(?:{source})" for source in anchored), re.IGNORECASE) if anchored else None
    )
    return combined, others


def _in_alternation(pat: Pattern) -> bool:
    """Whether a pattern joins its zone's alternation: a line or prefix row (cheap at the start
    whatever the line's length), or a regex row that applies to lines of any length
    (`max_words` 0), opens with `^` and has no alternative outside its groups (`^a|b` does
    not) nor back-reference (the alternation renumbers groups). A regex with a `max_words` stays
    out: the alternation would try it on the long lines the loop skips."""
    if pat.kind in ANCHORED_KINDS:
        return True
    source = pat.regex.pattern
    if pat.max_words or not source.startswith("^") or "(?P=" in source or re.search(r"\\[1-9]", source):
        return False
    return not any(c == "|" and depth == 0 for _, c, depth in _structure(source))


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(offset, character, how many groups enclose it) of each character of a pattern outside
    escapes and character classes; a bracket counts itself ("(" 1 and its ")" 0 at the top)."""
    depth, in_class, i = 0, False, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += source[i + 1 : i + 2] == "^"
            i += source[i + 1 : i + 2] == "]"  # "[]...]" and "[^]...]": the first "]" is a letter
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _without_lookahead(source: str) -> str:
    """A pattern without the negative look-ahead it opens with (`^(?!...)`): the first test only
    has to match every line the pattern matches, and a look-ahead that tries a long alternation
    at each of its first characters ("{month}" within 30) costs more than the rest of the zone's
    test; the line that passes without it is tried against the whole pattern all the same."""
    if source.startswith("^(?!"):
        for i, c, depth in _structure(source):
            if c == ")" and depth == 0:
                return "^" + source[i + 1 :]
    return source


_NUMBERED_ESCAPE = re.compile(r"\\[0-9uUxN]")
_SPECIAL = frozenset(".^$*+?{}[]()|\\")


def needle(source: str) -> str:
    """The longest run of plain characters outside any group that every match of `source` holds
    as written (matched without regard to case, so only characters without case: ASCII signs
    and digits, Arabic), or "" when there is none or an alternative at the top (`a|b`).

    An unanchored pattern that opens with `\\s*` ("مصدر الصوره" after spaces and a colon) is
    tried at every character of a line that does not hold it; `needle in line` is one scan."""
    if _NUMBERED_ESCAPE.search(source):
        return ""  # "\\u0621", "\\x41", "\\1": the characters after the backslash are no letters
    runs: list[str] = []
    run: list[str] = []
    last, in_count = -2, False
    for i, c, depth in _structure(source):
        if c == "|" and depth == 0:
            return ""
        if in_count or c == "{":  # a count ("{1,30}") is no text
            in_count = c != "}"
            c = "{"
        follows = source[i + 1 : i + 2]
        plain = (
            depth == 0
            and c not in _SPECIAL
            and c.lower() == c.upper()
            and (c.isascii() or "\u0600" <= c <= "\u06ff")
        )
        if not plain or i != last + 1 or follows in ("*", "?", "{"):
            runs.append("".join(run))
            run = []
        if plain and follows not in ("*", "?", "{"):
            run.append(c)
            if follows == "+":  # once at least, then the run cannot go on
                runs.append("".join(run))
                run = []
        last = i
    runs.append("".join(run))
    return max(runs, key=len)


def _unnamed(source: str) -> str:
    """A pattern with its named groups as plain groups: one alternation may not name two groups
    alike ("publisher"), and the first test reads no group."""
    return re.sub(r"(?<!\\)\(\?P<\w+>", "(", source)


def _may_match(text: str, words: int, zone: str) -> bool:
    """Whether some pattern of `zone` may match `text` of `words` words (`_zone_filter`; the
    line-start patterns whatever their `max_words`, the others within theirs)."""
    combined, others = _zone_filter(zone)
    if combined is not None and combined.match(text) is not None:
        return True
    return any(
        not (pat.max_words and words > pat.max_words)
        and pat.needle in text
        and pat.regex.search(text) is not None
        for pat in others
    )


def match_line(line: str, zone: str) -> LineMatch | None:
    """The first pattern applicable in `zone` that matches `line`, or None."""
    # Most lines match nothing: they are searched in their normalised string, and the map back
    # to the line's offsets (the same text, with offsets) is built only for a match.
    text = normalise_string(line)
    words = len(line.split())
    if not _may_match(text, words, zone):
        return None
    for pat in _zone_patterns(zone):
        if (pat.max_words and words > pat.max_words) or pat.needle not in text:
            continue
        m = pat.regex.search(text)
        if m is None:
            continue
        norm = normalise(line)
        publisher = None
        if "publisher" in pat.regex.groupindex and m.group("publisher"):
            s, e = norm.to_original(*m.span("publisher"))
            publisher = line[s:e].strip() or None
        rest_start = norm.to_original(m.end(), m.end())[0] if m.end() < len(norm.text) else len(line)
        return LineMatch(pat.reason, pat.position, publisher, line[rest_start:], line)
    return None


def match_glued(line: str) -> LineMatch | None:
    """A credit glued to the start of a body line ("X/ ..."): what to cut is the match, `rest` stays."""
    return match_line(line, "glued")


def find_inline(line: str) -> list[tuple[int, int, str]]:
    """Pieces of `line` to cut out (links, handles): `[start, end)` in `line` and the reason."""
    text = normalise_string(line)
    norm: Normalised | None = None  # the offsets, built at the first piece found (see match_line)
    found: list[tuple[int, int, str]] = []
    for pat in _zone_patterns(INLINE):
        if pat.needle not in text:
            continue
        for m in pat.regex.finditer(text):
            if m.end() > m.start():
                norm = norm or normalise(line)
                s, e = norm.to_original(m.start(), m.end())
                found.append((s, e, pat.reason))
    found.sort()
    merged: list[tuple[int, int, str]] = []
    for s, e, reason in found:
        if merged and s < merged[-1][1]:
            ps, pe, preason = merged[-1]
            merged[-1] = (ps, max(pe, e), preason)
        else:
            merged.append((s, e, reason))
    return merged
