"""The trained name tagger: a CRF over rasid's word layer that finds PER, LOC and ORG names.

The models (`model.crfsuite` and `model_doc.crfsuite`, trained by `scripts/train_ner.py`
with the lexicon of what the training corpus labelled, `lexicon.tsv`; licences and credits
in NOTICE beside them) label every word of a sentence B-X, I-X or O: the
first from the word and its sentence, the second also from the first's labels across the
article (a name clear in one sentence helps read it in another). It finds what the rules
cannot: persons without a title or speech verb, foreign and sports names, organisations
outside the registry. The actor finders take its names as candidates of their own
(recognise/actors/tagged.py); its output alone is scored by `rasid eval-ner --system tagger`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import pycrfsuite

from rasid.lang.ar.clause_marks import commas
from rasid.lang.ar.text import TextView
from rasid.recognise.actors.doc import SENTENCE_BREAK, ActorText
from rasid.recognise.actors.lexicon import load_tables
from rasid.recognise.actors.rules import rule_candidates, rule_spans
from rasid.recognise.names.features import (
    Features,
    RuleSpan,
    Vocabulary,
    doc_features,
    second_pass_features,
    stripped_form,
)
from rasid.recognise.names.lexicon import NameLexicon

MODEL_PATH = Path(__file__).with_name("model.crfsuite")
SCORES_PATH = Path(__file__).with_name("model_scores.json")
#: Names shorter than this (in letters) are not looked for elsewhere in the article.
MIN_PROPAGATED_LETTERS = 3
#: A family name met alone is taken as the person's only from this many letters on.
MIN_SURNAME_LETTERS = 3
_CONJUNCTION = "و"


@dataclass(frozen=True)
class TaggedName:
    """A name over words first..last (inclusive) of an ActorText, with the model's confidence:
    the mean probability that its words belong to a name."""

    first: int
    last: int
    type: str
    confidence: float


def sentences_of(doc: ActorText) -> list[range]:
    """Word ranges of the document's sentences (split where a gap holds a sentence break)."""
    out: list[range] = []
    start = 0
    gaps = doc.gaps  # the features read them too
    for i in range(1, len(doc)):
        if _breaks(gaps[i]):  # doc.sentence_break(i), read once per distinct gap
            out.append(range(start, i))
            start = i
    if len(doc):
        out.append(range(start, len(doc)))
    return out


@lru_cache(maxsize=1 << 12)
def _breaks(gap: str) -> bool:
    """Whether a gap holds a sentence break (`ActorText.sentence_break`): an article has few
    distinct gaps and asks once per word."""
    return any(c in SENTENCE_BREAK for c in gap)


