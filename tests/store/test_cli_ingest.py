"""`rasid ingest`, `failures`, `search` and `db` as a user runs them: the installed command, real files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from rasid.store import Store
from rasid.store import schema as t

from .conftest import EXAMPLES, REPO

RASID = shutil.which("rasid", path=str(Path(sys.executable).parent)) or "rasid"
#: Columns that say when or in which run a row was written: they differ between two runs.
VOLATILE = {"run_id", "ingested", "created", "updated"}


def rasid(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run(
        [RASID, *args], capture_output=True, text=True, cwd=cwd, timeout=300, check=False, env=env
    )


def contents(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows without run bookkeeping (the runs table, times, run ids), sorted."""
    with Store.open(url, hooks=False) as store, store.read() as conn:
        out: dict[str, list[tuple[Any, ...]]] = {}
        for name, table in t.metadata.tables.items():
            if name == "runs":
                continue
            cols = [
                c
                for c in table.columns
                if c.name not in VOLATILE and not (name == "failures" and c.name == "id")
            ]
            out[name] = sorted((tuple(row) for row in conn.execute(sa.select(*cols))), key=repr)
        if store.dialect == "sqlite":
            fts = conn.exec_driver_sql("SELECT doc_id, body FROM documents_fts").all()
            out["documents_fts"] = sorted((tuple(row) for row in fts), key=repr)
        return out


def count_documents(url: str) -> int:
    engine = Store.open(url, hooks=False, migrate=False).engine
    try:
        with engine.connect() as conn:
            return conn.scalar(sa.select(sa.func.count()).select_from(t.documents)) or 0
    except sa.exc.SQLAlchemyError:  # not created yet
        return 0
    finally:
        engine.dispose()


def corpus(folder: Path, copies: int) -> Path:
    """Real sample articles, each in `copies` variants (a closing line makes each its own document),
    and a JSONL file with one broken line."""
    folder.mkdir()
    texts = sorted(EXAMPLES.rglob("*.txt"))
    for n in range(copies):
        for path in texts:
            text = path.read_text(encoding="utf-8")
            (folder / f"{path.stem}-{n:02d}.txt").write_text(
                text + f"\n\nتحديث رقم {n + 1}\n", encoding="utf-8"
            )
    wire = (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    (folder / "wire.jsonl").write_text("\n".join([wire[0], "{not json", wire[2]]) + "\n", encoding="utf-8")
    return folder


def test_ingest_twice_then_failures_and_search(new_store_url: Callable[[], str], tmp_path: Path) -> None:
    db = new_store_url()
    broken = tmp_path / "wire.jsonl"
    lines = (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    broken.write_text(lines[0] + "\n{not json\n", encoding="utf-8")

    first = rasid("ingest", str(EXAMPLES), str(broken), "--db", db)
    assert first.returncode == 3, first.stderr
    assert first.stdout.strip().startswith(
        "18 stored, 1 already stored, 1 failed"
    )  # line 1 = wire.jsonl line 1
    assert f"rasid: {broken}:2: not valid JSON" in first.stderr

    again = rasid("ingest", str(EXAMPLES), "--db", db)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip().startswith("0 stored, 18 already stored, 0 failed")

    listed = rasid("failures", "--db", db, "--json")
    assert [json.loads(line)["source"] for line in listed.stdout.splitlines()] == [f"{broken}:2"]
    assert "not valid JSON" in rasid("failures", "--db", db).stdout

    taiz = (EXAMPLES / "taiz-shelling.txt").read_text(encoding="utf-8") + "\n\nتحديث\n"
    fixed = json.dumps({"text": taiz, "url": "https://news.example/taiz-update"}, ensure_ascii=False)
    broken.write_text(lines[0] + "\n" + fixed + "\n", encoding="utf-8")  # the line is fixed
    retried = rasid("ingest", "--retry-failed", "--db", db)
    assert retried.returncode == 0, retried.stderr
    assert retried.stdout.strip().startswith("1 stored, 1 already stored, 0 failed")
    assert rasid("failures", "--db", db).stdout.strip() == "no failures"
    history = [
        json.loads(line) for line in rasid("failures", "--db", db, "--all", "--json").stdout.splitlines()
    ]
    assert [(f["source"], f["retried"], f["resolved"]) for f in history] == [(f"{broken}:2", 1, True)]

    found = rasid("search", "بالغوطه", "--db", db, "--json")
    assert found.returncode == 0, found.stderr
    (hit,) = [json.loads(line) for line in found.stdout.splitlines()]
    assert hit["uri"].endswith("ghouta-cluster-munitions.txt") and "الغوطة" in hit["snippet"]
    shown = rasid("search", "قصف تعز", "--db", db)
    assert "تسعة قتلى بينهم أربعة أطفال بقصف حوثي على أحياء سكنية في تعز" in shown.stdout
    assert rasid("search", "كلمةغيرموجودة", "--db", db).stdout.strip() == "no matches"


def test_usage_and_store_errors_are_one_line(tmp_path: Path) -> None:
    no_inputs = rasid("ingest", "--db", str(tmp_path / "r.db"))
    assert (
        no_inputs.returncode == 2
        and no_inputs.stderr.strip() == "rasid: ingest needs inputs (or --retry-failed)"
    )
    refused = rasid("ingest", str(EXAMPLES), "--db", "postgresql://nobody@127.0.0.1:9/none")
    assert refused.returncode == 1
    assert refused.stderr.startswith("rasid: postgresql://nobody@127.0.0.1:9/none: cannot open the store (")
    assert len(refused.stderr.strip().splitlines()) == 1
    missing = rasid("ingest", str(tmp_path / "nothing.txt"), "--db", str(tmp_path / "r.db"))
    assert missing.returncode == 1 and "nothing.txt: no such file or directory" in missing.stderr
    assert rasid("db", "current", "--db", str(tmp_path / "r.db")).stdout.endswith(
        "schema 0001_initial (newest 0001_initial)\n"
    )


def test_a_run_killed_mid_way_and_run_again_stores_what_one_run_stores(
    new_store_url: Callable[[], str], tmp_path: Path
) -> None:
    inputs = corpus(tmp_path / "corpus", copies=4)
    whole = new_store_url()
    complete = rasid("ingest", str(inputs), "--db", whole, "--batch-size", "2")
    assert complete.returncode == 3, complete.stderr  # the broken JSONL line
    n_documents = count_documents(whole)
    assert n_documents == 4 * len(list(EXAMPLES.rglob("*.txt"))) + 2

    killed = new_store_url()
    Store.open(killed, hooks=False).close()  # created, so it can be polled
    process = subprocess.Popen(
        [RASID, "ingest", str(inputs), "--db", killed, "--batch-size", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 240
    while count_documents(killed) < 6 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=60) == -signal.SIGKILL
    part = count_documents(killed)
    assert 6 <= part < n_documents, "the run was not killed mid-way"

    rerun = rasid("ingest", str(inputs), "--db", killed, "--batch-size", "2")
    assert rerun.returncode == 3, rerun.stderr
    assert rerun.stdout.strip().startswith(f"{n_documents - part} stored, {part} already stored, 1 failed")
    assert contents(killed) == contents(whole)


@pytest.mark.parametrize("command", ["ingest", "failures", "search", "db upgrade"])
def test_store_commands_are_documented_in_the_readme(command: str) -> None:
    assert f"rasid {command}" in (REPO / "README.md").read_text(encoding="utf-8")
