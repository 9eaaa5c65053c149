"""Named-entity evaluation on a CoNLL corpus (`rasid eval-ner`).

The corpus is `token tag` lines (extra middle columns are ignored), a blank line
between sentences, BIO tags of PER (or PERS), LOC and ORG; every other tag (MISC,
MIS0-3, ...) is O. The text is rebuilt from the tokens (spaces between tokens,
newlines between sentences) in documents of `SENTENCES_PER_DOC` sentences and run
through the pipeline after the clean stage, since there is no page furniture.

Predictions become entity spans: actor PER -> PER, ORG -> ORG, GPE -> LOC (CoNLL
corpora tag countries and cities as locations whether they act or not), place ->
LOC. NORP actors are dropped: groups and nationalities ("ناشطون", "السوريون")
are MISC or untagged in these corpora. A predicted span is widened to the tokens
it touches, because a corpus token may carry a clitic the recogniser leaves out
("وحلب" -> "حلب"); scoring is then exact match on (start, end, type).
"""

from __future__ import annotations

import bisect
import hashlib
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rasid.errors import InputError
from rasid.pipeline import Pipeline
from rasid.record import Record, Source

if TYPE_CHECKING:
    from rasid.recognise.names import NameTagger

NER_TYPES = ("PER", "LOC", "ORG")
SENTENCES_PER_DOC = 50
MAX_SENTENCE_TOKENS = 300  # corpora without blank lines are split at sentence-final tokens
_TYPE_OF_TAG = {"PER": "PER", "PERS": "PER", "PERSON": "PER", "LOC": "LOC", "ORG": "ORG"}
_ACTOR_TYPE = {"PER": "PER", "ORG": "ORG", "GPE": "LOC"}
_SENTENCE_FINAL = {".", "!", "?", "؟"}
_BREAKS = {"-DOCSTART-", "$#$"}  # document and sentence separators (CoNLL, Wojood)
#: The last 10 % of a training corpus's tokens (from the first sentence that starts there on):
#: the name tagger's check split, never trained on (`--part held-back`).
HELD_BACK = 0.10
PARTS = ("all", "train", "held-back")
SYSTEMS = ("combined", "rules", "tagger")

Token = tuple[str, str]  # (word, BIO tag normalised to B-X, I-X or O)


@dataclass(frozen=True, order=True)
class NerSpan:
    start: int
    end: int
    type: str


def normalise_tag(tag: str, types: Mapping[str, str] | None = None) -> str:
    """'B-PERS' -> 'B-PER'; a bare 'LOC' (IO scheme) -> 'I-LOC'; anything outside PER/LOC/ORG -> 'O'.

    `types` maps a corpus's other types onto these (Wojood: GPE -> LOC)."""
    prefix, _, kind = tag.rpartition("-")
    if not prefix:
        prefix, kind = "I", tag
    mapped = {**_TYPE_OF_TAG, **(types or {})}.get(kind.upper())
    if mapped is None or prefix.upper() not in ("B", "I"):
        return "O"
    return f"{prefix.upper()}-{mapped}"


def _split_long(sentence: list[Token]) -> Iterator[list[Token]]:
    """Split an over-long sentence after sentence-final tokens outside entities."""
    if len(sentence) <= MAX_SENTENCE_TOKENS:
        yield sentence
        return
    current: list[Token] = []
    for i, (word, tag) in enumerate(sentence):
        current.append((word, tag))
        next_tag = sentence[i + 1][1] if i + 1 < len(sentence) else "O"
        if word in _SENTENCE_FINAL and not next_tag.startswith("I-"):
            yield current
            current = []
    if current:
        yield current


