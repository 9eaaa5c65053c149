"""The actor registry (data/actors.tsv, data/actor_orgs.tsv, data/actor_movements.tsv, data/actor_figures.tsv): canonical
actors, their Arabic aliases and flags.

One `Actor` per canonical English name; an actor may span several rows, each giving some
aliases and the flags they share. Every alias is an `Alias`, looked up by a
`PhraseMatcher` over the normalised text. States that the registry does not list are
added from the gazetteer's country list (data/countries.tsv, kept by the places stage) as
agent-only aliases, so "أعلنت النرويج" is an actor without a registry row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.match import ARTICLE, PhraseMatcher, phrase_key
from rasid.lang.ar.normalise import normalise_string

REGISTRY_FILE = "actors.tsv"
#: The registry's files, read in this order: states, forces, groups, persons and the organisations
#: conflict news names (actors.tsv), then organisations by class (actor_orgs.tsv: outlets,
#: companies, banks, clubs, universities, parties, international bodies), then armed groups,
#: militias, parties and coalitions by country (actor_movements.tsv), then public figures by
#: country (actor_figures.tsv) and the Arab leagues' clubs by their bare names
#: (actor_clubs.tsv), then the wider world's agencies, papers, companies and clubs named by their
#: title or brand alone (actor_world_orgs.tsv, all `tagged`). Same columns.
REGISTRY_FILES = (
    REGISTRY_FILE,
    "actor_orgs.tsv",
    "actor_movements.tsv",
    "actor_figures.tsv",
    "actor_clubs.tsv",
    "actor_world_orgs.tsv",
)
BLOCKERS_FILE = "actor_blockers.tsv"
COUNTRIES_FILE = "countries.tsv"
TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})
ROLES = frozenset({"state", "government", "army", "air", "navy", "security", "police"})
STATE_ROLES = frozenset({"state", "government"})
FLAGS = frozenset({"agent", "ctx", "solo", "heads", "ambiguous", "tagged", "club"})
ANY_COUNTRY = "*"

# Where a composed phrase looks for a state's actor when the branch has no row of its own.
ROLE_FALLBACK: dict[str, tuple[str, ...]] = {
    "air": ("air", "army", "government", "state"),
    "navy": ("navy", "army", "government", "state"),
    "army": ("army", "government", "state"),
    "drone": ("army", "government", "state"),
    "government": ("government", "state"),
    "state": ("state",),
    "security": ("security",),  # none: the forces compose "<Adjective> security forces"
    "police": ("police",),  # none: "<Adjective> Police" ("الشرطة" in an article about Iraq)
}


@dataclass(frozen=True)
class Actor:
    """A canonical actor: what every mention of it carries."""

    name: str
    type: str
    country: str | None
    name_ar: str
    roles: frozenset[str] = frozenset()
    parent: str | None = None
    heads: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Alias:
    """One Arabic name of an actor, with the conditions under which it names it."""

    actor: Actor
    phrase: str
    agent: bool = False
    contexts: frozenset[str] | None = None
    solo: bool = False
    roles: frozenset[str] = frozenset()  # the roles of the alias's row: "army" names a force
    tagged: bool = False  # names the actor only where the name tagger finds a name there
    club: bool = False  # a sports club: names it without the tagger in an article about sport

    @property
    def force(self) -> bool:
        """Whether the alias names a state's forces or security bodies rather than the state or
        its government ("قوات النظام", "فرع الأمن العسكري"): those are organisations."""
        return bool(self.roles) and not self.roles & STATE_ROLES

    def allowed_in(self, doc_country: str | None) -> bool:
        """Whether the alias may name its actor in an article about `doc_country`."""
        if self.contexts is None:
            return True
        if doc_country is None:
            return ANY_COUNTRY in self.contexts
        return doc_country in self.contexts


@dataclass(frozen=True)
class Row:
    """A parsed row of actors.tsv (before actors are merged)."""

    name: str
    type: str
    country: str | None
    roles: frozenset[str]
    aliases: tuple[str, ...]
    flags: dict[str, str]
    parent: str | None
    line: int
    file: str = REGISTRY_FILE


def parse_flags(cell: str, where: str) -> dict[str, str]:
    """'agent,ctx=SYR/IRQ,solo' -> {'agent': '', 'ctx': 'SYR/IRQ', 'solo': ''}."""
    flags: dict[str, str] = {}
    for item in filter(None, (p.strip() for p in cell.split(","))):
        key, _, value = item.partition("=")
        if key not in FLAGS:
            raise DataFileError(f"{where}: unknown flag {key!r}")
        flags[key] = value
    return flags


def parse_rows(rows: Iterable[dict[str, str]], file: str = REGISTRY_FILE) -> list[Row]:
    """Validate the rows of a registry file; DataFileError names the row of any problem."""
    out: list[Row] = []
    for n, row in enumerate(rows, start=1):
        where = f"{file} row {n} ({row.get('name', '')!r})"
        if row["type"] not in TYPES:
            raise DataFileError(f"{where}: type {row['type']!r} is not one of {sorted(TYPES)}")
        roles = frozenset(filter(None, row["role"].split("|")))
        if roles - ROLES:
            raise DataFileError(f"{where}: unknown role(s) {sorted(roles - ROLES)}")
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        if not row["name"] or not aliases:
            raise DataFileError(f"{where}: a name and at least one alias are required")
        country = row["country"] or None
        if country is not None and (len(country) != 3 or not country.isupper()):
            raise DataFileError(f"{where}: country {country!r} is not an ISO alpha-3 code")
        flags = parse_flags(row["flags"], where)
        out.append(
            Row(row["name"], row["type"], country, roles, aliases, flags, row["parent"] or None, n, file)
        )
    return out


def _first_word(alias: str) -> str:
    first = phrase_key(alias).split(" ")[0]
    return first[len(ARTICLE) :] if first.startswith(ARTICLE) else first


@dataclass
class Registry:
    """Actors by name, their aliases in a matcher, and the states' actors by role."""

    actors: dict[str, Actor]
    aliases: list[Alias]
    blockers: tuple[str, ...] = ()
    by_role: dict[tuple[str, str], Actor] = field(default_factory=dict)

    def __post_init__(self) -> None:
        entries: list[tuple[str, Alias | None]] = [(a.phrase, a) for a in self.aliases]
        entries += [(b, None) for b in self.blockers]
        self.matcher: PhraseMatcher[Alias | None] = PhraseMatcher(entries)
        for actor in self.actors.values():
            if actor.country is None:
                continue
            for role in sorted(actor.roles):
                self.by_role.setdefault((actor.country, role), actor)

    def role(self, country: str, branch: str) -> Actor | None:
        """The state's actor for a branch ("air"), falling back to its army, government, state."""
        for role in ROLE_FALLBACK.get(branch, (branch,)):
            actor = self.by_role.get((country, role))
            if actor is not None:
                return actor
        return None

    def get(self, name: str | None) -> Actor | None:
        return self.actors.get(name) if name else None


