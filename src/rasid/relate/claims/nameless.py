"""The English name of a nameless source phrase: its head and the adjectives after it.

"مصدر مطلع" → informed source, "مصدران أمنيان" → two security sources, "مصادر طبية
فلسطينية" → Palestinian medical sources; a document the same way ("التقرير الأمني" → security
report, "تقارير سابقة" → earlier reports). The head's English comes from claim_sources.tsv
(number-aware: مصدر, مصادر, مصدران); each word after it must be an adjective of
actor_adjectives.tsv or claim_source_modifiers.tsv, or a state's adjective of
actor_nisba.tsv, possibly dual ("أمنيان"). The words go before the head's last English word,
last first, as English orders them. An attachment after an adjective ("مصدر مطلع في محافظة
ديالى") is the place the source is in, not part of its name, and ends the phrase; right after
the head ("مصدر في الشرطة") it is what names the source, so none is composed here. Any other
word leaves the phrase without a name rather than with one that loses what it says.
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.markers import marker_words
from rasid.lang.ar.match import ARTICLE
from rasid.lang.ar.normalise import normalise_string
from rasid.relate.claims.lexicon import SourceHead

_KINDS = frozenset({"adjective", "dual_suffix"})


@cache
def _modifiers() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(adjective form → English, blank for none; (dual ending, ending it stands for), longest first)."""
    name = "claim_source_modifiers.tsv"
    adjectives: dict[str, str] = {}
    duals: list[tuple[str, str]] = []
    for row in load_rows(name):
        if row["kind"] not in _KINDS:
            raise DataFileError(f"{name}: unknown kind {row['kind']!r}")
        forms = _split(row["forms"])
        if row["kind"] == "dual_suffix":
            duals += [(f, normalise_string(row["english"].strip())) for f in forms]
        else:
            adjectives.update((f, row["english"].strip()) for f in forms)
    return adjectives, tuple(sorted(duals, key=lambda d: -len(d[0])))


def _split(cell: str) -> list[str]:
    return [normalise_string(f.strip()) for f in cell.split("|") if f.strip()]


@cache
def _actor_adjectives() -> dict[str, str]:
    """Masculine base or irregular form → English, of the actor adjective tables (read as data:
    the claims stage does not import the actors stage)."""
    out: dict[str, str] = {}
    for row in load_rows("actor_adjectives.tsv"):
        out.update((f, row["english"]) for f in _split(row["bases"]) + _split(row["forms"]) if f not in out)
    for row in load_rows("actor_nisba.tsv"):
        out.update((f, row["adjective"]) for f in _split(row["bases"]) if f not in out)
    return out


@cache
def _inflections() -> tuple[str, ...]:
    """The endings an adjective's base takes (actor_particles.tsv, role `inflection`), longest first."""
    rows = load_rows("actor_particles.tsv")
    endings = {
        "" if r["form"] == "-" else normalise_string(r["form"]) for r in rows if r["role"] == "inflection"
    }
    return tuple(sorted(endings, key=lambda e: -len(e)))


def _english(word: str) -> str | None:
    """The English of one word after a source head ('' for a word that adds nothing), or None."""
    adjectives, _ = _modifiers()
    actor_adjectives = _actor_adjectives()
    for form in (word, word[len(ARTICLE) :] if word.startswith(ARTICLE) else word):
        if form in adjectives:
            return adjectives[form]
        if form in actor_adjectives:
            return actor_adjectives[form]
        for ending in _inflections():
            if ending and form.endswith(ending) and form[: -len(ending)] in actor_adjectives:
                return actor_adjectives[form[: -len(ending)]]
    return None


def _modifier(word: str) -> str | None:
    """`_english` of the word, or of its singular when it is a dual ("أمنيان" → security)."""
    found = _english(word)
    if found is not None:
        return found
    for ending, stands_for in _modifiers()[1]:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            found = _english(word[: -len(ending)] + stands_for)
            if found is not None:
                return found
    return None


def addressed(word: str) -> bool:
    """A word with ل joined to it ("للعربية", "لوكالة"): the one spoken to, after the source."""
    clitics = marker_words("object_clitic_article") | marker_words("object_clitic")
    return any(word.startswith(c) and len(word) - len(c) >= 3 for c in clitics)


def nameless_name(head: SourceHead, rest: list[str]) -> str | None:
    """The English of an anonymous or document head followed by the (normalised) words `rest`, or None."""
    if head.english is None or head.kind not in ("anonymous", "document"):
        return None
    words: list[str] = []
    for word in rest:
        if word in marker_words("preposition"):
            if not words:  # "مصدر في الشرطة": the body it is in names it (actor_source_bodies.tsv)
                return None
            break  # "مصدر مطلع في مستشفى ...": where the source is, not what it is
        english = _modifier(word)
        if english is None and addressed(word):
            break  # "مصادر للعربية": whom the sources told, not what they are
        if english is None:
            return None
        if english:
            words.append(english)
    if not words:
        return head.english
    *count, noun = head.english.split(" ")
    return " ".join([*count, *reversed(words), noun])
