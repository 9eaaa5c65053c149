"""The claim data files, loaded once: cue forms, function-word markers and source heads.

All Arabic lives in `lang/ar/data/claim_*.tsv`; this module only turns the rows into
lookup structures (a phrase matcher for cues, word sets for markers).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.match import Clitic, PhraseMatcher, clitics_before, phrase_key
from rasid.lang.ar.normalise import normalise_string

Position = Literal["verb", "participle", "preposition", "noun"]
SubjectMode = Literal["open", "pronoun", "inherit", "relative", "object"]
STANCES = frozenset({"assert", "accuse", "deny", "doubt", "demand", "condemn", "warn", "announce"})
POSITIONS = frozenset({"verb", "participle", "preposition", "noun"})
SUBJECTS = frozenset({"open", "pronoun", "inherit", "relative", "object"})
SOURCE_KINDS = frozenset({"anaphor", "anonymous", "document", "body", "title", "quantifier"})
ACTOR_TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})


@dataclass(frozen=True)
class CueEntry:
    """One cue form of claim_cues.tsv."""

    form: str
    lemma: str
    stance: str
    position: Position
    subject: SubjectMode
    needs: frozenset[str]  # words of which one must follow in the clause
    needs_prefixes: tuple[str, ...] = ()  # or a word starting so
    needs_subject: bool = False  # counts only with a named source phrase
    needs_near: bool = False  # a needed word must come within a few tokens ("بيّن المحافظ أن", not "بين")
    after_ma: bool = False  # a cue only after "بحسب ما", "وفق ما" ("بحسب ما نشرته")
    document_subject: bool = False  # "أظهرت مقاطع فيديو وجود": the source ends after the document head
    relay: bool = False  # "نقلت الوكالة عن مصدر": the claim is the quoted one's


@dataclass(frozen=True)
class SourceHead:
    """A head noun of a source phrase (claim_sources.tsv)."""

    phrase: tuple[str, ...]
    kind: str
    type: str
    english: str | None = None  # the canonical name of a source phrase that is this head alone


def _check(value: str, allowed: frozenset[str], name: str, what: str) -> str:
    if value not in allowed:
        raise DataFileError(f"{name}: unknown {what} {value!r}")
    return value


@cache
def cue_entries() -> tuple[CueEntry, ...]:
    """Every cue form; a form listed twice is a data error."""
    name = "claim_cues.tsv"
    out: list[CueEntry] = []
    seen: set[str] = set()
    for row in load_rows(name, normalise_columns=("form", "lemma")):
        row = {
            **row,
            "needs": "|".join(w if w.startswith("@") else _norm_need(w) for w in row["needs"].split("|")),
        }
        form = phrase_key(row["form"])
        if not form or form in seen:
            raise DataFileError(f"{name}: empty or duplicate form {row['form']!r}")
        seen.add(form)
        parts = [w for w in row["needs"].split("|") if w]
        subject_flag, near_flag, ma_flag, doc_flag = "@subject", "@near", "@after_ma", "@document"
        flags = (subject_flag, near_flag, ma_flag, doc_flag)
        unknown = [w for w in parts if w.startswith("@") and w not in flags]
        if unknown:
            raise DataFileError(f"{name}: unknown needs flag {unknown[0]!r} of {row['form']!r}")
        needs = frozenset(w for w in parts if not w.endswith("*") and not w.startswith("@"))
        prefixes = tuple(w[:-1] for w in parts if w.endswith("*"))
        out.append(
            CueEntry(
                form=form,
                lemma=row["lemma"],
                stance=_check(row["stance"], STANCES, name, "stance"),
                position=_check(row["position"], POSITIONS, name, "position"),  # type: ignore[arg-type]
                subject=_check(row["subject"], SUBJECTS, name, "subject"),  # type: ignore[arg-type]
                needs=needs,
                needs_prefixes=prefixes,
                needs_subject=subject_flag in parts,
                needs_near=near_flag in parts,
                after_ma=ma_flag in parts,
                document_subject=doc_flag in parts,
                relay=row["relay"] == "yes",
            )
        )
    return tuple(out)


def _norm_need(word: str) -> str:
    return normalise_string(word)


@cache
def cue_clitics() -> tuple[Clitic, ...]:
    """The proclitics a cue may carry (و، ف), longest first."""
    return tuple(sorted(clitics_before("cues"), key=lambda c: (-len(c.form), c.form)))


@cache
def cue_matcher() -> PhraseMatcher[CueEntry]:
    """Finds cue forms in normalised text; only the cue clitics may precede them."""
    return PhraseMatcher(((e.form, e) for e in cue_entries()), clitics=cue_clitics(), min_stripped=3)


@cache
def source_heads() -> dict[tuple[str, ...], SourceHead]:
    """Source head phrases keyed by their normalised words."""
    name = "claim_sources.tsv"
    out: dict[tuple[str, ...], SourceHead] = {}
    for row in load_rows(name, normalise_columns=("phrase",)):
        words = tuple(phrase_key(row["phrase"]).split())
        if not words or words in out:
            raise DataFileError(f"{name}: empty or duplicate phrase {row['phrase']!r}")
        out[words] = SourceHead(
            words,
            _check(row["kind"], SOURCE_KINDS, name, "kind"),
            _check(row["type"], ACTOR_TYPES, name, "type"),
            (row.get("english") or "").strip() or None,
        )
    for words in office_titles():  # "وفقاً لمفوض الأمم المتحدة": an office names its holder
        out.setdefault(words, SourceHead(words, "title", "PER"))
    return out


@cache
def anaphors_by_first() -> dict[str, list[tuple[str, ...]]]:
    """The words of the anaphor phrases of `source_heads` ("المصدر نفسه"), by their first word:
    a token is compared with the few phrases it can open, not with every source head."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for words, head in source_heads().items():
        if head.kind == "anaphor":
            out.setdefault(words[0], []).append(words)
    return out


@cache
def office_titles() -> frozenset[tuple[str, ...]]:
    """The offices of actor_titles.tsv (وزير، مفوض، مبعوث): one heads a source phrase when the
    name tagger has not tagged the person holding it."""
    rows = load_rows("actor_titles.tsv", normalise_columns=("form",))
    out = {tuple(phrase_key(r["form"]).split()) for r in rows if r["kind"] == "office"}
    return frozenset(out)


@cache
def rank_words() -> frozenset[str]:
    """The one-word honorifics and offices of actor_titles.tsv (العقيد، العميد، الدكتور): between
    a title and the person it names ("الناطق باسم الجيش العميد علي قانصو") they are the person's."""
    rows = load_rows("actor_titles.tsv", normalise_columns=("form",))
    forms = (phrase_key(r["form"]) for r in rows if r["kind"] in ("office", "honorific"))
    return frozenset(f for f in forms if " " not in f)
