"""The weapons stage: weapons the article names, with their canonical name and treaty status.

Forms come from data/weapons.tsv and are found by the clitic-aware PhraseMatcher, so
"بالقنابل العنقودية", "والفسفورية" and "براميل متفجرة" are all found; the article is optional on
the first word, and the code adds the variant with the article on every later word and the
accusative indefinite form ("حزاما ناسفا", "صاروخا" beside "حزام ناسف", `lang.ar.inflect`). A
longer "block" phrase (the OPCW's name) hides the weapon words inside it. Each weapon also
carries the event type an attack with it is (`mode`, a working field of the weapon mention),
which the events stage reads from the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.inflect import accusative_indefinite
from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.match import PhraseMatcher, definite_variants, phrase_key
from rasid.lang.ar.text import text_view
from rasid.record import EventType, Record, WeaponMention
from rasid.stage import Stage

WEAPONS_FILE = "weapons.tsv"
_KINDS = frozenset({"weapon", "block"})
_MODES = frozenset({"", "airstrike", "shelling", "explosion", "suicide_bombing", "chemical_attack"})


@dataclass(frozen=True)
class Weapon:
    """One canonical weapon: name, whether a convention bans or restricts it, and the attack type."""

    name: str
    banned: bool
    convention: str
    mode: EventType | None


def _bool(cell: str, form: str) -> bool:
    if cell not in ("true", "false"):
        raise DataFileError(f"{WEAPONS_FILE}: banned must be true or false for {form!r}, got {cell!r}")
    return cell == "true"


@cache
def weapon_matcher() -> PhraseMatcher[Weapon | None]:
    """Matcher over every form of data/weapons.tsv and its inflections; a block carries None."""
    entries: list[tuple[str, Weapon | None]] = []
    seen: set[str] = set()
    made: set[str] = set()
    for row in load_rows(WEAPONS_FILE):
        form, kind, mode = row["form"], row["kind"], row["mode"]
        if kind not in _KINDS:
            raise DataFileError(f"{WEAPONS_FILE}: unknown kind {kind!r} for {form!r}")
        if mode not in _MODES:
            raise DataFileError(f"{WEAPONS_FILE}: unknown mode {mode!r} for {form!r}")
        key = phrase_key(form)
        if key in seen:
            raise DataFileError(f"{WEAPONS_FILE}: duplicate form {form!r}")
        seen.add(key)
        weapon: Weapon | None = None
        if kind == "weapon":
            if not row["name"]:
                raise DataFileError(f"{WEAPONS_FILE}: weapon {form!r} has no name")
            weapon = Weapon(row["name"], _bool(row["banned"], form), row["convention"], mode or None)  # type: ignore[arg-type]
        accusative = accusative_indefinite(form)
        for variant in [*definite_variants(form), *([phrase_key(accusative)] if accusative else [])]:
            if variant not in made:
                made.add(variant)
                entries.append((variant, weapon))
    return PhraseMatcher(entries, strip_article=True)


@dataclass(frozen=True)
class WeaponHit:
    """A weapon found in the normalised text (normalised offsets, clitic excluded)."""

    start: int
    end: int
    weapon: Weapon


def find_weapons(norm: str) -> list[WeaponHit]:
    """Weapons in a normalised text, longest phrase first, blocks removed."""
    out: list[WeaponHit] = []
    for m in weapon_matcher().find(norm):
        weapon = m.payload
        if weapon is not None:
            out.append(WeaponHit(m.start, m.end, weapon))
    return out


class WeaponStage(Stage):
    """Adds a weapon mention for every weapon the clean text names."""

    name = "weapons"
    reads = frozenset({"text"})
    writes = frozenset({"mentions:weapon"})

    def process(self, record: Record) -> Record:
        view = text_view(record)
        for hit in find_weapons(view.norm):
            start, end = view.span(hit.start, hit.end)
            record.mentions.append(
                WeaponMention(
                    id=record.next_mention_id(),
                    span=(start, end),
                    text=record.text[start:end],
                    name=hit.weapon.name,
                    banned=hit.weapon.banned,
                    mode=hit.weapon.mode,
                )
            )
            self.stat("weapons")
            if hit.weapon.banned:
                self.stat("banned")
        return record