def parse_conll(
    lines: Iterable[str],
    source: str = "<corpus>",
    *,
    tag_column: int = -1,
    types: Mapping[str, str] | None = None,
) -> Iterator[list[Token]]:
    """Sentences of (word, normalised tag) pairs; the tag is the last column unless `tag_column`
    says otherwise (Wojood's outer entity is column 1, nested ones follow)."""
    sentence: list[Token] = []
    for n, line in enumerate(lines, 1):
        fields = line.split()
        if not fields or fields[0] in _BREAKS:
            if sentence:
                yield from _split_long(sentence)
            sentence = []
            continue
        if len(fields) < 2 and line[:1].isspace():
            continue  # a token that is only white space (ANERcorp has 192): nothing to tag
        if len(fields) < 2:
            raise InputError(source, f"line {n}: expected 'token tag', got {line.strip()!r}")
        sentence.append((fields[0], normalise_tag(fields[tag_column], types)))
    if sentence:
        yield from _split_long(sentence)


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity token ranges [start, end) of a BIO sequence; an I- that does not continue starts one."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        continues = prefix == "I" and t == kind and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, t
    return spans


@dataclass
class NerDocument:
    text: str
    tokens: list[tuple[int, int]]
    entities: list[NerSpan]
    sentences: int


def build_document(sentences: Sequence[list[Token]]) -> NerDocument:
    """Text of the sentences with token offsets and gold entity spans."""
    parts: list[str] = []
    tokens: list[tuple[int, int]] = []
    entities: list[NerSpan] = []
    pos = 0
    for s_index, sentence in enumerate(sentences):
        if s_index:
            parts.append("\n")
            pos += 1
        first = len(tokens)
        for t_index, (word, _) in enumerate(sentence):
            if t_index:
                parts.append(" ")
                pos += 1
            parts.append(word)
            tokens.append((pos, pos + len(word)))
            pos += len(word)
        for a, b, kind in bio_spans([tag for _, tag in sentence]):
            entities.append(NerSpan(tokens[first + a][0], tokens[first + b - 1][1], kind))
    return NerDocument("".join(parts), tokens, entities, len(sentences))


def split_part(sentences: list[list[Token]], part: str) -> list[list[Token]]:
    """The sentences of one part: all, the training part, or the held-back last `HELD_BACK`."""
    if part == "all":
        return sentences
    total = sum(len(s) for s in sentences)
    seen = 0
    for i, sentence in enumerate(sentences):
        if seen >= total * (1 - HELD_BACK):
            return sentences[:i] if part == "train" else sentences[i:]
        seen += len(sentence)
    return sentences if part == "train" else []


def read_sentences(
    path: Path, *, part: str = "all", tag_column: int = -1, types: Mapping[str, str] | None = None
) -> list[list[Token]]:
    """The sentences of a CoNLL file (or of one part of it, see `split_part`)."""
    if part not in PARTS:
        raise InputError(str(path), f"unknown part {part!r}; parts are {', '.join(PARTS)}")
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the corpus: {exc}") from None
    sentences = list(parse_conll(lines, str(path), tag_column=tag_column, types=types))
    return split_part(sentences, part)


def documents(sentences: Sequence[list[Token]]) -> list[NerDocument]:
    """Documents of `SENTENCES_PER_DOC` sentences each."""
    return [
        build_document(sentences[i : i + SENTENCES_PER_DOC])
        for i in range(0, len(sentences), SENTENCES_PER_DOC)
    ]


def read_conll(path: Path, *, limit: int | None = None, part: str = "all") -> list[NerDocument]:
    """Documents of `SENTENCES_PER_DOC` sentences; `limit` keeps the first N sentences of the part."""
    sentences = read_sentences(path, part=part)
    if limit is not None:
        sentences = sentences[:limit]
    return documents(sentences)


def record_entities(record: Record) -> list[NerSpan]:
    """Actor and place mentions of a record as PER/LOC/ORG spans (see the module docstring)."""
    found: set[NerSpan] = set()
    for m in record.mentions:
        kind = _ACTOR_TYPE.get(m.type) if m.kind == "actor" else "LOC" if m.kind == "place" else None
        if kind is not None:
            found.add(NerSpan(m.span[0], m.span[1], kind))
    return sorted(found)


