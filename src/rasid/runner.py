"""Run the pipeline over many records, in this process or a process pool, keeping input order.

A record whose processing raises becomes a `Failure` naming its source: one bad
article never stops a batch. Each document has a time budget (`Limits.doc_seconds`): the
pipeline checks its deadline between stages, and in a main thread an interval timer also
stops a stage that runs past it, so one pathological article cannot hold the batch.
Each worker gets its own copy of the pipeline once; there are never more workers than CPUs.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.pool import AsyncResult
from types import FrameType

from rasid.clean.stage import site_memory
from rasid.errors import DeadlineExceeded, InputError
from rasid.pipeline import Pipeline, default_pipeline, own_the_collector
from rasid.read import Failure
from rasid.read.limits import Limits, current, install
from rasid.record import Record

_worker_pipeline: Pipeline | None = None

#: Documents each worker may have queued: enough to keep it busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 4


def cpu_count() -> int:
    """CPUs this process may use (the affinity mask where the system has one)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _label(record: Record) -> str:
    return record.source.uri or record.id


def process_one(record: Record, pipeline: Pipeline, *, seconds: float | None = None) -> Record | Failure:
    """The record through the pipeline, or a Failure saying why (an error, or over its budget)."""
    budget = current().doc_seconds if seconds is None else seconds
    try:
        with _alarm(budget):
            return pipeline.run_one(record, deadline=time.monotonic() + budget)
    except DeadlineExceeded:
        return Failure(_label(record), f"took longer than the time budget of {budget:g} s (--doc-seconds)")
    except InputError as exc:
        return Failure(_label(record), exc.problem)
    except Exception as exc:  # one bad article must not stop the batch
        return Failure(_label(record), f"{type(exc).__name__}: {exc}")


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """Raise DeadlineExceeded wherever the code is when `seconds` pass (main thread only)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise DeadlineExceeded("time budget exceeded")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _init_worker(pipeline: Pipeline | None, limits: Limits) -> None:
    """A worker runs under the limits of the run that started it (options are not inherited)."""
    global _worker_pipeline
    install(limits)
    own_the_collector()
    _worker_pipeline = pipeline or default_pipeline()


def _work(item: Record | Failure) -> Record | Failure:
    if isinstance(item, Failure):
        return item
    assert _worker_pipeline is not None
    return process_one(item, _worker_pipeline)


def run_records(
    items: Iterable[Record | Failure], *, workers: int = 1, pipeline: Pipeline | None = None
) -> Iterator[Record | Failure]:
    """Yield processed records (or failures) in the order of `items`; workers are capped at the CPUs."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    workers = min(workers, cpu_count())
    limits = current()
    if workers == 1:
        pipe = pipeline or default_pipeline()
        with site_memory():  # lines a site repeats across the corpus's pages are furniture
            for item in items:
                yield (
                    item if isinstance(item, Failure) else process_one(item, pipe, seconds=limits.doc_seconds)
                )
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(pipeline, limits)) as pool:
        # A bounded window of documents in flight: Pool.imap would read every input ahead.
        window = workers * IN_FLIGHT_PER_WORKER
        pending: deque[AsyncResult[Record | Failure]] = deque()
        for item in items:
            pending.append(pool.apply_async(_work, (item,)))
            if len(pending) >= window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