def decode(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, type) word ranges of a BIO label sequence; a stray I- opens a name."""
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, label in enumerate([*labels, "O"]):
        prefix, _, t = label.partition("-")
        continues = prefix == "I" and t == kind and start >= 0
        if start >= 0 and not continues:
            out.append((start, i - 1, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, t
    return out


def second_path(path: Path) -> Path:
    """The second pass's model beside the first's (`model.crfsuite` -> `model_doc.crfsuite`)."""
    return path.with_name(f"{path.stem}_doc{path.suffix}")


def lexicon_path(path: Path) -> Path:
    """The training lexicon beside the models (`model.crfsuite` -> `lexicon.tsv`)."""
    return path.with_name("lexicon.tsv")


def first_pass(
    tagger: pycrfsuite.Tagger, features: Sequence[Features], sentences: Sequence[range]
) -> list[str]:
    """One BIO label per word of the document, sentence by sentence."""
    labels = ["O"] * len(features)
    for sentence in sentences:
        for i, label in zip(sentence, tagger.tag([features[i] for i in sentence]), strict=True):
            labels[i] = label
    return labels


def model_attributes(tagger: pycrfsuite.Tagger) -> frozenset[str]:
    """The attributes (feature strings) a loaded model has weights for, read from its dump
    (crfsuite writes them one a line, `  <id>: <attribute>`, between `ATTRIBUTES = {` and `}`)."""
    with tempfile.TemporaryDirectory(prefix="rasid-crf-") as tmp:
        path = Path(tmp) / "model.txt"
        tagger.dump(str(path))
        lines = path.read_text(encoding="utf-8").split("\n")
    start = lines.index("ATTRIBUTES = {") + 1
    end = lines.index("}", start)
    return frozenset(line.split(": ", 1)[1] for line in lines[start:end])


class NameTagger:
    """The two loaded CRF models; `names(doc)` tags a document sentence by sentence, twice: the
    second pass reads the first's labels of the whole article (features.second_pass_features)."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        self._first = pycrfsuite.Tagger()
        self._first.open(str(path))
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(second_path(path)))
        self.lexicon = NameLexicon.read(lexicon_path(path))
        # Features neither model knows are left out before tagging (see features.Vocabulary).
        # ... and the kept ones are handed over as UTF-8 bytes, encoded once per word form.
        self.vocabulary = Vocabulary(
            model_attributes(self._first) | model_attributes(self._tagger), encode=True
        )

    def names(self, doc: ActorText, rules: Sequence[RuleSpan] = ()) -> list[TaggedName]:
        """The names of the document, each with the mean marginal probability of its labels
        (`rules`: the rule finders' proposals, see actors/rules.py)."""
        sentences = sentences_of(doc)
        features = doc_features(doc, rules, self.vocabulary, self.lexicon)
        words = doc.texts
        features = second_pass_features(
            words, features, first_pass(self._first, features, sentences), self.vocabulary
        )
        out: list[TaggedName] = []
        for sentence in sentences:
            labels = self._tagger.tag([features[i] for i in sentence])
            for first, last, kind in decode(labels):
                probs = [1.0 - self._tagger.marginal("O", j) for j in range(first, last + 1)]
                out.append(
                    TaggedName(sentence[first], sentence[last], kind, round(sum(probs) / len(probs), 4))
                )
        out = agree(doc, out)
        return coordinated_persons(
            doc, join_persons(doc, sorted(out + propagate(doc, out), key=lambda n: n.first))
        )


def _key(doc: ActorText, first: int, last: int) -> tuple[str, ...]:
    """The words of a name with the proclitic of its first word left out ("وللبنك" as "البنك")."""
    return (stripped_form(doc.word(first)), *(doc.word(j) for j in range(first + 1, last + 1)))


def _keys(doc: ActorText, name: TaggedName) -> list[tuple[str, ...]]:
    """The word sequences by which the article can name `name` again: its words, and for a
    person of two words or more the family name alone ("محمد بركات" ... "بركات"), unless
    that word is a first name or a function word."""
    key = _key(doc, name.first, name.last)
    if sum(map(len, key)) < MIN_PROPAGATED_LETTERS:
        return []
    keys = [key]
    if name.type == "PER" and name.last > name.first:
        tables = doc.tables
        surname = stripped_form(doc.word(name.last))
        if (
            len(surname) >= MIN_SURNAME_LETTERS
            and tables.word_in(surname, tables.given_names) is None
            and not tables.stop(surname)
        ):
            keys.append((surname,))
    return keys


def agree(doc: ActorText, names: Sequence[TaggedName]) -> list[TaggedName]:
    """The names with one type per word sequence in the article: the type most of its
    occurrences were tagged with, when they are more than half ("ليون" a club four times and a
    city once is a club each time; the model reads one sentence at a time)."""
    counts: dict[tuple[str, ...], dict[str, int]] = {}
    for name in names:
        key = _key(doc, name.first, name.last)
        counts.setdefault(key, {}).setdefault(name.type, 0)
        counts[key][name.type] += 1
    out = []
    for name in names:
        votes = counts[_key(doc, name.first, name.last)]
        kind = max(sorted(votes), key=lambda k: votes[k])
        if kind != name.type and 2 * votes[kind] > sum(votes.values()):
            name = TaggedName(name.first, name.last, kind, name.confidence)
        out.append(name)
    return out


def join_persons(doc: ActorText, names: Sequence[TaggedName]) -> list[TaggedName]:
    """Two one-word persons next to each other, with only a space and no "و" between them, as
    one person: a first name tagged alone and its family name found again elsewhere ("صالح" +
    "الطاهر" -> "صالح الطاهر"); not the names of a list ("عدي الدباغ وحامد حمدان")."""
    out: list[TaggedName] = []
    for name in names:
        before = out[-1] if out else None
        if (
            before is not None
            and before.type == name.type == "PER"
            and before.first == before.last == name.first - 1 == name.last - 1
            and doc.joined(name.first)
            and not doc.word(name.first).startswith(_CONJUNCTION)
        ):
            out[-1] = TaggedName(before.first, name.last, "PER", min(before.confidence, name.confidence))
        else:
            out.append(name)
    return out


