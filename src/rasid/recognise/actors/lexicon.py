"""The actor recogniser's word lists (data/actor_*.tsv), loaded once and normalised.

Single words are kept in dictionaries and looked up with their proclitics removed
(`readings`); multi-word phrases (titles, group nouns, force nouns, portfolios, cues) go
into `PhraseMatcher`s. Adjectives of states (actor_nisba.tsv) and other adjectives
(actor_adjectives.tsv) are written once, as a masculine base, and every inflected form is
derived here (`inflections`), so "روسي" also finds "الروسية", "روسيون", "الروسيين".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.match import ARTICLE, PhraseMatcher, phrase_key, proclitic_readings
from rasid.lang.ar.normalise import normalise_char, normalise_string
from rasid.lang.memo import BoundedMemo
from rasid.link.gazetteer import is_commune, place_stoplist
from rasid.recognise.actors.registry import Actor, Registry, load_registry

GAZETTEER_FILE = "gazetteer.tsv"
PARTICLES_FILE = "actor_particles.tsv"
EMPTY_AFFIX = "-"
PARTICLE_ROLES = frozenset(
    {
        "name_link", "name_compound", "name_suffix", "family_ending", "conjunction", "from", "between",
        "relative", "apposition", "inflection", "human_plural", "verb_prefix", "object_suffix",
        "place_clitic", "verb_initial", "verb_final", "plural_final", "of_clitic", "feminine_ending", "clitic_initial", "indefinite_mark", "construct_ending",
        "foreign_link", "regnal_ordinal", "source_in", "foreign_surname_ending",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Particles:
    """The small words and affixes of data/actor_particles.tsv, by role."""

    by_role: dict[str, tuple[str, ...]]
    written: dict[str, tuple[str, ...]] = field(default_factory=dict)  # as written, not normalised

    def of(self, role: str) -> tuple[str, ...]:
        return self.by_role.get(role, ())

    def one(self, role: str) -> str:
        return self.of(role)[0]

    def has(self, role: str, word: str) -> bool:
        return word in self.by_role.get(role, ())


@cache
def load_particles() -> Particles:
    by_role: dict[str, list[str]] = {}
    written: dict[str, list[str]] = {}
    for row in load_rows(PARTICLES_FILE):
        if row["role"] not in PARTICLE_ROLES:
            raise DataFileError(f"{PARTICLES_FILE}: unknown role {row['role']!r}")
        raw = "" if row["form"] == EMPTY_AFFIX else row["form"]
        by_role.setdefault(row["role"], []).append(normalise_string(raw))
        written.setdefault(row["role"], []).append(raw)
    missing = PARTICLE_ROLES - by_role.keys()
    if missing:
        raise DataFileError(f"{PARTICLES_FILE}: no rows for {sorted(missing)}")
    return Particles(
        {role: tuple(forms) for role, forms in by_role.items()},
        {role: tuple(forms) for role, forms in written.items()},
    )


def inflections(base: str) -> Iterator[tuple[str, bool]]:
    """(form, names people) for every derived form of a masculine nisba or adjective."""
    particles = load_particles()
    for ending in particles.of("inflection"):
        form = base + ending
        human = particles.has("human_plural", ending)
        yield form, human
        yield ARTICLE + form, human


def spelling(text: str) -> str:
    """Text without diacritics and tatweel but with its letters as written (ى stays ى)."""
    return "".join(c for c in text if normalise_char(c) != "")


@dataclass(frozen=True)
class Nisba:
    adjective: str
    country: str | None
    actor: str | None
    people: str | None
    human: bool = False


@dataclass(frozen=True)
class Adjective:
    english: str
    kind: str


@dataclass(frozen=True)
class Group:
    english: str
    type: str
    alone: bool
    national: bool
    kind: str


@dataclass(frozen=True)
class Force:
    kind: str
    branch: str
    english: str
    alone: str = "no"  # yes, home, no, nisba (actor_forces.tsv)


@dataclass(frozen=True)
class Title:
    form: str
    kind: str
    english: str


@dataclass(frozen=True)
class Head:
    word: str
    english: str
    strong: bool
    order: str
    proper: bool = False  # an unknown word after it is the establishment's own name, romanised
    owner: bool = False  # with a registry actor after it, it is that actor ("قيادة الجيش")
    units: bool = False  # a unit word's English stays before it ("مجلس محافظة نينوى": Provincial)


@dataclass(frozen=True)
class Service:
    """A state's body named by its field alone (data/actor_services.tsv)."""

    english: str
    type: str
    role: str  # the registry role of the state's own row for it, or ""


