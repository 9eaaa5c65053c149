"""Mention replacement: copies of training sentences with their names swapped for listed ones.

A CRF trained on 112,000 words keeps a weight per word form and learns the training names
themselves; a copy of a document in which every name is replaced by another of the same type
(the same replacement for the same name throughout the copy, so the article's own use of it
stays as it was) teaches the contexts and shapes around names instead. The replacements come
from rasid's own tables only (facts written from knowledge: registry persons and
organisations, the gazetteer's places, given names with family names), never from the NER
corpora, which are no lexicon source. A proclitic on a name's first word (`وإسرائيل`) stays
on the replacement (`وسوريا`). Choices are made by hashing, so training stays deterministic.
"""

from __future__ import annotations

import csv
import zlib
from collections.abc import Sequence
from functools import lru_cache

from rasid.evaluate.ner import Token, bio_spans
from rasid.lang.ar.lexicon import data_path
from rasid.lang.ar.match import proclitic_readings
from rasid.lang.ar.normalise import normalise_string

#: Registry files whose rows have a type (`name type country role aliases ...`).
REGISTRY_FILES = (
    "actors.tsv",
    "actor_figures.tsv",
    "actor_clubs.tsv",
    "actor_world_orgs.tsv",
    "actor_orgs.tsv",
    "actor_movements.tsv",
)
#: Gazetteer precisions taken as places, and the population a city needs (small villages are
#: rare in news and would make the copies read like a list of hamlets).
PLACE_PRECISIONS = frozenset({"country", "admin1"})
MIN_CITY_POPULATION = 100_000
#: Proclitics kept on a replaced name's first word.
KEPT_CLITICS = frozenset({"و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل", "لل", "وبال", "وال", "بال"})

Pools = dict[str, tuple[str, ...]]


def _rows(name: str) -> list[dict[str, str]]:
    with data_path(name).open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def pools() -> Pools:
    """Replacement names per type (PER, LOC, ORG), each a space-separated phrase, sorted."""
    out: dict[str, set[str]] = {"PER": set(), "LOC": set(), "ORG": set()}
    for file in REGISTRY_FILES:
        for row in _rows(file):
            kind = row.get("type", "")
            if kind in ("PER", "ORG"):
                out[kind].update(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
    for row in _rows("gazetteer.tsv"):
        precision, population = row.get("precision", ""), row.get("population") or "0"
        big = precision == "city" and int(float(population)) >= MIN_CITY_POPULATION
        if precision in PLACE_PRECISIONS or big:
            out["LOC"].add(row["name_ar"].strip())
    given = sorted(r["name"] for r in _rows("actor_given_names.tsv") if r.get("ambiguous") != "yes")
    families = sorted(r["arabic"] for r in _rows("romanise.tsv") if r.get("where") == "family")
    foreign = sorted(r["name"] for r in _rows("actor_foreign_names.tsv") if r.get("ambiguous") != "yes")
    # given name + family name, each given name once (family chosen by hashing)
    for g in given:
        out["PER"].add(f"{g} {families[zlib.crc32(g.encode()) % len(families)]}")
    for g in foreign:
        out["PER"].add(g)
    return {k: tuple(sorted(n for n in v if n and not any(c.isdigit() for c in n))) for k, v in out.items()}


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """First words of every replacement (normalised): a name that is one is taken without clitic."""
    return frozenset(normalise_string(n.split()[0]) for names in pools().values() for n in names)


def name_clitic(word: str) -> str:
    """The proclitic written on a name's first word, or "": none when the word as written is a
    listed name's word (`لبنان`, `بيروت`), else the longest listed clitic whose rest is one."""
    known = _known_words()
    form = normalise_string(word)
    if form in known:
        return ""
    best = ""
    for clitic, rest in proclitic_readings(form):
        if clitic in KEPT_CLITICS and len(clitic) > len(best):
            bare = rest[2:] if rest.startswith("ال") else rest
            if rest in known or bare in known or (clitic == "و" and len(rest) >= 3):
                best = clitic
    return best


def _pick(pool: Sequence[str], key: str) -> str:
    return pool[zlib.crc32(key.encode()) % len(pool)]


def replace_mentions(sentences: Sequence[list[Token]], copy: int, rate: float = 1.0) -> list[list[Token]]:
    """A copy of a document's sentences with its names replaced (module docstring): the same
    name the same replacement throughout; `rate` is the share of distinct names replaced (by
    hashing), `copy` numbers the copies so each draws other names."""
    table = pools()
    chosen: dict[tuple[str, str], str | None] = {}
    out: list[list[Token]] = []
    for sentence in sentences:
        words = [w for w, _ in sentence]
        tags = [t for _, t in sentence]
        new: list[Token] = []
        at = 0
        for first, end, kind in bio_spans(tags):
            new.extend(sentence[at:first])
            original = " ".join(words[first:end])
            clitic = name_clitic(words[first])
            key = (kind, original[len(clitic) :])
            if key not in chosen:
                draw = f"{copy}|{kind}|{key[1]}"
                replace = zlib.crc32(("r" + draw).encode()) % 1000 < rate * 1000
                chosen[key] = _pick(table[kind], draw) if replace and table.get(kind) else None
            replacement = chosen[key]
            if replacement is None:
                new.extend(sentence[first:end])
            else:
                parts = replacement.split()
                parts[0] = clitic + parts[0]
                new.extend((w, ("B-" if j == 0 else "I-") + kind) for j, w in enumerate(parts))
            at = end
        new.extend(sentence[at:])
        out.append(new)
    return out
