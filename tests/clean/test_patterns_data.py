"""The furniture data files parse, have no duplicates, and are written in plain Arabic letters."""

from __future__ import annotations

import pytest

from rasid.clean.metadata import looks_like_publisher
from rasid.clean.patterns import (
    DATA_FILE,
    INLINE,
    ZONES,
    _compile,
    _in_alternation,
    _may_match,
    _without_lookahead,
    _zone_patterns,
    match_line,
    needle,
    patterns,
)
from rasid.lang.ar.lexicon import DataFileError, data_path, load_rows
from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.outlets import PUBLISHER_KINDS, PUBLISHERS_FILE


def test_every_pattern_compiles() -> None:
    assert len(patterns()) > 50
    assert looks_like_publisher("قدس برس")


@pytest.mark.parametrize(
    ("name", "key"), [(DATA_FILE, ("pattern", "kind", "position")), (PUBLISHERS_FILE, ("name",))]
)
def test_no_duplicate_rows(name: str, key: tuple[str, ...]) -> None:
    rows = [tuple(row[k] for k in key) for row in load_rows(name, normalise_columns=(key[0],))]
    assert len(rows) == len(set(rows))


def test_a_publisher_word_carries_its_kinds_on_one_row() -> None:
    """A name that is of several kinds ("ل": outlet-prefix and owner-preposition) lists them on its
    one row, each kind known and written once."""
    kinds = [row["kind"].split() for row in load_rows(PUBLISHERS_FILE)]
    assert all(k and set(k) <= PUBLISHER_KINDS and len(set(k)) == len(k) for k in kinds)
    assert ["outlet-prefix", "owner-preposition"] in kinds


@pytest.mark.parametrize("name", [DATA_FILE, PUBLISHERS_FILE])
def test_no_presentation_forms_or_persian_letters(name: str) -> None:
    text = data_path(name).read_text(encoding="utf-8")
    bad = [ch for ch in text if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF or ch in "یکۀ"]
    assert bad == []


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (
            {"pattern": "(", "kind": "regex", "reason": "menu", "position": "head", "max_words": "0"},
            "regular",
        ),
        ({"pattern": "x", "kind": "word", "reason": "menu", "position": "head", "max_words": "0"}, "kind"),
        ({"pattern": "x", "kind": "line", "reason": "menu", "position": "top", "max_words": "0"}, "position"),
        (
            {"pattern": "x", "kind": "line", "reason": "menu", "position": "head", "max_words": "a"},
            "max_words",
        ),
    ],
)
def test_bad_rows_are_reported(row: dict[str, str], problem: str) -> None:
    with pytest.raises(DataFileError, match=problem):
        _compile(row, 7)


@pytest.mark.parametrize(
    ("line", "zone", "reason"),
    [
        ("أخبار متعلقة", "tail", "related-links"),
        ("  أخبار   متعلقة :", "tail", "related-links"),
        ("أخبار متعلقة", "body", None),
        ("إقرأ أيضاً: عنوان خبر آخر", "body", "related-links"),
        ("اقرأ التاريخ جيدا", "body", None),
        ("الوسوم سوريا", "cut", "tags"),
        ("الوسومات", "cut", None),
    ],
)
def test_match_line_by_zone(line: str, zone: str, reason: str | None) -> None:
    found = match_line(line, zone)
    assert (found.reason if found else None) == reason


def _first_match_one_by_one(line: str, zone: str) -> str | None:
    """The reason of the first pattern of `zone` that matches `line`, each pattern searched in
    turn (`match_line` without its first test)."""
    text = normalise_string(line)
    words = len(line.split())
    for pat in _zone_patterns(zone):
        if not (pat.max_words and words > pat.max_words) and pat.regex.search(text):
            return pat.reason
    return None


@pytest.mark.parametrize("zone", [*ZONES, INLINE])
@pytest.mark.parametrize(
    "line",
    [
        "أخبار متعلقة",
        "  أخبار   متعلقة :",
        "إقرأ أيضاً: عنوان خبر آخر",
        "الوسوم سوريا",
        "الوسومات",
        "اقرأ التاريخ جيدا",
        "مدينة الحديدة / متابعات",
        "شبكة الأخبار/ قال المتحدث إن الطريق أغلق منذ الصباح",
        "في مارس/ قال المتحدث إن الطريق أغلق منذ الصباح",  # a month before "/" is no credit
        "جانب من الاجتماع (أرشيفية / رويترز)",
        "قال المتحدث إن الطريق أغلق منذ الصباح وإن الفرق تعمل على فتحه",
        "12 مارس 2024",
    ],
)
def test_first_test_of_a_zone_keeps_every_match(line: str, zone: str) -> None:
    found = match_line(line, zone)
    assert (found.reason if found else None) == _first_match_one_by_one(line, zone)
    assert found is None or _may_match(normalise_string(line), len(line.split()), zone)


@pytest.mark.parametrize(
    ("pattern", "max_words", "joins"),
    [
        ("^(قد|ربما) يهمك", "0", True),
        ("^(?P<publisher>[^/|]{2,40}) / متابعات$", "0", True),
        ("^[|]خبر", "0", True),
        ("^عاجل|خبر", "0", False),  # the second alternative is not anchored
        ("^(قد|ربما) يهمك", "30", False),  # the loop would skip it on longer lines
        ("(قد|ربما) يهمك", "0", False),
        (r"^(خبر) \1", "0", False),
    ],
)
def test_which_regex_rows_join_the_alternation(pattern: str, max_words: str, joins: bool) -> None:
    row = {
        "pattern": pattern,
        "kind": "regex",
        "reason": "related-links",
        "position": "any",
        "max_words": max_words,
    }
    assert _in_alternation(_compile(row, 7)) is joins


@pytest.mark.parametrize(
    ("pattern", "loosened"),
    [
        (r"^(?!.{0,30}(?:مارس|ايار)\s*/)(?P<publisher>[^\s/]+)\s*/", r"^(?P<publisher>[^\s/]+)\s*/"),
        (r"^(?![(]\)|x)خبر", "^خبر"),  # a bracket in a class or escaped does not close the group
        ("^خبر(?!ي)", "^خبر(?!ي)"),  # a look-ahead after the start stays
        ("^(?=خبر)خ", "^(?=خبر)خ"),  # a positive one narrows nothing away: it stays too
    ],
)
def test_the_first_test_leaves_out_a_leading_negative_look_ahead(pattern: str, loosened: str) -> None:
    assert _without_lookahead(pattern) == loosened


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\s*[:：]?\s*مصدر الصور[هه]\s*[:：].*$", "مصدر الصور"),
        (r"\s*\(@\w{1,30}\)", "@"),  # a count is no text, an escaped bracket is left out
        (r"^\d{1,2}:\d{2}$", ":"),
        ("https?://[a-z]+", "://"),  # "s?" may be missing: "http" and "://" are two runs
        ("^خبر+ عاجل", " عاجل"),  # "ر" once or more: "خبر" and " عاجل" hold, not "خبر عاجل"
        ("^(قد|ربما) يهمك", " يهمك"),
        ("^عاجل|خبر", ""),  # either alternative: no text both hold
        ("^Tags", ""),  # letters with case: "TAGS" matches too
        (r"^[\u0621-\u064a]{4}", ""),
    ],
)
def test_the_text_every_match_holds(pattern: str, text: str) -> None:
    assert needle(pattern) == text