@dataclass(frozen=True)
class Cue:
    kind: str
    english: str


@dataclass(frozen=True)
class Place:
    name: str
    country: str


@dataclass
class Tables:
    """Every actor word list, ready for lookup."""

    registry: Registry
    nisba: dict[str, Nisba]
    adjectives: dict[str, Adjective]
    groups: PhraseMatcher[Group]
    forces: PhraseMatcher[Force]
    titles: PhraseMatcher[Title]
    heads: dict[str, Head]
    portfolios: PhraseMatcher[str]
    services: PhraseMatcher[Service]  # "الدفاع المدني" → Civil Defence (a state's, by its field)
    verbs: dict[str, str]
    given_names: dict[str, bool]  # first name → also an ordinary word; foreign ones included
    stopwords: dict[str, str]
    cues: PhraseMatcher[Cue]
    places: PhraseMatcher[Place]
    particles: Particles
    adjective_of: dict[str, str] = field(default_factory=dict)
    state_names: dict[str, str] = field(default_factory=dict)  # ISO alpha-3 → "Egypt" (countries.tsv)
    stop_spellings: frozenset[str] = frozenset()
    home_places: dict[str, str] = field(default_factory=dict)  # "المحافظة" → Provincial
    place_units: dict[str, str] = field(default_factory=dict)  # "محافظة" (before a place) → Provincial
    unit_places: PhraseMatcher[Place] = field(default_factory=lambda: PhraseMatcher([]))
    # place names that are ordinary words first (place_stoplist.tsv, needs never/type: "الشهداء")
    common_place_words: frozenset[str] = frozenset()
    name_words: dict[str, tuple[str, bool]] = field(default_factory=dict)  # "شهداء" → (Martyrs, idafa)
    source_bodies: dict[str, str] = field(default_factory=dict)  # "الشرطة" → police ("مصدر في الشرطة")
    foreign_names: frozenset[str] = frozenset()  # foreign first names ("جورج"), also in given_names
    sport_cues: dict[str, bool] = field(default_factory=dict)  # words of sports reporting ("المباراة")
    # ordinary words of an annotated news corpus, almost never inside a name (common_words.tsv)
    common_words: dict[str, bool] = field(default_factory=dict)
    # word -> (whether its verb reading depends on how it is written, its reading when it does not)
    _verb_memo: BoundedMemo[str, tuple[bool, str | None]] = field(
        default_factory=lambda: BoundedMemo(_MEMO_SIZE), repr=False, compare=False
    )
    _head_memo: BoundedMemo[str, tuple[str, Head, bool] | None] = field(
        default_factory=lambda: BoundedMemo(_MEMO_SIZE), repr=False, compare=False
    )
    # id(table) -> (table, word -> its first reading in the table or None), for `word_in`
    _word_in_memo: dict[int, tuple[Mapping[str, object], BoundedMemo[str, tuple[str, str] | None]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _people_memo: BoundedMemo[str, tuple[str, str, Nisba] | None] = field(
        default_factory=lambda: BoundedMemo(_MEMO_SIZE), repr=False, compare=False
    )

    def adjective_country(self, word: str) -> str | None:
        """The state whose adjective the normalised word is ("الكويتيه" → KWT), or None."""
        nisba = self.nisba.get(word)
        return nisba.country if nisba is not None else None

    def word_in(self, word: str, table: Mapping[str, object]) -> tuple[str, str] | None:
        """The first (clitic, rest) reading of `word` found in `table`, or None (remembered per
        table and word: the finders ask every word of an article against the same tables)."""
        kept = self._word_in_memo.get(id(table))
        if kept is None or kept[0] is not table:
            kept = self._word_in_memo[id(table)] = (table, BoundedMemo(_MEMO_SIZE))
        memo = kept[1]
        found = memo.get(word, _UNKNOWN)
        if found is _UNKNOWN:
            found = None
            for clitic, rest in proclitic_readings(word):
                if rest in table:
                    found = clitic, rest
                    break
            memo.put(word, found)
        return found  # type: ignore[return-value]

    def people_of(self, word: str) -> tuple[str, str, Nisba] | None:
        """(clitic, rest, adjective) of the first reading of `word` that is a state's adjective
        naming its people, with the article ("السوريين"), or None (remembered per word)."""
        found = self._people_memo.get(word, _UNKNOWN)
        if found is _UNKNOWN:
            found = None
            for clitic, rest in proclitic_readings(word):
                nisba = self.nisba.get(rest)
                if nisba is not None and nisba.human and nisba.people and rest.startswith(ARTICLE):
                    found = clitic, rest, nisba
                    break
            self._people_memo.put(word, found)
        return found  # type: ignore[return-value]

    def head(self, word: str) -> tuple[str, Head, bool] | None:
        """(clitic, head, definite) when the word is an organisation head noun (remembered per word)."""
        if word in self._head_memo:
            return self._head_memo[word]
        found = None
        for clitic, rest in proclitic_readings(word):
            definite = rest.startswith(ARTICLE)
            bare = rest[len(ARTICLE) :] if definite else rest
            if bare in self.heads:
                found = clitic, self.heads[bare], definite
                break
        return self._head_memo.put(word, found)

    def verb_shaped(self, word: str) -> bool:
        """A word no list knows that looks like a verb: 4+ letters, a present-tense prefix or a
        feminine past ending that is not a plural ending ("تسعى", "ارتكبت", not "غارات")."""
        p = self.particles
        if len(word) < 4 or not word.isalpha() or word.startswith(ARTICLE) or word in self.given_names:
            return False
        if any(word.endswith(e) for e in p.of("plural_final")):
            return word.startswith(p.of("verb_initial"))
        return word.startswith(p.of("verb_initial")) or word.endswith(p.of("verb_final"))

    def verb_of_word(self, word: str, written: Callable[[], str]) -> str | None:
        """`verb(word, written())`, remembered per word; `written` is only called when a reading
        whose suffix is a feminine ending is a verb, the one case where the writing can matter."""
        memo = self._verb_memo.get(word)
        if memo is None:
            feminine = self.particles.of("feminine_ending")
            needs = any(suffix in feminine and form in self.verbs for form, suffix in _verb_forms(word))
            memo = self._verb_memo.put(word, (needs, None if needs else self.verb(word)))
        return self.verb(word, written()) if memo[0] else memo[1]

    def verb(self, word: str, written: str = "") -> str | None:
        """The kind of verb a word is (speech, act, motion), allowing prefixes and an object.

        `written` is the word as written: a final ة is no object pronoun ("حملة" is no
        "حمل" + ه), which the normalised word cannot tell."""
        noun = bool(written) and written.endswith(self.particles.written.get("feminine_ending", ()))
        feminine = self.particles.of("feminine_ending")
        for form, suffix in _verb_forms(word):
            if noun and suffix in feminine:
                continue
            if form in self.verbs:
                return self.verbs[form]
        return None

    @cached_property
    def bare_clubs(self) -> dict[str, Actor]:
        """A club's name without its head noun, from its registry alias with one ("نادي الكويت" →
        "الكويت": Kuwait SC), the head being a sport word of actor_sport_cues.tsv; built once."""
        found: dict[str, Actor] = {}
        for alias in self.registry.aliases:
            words = phrase_key(alias.phrase).split(" ")
            if alias.club and len(words) > 1 and words[0] in self.sport_cues:
                found.setdefault(" ".join(words[1:]), alias.actor)
        return found

    def common(self, word: str) -> bool:
        """Whether the word, or the word without a proclitic, is a common word: one an annotated
        news corpus uses as an ordinary word, almost never inside a name (common_words.tsv,
        written by scripts/build_common_words.py): "استمرار", "بحضور"."""
        return self.word_in(word, self.common_words) is not None

    def stop(self, word: str, classes: frozenset[str] | None = None) -> bool:
        """Whether the word (or the word without a proclitic) is a stopword of `classes`."""
        for _, rest in proclitic_readings(word):
            cls = self.stopwords.get(rest)
            if cls is not None and (classes is None or cls in classes):
                return True
        return False


_UNKNOWN = object()  # a word a memo has not met
_MEMO_SIZE = 1 << 14  # words a per-word memo holds before it starts again (a worker's memory stays flat)


@lru_cache(maxsize=_MEMO_SIZE)
def _verb_forms(word: str) -> tuple[tuple[str, str], ...]:
    """(stem, object suffix removed) readings of a word as a verb (computed once per word)."""
    particles = load_particles()
    prefixes = particles.of("verb_prefix")
    stems = [word] + [word[len(p) :] for p in prefixes if word.startswith(p) and len(word) - len(p) >= 2]
    out: list[tuple[str, str]] = []
    for stem in stems:
        out.append((stem, ""))
        for suffix in particles.of("object_suffix"):
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                out.append((stem[: -len(suffix)], suffix))
    return tuple(out)


def _split(cell: str) -> list[str]:
    return [normalise_string(p.strip()) for p in cell.split("|") if p.strip()]


def _unique(pairs: Iterable[tuple[str, object]], name: str) -> None:
    seen: dict[str, object] = {}
    for key, value in pairs:
        if key in seen and seen[key] != value:
            raise DataFileError(f"{name}: {key!r} is listed twice with different meanings")
        seen[key] = value


def load_nisba() -> tuple[dict[str, Nisba], dict[str, str]]:
    """Every form of every state's adjective, and the adjective of each country."""
    forms: dict[str, Nisba] = {}
    adjective_of: dict[str, str] = {}
    for row in load_rows("actor_nisba.tsv"):
        country = row["country"] or None
        if country:
            adjective_of.setdefault(country, row["adjective"])
        for base in _split(row["bases"]):
            for form, human in inflections(base):
                forms.setdefault(
                    form, Nisba(row["adjective"], country, row["actor"] or None, row["people"] or None, human)
                )
    return forms, adjective_of


def load_adjectives() -> dict[str, Adjective]:
    out: dict[str, Adjective] = {}
    for row in load_rows("actor_adjectives.tsv"):
        adj = Adjective(row["english"], row["kind"])
        for base in _split(row["bases"]):
            for form, _ in inflections(base):
                out.setdefault(form, adj)
        for form in _split(row["forms"]):
            out.setdefault(form, adj)
    return out


def load_source_bodies() -> dict[str, str]:
    """The first word of each body an anonymous source may be in → its English (police)."""
    out: dict[str, str] = {}
    for row in load_rows("actor_source_bodies.tsv"):
        for form in _split(row["forms"]):
            out.setdefault(normalise_string(form), row["english"])
    return out


#: How a head noun orders an English name (actor_org_heads.tsv, column order).
HEAD_ORDERS = frozenset({"pre", "of", "suffix", "state", "trade"})


def load_heads() -> dict[str, Head]:
    out: dict[str, Head] = {}
    for row in load_rows("actor_org_heads.tsv", normalise_columns=("head",)):
        if row["strength"] not in ("strong", "weak") or row["order"] not in HEAD_ORDERS:
            raise DataFileError(f"actor_org_heads.tsv: bad strength or order for {row['head']!r}")
        if any(row[c] not in ("yes", "no") for c in ("proper", "owner", "units")):
            raise DataFileError(f"actor_org_heads.tsv: bad proper, owner or units for {row['head']!r}")
        strong, proper, owner, units = (
            row[c] in ("strong", "yes") for c in ("strength", "proper", "owner", "units")
        )
        out[row["head"]] = Head(row["head"], row["english"], strong, row["order"], proper, owner, units)
    return out


def load_places() -> PhraseMatcher[Place]:
    """Arabic place names of the gazetteer with their English names (empty without the file).
    Communes are left out: they are places only after a place word, in their own country's
    news (link/gazetteer.py, `Place.commune`), so a person's "بن أحمد" is no Moroccan town here."""
    try:
        rows = load_rows(GAZETTEER_FILE)
    except DataFileError:
        return PhraseMatcher([])
    best: dict[str, tuple[int, Place]] = {}
    for row in rows:
        if is_commune(row["name"], row["precision"]):
            continue
        try:
            population = int(row.get("population") or 0)
        except ValueError:
            population = 0
        key = normalise_string(row["name_ar"])
        if key not in best or population > best[key][0]:
            best[key] = (population, Place(row["name"], row["country"]))
    return PhraseMatcher((k, v[1]) for k, v in best.items())


def load_common_place_words() -> frozenset[str]:
    """Gazetteer names that are ordinary words unless a place-type word introduces them
    (place_stoplist.tsv, needs `never` or `type`: "الشهداء" the martyrs, "السوق" the market); the
    gazetteer's reading of the file, so both stages check and key its rows the same way."""
    return frozenset(name for name, needs in place_stoplist().items() if needs in ("never", "type"))


def load_unit_places() -> PhraseMatcher[Place]:
    """Governorates, districts and towns of the curated place list (place_aliases.tsv), which
    the gazetteer may lack ("نينوى"): the place after a unit word ("مجلس محافظة نينوى"). A
    governorate is named by its short name (Nineveh, not Nineveh Governorate)."""
    entries = []
    for row in load_rows("place_aliases.tsv"):
        if row["precision"] not in ("admin1", "admin2", "city"):
            continue
        name = row["admin1"] if row["precision"] == "admin1" and row["admin1"] else row["name"]
        entries.append((normalise_string(row["name_ar"]), Place(name, row["country"])))
    return PhraseMatcher(entries)


def _groups() -> PhraseMatcher[Group]:
    entries = []
    for row in load_rows("actor_groups.tsv"):
        group = Group(
            row["english"], row["type"], row["alone"] == "yes", row["national"] == "yes", row["kind"]
        )
        entries += [(form, group) for form in _split(row["forms"])]
    return PhraseMatcher(entries)


def _forces() -> PhraseMatcher[Force]:
    rows = load_rows("actor_forces.tsv", normalise_columns=("phrase",))
    return PhraseMatcher((r["phrase"], Force(r["kind"], r["branch"], r["english"], r["alone"])) for r in rows)


def _titles() -> PhraseMatcher[Title]:
    rows = load_rows("actor_titles.tsv", normalise_columns=("form",))
    return PhraseMatcher((r["form"], Title(r["form"], r["kind"], r["english"])) for r in rows)


def _verbs() -> dict[str, str]:
    pairs = [(form, row["kind"]) for row in load_rows("actor_verbs.tsv") for form in _split(row["forms"])]
    _unique(pairs, "actor_verbs.tsv")
    return dict(pairs)


@cache
def load_tables() -> Tables:
    """All actor word lists (built once per process)."""
    heads = load_heads()
    nisba, adjective_of = load_nisba()
    given = load_rows("actor_given_names.tsv", normalise_columns=("name",))
    foreign = load_rows("actor_foreign_names.tsv", normalise_columns=("name",))
    stop = load_rows("actor_stopwords.tsv", normalise_columns=("word",))
    cues = load_rows("actor_cues.tsv", normalise_columns=("phrase",))
    portfolios = load_rows("actor_portfolios.tsv", normalise_columns=("phrase",))
    return Tables(
        registry=load_registry(frozenset(heads)),
        nisba=nisba,
        adjectives=load_adjectives(),
        groups=_groups(),
        forces=_forces(),
        titles=_titles(),
        heads=heads,
        portfolios=PhraseMatcher(((r["phrase"], r["english"]) for r in portfolios), strip_article=True),
        services=PhraseMatcher(
            (r["phrase"], Service(r["english"], r["type"], r["role"]))
            for r in load_rows("actor_services.tsv", normalise_columns=("phrase",))
        ),
        verbs=_verbs(),
        given_names={r["name"]: r["ambiguous"] == "yes" for r in [*foreign, *given]},
        stopwords={r["word"]: r["class"] for r in stop},
        cues=PhraseMatcher((r["phrase"], Cue(r["kind"], r["english"])) for r in cues),
        places=load_places(),
        particles=load_particles(),
        adjective_of=adjective_of,
        state_names={r["iso3"]: r["name"] for r in load_rows("countries.tsv")},
        stop_spellings=frozenset(spelling(r["word"]) for r in load_rows("actor_stopwords.tsv")),
        foreign_names=frozenset(r["name"] for r in foreign) - {r["name"] for r in given},
        source_bodies=load_source_bodies(),
        sport_cues=dict.fromkeys(
            (r["word"] for r in load_rows("actor_sport_cues.tsv", normalise_columns=("word",))), True
        ),
        unit_places=load_unit_places(),
        common_place_words=load_common_place_words(),
        common_words=dict.fromkeys(
            (r["word"] for r in load_rows("common_words.tsv", normalise_columns=("word",))), True
        ),
        name_words={
            r["word"]: (r["english"], r["idafa"] == "yes")
            for r in load_rows("actor_name_words.tsv", normalise_columns=("word",))
        },
        place_units={
            r["word"]: r["english"] for r in load_rows("actor_place_units.tsv", normalise_columns=("word",))
        },
        home_places={
            r["word"]: r["english"] for r in load_rows("actor_home_places.tsv", normalise_columns=("word",))
        },
    )
