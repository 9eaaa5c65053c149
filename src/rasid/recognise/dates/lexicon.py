"""The date vocabulary, loaded once from the TSV files under lang/ar/data/.

Every phrase is stored under its normalised words (a tuple), so the grammar can look up
the longest phrase that starts at a token. Latin month names are lower-cased.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any, Generic, TypeVar

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.match import ARTICLE, clitics_before, contracts
from rasid.lang.memo import BoundedMemo

T = TypeVar("T")

#: Cue roles that can open a date expression ("منذ", "قبل", "منتصف", "يوم", "شهر", "هذا", "عام").
STARTING_ROLES = frozenset(
    {"since", "before", "after", "period", "day_word", "month_word", "this", "year", "year_pair"}
)


@dataclass
class PhraseTable(Generic[T]):
    """Phrases (tuples of normalised words) mapped to a payload, with the longest length kept."""

    entries: dict[tuple[str, ...], T] = field(default_factory=dict)
    longest: int = 0
    firsts: dict[str, int] = field(default_factory=dict)  # first word -> longest phrase it starts

    def add(self, form: str, payload: T, source: str) -> None:
        key = tuple(form.lower().split())
        if not key:
            raise DataFileError(f"{source}: empty form")
        if key in self.entries:
            raise DataFileError(f"{source}: duplicate form {form!r}")
        self.entries[key] = payload
        self.longest = max(self.longest, len(key))
        self.firsts[key[0]] = max(self.firsts.get(key[0], 0), len(key))


@dataclass(frozen=True)
class Month:
    number: int
    needs_context: bool
    hijri: bool


@dataclass(frozen=True)
class Weekday:
    number: int  # 0 = Monday .. 6 = Sunday
    name: str


@dataclass(frozen=True)
class DayPart:
    part: str
    prefix: bool
    suffix: bool


@dataclass(frozen=True)
class Unit:
    unit: str  # day, week, month, year
    count: int | None  # what the word says alone: 1, 2, or None (plural, needs a number)


@dataclass(frozen=True)
class Modifier:
    offset: int
    kind: str  # past, next, current, epithet


_ARTICLE_ALEF = ARTICLE[0]  # the alef a contracting clitic drops ("ل" + "المقبل" = "للمقبل")
#: Words whose clitic forms are remembered before starting again (a batch meets new forms all the time).
_FORMS_CACHE = 1 << 16


@dataclass
class DateLexicon:
    months: PhraseTable[Month]
    weekdays: PhraseTable[Weekday]
    relative_days: PhraseTable[int]
    day_parts: PhraseTable[DayPart]
    ordinals: PhraseTable[int]
    definite_units: PhraseTable[str]
    count_units: PhraseTable[Unit]
    modifiers: PhraseTable[Modifier]
    cues: PhraseTable[frozenset[str]]
    clitics: dict[str, bool]  # clitic -> swallows the article's alef
    blockers: dict[tuple[str, str], frozenset[str]]  # (word, side) -> other words
    name_heads: frozenset[str]  # "طريق 21 أكتوبر": a day and month after these is a name
    future_prefixes: tuple[str, ...]
    not_future_prefixes: tuple[str, ...]
    not_verb_endings: tuple[str, ...] = ()
    starters: frozenset[str] = frozenset()  # words that can open an expression

    def __post_init__(self) -> None:
        tables: list[PhraseTable[Any]] = [
            self.months,
            self.weekdays,
            self.relative_days,
            self.day_parts,
            self.ordinals,
            self.definite_units,
        ]
        words = {w for table in tables for w in table.firsts}
        words |= {key[0] for key, roles in self.cues.entries.items() if roles & STARTING_ROLES}
        self.starters = frozenset(words)
        self._clitic_forms: BoundedMemo[str, tuple[tuple[str, int], ...]] = BoundedMemo(_FORMS_CACHE)
        self._starting: BoundedMemo[str, bool] = BoundedMemo(_FORMS_CACHE)

    def may_start(self, word: str) -> bool:
        """Whether a word, as written or without a proclitic, can open an expression (computed
        once per word form: the grammar asks it of every word of the article)."""
        found = self._starting.get(word)
        if found is None:
            starters = self.starters
            found = word in starters or any(form in starters for form, _ in self.clitic_forms(word))
            self._starting.put(word, found)
        return found

    def clitic_forms(self, word: str) -> tuple[tuple[str, int], ...]:
        """(form, offset in the word) of a word without each leading proclitic; an alef is put back
        where a clitic swallowed the article's ("للمقبل" → "المقبل"). Computed once per word."""
        found = self._clitic_forms.get(word)
        if found is None:
            out: list[tuple[str, int]] = []
            for c, article in self.clitics.items():
                rest = word[len(c) :]
                if not word.startswith(c) or len(rest) < 2:
                    continue
                out.append((rest, len(c)))
                if article and rest.startswith("ل"):
                    out.append((_ARTICLE_ALEF + rest, len(c)))
            found = self._clitic_forms.put(word, tuple(out))
        return found


def _int(row: dict[str, str], col: str, source: str) -> int:
    try:
        return int(row[col])
    except ValueError as exc:
        raise DataFileError(f"{source}: {col} is not a number in row {row}") from exc


