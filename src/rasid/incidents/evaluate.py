"""`rasid eval-incidents`: score incident merging against cluster gold, beside a baseline.

Every gold article runs through the pipeline with its publication date (and its outlet
and URL, as a crawler would know them); all their events are merged into incidents by
`IncidentIndex`. Each gold event is aligned with the predicted event whose trigger
overlaps the first occurrence of its evidence in the clean text (the largest overlap
wins); a gold event with no such event, or whose event took no part in merging
(negated, hypothetical), counts as a predicted singleton. Scores are pairwise and B³
precision, recall and F1 over the gold events. The baseline puts two gold events in one
cluster when their aligned events have the same day (the event's day, else the
publication day) and the same admin-1, and nothing else.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasid.incidents.compat import MIN_SCORE, link
from rasid.incidents.facts import EventFacts, facts_from_record
from rasid.incidents.gold import ClusterGold, GoldArticle, GoldEvent, find_gold_files, load
from rasid.incidents.index import IncidentIndex
from rasid.record import Record


@dataclass(frozen=True)
class Scores:
    pair_p: float
    pair_r: float
    pair_f1: float
    b3_p: float
    b3_r: float
    b3_f1: float
    gold_pairs: int
    predicted_pairs: int
    true_pairs: int

    def to_dict(self) -> dict[str, float | int]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class Item:
    """One gold event, where it was aligned, and its gold and predicted clusters."""

    set: str
    article: str
    evidence: str
    gold: str
    key: str | None
    predicted: str
    baseline: str


@dataclass
class Report:
    files: list[str]
    articles: int
    items: list[Item]
    incidents: int
    system: Scores
    baseline: Scores
    failures: list[str] = field(default_factory=list)
    facts: dict[str, EventFacts] = field(default_factory=dict)

    @property
    def aligned(self) -> int:
        return sum(i.key is not None for i in self.items)

    def by_set(self) -> dict[str, tuple[Scores, Scores]]:
        """Rasid's and the baseline's scores on each gold set's events (one clustering of all)."""
        sets = sorted({i.set for i in self.items})
        out: dict[str, tuple[Scores, Scores]] = {}
        for name in sets:
            its = [i for i in self.items if i.set == name]
            gold = [i.gold for i in its]
            out[name] = score(gold, [i.predicted for i in its]), score(gold, [i.baseline for i in its])
        return out

    def to_dict(self, *, items: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "files": self.files,
            "articles": self.articles,
            "gold_events": len(self.items),
            "aligned": self.aligned,
            "gold_incidents": len({i.gold for i in self.items}),
            "predicted_incidents": self.incidents,
            "rasid": self.system.to_dict(),
            "baseline_same_day_admin1": self.baseline.to_dict(),
            "sets": {
                name: {"rasid": sys.to_dict(), "baseline_same_day_admin1": base.to_dict()}
                for name, (sys, base) in self.by_set().items()
            },
            "failures": self.failures,
        }
        if items:
            out["items"] = [i.__dict__ for i in self.items]
        return out


def evaluate_paths(paths: list[Path], extract: Callable[[GoldArticle], Record] | None = None) -> Report:
    golds = [load(p) for p in find_gold_files(paths)]
    return evaluate_golds(golds, extract or extract_article)


def extract_article(article: GoldArticle) -> Record:
    """The pipeline's record of a gold article, with the metadata a crawler would have."""
    import rasid

    record = rasid.extract(article.path.read_bytes(), published=article.published, url=article.url)
    if article.outlet:
        record.source.publisher = article.outlet
    return record


def evaluate_golds(golds: list[ClusterGold], extract: Callable[[GoldArticle], Record]) -> Report:
    records: dict[str, Record] = {}
    failures: list[str] = []
    index = IncidentIndex()
    facts_by_doc: dict[str, list[EventFacts]] = {}
    for gold in golds:
        for article in gold.articles:
            try:
                record = extract(article)
            except Exception as exc:  # one bad article must not stop the evaluation
                failures.append(f"{article.path}: {exc}")
                continue
            records[article.id] = record
            facts = facts_from_record(record)
            facts_by_doc[article.id] = facts
            index.add_all(facts)
    cluster_of = {key: n for n, keys in enumerate(index.clusters()) for key in keys}
    items: list[Item] = []
    for gold in golds:
        for article in gold.articles:
            done = records.get(article.id)
            for event in article.events:
                items.append(
                    _item(gold.set, article, event, done, facts_by_doc.get(article.id, []), cluster_of)
                )
    gold_labels = [i.gold for i in items]
    return Report(
        files=[str(g.path) for g in golds],
        articles=sum(len(g.articles) for g in golds),
        items=items,
        incidents=len(index.clusters()),
        system=score(gold_labels, [i.predicted for i in items]),
        baseline=score(gold_labels, [i.baseline for i in items]),
        failures=failures,
        facts=index.facts(),
    )