def build_registry(
    rows: list[Row], heads: frozenset[str], extra_states: Iterable[tuple[str, str, str]] = ()
) -> Registry:
    """Merge rows into actors; `heads` are the organisation head nouns (for back-reference)."""
    first: dict[str, Row] = {}
    alias_heads: dict[str, set[str]] = {}
    roles: dict[str, set[str]] = {}
    for row in rows:
        seen = first.setdefault(row.name, row)
        if (seen.type, seen.country, seen.parent) != (row.type, row.country, row.parent):
            raise DataFileError(
                f"{row.file} row {row.line}: {row.name!r} disagrees with {seen.file} row {seen.line}"
            )
        found = alias_heads.setdefault(row.name, set())
        found.update(normalise_string(h) for h in row.flags.get("heads", "").split("/") if h)
        found.update(w for w in (_first_word(a) for a in row.aliases) if w in heads)
        roles.setdefault(row.name, set()).update(row.roles)
    actors = {
        name: Actor(
            name=name,
            type=row.type,
            country=row.country,
            name_ar=row.aliases[0],
            roles=frozenset(roles[name]),
            parent=row.parent,
            heads=frozenset(alias_heads[name]),
        )
        for name, row in first.items()
    }
    aliases: list[Alias] = []
    for row in rows:
        ctx = row.flags.get("ctx")
        contexts = frozenset(ctx.split("/")) if ctx else None
        for text in row.aliases:
            aliases.append(
                Alias(
                    actors[row.name],
                    text,
                    "agent" in row.flags,
                    contexts,
                    "solo" in row.flags,
                    row.roles,
                    "tagged" in row.flags,
                    "club" in row.flags,
                )
            )
    known = {a.country for a in actors.values() if "state" in a.roles}
    for iso3, name, names_ar in extra_states:
        if iso3 in known or name in actors:
            continue
        variants = [n.strip() for n in names_ar.split("|") if n.strip()]
        if not variants:
            continue
        actor = Actor(name, "GPE", iso3, variants[0], frozenset({"state"}))
        actors[name] = actor
        aliases.extend(Alias(actor, v, agent=True) for v in variants)
    blockers = tuple(r["phrase"] for r in load_rows(BLOCKERS_FILE))
    return Registry(actors, aliases, blockers)


def country_rows() -> list[tuple[str, str, str]]:
    """(iso3, English name, Arabic names) of the gazetteer's countries, or [] without the file."""
    try:
        rows = load_rows(COUNTRIES_FILE)
    except DataFileError:
        return []
    return [(r["iso3"], r["name"], r["name_ar"]) for r in rows if r.get("iso3") and r.get("name_ar")]


def registry_rows() -> list[Row]:
    """The parsed rows of every registry file, in REGISTRY_FILES order."""
    return [row for name in REGISTRY_FILES for row in parse_rows(load_rows(name), name)]


@cache
def load_registry(heads: frozenset[str]) -> Registry:
    """The registry of the REGISTRY_FILES plus the gazetteer's other states (built once)."""
    return build_registry(registry_rows(), heads, country_rows())
