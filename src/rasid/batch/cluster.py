"""Partitions on Dask: a LocalCluster of single-threaded worker processes, or a scheduler.

The client submits partitions as the plan yields them and keeps only a few per worker in
flight, so neither the plan nor the results pile up on the client. Each worker loads the
pipeline once, when it starts, through `PipelineLoader`. A worker that dies mid-task is
replaced by its nanny and the scheduler runs the task again elsewhere; the partition's
chunk names are fixed, so the second run overwrites the first one's leftovers.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import dask
from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from rasid.batch.output import Output
from rasid.batch.plan import Partition
from rasid.batch.work import PartitionError, PartitionResult, finished, run_partition, worker_pipeline

#: Tasks kept in flight per worker thread: enough to keep workers busy between results.
IN_FLIGHT_PER_THREAD = 2


#: The worker's periodic callbacks of Dask's statistical profiler (`distributed.worker`).
PROFILER_CALLBACKS = ("profile", "profile-cycle")


class PipelineLoader(WorkerPlugin):
    """Load (and warm up) rasid's pipeline when a worker starts, once per worker process.

    It also stops the worker's statistical profiler. Every second the profiler keeps a
    tree of the call stacks it sampled, and a worker keeps the last 1,000 of them: with
    rasid's deep pipeline that grew a worker by about 200 KB a second, a worker's memory
    rising with the run's wall time for its first 17 minutes (the growth measured in
    bench/README.md). The dashboard's profile page stays empty for rasid's workers.
    """

    name = "rasid-pipeline"

    def setup(self, worker: Any) -> None:
        stop_profiler(worker)
        worker_pipeline()


def stop_profiler(worker: Any) -> None:
    """Stop a running worker's profiler and drop the profiles it kept."""
    for name in PROFILER_CALLBACKS:
        callback = worker.periodic_callbacks.pop(name, None)
        if callback is not None:
            callback.stop()
    worker.profile_history.clear()
    worker.profile_keys_history.clear()
    worker.profile_keys.clear()


@contextmanager
def dask_client(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    """A client of `scheduler`, or of a LocalCluster with `workers` processes of one thread."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        dask.config.set({"distributed.worker.profile.enabled": False}),  # see PipelineLoader
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_on_dask(
    partitions: Iterable[Partition],
    out: str,
    published: str | None,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
) -> Iterator[PartitionResult | PartitionError]:
    """Results of the partitions as they finish; finished ones are skipped without a task."""
    output = Output(out)
    run = uuid.uuid4().hex[:8]
    with dask_client(scheduler, workers) as client:
        client.register_plugin(PipelineLoader(), name=PipelineLoader.name)
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
        limit = max(1, threads) * IN_FLIGHT_PER_THREAD
        pending = iter(partitions)
        running = as_completed()
        in_flight = 0

        def fill() -> Iterator[PartitionResult]:
            nonlocal in_flight
            while in_flight < limit:
                partition = next(pending, None)
                if partition is None:
                    return
                earlier = finished(output, partition.name)
                if earlier is not None:
                    yield earlier
                    continue
                running.add(
                    client.submit(
                        run_partition, partition, out, published, key=f"{partition.name}-{run}", retries=2
                    )
                )
                in_flight += 1

        yield from fill()
        for future in running:
            in_flight -= 1
            name = future.key.rsplit("-", 1)[0]
            if future.status == "error":
                error = future.exception()
                yield PartitionError(name, f"{type(error).__name__}: {error}")
            else:
                yield future.result()
            future.release()
            yield from fill()