def _item(
    set_name: str,
    article: GoldArticle,
    event: GoldEvent,
    record: Record | None,
    facts: list[EventFacts],
    cluster_of: dict[str, int],
) -> Item:
    singleton = f"singleton:{article.id}:{event.evidence}"
    if record is None:
        return Item(set_name, article.id, event.evidence, event.incident, None, singleton, singleton)
    fact = align(record, event.evidence, facts)
    if fact is None:
        return Item(set_name, article.id, event.evidence, event.incident, None, singleton, singleton)
    predicted = f"incident:{cluster_of[fact.key]}"
    return Item(
        set_name,
        article.id,
        event.evidence,
        event.incident,
        fact.key,
        predicted,
        _baseline_key(fact, singleton),
    )


def align(record: Record, evidence: str, facts: list[EventFacts]) -> EventFacts | None:
    """The merged event whose trigger overlaps the evidence's first occurrence most."""
    text = unicodedata.normalize("NFC", record.text)
    start = text.find(unicodedata.normalize("NFC", evidence))
    if start < 0:
        return None
    end = start + len(evidence)
    best: tuple[int, EventFacts] | None = None
    for f in facts:
        overlap = min(end, f.evidence[1]) - max(start, f.evidence[0])
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, f)
    return best[1] if best else None


def _baseline_key(fact: EventFacts, singleton: str) -> str:
    day = fact.date if fact.date_precision == "day" else (fact.published or "")[:10] or None
    admin1 = fact.place.admin1 if fact.place else None
    if not day or not admin1:
        return singleton
    return f"baseline:{day}:{fact.place.country if fact.place else ''}:{admin1}"


def score(gold: list[str], predicted: list[str]) -> Scores:
    """Pairwise and B³ precision, recall and F1 of a predicted clustering of the same items."""
    n = len(gold)
    gold_pairs = pred_pairs = true_pairs = 0
    for i in range(n):
        for j in range(i + 1, n):
            g, p = gold[i] == gold[j], predicted[i] == predicted[j]
            gold_pairs += g
            pred_pairs += p
            true_pairs += g and p
    pair_p = true_pairs / pred_pairs if pred_pairs else 1.0
    pair_r = true_pairs / gold_pairs if gold_pairs else 1.0
    b3_p, b3_r = _b3(gold, predicted)
    return Scores(
        pair_p, pair_r, _f1(pair_p, pair_r), b3_p, b3_r, _f1(b3_p, b3_r), gold_pairs, pred_pairs, true_pairs
    )


def _b3(gold: list[str], predicted: list[str]) -> tuple[float, float]:
    if not gold:
        return 1.0, 1.0
    by_gold: dict[str, set[int]] = defaultdict(set)
    by_pred: dict[str, set[int]] = defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, predicted, strict=True)):
        by_gold[g].add(i)
        by_pred[p].add(i)
    p_sum = r_sum = 0.0
    for g, p in zip(gold, predicted, strict=True):
        both = len(by_gold[g] & by_pred[p])
        p_sum += both / len(by_pred[p])
        r_sum += both / len(by_gold[g])
    return p_sum / len(gold), r_sum / len(gold)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def wrong_clusters(items: Iterable[Item], facts: dict[str, EventFacts] | None = None) -> list[str]:
    """One line per gold incident split across predicted clusters or merged with another.

    With the reports' `facts`, every split is followed by one line per pair of its aligned
    reports that ended apart, saying why: the rule the pair breaks, a score below the
    edge threshold, or the clustering (a compatible edge outvoted by the other members);
    unaligned events (no extracted event under the evidence) are named as such.
    """
    items = list(items)
    lines: list[str] = []
    by_gold: dict[str, list[Item]] = defaultdict(list)
    by_pred: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by_gold[it.gold].append(it)
        by_pred[it.predicted].append(it)
    for g, its in sorted(by_gold.items()):
        preds = {it.predicted for it in its}
        if len(preds) > 1:
            parts = "; ".join(f"{it.article} [{it.predicted.split(':')[0]}]" for it in its)
            lines.append(f"split {g} into {len(preds)}: {parts}")
            if facts is not None:
                lines.extend(_split_reasons(its, facts))
    for _, its in sorted(by_pred.items()):
        golds = sorted({it.gold for it in its})
        if len(golds) > 1:
            lines.append(f"merged {', '.join(golds)}: {'; '.join(it.article for it in its)}")
    return lines


def _split_reasons(items: list[Item], facts: dict[str, EventFacts]) -> list[str]:
    lines = [f"  {it.article}: no extracted event under the evidence" for it in items if it.key is None]
    aligned = [it for it in items if it.key is not None and it.key in facts]
    for i, x in enumerate(aligned):
        for y in aligned[i + 1 :]:
            if x.predicted == y.predicted:
                continue
            lk = link(facts[str(x.key)], facts[str(y.key)])
            if not lk.ok:
                why = f"breaks the {lk.why} rule"
            elif not lk.edge:
                why = f"score {lk.score:.2f} < {MIN_SCORE}"
            else:
                why = f"edge {lk.score:.2f}, outvoted in clustering"
            lines.append(f"  {x.article} ~ {y.article}: {why}")
    return lines
