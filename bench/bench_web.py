"""Load run of the review web UI: concurrent reads and reviews against `rasid serve` on 127.0.0.1.

Builds a fresh SQLite store with the sample corpus, starts `rasid serve` on a free
loopback port, and for DURATION seconds runs READERS threads that fetch pages and API
reads and WRITERS threads that post reviews through the API (coder token) and approve
some of them (reviewer token). Every loop is bounded by time and by a request cap.
Reports p50/p99 latency per request kind, the ratio of each p50 to a static file's p50
(the baseline measured in the same run), the error count, and checks that every
review the server acknowledged is in the store ("no lost review").

    .venv/bin/python bench/bench_web.py [--seconds 30] [--readers 6] [--writers 2]
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path

import httpx

import rasid
from rasid.store import Store
from rasid.web.accounts import Accounts

REPO = Path(__file__).resolve().parents[1]
MAX_REQUESTS_PER_THREAD = 20_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--readers", type=int, default=6)
    ap.add_argument("--writers", type=int, default=2)
    args = ap.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="rasid-bench-web-"))
    db = folder / "bench.db"
    store = Store.open(str(db))
    store.ingest(rasid.extract_many([str(REPO / "examples")]))
    accounts = Accounts(store.engine)
    accounts.add_user("bench-coder", "coder", "bench-password-1")
    accounts.add_user("bench-reviewer", "reviewer", "bench-password-1")
    coder, reviewer = accounts.new_token("bench-coder"), accounts.new_token("bench-reviewer")
    docs = [r["doc_id"] for r in store.rows("records")]
    events = [(r["doc_id"], r["id"]) for r in store.rows("events")]
    casualties = [(r["doc_id"], r["event_id"], r["n"]) for r in store.rows("casualties")]
    incidents = [r["id"] for r in store.rows("incidents")]

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    rasid_cmd = Path(sys.executable).with_name("rasid")
    server = subprocess.Popen(
        [str(rasid_cmd), "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(300):
            try:
                httpx.get(url + "/static/app.js", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        latencies: dict[str, list[float]] = defaultdict(list)
        errors: list[str] = []
        acknowledged: list[int] = []
        run_tag = uuid.uuid4().hex[:8]
        lock = threading.Lock()
        deadline = time.monotonic() + args.seconds

        def timed(
            client: httpx.Client, kind: str, method: str, path: str, **kw: object
        ) -> httpx.Response | None:
            start = time.perf_counter()
            try:
                r = client.request(method, path, **kw)  # type: ignore[arg-type]
            except httpx.HTTPError as exc:
                with lock:
                    errors.append(f"{kind}: {exc!r}")
                return None
            took = time.perf_counter() - start
            with lock:
                latencies[kind].append(took)
                if r.status_code >= 400:
                    errors.append(f"{kind}: HTTP {r.status_code} {r.text[:120]}")
            return r

        def reader(seed: int) -> None:
            rng = random.Random(seed)
            with httpx.Client(base_url=url, timeout=30) as client:
                for _ in range(MAX_REQUESTS_PER_THREAD):
                    if time.monotonic() > deadline:
                        return
                    pick = rng.random()
                    if pick < 0.1:
                        timed(client, "static file (baseline)", "GET", "/static/app.js")
                    elif pick < 0.3:
                        timed(
                            client,
                            "documents page + Arabic search",
                            "GET",
                            "/documents",
                            params={"q": rng.choice(["حلب", "غارة", "قتلى", "إدلب"])},
                        )
                    elif pick < 0.6:
                        timed(client, "document view", "GET", f"/documents/{rng.choice(docs)}")
                    elif pick < 0.7 and incidents:
                        timed(client, "incidents page", "GET", "/incidents")
                    elif pick < 0.85:
                        timed(client, "API document", "GET", f"/api/documents/{rng.choice(docs)}")
                    else:
                        timed(client, "history page", "GET", "/history")

        def writer(seed: int) -> None:
            rng = random.Random(seed)
            with httpx.Client(base_url=url, timeout=30) as client:
                for i in range(MAX_REQUESTS_PER_THREAD):
                    if time.monotonic() > deadline:
                        return
                    note = f"bench {run_tag} {seed} {i}"
                    if casualties and rng.random() < 0.5:
                        d, e, n = rng.choice(casualties)
                        body = {
                            "target_kind": "casualty",
                            "target_id": f"{d}/{e}/{n}",
                            "field": "value",
                            "action": "correct",
                            "new_value": str(rng.randint(1, 500)),
                            "note": note,
                        }
                    else:
                        d, e = rng.choice(events)
                        body = {
                            "target_kind": "event",
                            "target_id": f"{d}/{e}",
                            "action": "confirm",
                            "note": note,
                        }
                    r = timed(
                        client,
                        "POST review (coder)",
                        "POST",
                        "/api/reviews",
                        json=body,
                        headers={"authorization": f"Bearer {coder}"},
                    )
                    if r is not None and r.status_code == 201:
                        review_id = r.json()["id"]
                        with lock:
                            acknowledged.append(review_id)
                        if rng.random() < 0.3:
                            timed(
                                client,
                                "POST approve (reviewer)",
                                "POST",
                                f"/api/reviews/{review_id}/approve",
                                headers={"authorization": f"Bearer {reviewer}"},
                            )

        threads = [threading.Thread(target=reader, args=(i,)) for i in range(args.readers)]
        threads += [threading.Thread(target=writer, args=(1000 + i,)) for i in range(args.writers)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)

    stored = {
        r.id for r in store.reviews(user="bench-coder") if (r.note or "").startswith(f"bench {run_tag}")
    }
    lost = sorted(set(acknowledged) - stored)
    total = sum(len(v) for v in latencies.values())
    base = (
        statistics.median(latencies["static file (baseline)"])
        if latencies["static file (baseline)"]
        else float("nan")
    )
    print(
        f"rasid serve load run: {elapsed:.1f} s, {args.readers} readers + {args.writers} writers, "
        f"{total} requests ({total / elapsed:.0f}/s), SQLite WAL, {len(docs)} documents"
    )
    print(f"{'request':34} {'n':>6} {'p50 ms':>8} {'p99 ms':>8} {'p50 / static':>13}")
    for kind in sorted(latencies):
        v = latencies[kind]
        print(
            f"{kind:34} {len(v):6d} {1000 * _pct(v, 0.5):8.1f} {1000 * _pct(v, 0.99):8.1f} {_pct(v, 0.5) / base:13.1f}"
        )
    print(
        f"errors: {len(errors)}; reviews acknowledged: {len(acknowledged)}, stored: {len(stored)}, lost: {len(lost)}"
    )
    for e in errors[:10]:
        print("  ", e)
    store.close()
    return 0 if not errors and not lost else 1


if __name__ == "__main__":
    raise SystemExit(main())
