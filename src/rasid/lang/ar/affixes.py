"""Endings and beginnings of words as data (data/affixes.tsv): object and possessive pronouns,
nisba and plural endings, the imperfect prefixes, the article with its clitics.

The word lists (clause_cues.tsv and the like) match whole words; an affix is tested with
`str.endswith` / `str.startswith` on a normalised word, so it lives in a file of its own with
its own kinds. `affixes(kind)` gives a kind's affixes longest first: a rule that strips the
first ending that fits strips the longest ("هما" before "ه").
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows

AFFIXES_FILE = "affixes.tsv"
#: The shortest word whose feminine ending is read as a nisba's ("الجويه"; not "قريه": a noun's own ية;
#: a long noun such as "القريه" is told apart by the word lists, e.g. kind noun in clause_cues.tsv).
NISBA_LENGTH = 6
AFFIX_KINDS = frozenset(
    {
        "object_pronoun",
        "possessive_pronoun",
        "plural_subject",
        "imperfect_prefix",
        "nisba_ending",
        "feminine_nisba",
        "people_plural",
        "definite_prefix",
        "adjective_form",
        "clitic_article",
        "plural_pronoun",
        "masculine_nisba",
        "conjunction_clitic",
        "verb_clitic",
        "preposition_clitic",
        "adverb_ending",
        "feminine_dual",
    }
)


@cache
def _by_kind() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for row in load_rows(AFFIXES_FILE, normalise_columns=("affix",)):
        affix, kind = row["affix"], row["kind"]
        if kind not in AFFIX_KINDS:
            raise DataFileError(f"{AFFIXES_FILE} row {affix!r}: unknown kind {kind!r}")
        if not affix or " " in affix:
            raise DataFileError(f"{AFFIXES_FILE}: an affix is one or more letters, got {affix!r}")
        found.setdefault(kind, []).append(affix)
    # sorted() is stable: affixes of one length keep the file's order.
    return {kind: tuple(sorted(forms, key=len, reverse=True)) for kind, forms in found.items()}


@cache
def affixes(kind: str) -> tuple[str, ...]:
    """The affixes of one kind (normalised), longest first; a tuple, as `str.endswith` takes."""
    if kind not in AFFIX_KINDS:
        raise KeyError(f"unknown affix kind {kind!r} (kinds: {sorted(AFFIX_KINDS)})")
    return _by_kind().get(kind, ())


def masculine_nisba(norm: str) -> bool:
    """Whether a normalised word ends like a masculine nisba ("التجاري", "ميداني"): an adjective
    to the places rules, not a name, where it follows a noun or closes a quoted name."""
    return norm.endswith(affixes("masculine_nisba"))


def feminine_nisba(norm: str) -> bool:
    """Whether a normalised word ends like a feminine nisba ("سكنيه", "سوريه"): an indefinite
    place name so spelled may be a plural noun's adjective ("مناطق سورية"), not its genitive."""
    return norm.endswith(affixes("feminine_nisba"))


def singular_nisba(norm: str) -> bool:
    """Whether a normalised word ends like a singular nisba, masculine or feminine ("التجاري",
    "الحكوميه"): the places rules' sign of an adjective after a noun or a name."""
    return norm.endswith(affixes("masculine_nisba") + affixes("feminine_nisba"))


def nisba_like(norm: str) -> bool:
    """Whether a normalised word ends like a nisba adjective ("السوري", "الروسيين", "الجويه"):
    what may qualify a definite noun before it, where another word closes its phrase."""
    return norm.endswith(affixes("nisba_ending")) or (
        len(norm) >= NISBA_LENGTH and norm.endswith(affixes("feminine_nisba"))
    )
