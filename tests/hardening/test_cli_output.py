"""Output is checked before it is touched, written atomically, locked, and errors are one line."""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

import pytest
from tests.hardening.support import ARTICLE, corpus, lines, rasid


@pytest.fixture
def earlier(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """A corpus, and an output folder holding the records of an earlier good run."""
    src = corpus(tmp_path / "corpus", "a.txt", "b.txt")
    out = tmp_path / "out"
    first = rasid("run", str(src), "--out", str(out))
    assert first.returncode == 0, first.stderr
    before = {name: (out / name).read_text(encoding="utf-8") for name in ("records.jsonl", "failures.jsonl")}
    assert len(before["records.jsonl"].splitlines()) == 2
    return src, out, before


def _unchanged(out: Path, before: dict[str, str]) -> None:
    assert {name: (out / name).read_text(encoding="utf-8") for name in before} == before
    assert sorted(p.name for p in out.iterdir()) == [
        ".rasid-output",
        ".rasid.lock",
        "failures.jsonl",
        "records.jsonl",
    ]  # no temporary file left behind


@pytest.mark.parametrize("bad", ["notadate", "2016-02-15garbage", "15/02/2016", "2016-02-30"])
def test_a_bad_published_date_is_usage_and_leaves_earlier_output(
    earlier: tuple[Path, Path, dict[str, str]], bad: str
) -> None:
    src, out, before = earlier
    result = rasid("run", str(src), "--out", str(out), "--published", bad)
    assert result.returncode == 2
    assert f"Invalid value for '--published': not a date in the form YYYY-MM-DD: '{bad}'" in result.stderr
    assert "Traceback" not in result.stderr
    _unchanged(out, before)


def test_extract_refuses_a_date_with_trailing_garbage(tmp_path: Path) -> None:
    src = corpus(tmp_path / "c", "a.txt")
    result = rasid("extract", str(src / "a.txt"), "--published", "2016-02-15garbage")
    assert result.returncode == 2
    assert result.stdout == ""


@pytest.mark.parametrize("workers", ["0", "-3"])
def test_workers_below_one_are_refused(earlier: tuple[Path, Path, dict[str, str]], workers: str) -> None:
    src, out, before = earlier
    result = rasid("run", str(src), "--out", str(out), "--workers", workers)
    assert result.returncode == 2
    assert f"Invalid value for '--workers': must be at least 1, got {workers}" in result.stderr
    _unchanged(out, before)


def test_workers_are_capped_at_the_cpus_with_a_warning(tmp_path: Path) -> None:
    src = corpus(tmp_path / "c", "a.txt")
    result = rasid("extract", str(src / "a.txt"), "--workers", "1000")
    assert result.returncode == 0, result.stderr
    cpus = len(os.sched_getaffinity(0))
    assert f"rasid: warning: --workers 1000 capped at the {cpus} CPUs of this machine" in result.stderr
    assert json.loads(result.stdout)["title"] == "قصف مدفعي على بلدة كفرنبل"


def test_a_second_run_into_a_folder_in_use_is_refused(earlier: tuple[Path, Path, dict[str, str]]) -> None:
    src, out, before = earlier
    with (out / ".rasid.lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running `rasid run` holds it
        result = rasid("run", str(src), "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.strip() == f"rasid: {out}: another rasid run is writing to this folder"
    _unchanged(out, before)
    assert rasid("run", str(src), "--out", str(out)).returncode == 0  # released: runs again


def test_out_naming_a_file_is_usage(tmp_path: Path) -> None:
    src = corpus(tmp_path / "c", "a.txt")
    target = tmp_path / "records.txt"
    target.write_text("keep me", encoding="utf-8")
    result = rasid("run", str(src), "--out", str(target))
    assert result.returncode == 2
    assert result.stderr.strip() == f"rasid: {target}: exists and is not a folder"
    assert target.read_text(encoding="utf-8") == "keep me"


def test_an_unwritable_output_folder_is_a_one_line_error(tmp_path: Path) -> None:
    src = corpus(tmp_path / "c", "a.txt")
    result = rasid("run", str(src), "--out", "/sys/rasid-out")  # sysfs refuses new folders, even to root
    assert result.returncode == 1
    assert result.stderr.strip() == "rasid: /sys/rasid-out: operation not permitted"


def test_extract_to_a_full_disk_is_a_one_line_error(tmp_path: Path) -> None:
    src = corpus(tmp_path / "c", "a.txt", "b.txt")
    result = rasid("extract", str(src), "-o", "/dev/full")
    assert result.returncode == 1
    assert result.stderr.strip() == "rasid: /dev/full: no space left on device"


def test_extract_output_is_replaced_only_when_complete(tmp_path: Path) -> None:
    src = corpus(tmp_path / "c", "a.txt", "b.txt")
    target = tmp_path / "records.jsonl"
    assert rasid("extract", str(src), "-o", str(target)).returncode == 0
    good = target.read_text(encoding="utf-8")
    assert len(good.splitlines()) == 2
    bad = rasid("extract", str(src), "-o", str(target), "--published", "nope")
    assert bad.returncode == 2
    assert target.read_text(encoding="utf-8") == good
    folder = rasid("extract", str(src), "-o", str(tmp_path))
    assert folder.returncode == 2
    assert folder.stderr.strip() == f"rasid: {tmp_path}: is a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "records.jsonl"]


def test_run_never_reads_its_own_output_folder(tmp_path: Path) -> None:
    src = corpus(tmp_path / "c", "a.txt", "b.txt")
    for _ in range(2):
        result = rasid("run", ".", "--out", "out", cwd=src)
        assert result.returncode == 0, result.stdout + result.stderr
        assert len(lines(src / "out" / "records.jsonl")) == 2
        assert lines(src / "out" / "failures.jsonl") == []


def test_folders_yield_only_regular_files(tmp_path: Path) -> None:
    """A FIFO would block the run and a link to /dev/zero never ends: both are refused."""
    src = corpus(tmp_path / "c", "a.txt")
    os.mkfifo(src / "pipe.txt")
    (src / "zero.txt").symlink_to("/dev/zero")
    out = tmp_path / "out"
    result = rasid("run", str(src), "--out", str(out))
    assert result.returncode == 3, result.stdout + result.stderr
    assert len(lines(out / "records.jsonl")) == 1
    failures = [json.loads(line) for line in lines(out / "failures.jsonl")]
    assert failures == [
        {"source": str(src / "pipe.txt"), "problem": "not a regular file (a named pipe)"},
        {"source": str(src / "zero.txt"), "problem": "not a regular file (a character device)"},
    ]


def test_one_bad_jsonl_line_fails_alone_and_later_lines_go_on(tmp_path: Path) -> None:
    good = json.dumps({"text": ARTICLE}, ensure_ascii=False)
    wire = tmp_path / "in" / "wire.jsonl"
    wire.parent.mkdir()
    wire.write_text(
        "\n".join([good, '{"text": "x", "n": ' + "9" * 5000 + "}", "[" * 100_000, good]) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = rasid("run", str(wire.parent), "--out", str(out))
    assert result.returncode == 3, result.stdout + result.stderr
    assert len(lines(out / "records.jsonl")) == 2
    assert [json.loads(line) for line in lines(out / "failures.jsonl")] == [
        {"source": f"{wire}:2", "problem": "not valid JSON (a number with too many digits)"},
        {"source": f"{wire}:3", "problem": "not valid JSON (nested too deeply)"},
    ]


def test_piped_jsonl_with_a_bad_line_is_still_jsonl() -> None:
    good = json.dumps({"text": ARTICLE}, ensure_ascii=False)
    result = rasid("extract", "-", stdin=f"{good}\n{good}\noops\n")
    assert result.returncode == 3
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == ["قصف مدفعي على بلدة كفرنبل"] * 2
    assert result.stderr.strip().startswith("rasid: -:3: not valid JSON")


def test_input_limits_from_options_and_environment(tmp_path: Path) -> None:
    src = corpus(tmp_path / "c", "a.txt")
    path = src / "a.txt"
    size = path.stat().st_size
    small = rasid("extract", str(path), "--max-bytes", str(size - 1))
    assert small.returncode == 1
    assert small.stderr.strip() == (
        f"rasid: {path}: larger than the input limit of {size - 1} bytes (--max-bytes)"
    )
    env = {**os.environ, "RASID_MAX_INPUT_BYTES": str(size - 1)}
    assert rasid("extract", str(path), env=env).returncode == 1
    assert rasid("extract", str(path), "--max-bytes", str(size)).returncode == 0
    chars = rasid("extract", str(path), "--max-chars", "20")
    assert chars.returncode == 1
    assert chars.stderr.strip() == (
        f"rasid: {path}: article text longer than the limit of 20 characters (--max-chars)"
    )
    bad_env = rasid("extract", str(path), env={**os.environ, "RASID_DOC_SECONDS": "soon"})
    assert bad_env.returncode == 2
    assert "RASID_DOC_SECONDS: not a valid value: 'soon'" in bad_env.stderr


def test_an_interrupted_run_leaves_the_earlier_output_whole(tmp_path: Path) -> None:
    """Records streamed so far stay in a hidden temporary file, removed when the run stops."""
    from rasid.cli.output import OutputFolder

    out = tmp_path / "out"
    out.mkdir()
    (out / "records.jsonl").write_text('{"earlier": 1}\n', encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), OutputFolder(out) as folder:
        folder.open("records.jsonl").write('{"half": ')
        assert any(p.name.startswith(".records.jsonl.") for p in out.iterdir())
        raise KeyboardInterrupt
    assert (out / "records.jsonl").read_text(encoding="utf-8") == '{"earlier": 1}\n'
    assert sorted(p.name for p in out.iterdir()) == [".rasid-output", ".rasid.lock", "records.jsonl"]


def test_limits_reach_worker_processes(tmp_path: Path) -> None:
    src = corpus(tmp_path / "c", "a.txt", "b.txt")
    out = tmp_path / "out"
    result = rasid("run", str(src), "--out", str(out), "--workers", "2", "--max-chars", "20")
    assert result.returncode == 1, result.stdout + result.stderr
    problems = {json.loads(line)["problem"] for line in lines(out / "failures.jsonl")}
    assert problems == {"article text longer than the limit of 20 characters (--max-chars)"}
