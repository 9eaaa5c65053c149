"""Run the pipeline over many records, in this process or a process pool, keeping input order.

A record whose processing raises becomes a `Failure` naming its source: one bad
article never stops a batch. Each worker gets its own copy of the pipeline once.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator

from rasid.pipeline import Pipeline, default_pipeline
from rasid.read import Failure
from rasid.record import Record

_worker_pipeline: Pipeline | None = None


def _label(record: Record) -> str:
    return record.source.uri or record.id


def process_one(record: Record, pipeline: Pipeline) -> Record | Failure:
    try:
        return pipeline.run_one(record)
    except Exception as exc:  # one bad article must not stop the batch
        return Failure(_label(record), f"{type(exc).__name__}: {exc}")


def _init_worker(pipeline: Pipeline | None) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline or default_pipeline()


def _work(item: Record | Failure) -> Record | Failure:
    if isinstance(item, Failure):
        return item
    assert _worker_pipeline is not None
    return process_one(item, _worker_pipeline)


def run_records(
    items: Iterable[Record | Failure], *, workers: int = 1, pipeline: Pipeline | None = None
) -> Iterator[Record | Failure]:
    """Yield processed records (or failures) in the order of `items`."""
    if workers <= 1:
        pipe = pipeline or default_pipeline()
        for item in items:
            yield item if isinstance(item, Failure) else process_one(item, pipe)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(pipeline,)) as pool:
        yield from pool.imap(_work, items, chunksize=4)