def coordinated_persons(doc: ActorText, names: Sequence[TaggedName]) -> list[TaggedName]:
    """The names, and the persons listed after a tagged person of two words or more: a conjunct
    right after it ("و" glued to the next word, or a comma) that begins with a known first name
    and has as many words, with only spaces between them, is a person too, and so on along the
    list ("عدي الدباغ وحامد حمدان وتامر صيام وزياد قنبر"). The model reads the first names of a
    list well and its later members less (their context is only the list)."""
    tables = doc.tables
    taken = [False] * len(doc)
    for name in names:
        for j in range(name.first, name.last + 1):
            taken[j] = True
    added: list[TaggedName] = []
    for name in names:
        if name.type != "PER" or name.last == name.first:
            continue
        size, last = name.last - name.first + 1, name.last
        while True:
            first = last + 1
            end = first + size - 1
            if end >= len(doc) or any(taken[first : end + 1]):
                break
            gap = doc.gap(first)
            given = tables.word_in(doc.word(first), tables.given_names)
            if given is None or doc.sentence_break(first):
                break
            listed = (given[0] == _CONJUNCTION and doc.joined(first)) or (
                not given[0] and gap.strip() in commas()
            )
            if not listed or not all(
                doc.joined(j) and not tables.stop(doc.word(j)) for j in range(first + 1, end + 1)
            ):
                break
            added.append(TaggedName(first, end, "PER", name.confidence))
            for j in range(first, end + 1):
                taken[j] = True
            last = end
    return sorted([*names, *added], key=lambda n: n.first)


def propagate(doc: ActorText, names: Sequence[TaggedName]) -> list[TaggedName]:
    """Other occurrences in the article of the words of a tagged name, as the same name.

    An article names its actors many times, and the model, reading one sentence at a time,
    misses some of them ("البنك التجاري" found in one sentence, not in the next): the
    article's own use is the best evidence. Each word sequence takes the type it was
    tagged with most often (and the best confidence of that type)."""
    votes: dict[tuple[str, ...], dict[str, float]] = {}
    counts: dict[tuple[str, ...], dict[str, int]] = {}
    taken = [False] * len(doc)
    for name in names:
        for j in range(name.first, name.last + 1):
            taken[j] = True
        for key in _keys(doc, name):
            best = votes.setdefault(key, {})
            best[name.type] = max(best.get(name.type, 0.0), name.confidence)
            counts.setdefault(key, {}).setdefault(name.type, 0)
            counts[key][name.type] += 1
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(votes, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(key)
    out: list[TaggedName] = []
    i = 0
    while i < len(doc):
        found = None
        if not taken[i]:
            for key in by_first.get(stripped_form(doc.word(i)), []):
                last = i + len(key) - 1
                if last < len(doc) and not any(taken[i : last + 1]) and _key(doc, i, last) == key:
                    found = key
                    break
        if found is None:
            i += 1
            continue
        kind = max(sorted(counts[found]), key=lambda k: counts[found][k])
        out.append(TaggedName(i, i + len(found) - 1, kind, votes[found][kind]))
        i += len(found)
    return out


@cache
def load_tagger() -> NameTagger:
    """The shipped model, loaded once per process."""
    return NameTagger()


def view_doc(view: TextView) -> ActorText:
    """The ActorText of a text as the actor finders build it (words with their written forms)."""
    return ActorText(view.norm, load_tables(), surface_of(view))


def surface_of(view: TextView) -> Callable[[int, int], str]:
    def surface(start: int, end: int) -> str:
        s, e = view.span(start, end)
        return view.text[s:e]

    return surface


def tag_text(text: str, tagger: NameTagger | None = None) -> list[tuple[tuple[int, int], str, str]]:
    """((start, end), words, type) of every name the tagger (the shipped one by default) finds
    in a clean text, with the rule finders' proposals as features as in the actors stage."""
    view = TextView(text)
    doc = view_doc(view)
    rules = rule_spans(rule_candidates(doc)[0])
    out = []
    for name in (tagger or load_tagger()).names(doc, rules):
        start, end = view.span(*doc.span(name.first, name.last))
        out.append(((start, end), text[start:end], name.type))
    return out
