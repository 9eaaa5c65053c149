"""The outlet list (data/outlets.tsv) read as rows: each outlet's address, names and country.

The actors stage builds its outlet finder on it (`rasid.recognise.actors.outlets`: who published
an article, the English name of an outlet the text names); a later stage that only needs to know
whether a name is an outlet's ("(سكاي نيوز)" after a figure credits the copy, it names no
speaker) asks `is_outlet` here, below both stages.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.normalise import normalise_string

OUTLETS_FILE = "outlets.tsv"
PUBLISHERS_FILE = "clean_publishers.tsv"
PUBLISHER_KINDS = frozenset(
    {
        "outlet",
        "media-word",
        "about-label",
        "not-publisher",
        "copyright-phrase",
        "outlet-prefix",
        "wire",
        "source-label",
        "rights-word",
        "owner-preposition",
    }
)


@dataclass(frozen=True)
class Outlet:
    """One outlet of the list."""

    domain: str
    name_ar: str
    name_en: str
    country: str
    kind: str = "outlet"  # "agency": its credit names the copy's source; "aggregator": reposts others'


def outlet_key(name: str) -> str:
    """Lookup form: normalised Arabic, Latin lower-cased, white space collapsed, no tatweel."""
    return " ".join(normalise_string(name).replace("ـ", "").lower().split())


@cache
def outlet_rows() -> tuple[tuple[Outlet, tuple[str, ...]], ...]:
    """Every outlet of the list with its other names (the `aliases` column), in the file's order."""
    return tuple(
        (
            Outlet(row["domain"].lower(), row["name_ar"], row["name_en"], row["country"], row["kind"]),
            tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
        )
        for row in load_rows(OUTLETS_FILE)
    )


@cache
def _names() -> frozenset[str]:
    """The lookup form of every outlet's Arabic and English name and alias."""
    keys = (
        outlet_key(n) for outlet, aliases in outlet_rows() for n in (outlet.name_ar, outlet.name_en, *aliases)
    )
    return frozenset(k for k in keys if k)


def is_outlet(name: str) -> bool:
    """Whether a name (an actor's English name: Reuters, Al Jazeera) is a news outlet of the list."""
    return outlet_key(name) in _names()


@cache
def publisher_words() -> dict[str, tuple[str, ...]]:
    """The names of clean_publishers.tsv by kind, normalised, in the file's order: the one reader
    of the words that say who published a page, for clean's metadata and the actors' outlet
    finder. A row may carry several kinds ("ل": an outlet's prefix and an owner's preposition)."""
    by_kind: dict[str, list[str]] = {kind: [] for kind in PUBLISHER_KINDS}
    for n, row in enumerate(load_rows(PUBLISHERS_FILE, normalise_columns=("name",)), start=2):
        for kind in row["kind"].split():
            if kind not in PUBLISHER_KINDS:
                raise DataFileError(f"{PUBLISHERS_FILE}: row {n}: unknown kind {kind!r}")
            by_kind[kind].append(row["name"])
    return {kind: tuple(names) for kind, names in by_kind.items()}