def _yes(row: dict[str, str], col: str, source: str) -> bool:
    if row[col] not in ("yes", "no"):
        raise DataFileError(f"{source}: {col} must be yes or no in row {row}")
    return row[col] == "yes"


@cache
def date_lexicon() -> DateLexicon:
    """Load and check every date data file (cached)."""
    months: PhraseTable[Month] = PhraseTable()
    for row in load_rows("months.tsv", normalise_columns=("form",)):
        months.add(
            row["form"],
            Month(_int(row, "month", "months.tsv"), _yes(row, "needs_context", "months.tsv"), False),
            "months.tsv",
        )
    for row in load_rows("hijri_months.tsv", normalise_columns=("form",)):
        months.add(row["form"], Month(_int(row, "month", "hijri_months.tsv"), True, True), "hijri_months.tsv")
    for key, m in months.entries.items():
        if not 1 <= m.number <= 12:
            raise DataFileError(f"month out of range for {' '.join(key)!r}")

    weekdays: PhraseTable[Weekday] = PhraseTable()
    for row in load_rows("weekdays.tsv", normalise_columns=("form",)):
        weekdays.add(row["form"], Weekday(_int(row, "weekday", "weekdays.tsv"), row["name"]), "weekdays.tsv")

    relative_days: PhraseTable[int] = PhraseTable()
    for row in load_rows("relative_dates.tsv", normalise_columns=("form",)):
        relative_days.add(row["form"], _int(row, "n", "relative_dates.tsv"), "relative_dates.tsv")

    day_parts: PhraseTable[DayPart] = PhraseTable()
    for row in load_rows("day_parts.tsv", normalise_columns=("form",)):
        pos = row["position"]
        if pos not in ("prefix", "suffix", "both"):
            raise DataFileError(f"day_parts.tsv: bad position {pos!r}")
        day_parts.add(row["form"], DayPart(row["part"], pos != "suffix", pos != "prefix"), "day_parts.tsv")

    ordinals: PhraseTable[int] = PhraseTable()
    for row in load_rows("date_ordinals.tsv", normalise_columns=("form",)):
        ordinals.add(row["form"], _int(row, "day", "date_ordinals.tsv"), "date_ordinals.tsv")

    definite_units: PhraseTable[str] = PhraseTable()
    count_units: PhraseTable[Unit] = PhraseTable()
    for row in load_rows("date_units.tsv", normalise_columns=("form",)):
        if row["unit"] not in ("day", "week", "month", "year"):
            raise DataFileError(f"date_units.tsv: bad unit {row['unit']!r}")
        if row["use"] == "definite":
            definite_units.add(row["form"], row["unit"], "date_units.tsv")
        elif row["use"] == "count":
            count = _int(row, "count", "date_units.tsv") if row["count"] else None
            count_units.add(row["form"], Unit(row["unit"], count), "date_units.tsv")
        else:
            raise DataFileError(f"date_units.tsv: bad use {row['use']!r}")

    modifiers: PhraseTable[Modifier] = PhraseTable()
    for row in load_rows("date_modifiers.tsv", normalise_columns=("form",)):
        if row["kind"] not in ("past", "next", "current", "epithet"):
            raise DataFileError(f"date_modifiers.tsv: bad kind {row['kind']!r}")
        modifiers.add(
            row["form"],
            Modifier(_int(row, "offset", "date_modifiers.tsv"), row["kind"]),
            "date_modifiers.tsv",
        )

    cues: PhraseTable[frozenset[str]] = PhraseTable()
    future_prefixes: list[str] = []
    not_future: list[str] = []
    not_verb_endings: list[str] = []
    for row in load_rows("date_cues.tsv", normalise_columns=("form",)):
        roles = frozenset(r.strip() for r in row["roles"].split(",") if r.strip())
        if "not_verb_ending" in roles:
            not_verb_endings.append(row["form"])
        if roles & {"not_verb_ending", "when"}:
            continue  # an ending or a word the events stage reads, not a phrase of the grammar
        if "future_prefix" in roles:
            future_prefixes.append(row["form"])
        if "not_future_prefix" in roles:
            not_future.append(row["form"])
        cues.add(row["form"], roles, "date_cues.tsv")

    clitics = {c.form: contracts(c.form) for c in clitics_before("dates")}

    blockers: dict[tuple[str, str], set[str]] = {}
    for row in load_rows("date_blockers.tsv", normalise_columns=("form", "other")):
        if row["side"] not in ("next", "prev"):
            raise DataFileError(f"date_blockers.tsv: bad side {row['side']!r}")
        blockers.setdefault((row["form"], row["side"]), set()).add(row["other"])

    name_heads = frozenset(
        row["form"] for row in load_rows("date_name_heads.tsv", normalise_columns=("form",))
    )

    return DateLexicon(
        months=months,
        weekdays=weekdays,
        relative_days=relative_days,
        day_parts=day_parts,
        ordinals=ordinals,
        definite_units=definite_units,
        count_units=count_units,
        modifiers=modifiers,
        cues=cues,
        clitics=clitics,
        blockers={k: frozenset(v) for k, v in blockers.items()},
        name_heads=name_heads,
        future_prefixes=tuple(future_prefixes),
        not_future_prefixes=tuple(not_future),
        not_verb_endings=tuple(not_verb_endings),
    )
