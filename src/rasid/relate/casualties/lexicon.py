"""The casualty vocabulary: status words, victim groups and the markers of breakdowns and tallies.

Loaded once from data/casualty_status.tsv, data/casualty_groups.tsv, data/casualty_markers.tsv
and data/casualty_noun_endings.tsv (see their headers). One-word entries are looked up through `rasid.relate.text.readings` (clitics and
the article optional); multi-word groups and markers are found by PhraseMatchers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal, get_args

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.match import PhraseMatcher, phrase_key
from rasid.lang.ar.normalise import normalise_string
from rasid.record import Group
from rasid.relate.text import readings

STATUS_FILE = "casualty_status.tsv"
GROUPS_FILE = "casualty_groups.tsv"
MARKERS_FILE = "casualty_markers.tsv"
ENDINGS_FILE = "casualty_noun_endings.tsv"
MIN_STEM = 3  # letters a stem keeps when an ending is taken off

#: Statuses of the data: the record's, plus "victims" (killed unless a breakdown shows injured).
WordStatus = Literal["killed", "injured", "displaced", "detained", "missing", "victims"]
GroupKind = Literal["person", "single", "others", "case", "plural_ending"]
MarkerKind = Literal[
    "breakdown",
    "elaboration",
    "cumulative",
    "incident",
    "clause",
    "attribution",
    "continuation",
    "addition",
    "toll",
    "toll_verb",
    "recap",
    "between",
    "existential",
    "fate_verb",
]

_STATUSES = frozenset(get_args(WordStatus))
_GROUPS = frozenset(get_args(Group))
_GROUP_KINDS = frozenset(get_args(GroupKind))
_MARKER_KINDS = frozenset(get_args(MarkerKind))


@dataclass(frozen=True)
class GroupWord:
    group: Group
    kind: GroupKind


@dataclass(frozen=True)
class CasualtyLexicon:
    status: dict[str, WordStatus]
    verbs: frozenset[str]
    groups: PhraseMatcher[GroupWord]
    single_groups: dict[str, GroupWord]
    markers: PhraseMatcher[MarkerKind]
    breakdown_words: frozenset[str]
    elaboration_words: frozenset[str]
    elaboration_clitics: frozenset[str]
    clause_words: frozenset[str]
    #: first words of a sentence that goes on with the one before ("كما")
    continuation_words: frozenset[str] = frozenset()
    between_words: frozenset[str] = frozenset()  # "بين": two status nouns after it split one count
    #: adverbs that, among the first words of a sentence, add it to the report before ("وأصيب أيضا 10")
    addition_words: frozenset[str] = frozenset()
    toll_words: frozenset[str] = frozenset()  # "عدد", "حصيلة": the status noun after them is a toll
    #: verbs that, opening a sentence before a toll word, give the toll of the report before ("وبلغ عدد")
    toll_verbs: frozenset[str] = frozenset()
    #: phrases that open a sentence attributing the one before ("جاء ذلك بحسب مصادر طبية")
    recaps: frozenset[str] = frozenset()
    endings: tuple[tuple[str, str], ...] = ()  # (ending, what the stem gets back), longest first
    #: a word that may stand between a breakdown marker and its count ("من بينهم هناك 30 طفلا")
    existentials: frozenset[str] = frozenset()
    #: endings of a plural of people, for a noun no row lists ("مقتل 7 صيادين")
    plural_endings: tuple[str, ...] = ()
    #: verbs right before a count whose status noun closes the clause ("لقي 20 مدنيا ... مصرعهم")
    fate_verbs: frozenset[str] = frozenset()

    def stems(self, word: str) -> list[str]:
        """The nouns a normalised word may inflect (data/casualty_noun_endings.tsv): "مجندان" → "مجند",
        "مواطنتان" → "مواطنه", "عناصره" → "عناصر"; a possessive may follow a plural ("مواطنيهم")."""
        out: list[str] = []
        for r in readings(word):
            for ending, back in self.endings:
                if r.endswith(ending) and len(r) - len(ending) >= MIN_STEM:
                    stem = r[: -len(ending)] + back
                    out.append(stem)
        return list(dict.fromkeys(out))

    def inflected_group(self, word: str) -> GroupWord | None:
        """The group of a counted noun not listed as written, from the noun it inflects: a dual or
        accusative of a singular counts people of its group ("شرطيان", "23 متمردا")."""
        for stem in self.stems(word):
            entry = self.single_groups.get(stem)
            if entry is not None and entry.kind != "case":
                return GroupWord(entry.group, "person") if entry.kind == "single" else entry
        return None


@cache
def casualty_lexicon() -> CasualtyLexicon:
    """The casualty vocabulary of the data files (raises DataFileError on a bad row)."""
    status: dict[str, WordStatus] = {}
    verbs: set[str] = set()
    for row in load_rows(STATUS_FILE, normalise_columns=("word",)):
        word, value = phrase_key(row["word"]), row["status"]
        if value not in _STATUSES:
            raise DataFileError(f"{STATUS_FILE}: unknown status {value!r} for {word!r}")
        if word in status:
            raise DataFileError(f"{STATUS_FILE}: duplicate word {word!r}")
        status[word] = value  # type: ignore[assignment]
        if row["pos"] not in ("noun", "verb"):
            raise DataFileError(f"{STATUS_FILE}: pos must be noun or verb for {word!r}")
        if row["pos"] == "verb":
            verbs.add(word)
    groups: list[tuple[str, GroupWord]] = []
    single: dict[str, GroupWord] = {}
    plural_endings: list[str] = []
    seen: set[str] = set()
    for row in load_rows(GROUPS_FILE, normalise_columns=("word",)):
        word, group, kind = phrase_key(row["word"]), row["group"], row["kind"]
        if group not in _GROUPS or kind not in _GROUP_KINDS:
            raise DataFileError(f"{GROUPS_FILE}: bad group {group!r} or kind {kind!r} for {word!r}")
        if word in seen:
            raise DataFileError(f"{GROUPS_FILE}: duplicate word {word!r}")
        seen.add(word)
        if kind == "plural_ending":
            plural_endings.append(word)
            continue
        entry = GroupWord(group, kind)  # type: ignore[arg-type]
        groups.append((word, entry))
        if " " not in word:
            single[word] = entry
    markers: list[tuple[str, MarkerKind]] = []
    breakdown: set[str] = set()
    elaboration: set[str] = set()
    clause: set[str] = set()
    continuation: set[str] = set()
    additions: set[str] = set()
    toll: set[str] = set()
    toll_verbs: set[str] = set()
    recaps: set[str] = set()
    between: set[str] = set()
    existentials: set[str] = set()
    fate_verbs: set[str] = set()
    clitics: set[str] = set()
    for row in load_rows(MARKERS_FILE, normalise_columns=("marker",)):
        marker, kind = phrase_key(row["marker"]), row["kind"]
        if kind not in _MARKER_KINDS:
            raise DataFileError(f"{MARKERS_FILE}: unknown kind {kind!r} for {marker!r}")
        if len(marker) == 1:
            if kind != "elaboration":
                raise DataFileError(f"{MARKERS_FILE}: a one-letter marker must be an elaboration clitic")
            clitics.add(marker)
            continue
        if kind == "clause":
            clause.add(marker)
            continue
        if kind == "continuation":
            continuation.add(marker)
            continue
        if kind == "addition":
            additions.add(marker)
            continue
        if kind == "toll":
            toll.add(marker)
            continue
        if kind == "toll_verb":
            toll_verbs.add(marker)
            continue
        if kind == "recap":
            recaps.add(marker)
            continue
        if kind == "between":
            between.add(marker)
            continue
        if kind == "existential":
            existentials.add(marker)
            continue
        if kind == "fate_verb":
            fate_verbs.add(marker)
            continue
        if kind == "breakdown":
            breakdown.add(marker)
        elif kind == "elaboration":
            elaboration.add(marker)
        markers.append((marker, kind))  # type: ignore[arg-type]
    endings = [
        (normalise_string(r["ending"]), normalise_string(r["stem_end"])) for r in load_rows(ENDINGS_FILE)
    ]
    if any(not ending for ending, _ in endings):
        raise DataFileError(f"{ENDINGS_FILE}: an empty ending")
    return CasualtyLexicon(
        status=status,
        verbs=frozenset(verbs),
        groups=PhraseMatcher(groups, strip_article=True),
        single_groups=single,
        markers=PhraseMatcher(markers, strip_article=True, min_stripped=2),
        breakdown_words=frozenset(breakdown),
        elaboration_words=frozenset(elaboration),
        elaboration_clitics=frozenset(clitics),
        clause_words=frozenset(clause),
        continuation_words=frozenset(continuation),
        addition_words=frozenset(additions),
        toll_words=frozenset(toll),
        toll_verbs=frozenset(toll_verbs),
        recaps=frozenset(recaps),
        between_words=frozenset(between),
        existentials=frozenset(existentials),
        endings=tuple(sorted(endings, key=lambda e: -len(e[0]))),
        plural_endings=tuple(plural_endings),
        fate_verbs=frozenset(fate_verbs),
    )
