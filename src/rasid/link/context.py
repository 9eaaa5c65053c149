"""The words around a place name (data/place_context.tsv), grouped by what they tell."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.match import proclitic_readings
from rasid.lang.memo import BoundedMemo

KINDS = frozenset(
    {
        "type",
        "capital",
        "countryside",
        "loc",
        "loc_weak",
        "direction",
        "after",
        "agent_after",
        "agent_before",
        "skip",
        "from_agent",
        "org",
        "street",
        "facility",
        "anaphor",
        "plural",
        "not_name",
        "name_head",
        "name_tail",
        "marked",
        "examples",
        "glued_head",
        "strike_on",
        "compass",
        "anchor",
        "determiner",
        "setting",
        "partner",
        "lower_admin",
        "home_only",
        "region",
        "nisba",
        "names_facility",
        "names_region",
        "border",
        "old_quarter",
        "between",
        "road",
    }
)


@dataclass(frozen=True)
class Direction:
    english: str
    dlat: float
    dlon: float


#: Word forms whose readings a context keeps (cleared when full: a batch meets new forms).
READINGS_KEPT = 1 << 16


@dataclass
class PlaceContext:
    """Context words by kind; `value` holds the kind-specific value of a (word, kind) pair."""

    kinds: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    values: dict[tuple[str, str], str] = field(default_factory=dict)
    #: `readings` per word form (the place finders ask for every word of an article, often twice).
    _readings: BoundedMemo[str, tuple[tuple[str, str, set[str]], ...]] = field(
        default_factory=lambda: BoundedMemo(READINGS_KEPT), init=False, repr=False, compare=False
    )

    def of(self, word: str) -> set[str]:
        """The kinds of a normalised word as written (no clitic stripping)."""
        return self.kinds.get(word, set())

    def readings(self, word: str) -> tuple[tuple[str, str, set[str]], ...]:
        """(clitic, rest, kinds) for every reading of a word that is a context word."""
        found = self._readings.get(word)
        if found is None:
            found = tuple(
                (clitic, rest, kinds) for clitic, rest in proclitic_readings(word) if (kinds := self.of(rest))
            )
            self._readings.put(word, found)
        return found

    def has(self, word: str, kind: str, *, clitics: bool = True) -> str | None:
        """The context word (without clitic) if `word` is one of `kind`, else None."""
        if not clitics:
            return word if kind in self.of(word) else None
        for _clitic, rest, kinds in self.readings(word):
            if kind in kinds:
                return rest
        return None

    def direction(self, word: str) -> Direction | None:
        value = self.values.get((word, "direction"))
        if value is None:
            return None
        english, dlat, dlon = value.split("|")
        return Direction(english, float(dlat), float(dlon))


@cache
def place_context() -> PlaceContext:
    """The shipped place_context.tsv."""
    ctx = PlaceContext()
    for row in load_rows("place_context.tsv", normalise_columns=("word",)):
        kind = row["kind"]
        if kind not in KINDS:
            raise DataFileError(f"place_context.tsv: unknown kind {kind!r} for {row['word']!r}")
        ctx.kinds[row["word"]].add(kind)
        if row["value"]:
            ctx.values[(row["word"], kind)] = row["value"]
    return ctx
