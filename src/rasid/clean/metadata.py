"""Article metadata from furniture and markup: tags, the publisher, a checked publication date.

Dates are checked before they are trusted: htmldate reads an Arabic count such as
"2000 شخص" as the year 2000 when a page has no date markup, so an HTML date is kept
only when it is a whole day that the page's markup spells out, not in the future and
not before the web news era.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from rasid.clean.marks import (
    BRACKETS,
    CLAUSE_BREAKS,
    COMMAS,
    DOUBLE_QUOTES,
    FULL_STOPS,
    INTRODUCERS,
    PAIRED_QUOTES,
)
from rasid.clean.patterns import LineMatch
from rasid.lang.ar.clause_marks import char_class
from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.outlets import publisher_words

EARLIEST_YEAR = 1990

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
# Separators of a tag list; without any of them the tags are separated by spaces.
_TAG_SEPARATORS = re.compile(rf"\s*[{char_class(CLAUSE_BREAKS)}|#/•·]\s*|\s+[-–—]\s+")
_TAG_EDGES = " \t：-–—" + "".join(sorted(PAIRED_QUOTES | INTRODUCERS | FULL_STOPS | BRACKETS))


@dataclass(frozen=True)
class CheckedDate:
    """A publication date as an ISO day, or the reason it was refused."""

    value: str | None
    problem: str | None = None


def parse_tags(rest: str) -> list[str]:
    """Tags from what follows a tag marker ("سورية روسيا" or "سورية، روسيا")."""
    rest = rest.strip(_TAG_EDGES)
    if not rest:
        return []
    parts = _TAG_SEPARATORS.split(rest) if _TAG_SEPARATORS.search(rest) else rest.split()
    return unique(p.strip(_TAG_EDGES) for p in parts if p.strip(_TAG_EDGES))


def split_tags(items: Iterable[str]) -> list[str]:
    """Tags from markup, where one item may hold a list ("سورية, قصف"); spaces stay inside tags."""
    parts = (part.strip(_TAG_EDGES) for item in items for part in _TAG_SEPARATORS.split(item))
    return unique(part for part in parts if part)


def unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order without repeats (compared on normalised text)."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = _key(item)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out


@cache
def _publisher_words() -> dict[str, frozenset[str]]:
    """clean_publishers.tsv's words by kind, in this module's lookup form (`_key`)."""
    return {kind: frozenset(_key(name) for name in names) for kind, names in publisher_words().items()}


@cache
def _bound_prepositions() -> tuple[str, ...]:
    """The owner's prepositions written joined to the next word ("ل" of "لموقع"): the rows that are
    both an owner-preposition and an outlet-prefix, one letter long."""
    words = _publisher_words()
    both = words["owner-preposition"] & words["outlet-prefix"]
    return tuple(sorted(word for word in both if len(word) == 1))


def _key(name: str) -> str:
    return " ".join(normalise_string(name).casefold().split())


def looks_like_publisher(name: str, *, strict: bool = True) -> bool:
    """Whether a name cut from furniture names an outlet.

    strict: it must be a known outlet or carry a media word ("نيوز", "وكالة").
    Otherwise any short name will do unless it is a filler such as "خاص".
    """
    key = _key(name)
    words = _publisher_words()
    if not key or key in words["not-publisher"] or len(key.split()) > 6:
        return False
    if key in words["outlet"] or key in words["wire"] or any(w in words["media-word"] for w in key.split()):
        return True
    return not strict


def is_filler(name: str) -> bool:
    """A word that fills an outlet's slot without naming one ("خاص", "متابعات", a weekday)."""
    return _key(name) in _publisher_words()["not-publisher"]


def publisher_word(kind: str, name: str) -> bool:
    """Whether the name is one of clean_publishers.tsv's words of that kind ("wire", "source-label");
    dots count as spaces ("أ.ف.ب" is "أ ف ب")."""
    return " ".join(_key(name).replace(".", " ").split()) in _publisher_words()[kind]


def media_words_only(name: str) -> bool:
    """The name is media words alone ("ميديا", "نت"): a piece of a name, never a name."""
    words = _publisher_words()["media-word"]
    return all(w in words for w in _key(name).split())


#: Bars, dashes, the copyright sign, parentheses and the full stop, commas, colon and double quotes.
_COPYRIGHT_MARKS = r"|\-–—©()" + char_class(FULL_STOPS | COMMAS | INTRODUCERS | DOUBLE_QUOTES)
_COPYRIGHT_SEPARATORS = re.compile(rf"[{_COPYRIGHT_MARKS}]+|\s\d+\s|^\d+\s|\s\d+$|^\d+$")


# The owner after the sign and its years: "© 2024 X", "© 2019-2024 X", "Copyright © X".
_OWNER_AFTER_SIGN = re.compile(
    rf"©\s*(?:\d{{4}}\s*(?:[-–]\s*\d{{4}})?)?\s*(?P<owner>[^{_COPYRIGHT_MARKS}\d]+)"
)


@cache
def _owner_after_rights() -> re.Pattern[str]:
    """Whose the rights are: a rights word ("محفوظة"), then an owner's preposition ("ل", "لـ", "لدى",
    "إلى") and the owner, up to a separator or a year, on normalised text ("محفوظه لمرسال قطر
    2024"); the words are clean_publishers.tsv's rights-word and owner-preposition rows."""
    words = _publisher_words()
    rights, prepositions = _alternatives(words["rights-word"]), _alternatives(words["owner-preposition"])
    return re.compile(rf"(?:{rights})\s*(?:{prepositions})\s*(?P<owner>[^{_COPYRIGHT_MARKS}\d]+)")


