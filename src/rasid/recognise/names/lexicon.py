"""What the training corpus labelled each word and name as: a feature of the name tagger.

A CRF learns one weight per word form, and L1 regularisation drops the weights of forms met
once or twice, so a name seen in training ("شافيز") is still missed in a new context. This
lexicon gives the tagger one dense mark per word instead (`tg:PER`, with how often the word
was a name: `tg:PER:hi` / `mid` / `lo`, or `tg:O` for a word seen but never a name) and per
multi-word name of the training corpus met again (`tgp:B-ORG`, `tgp:I-ORG`), whose weights
say how far the corpus's labels carry to new text.

Training must not see a document's own labels through it: `scripts/train_ner.py` builds
each training document's marks from the other documents' counts (`NameCounts.without`), and
ships the lexicon of all training documents beside the models (`lexicon.tsv`, written by the
script, derived from ANERcorp: see NOTICE). Words are keyed by their bare form
(`features.bare_form`: no proclitic, no article), which the caller hands in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

#: Names longer than this (in words) are not listed as phrases.
MAX_PHRASE_WORDS = 6
_OUTSIDE = "O"


def share_bucket(share: float) -> str:
    """How often a word was a name of its type, in three steps (the feature's suffix)."""
    return "hi" if share >= 0.8 else "mid" if share >= 0.4 else "lo"


@dataclass
class NameCounts:
    """Per bare word form, how often it was labelled each type (or O); per multi-word name (its
    bare forms), how often it was a name of each type. Summed over documents, and taken away
    again for a document's own marks (`without`)."""

    words: dict[str, Counter[str]] = field(default_factory=dict)
    phrases: Counter[tuple[tuple[str, ...], str]] = field(default_factory=Counter)

    @classmethod
    def of_document(cls, bares: Sequence[str], names: Iterable[tuple[int, int, str]]) -> NameCounts:
        """The counts of one labelled document: its bare forms and its names (first, last, type)."""
        counts = cls()
        kinds = [_OUTSIDE] * len(bares)
        for first, last, kind in names:
            for j in range(first, last + 1):
                kinds[j] = kind
            if 0 < last - first < MAX_PHRASE_WORDS:
                counts.phrases[(tuple(bares[first : last + 1]), kind)] += 1
        for bare, kind in zip(bares, kinds, strict=True):
            counts.words.setdefault(bare, Counter())[kind] += 1
        return counts

    def add(self, other: NameCounts) -> None:
        for bare, kinds in other.words.items():
            self.words.setdefault(bare, Counter()).update(kinds)
        self.phrases.update(other.phrases)

    def without(self, other: NameCounts) -> NameLexicon:
        """The lexicon of these counts less `other`'s (a training document's own)."""
        words: dict[str, tuple[str, str]] = {}
        for bare, kinds in self.words.items():
            mine = other.words.get(bare)
            left = kinds - mine if mine else kinds  # Counter subtraction keeps positive counts
            if left:
                words[bare] = _entry(left)
        phrases: dict[tuple[str, ...], Counter[str]] = {}
        for (key, kind), n in self.phrases.items():
            n -= other.phrases.get((key, kind), 0)
            if n > 0:
                phrases.setdefault(key, Counter())[kind] += n
        return NameLexicon(words, {k: _top(v) for k, v in phrases.items()})

    def lexicon(self) -> NameLexicon:
        return self.without(NameCounts())


def _top(kinds: Counter[str]) -> str:
    return max(sorted(kinds), key=lambda k: kinds[k])


def _entry(kinds: Counter[str]) -> tuple[str, str]:
    """(type, share bucket) of a word: its most frequent name type and how often it was that
    type among all its occurrences; ("O", "") for a word never in a name."""
    names = Counter({k: n for k, n in kinds.items() if k != _OUTSIDE})
    if not names:
        return (_OUTSIDE, "")
    kind = _top(names)
    return (kind, share_bucket(names[kind] / sum(kinds.values())))


@dataclass(frozen=True)
class NameLexicon:
    """Per bare word form its (type, share bucket) and per multi-word name its type."""

    words: dict[str, tuple[str, str]]
    phrases: dict[tuple[str, ...], str]

    def word_marks(self, bare: str) -> tuple[str, ...]:
        """The marks of a word (`tg:` features without their prefix): "PER", "PER:hi"; "O"."""
        entry = self.words.get(bare)
        if entry is None:
            return ()
        kind, share = entry
        return (kind,) if kind == _OUTSIDE else (kind, f"{kind}:{share}")

    def phrase_marks(self, bares: Sequence[str]) -> list[tuple[str, ...]]:
        """Per word, B-/I- and the type of a listed name over it (`tgp:` features without their
        prefix), the longest listed name first, left to right; at most `MAX_PHRASE_WORDS`
        lookups per word that begins a listed name, so the cost stays linear in the document's
        length."""
        marks: list[tuple[str, ...]] = [()] * len(bares)
        phrases, starts = self.phrases, self._starts
        i = 0
        while i < len(bares):
            found = 0
            if bares[i] not in starts:
                i += 1
                continue
            for n in range(min(MAX_PHRASE_WORDS, len(bares) - i), 1, -1):
                kind = phrases.get(tuple(bares[i : i + n]))
                if kind is not None:
                    found = n
                    marks[i] = (f"B-{kind}",)
                    for j in range(i + 1, i + n):
                        marks[j] = (f"I-{kind}",)
                    break
            i += found or 1
        return marks

    @cached_property
    def _starts(self) -> frozenset[str]:
        """The first words of the listed names."""
        return frozenset(key[0] for key in self.phrases)

    def write(self, path: Path) -> None:
        """One line per word (`w`, bare form, type, share) and per name (`p`, bare forms, type)."""
        lines = ["# rasid name tagger lexicon, written by scripts/train_ner.py (see NOTICE)"]
        lines += [f"w\t{bare}\t{kind}\t{share}" for bare, (kind, share) in sorted(self.words.items())]
        lines += [f"p\t{' '.join(key)}\t{kind}" for key, kind in sorted(self.phrases.items())]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> NameLexicon:
        words: dict[str, tuple[str, str]] = {}
        phrases: dict[tuple[str, ...], str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if fields[0] == "w":
                words[fields[1]] = (fields[2], fields[3])
            else:
                phrases[tuple(fields[1].split(" "))] = fields[2]
        return cls(words, phrases)
