"""`rasid extract`, `run`, `schema` and `version` run as a user runs them: the installed command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from rasid.record import json_schema

REPO = Path(__file__).resolve().parents[2]
RASID = shutil.which("rasid", path=str(Path(sys.executable).parent)) or "rasid"

ARTICLE = """قصف مدفعي على بلدة كفرنبل

قُتل ثلاثة مدنيين بينهم طفلان أمس السبت في قصف مدفعي على بلدة كفرنبل.
"""


def rasid(*args: str, stdin: str | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [RASID, *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=120, check=False
    )


def test_extract_one_file_prints_one_json_record(tmp_path: Path) -> None:
    path = tmp_path / "kafranbel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = rasid("extract", str(path), "--published", "2016-02-15", "--pretty")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    jsonschema.validate(record, json_schema())
    assert record["title"] == "قصف مدفعي على بلدة كفرنبل"
    assert record["published"] == {"value": "2016-02-15", "precision": "day", "from": "given"}
    dates = [(m["text"], m["value"]) for m in record["mentions"] if m["kind"] == "date"]
    assert dates == [("أمس السبت", "2016-02-14")]
    assert record["warnings"] == [
        "relative date 'أمس السبت' resolved to 2016-02-14, a Sunday, but names Saturday"
    ]
    counts = [(m["text"], m["value"], m["qualifier"]) for m in record["mentions"] if m["kind"] == "quantity"]
    assert counts == [("ثلاثة مدنيين", 3.0, "exact"), ("طفلان", 2.0, "exact")]


def test_extract_directory_writes_jsonl_in_input_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ARTICLE.replace("كفرنبل", "سراقب"), encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = rasid("extract", str(tmp_path))
    assert result.returncode == 0, result.stderr
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    assert titles == ["قصف مدفعي على بلدة كفرنبل", "قصف مدفعي على بلدة سراقب"]


def test_extract_reads_stdin() -> None:
    result = rasid("extract", "-", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["uri"] == "-"
    assert record["title"] == "قصف مدفعي على بلدة كفرنبل"


def test_missing_input_is_one_line_error_and_exit_1(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = rasid("extract", str(missing))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == f"rasid: {missing}: no such file or directory"


def test_partial_failure_writes_good_records_and_exits_3(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    wire = tmp_path / "wire.jsonl"
    wire.write_text('{"text": "خبر\\n\\nنص الخبر."}\n{not json}\n', encoding="utf-8")
    result = rasid("extract", str(good), str(wire))
    assert result.returncode == 3
    assert len(result.stdout.splitlines()) == 2
    assert f"{wire}:2" in result.stderr


def test_bad_published_date_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = rasid("extract", str(path), "--published", "15/02/2016")
    assert result.returncode == 2  # bad usage, as the README says
    assert "Invalid value for '--published': not a date in the form YYYY-MM-DD: '15/02/2016'" in result.stderr
    assert result.stdout == ""


def test_run_writes_records_and_failures_and_is_idempotent(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    out = tmp_path / "out"
    first = rasid("run", str(corpus), "--out", str(out))
    assert first.returncode == 3, first.stderr
    records = (out / "records.jsonl").read_text(encoding="utf-8")
    failures = [
        json.loads(line) for line in (out / "failures.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [f["source"] for f in failures] == [str(corpus / "empty.txt")]
    assert failures[0]["problem"] == "empty input"
    assert "1 records, 1 failures" in first.stdout
    assert "seconds per stage: clean " in first.stdout
    again = rasid("run", str(corpus), "--out", str(out))
    assert again.returncode == 3
    assert (out / "records.jsonl").read_text(encoding="utf-8") == records


def test_run_on_bundled_examples_extracts_every_article(tmp_path: Path) -> None:
    result = rasid("run", "examples", "--out", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    records = [
        json.loads(line) for line in (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(records) == 18  # 15 pages and 3 wire items
    assert (tmp_path / "failures.jsonl").read_text(encoding="utf-8") == ""
    legacy = next(r for r in records if r["source"]["uri"].endswith("ariha-market-cp1256.html"))
    assert legacy["source"]["encoding"] == "windows-1256"
    assert "أريحا" in legacy["text"]
    for record in records:
        jsonschema.validate(record, json_schema())


def test_schema_command_prints_the_shipped_schema() -> None:
    result = rasid("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == json_schema()


def test_version_and_help_document_exit_codes() -> None:
    assert rasid("version").stdout.startswith("rasid 0.1.0 (rasid/1)")
    help_text = rasid("--help").stdout
    assert "Exit codes" in help_text
    assert "some inputs failed" in help_text


@pytest.mark.parametrize("command", ["extract", "run", "schema", "version", "eval", "eval-ner"])
def test_every_command_is_documented_in_the_readme(command: str) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"rasid {command}" in readme