def _alternatives(words: frozenset[str]) -> str:
    """A regex alternation of the words, longest first so that "لدى" is tried before "ل"."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def _copyright_phrases() -> tuple[str, ...]:
    """The copyright phrases, longest first, so "جميع الحقوق محفوظة" goes before "الحقوق محفوظة"."""
    return tuple(sorted(_publisher_words()["copyright-phrase"], key=len, reverse=True))


def publisher_named(found: LineMatch) -> tuple[str, str] | None:
    """(how, name) of the outlet a furniture line names: a pattern's publisher group, else the
    name left in a copyright line; None when the line names no outlet."""
    if found.publisher:
        return found.reason, found.publisher
    if found.reason == "copyright":
        name = publisher_in_copyright(found.line)
        return ("copyright", name) if name else None
    return None


def publisher_in_copyright(line: str) -> str | None:
    """The outlet a copyright line names ("© 2019 X - جميع الحقوق محفوظة" → X), or None.

    The owner is read first where the line says whose the rights are: after "محفوظة" and its
    preposition ("محفوظة لـX", "لدى X", "إلى X"), then after the sign and its years ("© 2024 X"),
    then in any piece of the line cut at separators, years and quotes. From each the copyright
    phrases and a leading "لموقع"/"ل" are dropped; the first short piece left that may be an
    outlet's name wins.
    """
    norm = normalise_string(line.replace("\u0640", ""))
    found = _owner_after_rights().search(norm)
    tried = [(found["owner"], True)] if found else []
    tried += [(m["owner"], False) for m in _OWNER_AFTER_SIGN.finditer(norm)]
    tried += [(piece, False) for piece in _COPYRIGHT_SEPARATORS.split(norm)]
    for piece, after_rights in tried:
        key = _owner_key(piece, after_rights=after_rights)
        if key:
            return _original_words(line, key)
    return None


def _owner_key(piece: str, *, after_rights: bool = False) -> str | None:
    """The piece without copyright phrases and an owner's preposition, when what is left may be an
    outlet's name; after "محفوظة ل" the outlet's noun that "لموقع" holds is dropped too."""
    words = _publisher_words()
    key = _key(_COPYRIGHT_SEPARATORS.split(piece.strip())[0]) if piece.strip() else ""
    for phrase in _copyright_phrases():
        key = " ".join(f" {key} ".replace(f" {phrase} ", " ").split())
    first, _, rest = key.partition(" ")
    bound = _bound_prepositions()
    if (
        first in words["outlet-prefix"]
        or (after_rights and any(p + first in words["outlet-prefix"] for p in bound))
    ) and rest:
        key = rest
    elif (p := _joined_media_preposition(key, bound, words["media-word"])) is not None:
        key = key[len(p) :]
    if key in words["outlet-prefix"] or len(key) < 2 or any(ch.isdigit() for ch in key):
        return None
    if media_words_only(key) or is_filler(key):
        return None
    return key if looks_like_publisher(key, strict=False) else None


def _joined_media_preposition(key: str, bound: tuple[str, ...], media_words: frozenset[str]) -> str | None:
    """The bound preposition that `key` starts with when a media word follows it ("لموقع"), else None."""
    for p in bound:
        if (
            key.startswith(p)
            and key[len(p) : len(p) + 1] != " "
            and _key(key[len(p) :].split(" ")[0]) in media_words
        ):
            return p
    return None


def _original_words(line: str, key: str) -> str:
    """The words of `line` whose normalised form is `key` (so the name is quoted as written)."""
    n = len(key.split())
    tokens = re.findall(rf"[^\s{_COPYRIGHT_MARKS}]+", line)
    for i in range(len(tokens) - n + 1):
        for k in range(len(tokens[i]) + 1):
            candidate = " ".join([tokens[i][k:], *tokens[i + 1 : i + n]])
            if _key(candidate) == key:
                return candidate
    return key


def check_iso_day(text: str) -> CheckedDate:
    """An ISO day (YYYY-MM-DD, optionally with a time) as YYYY-MM-DD, or the problem."""
    m = _ISO_DAY.match(text.strip())
    if m is None:
        return CheckedDate(None, f"{text!r} is not an ISO date (YYYY-MM-DD)")
    try:
        day = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return CheckedDate(None, f"{text!r} is not a calendar date")
    return CheckedDate(day.isoformat())


def check_html_date(value: str | None, html: str, *, today: date | None = None) -> CheckedDate:
    """Keep an extracted HTML date only when the markup spells out that very day."""
    if not value:
        return CheckedDate(None)
    checked = check_iso_day(value)
    if checked.value is None:
        return checked
    day = date.fromisoformat(checked.value)
    if day > (today or datetime.now().date()):
        return CheckedDate(None, f"HTML date {checked.value} is in the future")
    if day.year < EARLIEST_YEAR:
        return CheckedDate(None, f"HTML date {checked.value} is before {EARLIEST_YEAR}")
    sep = r"[-/.]?"
    y, m, d = f"{day.year:04d}", f"{day.month:02d}", f"{day.day:02d}"
    spelled = re.compile(rf"(?<!\d)(?:{y}{sep}{m}{sep}{d}|{d}{sep}{m}{sep}{y})(?!\d)")
    if not spelled.search(html):
        return CheckedDate(None, f"HTML date {checked.value} is not written in the page's markup")
    return checked
