"""Scores of one file and of a whole gold set, with the arithmetic that turns counts into P/R/F1.

Counts are summed over files (micro-average). Recall uses every file. Precision
uses only the files whose gold lists the layer as `exhaustive`: elsewhere an
unmatched prediction may be right, so neither it nor that file's true positives
enter precision. A vacuous side (no predictions, or no gold) counts as 1 when the
other side is defined, so predicting nothing against gold scores F1 0; F1 is None
when the layer is exhaustive nowhere or there is nothing on either side. The macro
F1 averages the layers whose F1 is defined.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from rasid.evaluate.gold import LAYERS

ErrorKind = Literal["miss", "fp", "attribute", "body"]


@dataclass
class Tally:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def merge(self, other: Tally) -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(frozen=True)
class ErrorItem:
    """One miss, false positive, wrong attribute or body failure, for `--show-errors`."""

    file: str
    layer: str
    kind: ErrorKind
    text: str
    detail: str = ""

    def to_dict(self) -> dict[str, str]:
        return {
            "file": self.file,
            "layer": self.layer,
            "kind": self.kind,
            "text": self.text,
            "detail": self.detail,
        }


@dataclass
class LayerScore:
    layer: str
    gold: int = 0  # required gold items
    predicted: int = 0
    tp: int = 0
    fn: int = 0
    fp: int = 0  # unmatched predictions in files where the layer is exhaustive
    tp_exhaustive: int = 0
    unscored: int = 0  # unmatched predictions where the layer is not exhaustive
    ignored: int = 0  # predictions matching only optional items or a matched event's mentions
    files: int = 0
    exhaustive_files: int = 0
    attributes: dict[str, Tally] = field(default_factory=dict)

    def merge(self, other: LayerScore) -> None:
        for name in ("gold", "predicted", "tp", "fn", "fp", "tp_exhaustive", "unscored", "ignored"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.files += other.files
        self.exhaustive_files += other.exhaustive_files
        for key, tally in other.attributes.items():
            self.attributes.setdefault(key, Tally()).merge(tally)

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def precision(self) -> float | None:
        if not self.exhaustive_files:
            return None
        scored = self.tp_exhaustive + self.fp
        return self.tp_exhaustive / scored if scored else None

    @property
    def f1(self) -> float | None:
        if not self.exhaustive_files:
            return None
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p = 1.0 if p is None else p
        r = 1.0 if r is None else r
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, attribute: str) -> float | None:
        tally = self.attributes.get(attribute)
        return tally.accuracy if tally else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "ignored": self.ignored,
            "unscored": self.unscored,
            "exhaustive_files": self.exhaustive_files,
            "files": self.files,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "attributes": {
                k: {"accuracy": t.accuracy, "correct": t.correct, "total": t.total}
                for k, t in sorted(self.attributes.items())
            },
        }


@dataclass
class SetScore:
    """Set precision/recall/F1 (tags)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def merge(self, other: SetScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def f1(self) -> float | None:
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else None


@dataclass
class FileResult:
    file: str
    layers: dict[str, LayerScore]
    body: Tally = field(default_factory=Tally)
    title: Tally = field(default_factory=Tally)
    publisher: Tally = field(default_factory=Tally)
    tags: SetScore = field(default_factory=SetScore)
    errors: list[ErrorItem] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "seconds": round(self.seconds, 4),
            "body": self.body.accuracy,
            "title": self.title.accuracy,
            "publisher": self.publisher.accuracy,
            "tags_f1": self.tags.f1,
            "layers": {name: score.to_dict() for name, score in self.layers.items()},
            "macro_f1": macro_f1(self.layers),
        }


def macro_f1(layers: dict[str, LayerScore]) -> float | None:
    values = [s.f1 for s in layers.values() if s.f1 is not None]
    return sum(values) / len(values) if values else None


@dataclass
class EvalReport:
    files: list[FileResult]
    layers: dict[str, LayerScore]
    body: Tally
    title: Tally
    publisher: Tally
    tags: SetScore

    @property
    def macro_f1(self) -> float | None:
        return macro_f1(self.layers)

    @property
    def errors(self) -> list[ErrorItem]:
        return [e for f in self.files for e in f.errors]

    @property
    def seconds(self) -> float:
        return sum(f.seconds for f in self.files)

    def to_dict(self, *, per_file: bool = False, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "files": len(self.files),
            "seconds": round(self.seconds, 3),
            "layers": {name: score.to_dict() for name, score in self.layers.items()},
            "macro_f1": self.macro_f1,
            "body": self.body.accuracy,
            "attributes": {
                "title": self.title.accuracy,
                "publisher": self.publisher.accuracy,
                "tags_f1": self.tags.f1,
            },
        }
        if per_file:
            out["per_file"] = [f.to_dict() for f in self.files]
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


def aggregate(results: list[FileResult]) -> EvalReport:
    """Micro-average the file results."""
    layers = {name: LayerScore(name) for name in LAYERS}
    report = EvalReport(results, layers, Tally(), Tally(), Tally(), SetScore())
    for result in results:
        for name, score in result.layers.items():
            layers.setdefault(name, LayerScore(name)).merge(score)
        report.body.merge(result.body)
        report.title.merge(result.title)
        report.publisher.merge(result.publisher)
        report.tags.merge(result.tags)
    return report