def snap_to_tokens(spans: Iterable[NerSpan], tokens: Sequence[tuple[int, int]]) -> list[NerSpan]:
    """Widen each span to the tokens it touches (spans touching no token are dropped)."""
    starts = [s for s, _ in tokens]
    out: set[NerSpan] = set()
    for span in spans:
        first = max(0, bisect.bisect_right(starts, span.start) - 1)
        if tokens and tokens[first][1] <= span.start:
            first += 1
        last = bisect.bisect_left(starts, span.end) - 1
        if first < len(tokens) and last >= 0 and first <= last:
            out.add(NerSpan(tokens[first][0], tokens[last][1], span.type))
    return sorted(out)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
            "tp": self.tp,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class NerScore:
    per_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in NER_TYPES})

    @property
    def micro(self) -> Counts:
        total = Counts()
        for c in self.per_type.values():
            total.tp += c.tp
            total.fp += c.fp
            total.fn += c.fn
        return total

    def add(self, gold: Iterable[NerSpan], predicted: Iterable[NerSpan]) -> None:
        gold_set, pred_set = set(gold), set(predicted)
        for span in gold_set | pred_set:
            counts = self.per_type.setdefault(span.type, Counts())
            if span in gold_set and span in pred_set:
                counts.tp += 1
            elif span in gold_set:
                counts.fn += 1
            else:
                counts.fp += 1

    def to_dict(self) -> dict[str, Any]:
        return {"per_type": {t: c.to_dict() for t, c in self.per_type.items()}, "micro": self.micro.to_dict()}


def score_ner(gold: Iterable[NerSpan], predicted: Iterable[NerSpan]) -> NerScore:
    """Exact-match entity scores per type and micro-averaged."""
    score = NerScore()
    score.add(gold, predicted)
    return score


def ner_pipeline(system: str = "combined") -> Pipeline:
    """The default stages after `clean` (the corpus text is already clean); with `system`
    "rules" the actors stage runs without the name tagger."""
    from rasid.recognise.actors import ActorStage
    from rasid.stages import default_stage_list

    stages = [s for s in default_stage_list() if s.name != "clean"]
    if system == "rules":
        stages = [ActorStage(tagger=False) if s.name == "actors" else s for s in stages]
    return Pipeline(stages, provided=frozenset({"raw", "source", "text", "metadata"}))


def tagger_entities(doc: NerDocument, tagger: NameTagger | None = None) -> list[NerSpan]:
    """The name tagger's names alone (the shipped model unless `tagger` is given), as entity spans."""
    from rasid.recognise.names import tag_text

    return sorted({NerSpan(s, e, kind) for (s, e), _, kind in tag_text(doc.text, tagger)})


def document_record(doc: NerDocument, uri: str) -> Record:
    raw = doc.text.encode("utf-8")
    return Record(
        id=hashlib.sha256(raw).hexdigest(),
        source=Source(uri=uri, format="text"),
        text=doc.text,
        raw=raw,
        raw_text=doc.text,
    )


@dataclass
class NerRun:
    score: NerScore
    seconds: float
    sentences: int
    tokens: int

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.score.to_dict(),
            "sentences": self.sentences,
            "tokens": self.tokens,
            "seconds": round(self.seconds, 3),
        }


def run_ner(
    path: Path,
    *,
    limit: int | None = None,
    pipeline: Pipeline | None = None,
    system: str = "combined",
    part: str = "all",
) -> NerRun:
    """Score one system over a CoNLL corpus (or one part of it): the pipeline's actor and place
    mentions with the tagger ("combined") or without it ("rules"), or the tagger alone."""
    if system not in SYSTEMS:
        raise InputError(str(path), f"unknown system {system!r}; systems are {', '.join(SYSTEMS)}")
    docs = read_conll(path, limit=limit, part=part)
    start = time.perf_counter()
    score = NerScore()
    if system == "tagger":
        for doc in docs:
            score.add(doc.entities, snap_to_tokens(tagger_entities(doc), doc.tokens))
    else:
        pipe = pipeline or ner_pipeline(system)
        records = pipe.run(document_record(d, f"{path}#{i}") for i, d in enumerate(docs))
        for doc, record in zip(docs, records, strict=True):
            score.add(doc.entities, snap_to_tokens(record_entities(record), doc.tokens))
    seconds = time.perf_counter() - start
    return NerRun(score, seconds, sum(d.sentences for d in docs), sum(len(d.tokens) for d in docs))
