"""`rasid batch` on a real Dask LocalCluster: the same tables as one process, and crashes survived."""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cloudpickle
import pytest
from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin
from typer.testing import CliRunner

from rasid.batch import TABLES, read_table, run_batch
from rasid.batch.output import INCIDENT_TABLES
from rasid.batch.plan import plan
from rasid.batch.run import IN_PROCESS
from rasid.cli.main import app

from .conftest import expected_ids

ALL_TABLES = (*TABLES, *INCIDENT_TABLES)


class KillOnce(WorkerPlugin):
    """Kill the worker process a moment into the first partition it starts, once per flag file."""

    def __init__(self, flag: str, delay: float) -> None:
        self.flag = flag
        self.delay = delay

    def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
        if finish != "executing" or not str(key).startswith("part-") or os.path.exists(self.flag):
            return
        with open(self.flag, "w") as fh:
            fh.write(f"{key} {os.getpid()}\n")
        threading.Timer(self.delay, os.kill, (os.getpid(), signal.SIGKILL)).start()


cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import this test module


@pytest.fixture
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    ) as local:
        yield local


def read_manifest(out: Path) -> dict[str, Any]:
    return json.loads((out / "_batch.json").read_text(encoding="utf-8"))


def assert_same_tables(a: Path, b: Path) -> None:
    for table in ALL_TABLES:
        left, right = read_table(str(a), table), read_table(str(b), table)
        assert left.num_rows > 0 or table == "failures", table
        assert left.equals(right), table


def test_dask_writes_the_same_tables_as_one_process(
    small_corpus: Path, one_process: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dask"
    result = CliRunner().invoke(
        app, ["batch", str(small_corpus), "--out", str(out), "--workers", "2", "--partitions", "6"]
    )
    assert result.exit_code == 0, result.output
    assert re.match(
        r"150 records, 0 failures in (\d+) partitions \(\1 run now, 0 done before\)", result.stdout
    )
    assert sorted(read_table(str(out), "records")["doc_id"].to_pylist()) == sorted(expected_ids(small_corpus))
    assert_same_tables(one_process, out)


def test_a_killed_worker_loses_nothing_and_duplicates_nothing(
    big_corpus: Path, cluster: LocalCluster, tmp_path: Path
) -> None:
    flag = tmp_path / "killed"
    out = tmp_path / "out"
    with Client(cluster) as client:
        client.register_plugin(KillOnce(str(flag), delay=3.0), name="kill-once")
        summary = run_batch([str(big_corpus)], str(out), scheduler=cluster.scheduler_address, partitions=16)
        loads = client.run(
            lambda: __import__("rasid.batch.work").batch.work.worker_pipeline.cache_info().misses
        )
        profilers = client.run(
            lambda dask_worker: (
                "profile" in dask_worker.periodic_callbacks,
                len(dask_worker.profile_history),
            )
        )
    assert flag.exists(), "no worker was killed"
    assert summary.complete and summary.ran == summary.planned >= 16
    ids = read_table(str(out), "records")["doc_id"].to_pylist()
    assert len(ids) == 2000
    assert Counter(ids) == Counter(expected_ids(big_corpus))
    documents = read_table(str(out), "documents")["doc_id"].to_pylist()
    assert Counter(documents) == Counter(ids)
    for table in ("mentions", "events", "casualties", "claims", "facts"):
        keys = read_table(str(out), table).select(["doc_id", *(["key"] if table == "facts" else [])])
        assert set(keys["doc_id"].to_pylist()) <= set(ids), table
    events = read_table(str(out), "events").select(["doc_id", "id"]).to_pylist()
    assert len({(e["doc_id"], e["id"]) for e in events}) == len(events)
    assert read_table(str(out), "failures").num_rows == 0
    assert summary.incidents and summary.incidents > 0
    assert sorted(loads.values()) == [1, 1]  # the pipeline was loaded once per worker process
    # the cluster was started with Dask's profiler on; rasid's plugin stopped it (flat memory)
    assert list(profilers.values()) == [(False, 0), (False, 0)]


def test_a_killed_client_reruns_to_the_same_tables(
    small_corpus: Path, one_process: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    args = ["batch", str(small_corpus), "--out", str(out), "--scheduler", IN_PROCESS, "--partitions", "6"]
    rasid = Path(sys.executable).with_name("rasid")
    process = subprocess.Popen([str(rasid), *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not list((out / "_done").glob("*.json")) and time.monotonic() < deadline:
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done = len(list((out / "_done").glob("*.json")))
    planned = len(
        list(plan([str(small_corpus)], bytes_per_partition=read_manifest(out)["bytes_per_partition"]))
    )
    assert 1 <= done < planned, "the client was not killed mid-run"
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert f"in {planned} partitions ({planned - done} run now, {done} done before)" in result.stdout
    assert_same_tables(one_process, out)
