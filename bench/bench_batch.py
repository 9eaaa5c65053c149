"""`rasid batch` at scale: throughput per core, peak memory per worker, and Dask scaling.

Run: `make bench` (or `.venv/bin/python bench/bench_batch.py --articles 5000 --memory 1000,10000,100000`;
`--sections memory` runs one section).
Every figure is a ratio against a baseline measured in this run, on the same generated
articles (`rasid.batch.corpus`, varied from examples/):
- throughput of `rasid batch` in one process (read, pipeline, rows, Parquet), per core
  (CPU time of the process, so that other users of a shared machine do not count),
  on plain-text articles and on HTML pages, against `trafilatura.extract` alone on the
  same HTML, dateparser's `search_dates` on the same texts (on the first `--baseline`
  articles: it is slow) and a floor of read + NFC + one regular-expression pass;
- peak resident memory of the process (one process) and of each worker (Dask, 2 workers)
  after 1,000, 10,000 and 100,000 articles (`--memory`): one run of the largest size of
  short generated articles (`write_corpus(short=True)`) per mode, sampled every 0.2 s and
  noted as each partition finishes; then the client's incident merging over that
  output (`--merge-only OUT,...` over existing outputs), each way in a fresh process: its
  peak RSS and time, `write_incidents`' date sweep against one `IncidentIndex` over every
  fact (the merge it replaced), and whether both wrote the same tables;
- the time of 1 and 2 Dask workers on the same articles, as a ratio, with the load
  average of the machine before and after (it is shared).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil

from rasid.batch import run_batch
from rasid.batch.corpus import write_corpus
from rasid.batch.run import IN_PROCESS
from rasid.batch.work import PartitionResult

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
MB = 1 << 20


class RssSampler:
    """Peak RSS of some processes, sampled in a thread; `mark(n)` notes the peak so far at n articles."""

    def __init__(self, pids: Callable[[], list[int]], every: float = 0.2) -> None:
        self.pids = pids
        self.every = every
        self.peak: dict[int, int] = {}
        self.marks: list[tuple[int, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.every)

    def sample(self) -> None:
        for pid in self.pids():
            try:
                rss = psutil.Process(pid).memory_info().rss
            except psutil.Error:
                continue
            self.peak[pid] = max(self.peak.get(pid, 0), rss)

    def mark(self, articles: int) -> None:
        """Note the peak so far (also printed, so that a run stopped early keeps its figures)."""
        self.sample()
        self.marks.append((articles, max(self.peak.values(), default=0)))
        peaks = ", ".join(f"{p / MB:.0f}" for p in self.peak.values())
        print(f"    {time.strftime('%H:%M:%S')} {articles} articles: peak RSS so far {peaks} MB", flush=True)


THRESHOLDS = (1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000)


def at_thresholds(
    marks: list[tuple[int, int]], thresholds: tuple[int, ...] = THRESHOLDS
) -> list[tuple[int, int]]:
    """The first mark at or past each threshold (1,000, 2,000, 5,000 ... articles), and the last one."""
    shown: list[tuple[int, int]] = []
    for threshold in thresholds:
        first = next((m for m in marks if m[0] >= threshold), None)
        if first is not None and first not in shown:
            shown.append(first)
    if marks and marks[-1] not in shown:
        shown.append(marks[-1])
    return shown


def texts_of(folder: Path) -> list[str]:
    return [
        p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt")) + sorted(folder.rglob("*.html"))
    ]


def per_article(label: str, items: list[str], fn: Callable[[str], Any]) -> float:
    start = time.process_time()  # CPU time: the machine is shared, its wall time is not ours
    for item in items:
        fn(item)
    seconds = (time.process_time() - start) / len(items)
    print(f"  {label}: {seconds * 1000:.2f} ms CPU per article over {len(items)} articles")
    return seconds


def floor(folder: Path) -> float:
    """Read + decode + NFC + one regex pass, per article, over every file of `folder`."""
    files = sorted(folder.rglob("*.txt")) + sorted(folder.rglob("*.html"))
    pattern = re.compile(r"\d+|[\u0621-\u064a]+")
    start = time.process_time()
    for path in files:
        text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))
        sum(1 for _ in pattern.finditer(text))
    seconds = (time.process_time() - start) / len(files)
    print(f"  floor (read + NFC + one regex pass): {seconds * 1000:.3f} ms CPU per article over {len(files)}")
    return seconds


def batch_rate(
    label: str, corpus: Path, out: Path, sampler: RssSampler | None = None, partitions: int | None = 10
) -> float:
    """Seconds per article of `rasid batch` in this process (one core)."""
    done = 0

    def counted(result: object) -> None:
        nonlocal done
        if isinstance(result, PartitionResult):
            done += result.records
            if sampler is not None:
                sampler.mark(done)

    start, wall = time.process_time(), time.perf_counter()
    summary = run_batch(
        [str(corpus)],
        str(out),
        scheduler=IN_PROCESS,
        partitions=partitions,
        on_result=counted,
        incidents=False,
    )
    per = (time.process_time() - start) / summary.rows["records"]
    wall_per = (time.perf_counter() - wall) / summary.rows["records"]
    print(
        f"  rasid batch, one process, {label}: {per * 1000:.1f} ms CPU per article ({1 / per:.1f} articles "
        f"per CPU-second; wall {wall_per * 1000:.1f} ms on the shared machine)"
    )
    return per


def dask_run(
    corpus: Path, out: Path, workers: int, sampler_marks: bool = True, partitions: int | None = 20
) -> tuple[float, RssSampler, int]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        pids = list(client.run(os.getpid).values())
        done = 0
        with RssSampler(lambda: pids) as sampler:

            def counted(result: object) -> None:
                nonlocal done
                if isinstance(result, PartitionResult):
                    done += result.records
                    if sampler_marks:
                        sampler.mark(done)

            start = time.perf_counter()
            summary = run_batch(
                [str(corpus)],
                str(out),
                scheduler=cluster.scheduler_address,
                partitions=partitions,
                on_result=counted,
                incidents=False,
            )
            seconds = time.perf_counter() - start
    return seconds, sampler, summary.rows["records"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--articles", type=int, default=5000, help="generated articles per format (text, HTML)"
    )
    parser.add_argument("--baseline", type=int, default=500, help="articles the slow baselines run on")
    parser.add_argument(
        "--memory", default="1000,10000,100000", help="article counts the peak memory is reported at"
    )
    parser.add_argument(
        "--memory-modes",
        default="one,dask",
        help="one process, Dask or both (two benches may share the work)",
    )
    parser.add_argument("--scaling", type=int, default=1000, help="articles of the 1-vs-2-worker runs")
    parser.add_argument("--sections", default="throughput,memory,scaling", help="the sections to run")
    parser.add_argument(
        "--merge-only",
        default="",
        help="comma-separated batch output folders: only the client's incident merging over each",
    )
    parser.add_argument(
        "--merge-copies",
        type=int,
        default=1,
        help="with --merge-only: then the last folder's facts N times over, each copy 400 years "
        "later (rasid.batch.copies): a corpus N times as long at the same density",
    )
    parser.add_argument(
        "--merge-copy-weeks",
        type=int,
        default=None,
        help="with --merge-copies: copies this many weeks apart, one continuous corpus (default: 400 "
        "years apart, copies never meet)",
    )
    parser.add_argument(
        "--merge-modes",
        default=",".join(MERGES),
        help="the client's merges to run after --sections memory or --merge-only (sweep; index: the "
        "whole-corpus baseline)",
    )
    parser.add_argument("--merge-child", nargs=3, metavar=("MODE", "OUT", "BASELINE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.merge_child:
        merge_child(*args.merge_child)
        return
    sections = {s.strip() for s in args.sections.split(",")}
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; uptime: {uptime()}")
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.0f} GiB; load average {os.getloadavg()}"
    )
    if args.merge_only:
        modes = tuple(m.strip() for m in args.merge_modes.split(",") if m.strip())
        for folder in args.merge_only.split(","):
            client_merge(Path(folder), modes)
        if args.merge_copies > 1:
            from rasid.batch.copies import copy_facts

            with tempfile.TemporaryDirectory(prefix="rasid-bench-copies-") as tmp:
                longer = Path(tmp) / f"{Path(folder).name}-x{args.merge_copies}"
                copy_facts(folder, longer, args.merge_copies, args.merge_copy_weeks)
                client_merge(longer, modes)
        print(f"\nuptime at the end: {uptime()}")
        return
    with tempfile.TemporaryDirectory(prefix="rasid-bench-") as tmp:
        root = Path(tmp)
        if "throughput" in sections:
            throughput(root, args.articles, args.baseline)
        if "memory" in sections:
            sizes = tuple(sorted(int(n) for n in args.memory.split(",")))
            merges = tuple(m.strip() for m in args.merge_modes.split(",") if m.strip())
            memory(root, sizes, {m.strip() for m in args.memory_modes.split(",")}, merges)
        if "scaling" in sections:
            scaling(root, args.scaling)
    print(f"\nuptime at the end: {uptime()}")


def throughput(root: Path, articles: int, baseline: int) -> None:
    text, html = root / "text", root / "html"
    write_corpus(EXAMPLES, text, articles, kinds=("text",), seed=1)
    write_corpus(EXAMPLES, html, articles, kinds=("html",), seed=2)

    print(f"\nthroughput per core ({articles} text articles, {articles} HTML pages)")
    text_rate = batch_rate("plain text", text, root / "out-text")
    html_rate = batch_rate("HTML", html, root / "out-html")
    import trafilatura
    from dateparser.search import search_dates

    html_texts = texts_of(html)[:baseline]
    plain_texts = texts_of(text)[:baseline]
    traf = per_article("trafilatura.extract alone (HTML)", html_texts, lambda h: trafilatura.extract(h))
    dp = per_article(
        "dateparser search_dates (text)", plain_texts, lambda t: search_dates(t, languages=["ar"])
    )
    floor_text, floor_html = floor(text), floor(html)
    print(
        f"  ratios: rasid HTML = {html_rate / traf:.2f} x trafilatura.extract; "
        f"rasid text = {text_rate / dp:.2f} x dateparser search_dates; "
        f"rasid text = {text_rate / floor_text:.0f} x floor, rasid HTML = {html_rate / floor_html:.0f} x floor"
    )


#: How the client merges incidents: `write_incidents` (the date sweep, sorted runs on disk),
#: and the baseline it replaced, one `IncidentIndex` over every fact with whole-list rows.
MERGES = ("sweep", "index")


def memory(root: Path, sizes: tuple[int, ...], modes: set[str], merges: tuple[str, ...] = MERGES) -> None:
    """Peak RSS after each size, one process then 2 Dask workers, on the same short articles;
    then the incident merging over the output on the client."""
    corpus = root / "memory"
    start = time.perf_counter()
    write_corpus(EXAMPLES, corpus, sizes[-1], seed=3, short=True)
    print(f"\n{sizes[-1]} short articles generated in {time.perf_counter() - start:.0f} s")

    out = root / "out-one"
    if "one" in modes:
        print("peak RSS, one process (this one; default partitions)")
        with RssSampler(lambda: [os.getpid()]) as one_process:
            batch_rate("short articles", corpus, out, one_process, partitions=None)
        for n, rss in at_thresholds(one_process.marks, sizes):
            print(f"  after {n:>6} articles: {rss / MB:.0f} MB")
    if "dask" in modes:
        print("peak RSS per Dask worker (2 workers, default partitions)")
        out = root / "out-dask"
        load_before = os.getloadavg()
        seconds, sampler, records = dask_run(corpus, out, 2, partitions=None)
        for n, rss in at_thresholds(sampler.marks, sizes):
            print(f"  after {n:>6} articles: largest worker {rss / MB:.0f} MB")
        print(
            f"  {records} articles in {seconds:.0f} s; workers' peaks: "
            f"{', '.join(f'{p / MB:.0f} MB' for p in sampler.peak.values())}; "
            f"load {load_before} -> {os.getloadavg()}"
        )

    client_merge(out, merges)


def client_merge(out: Path, modes: tuple[str, ...] = MERGES) -> dict[str, dict[str, float]]:
    """Each way of merging the output's incidents in a fresh process (peaks do not mix): its
    peak RSS (the kernel's high-water mark), time, and that both wrote the same tables."""
    import json
    import subprocess
    import sys

    import pyarrow.parquet as pq

    facts = sum(pq.ParquetFile(p).metadata.num_rows for p in (out / "facts").glob("*.parquet"))
    print(f"incident merging on the client over {out.name} ({facts} facts), each in a fresh process")
    results: dict[str, dict[str, float]] = {}
    tables = {}
    with tempfile.TemporaryDirectory(prefix="rasid-bench-merge-") as baseline:
        for mode in modes:
            target = out / "incidents" if mode == "sweep" else Path(baseline)
            child = subprocess.run(
                [sys.executable, __file__, "--merge-child", mode, str(out), baseline],
                capture_output=True,
                text=True,
                check=True,
            )
            results[mode] = json.loads(child.stdout.strip().splitlines()[-1])
            tables[mode] = [pq.read_table(target / f"{t}.parquet") for t in ("incidents", "incident_members")]
            r = results[mode]
            print(
                f"  {mode:>5}: {r['incidents']:.0f} incidents in {r['seconds']:.1f} s ({r['cpu']:.1f} s CPU); "
                f"RSS {r['before'] / MB:.0f} MB after imports, peak {r['peak'] / MB:.0f} MB "
                f"(+{(r['peak'] - r['before']) / MB:.0f} MB)"
            )
    if set(modes) != set(MERGES):
        return results
    same = all(a.equals(b) for a, b in zip(tables["sweep"], tables["index"], strict=True))
    sweep, index = results["sweep"], results["index"]
    print(
        f"  same incidents and members: {same}; sweep / index: peak RSS "
        f"{sweep['peak'] / index['peak']:.2f}x, growth over imports "
        f"{(sweep['peak'] - sweep['before']) / max(1, index['peak'] - index['before']):.2f}x, "
        f"time {sweep['seconds'] / index['seconds']:.2f}x; load average {os.getloadavg()}"
    )
    return results


def merge_child(mode: str, out: str, baseline: str) -> None:
    """One merge in this (fresh) process (the baseline's files into `baseline`); prints its
    figures as JSON on the last line."""
    import json
    import resource

    import pyarrow as pa
    import pyarrow.parquet as pq

    from rasid.batch.incidents import MEMBER_SCHEMA, incident_schema, write_incidents
    from rasid.batch.output import iter_table_rows
    from rasid.export.rows import incident_row
    from rasid.incidents import EventFacts, IncidentIndex
    from rasid.incidents.persist import member_rows

    before = psutil.Process().memory_info().rss
    start, cpu = time.perf_counter(), time.process_time()
    if mode == "sweep":
        count = write_incidents(out)
    else:  # the merge `write_incidents` did before the sweep: everything in one index and lists
        index = IncidentIndex()
        for row in iter_table_rows(out, "facts"):
            index.add(EventFacts.from_dict(json.loads(row["facts"])))
        incidents = index.incidents()
        rows = [incident_row(incident) for incident in incidents]
        members = [row for incident in incidents for row in member_rows(incident)]
        folder = Path(baseline)
        pq.write_table(pa.Table.from_pylist(rows, schema=incident_schema()), folder / "incidents.parquet")
        pq.write_table(
            pa.Table.from_pylist(members, schema=MEMBER_SCHEMA), folder / "incident_members.parquet"
        )
        count = len(incidents)
    figures = {
        "incidents": count,
        "seconds": time.perf_counter() - start,
        "cpu": time.process_time() - cpu,
        "before": before,
        "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,  # KB on Linux
    }
    print(json.dumps(figures))


def scaling(root: Path, articles: int) -> None:
    print(f"\nscaling on {articles} articles (1 then 2 Dask workers)")
    corpus = root / "scaling"
    write_corpus(EXAMPLES, corpus, articles, seed=4)
    times = {}
    for workers in (1, 2):
        load = os.getloadavg()
        times[workers], _, _ = dask_run(corpus, root / f"out-scale-{workers}", workers, sampler_marks=False)
        print(f"  {workers} worker(s): {times[workers]:.1f} s; load average before {load}")
    print(
        f"  speed-up 2 workers / 1 worker: {times[1] / times[2]:.2f}x; load average after {os.getloadavg()}"
    )


def uptime() -> str:
    import subprocess

    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


if __name__ == "__main__":
    main()
