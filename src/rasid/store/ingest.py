"""The `rasid ingest` job: read inputs, extract what the store lacks, store it in batches.

    summary = ingest_inputs(store, ["examples"], published=None, workers=2, progress=callback)

Directories are expanded into their files first, so each failure names the file (or the
JSONL line) it came from and `--retry-failed` re-reads only that. A record whose id (the
sha256 of its raw input) is stored already is skipped before extraction, which is what
makes a rerun after a crash cheap: every batch is one transaction, so a killed run leaves
whole batches behind, and the rerun extracts and stores only the rest. After the last
batch the store's `after_ingest` hooks merge new documents into incidents.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from rasid.errors import InputError
from rasid.pipeline import Pipeline, default_pipeline
from rasid.read import Failure, input_files, iter_sources
from rasid.record import Record
from rasid.runner import run_records
from rasid.store.store import BATCH_SIZE, Store

#: progress(index of the input being stored, number of inputs, that input), once per item.
Progress = Callable[[int, int, str], None]


@dataclass
class IngestSummary:
    """What a `rasid ingest` run did."""

    run_id: int
    inputs: list[str]
    stored: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def expand(specs: Iterable[str]) -> list[str]:
    """Directories become their supported files (in rasid's walk order); other inputs stay."""
    out: list[str] = []
    for spec in specs:
        path = Path(spec)
        if spec != "-" and "://" not in spec and path.is_dir():
            out.extend(str(f) for f in input_files(path))
        else:
            out.append(spec)
    return list(dict.fromkeys(out))


def retry_inputs(store: Store) -> list[str]:
    """The inputs of the unresolved failures, oldest first."""
    return list(dict.fromkeys(f.input or f.source for f in store.failures()))


def iso_published(published: str | None) -> str | None:
    if published is None:
        return None
    try:
        return dt.date.fromisoformat(published.strip()[:10]).isoformat()
    except ValueError:
        raise InputError("--published", f"must be an ISO date (YYYY-MM-DD), got {published!r}") from None


def ingest_inputs(
    store: Store,
    specs: Iterable[str],
    *,
    published: str | None = None,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    retry_failed: bool = False,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Ingest files, directories, URLs or "-" (and, with `retry_failed`, the failed inputs)."""
    given = iso_published(published)
    inputs = expand(specs)
    if retry_failed:
        retries = retry_inputs(store)
        store.count_retry(retries)
        inputs = list(dict.fromkeys([*inputs, *retries]))
    run_id = store.start_run(
        "ingest", {"inputs": inputs, "published": given, "workers": workers, "retry_failed": retry_failed}
    )
    summary = IngestSummary(run_id=run_id, inputs=inputs)
    labels: deque[int] = deque()

    def unknown_items() -> Iterator[Record | Failure]:
        """Every item of every input that the store lacks, labelled (in `labels`) by its input."""
        for index, spec in enumerate(inputs):
            items = iter_sources([spec])
            while chunk := list(islice(items, 64)):
                known = store.known(item.id for item in chunk if isinstance(item, Record))
                for item in chunk:
                    if isinstance(item, Record) and item.id in known:
                        summary.skipped.append(item.id)
                        continue
                    if isinstance(item, Record) and given is not None:
                        item.given_published = given
                    labels.append(index)
                    yield item

    processed = run_records(unknown_items(), workers=workers, pipeline=pipeline or default_pipeline())

    def labelled() -> Iterator[tuple[str | None, Record | Failure]]:
        for item in processed:
            index = labels.popleft()
            if progress is not None:
                progress(index, len(inputs), inputs[index])
            yield inputs[index], item

    status = "interrupted"
    try:
        result = store.ingest_labelled(labelled(), run=run_id, batch_size=batch_size, merge=False)
        summary.stored.extend(result.stored)
        summary.skipped.extend(result.skipped)
        for spec in inputs:  # each was read to its end: failures that did not recur are resolved
            store.resolve_failures(spec, run=run_id)
        summary.failures = [
            Failure(f.source, f.problem) for f in store.failures() if f.run_id == run_id and not f.resolved
        ]
        if progress is not None:
            progress(len(inputs), len(inputs), "")
        store.merge_pending()
        status = "done"
    finally:
        store.finish_run(
            run_id,
            status=status,
            stored=len(summary.stored),
            skipped=len(summary.skipped),
            failed=len(summary.failures),
        )
    return summary
