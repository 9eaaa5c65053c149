"""The word lists of the quantities stage, read once from the language data files: qualifiers
("أكثر من", "على الأقل"), vague words ("عشرات"), counted-noun kinds (data/counted_nouns.tsv) and
the toll verbs of data/casualty_markers.tsv ("بلغ", "ارتفع")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.record import Qualifier, Vague

QUALIFIERS_FILE = "qualifiers.tsv"
VAGUE_FILE = "vague_quantities.tsv"
NOUNS_FILE = "counted_nouns.tsv"
TOLL_VERBS_FILE = "casualty_markers.tsv"  # its toll_verb rows: "بلغ", "ارتفع", "وصل" ...
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


@dataclass(frozen=True)
class VagueWord:
    cls: Vague
    low: int | None
    high: int | None
    needs: str  # noun, of, any, own


@dataclass(frozen=True)
class _Lexicon:
    before: dict[tuple[str, ...], Qualifier]
    after: dict[tuple[str, ...], Qualifier]
    vague: dict[tuple[str, ...], VagueWord]
    nouns: dict[str, frozenset[str]]  # kind -> words; breakdown phrases are space-joined
    vague_firsts: frozenset[str] = frozenset()  # first words of the vague phrases


def _int_or_none(cell: str) -> int | None:
    return int(cell) if cell else None


@cache
def lexicon() -> _Lexicon:
    before: dict[tuple[str, ...], Qualifier] = {}
    after: dict[tuple[str, ...], Qualifier] = {}
    for row in load_rows(QUALIFIERS_FILE, normalise_columns=("phrase",)):
        if row["qualifier"] not in _QUALIFIERS or row["position"] not in ("before", "after"):
            raise DataFileError(f"{QUALIFIERS_FILE}: bad row for {row['phrase']!r}")
        table = before if row["position"] == "before" else after
        table[tuple(row["phrase"].split())] = row["qualifier"]  # type: ignore[assignment]
    vague: dict[tuple[str, ...], VagueWord] = {}
    for row in load_rows(VAGUE_FILE, normalise_columns=("word",)):
        if row["class"] not in _CLASSES or row["needs"] not in _NEEDS:
            raise DataFileError(f"{VAGUE_FILE}: bad row for {row['word']!r}")
        low, high = _int_or_none(row["low"]), _int_or_none(row["high"])
        vague[tuple(row["word"].split())] = VagueWord(row["class"], low, high, row["needs"])  # type: ignore[arg-type]
    nouns: dict[str, set[str]] = {kind: set() for kind in _NOUN_KINDS}
    for row in load_rows(NOUNS_FILE, normalise_columns=("word",)):
        if row["kind"] not in _NOUN_KINDS:
            raise DataFileError(f"{NOUNS_FILE}: unknown kind {row['kind']!r} for {row['word']!r}")
        nouns[row["kind"]].add(row["word"])
    firsts = frozenset(key[0] for key in vague)
    return _Lexicon(before, after, vague, {k: frozenset(v) for k, v in nouns.items()}, firsts)


@cache
def qualifier_heads() -> frozenset[str]:
    """First words of the qualifiers before a number: "أكثر" starts the next quantity, it is no noun."""
    return frozenset(phrase[0] for phrase in lexicon().before)


@cache
def toll_verbs() -> frozenset[str]:
    """The toll verbs of data/casualty_markers.tsv ("بلغ", "وصلت", "تجاوز"), normalised."""
    rows = load_rows(TOLL_VERBS_FILE, normalise_columns=("marker",))
    return frozenset(row["marker"] for row in rows if row["kind"] == "toll_verb")
