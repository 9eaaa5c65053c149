"""Generated corpora for the batch tests, made once per session from the sample articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasid.batch.corpus import write_corpus
from rasid.batch.run import IN_PROCESS
from rasid.cli.main import app

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


def expected_ids(corpus: Path) -> list[str]:
    return (corpus / "ids.csv").read_text(encoding="utf-8").split()


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """150 articles in every format (text files, HTML files, JSONL, WARC.gz)."""
    out = tmp_path_factory.mktemp("small-corpus")
    write_corpus(EXAMPLES, out, 150, seed=11)
    return out


@pytest.fixture(scope="session")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 articles: the size the issue asks the LocalCluster test to run on."""
    out = tmp_path_factory.mktemp("big-corpus")
    write_corpus(EXAMPLES, out, 2000, seed=5)
    return out


@pytest.fixture(scope="session")
def one_process(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`rasid batch` of the small corpus in this process, in 6 partitions."""
    out = tmp_path_factory.mktemp("one-process") / "out"
    result = CliRunner().invoke(
        app, ["batch", str(small_corpus), "--out", str(out), "--scheduler", IN_PROCESS, "--partitions", "6"]
    )
    assert result.exit_code == 0, result.output
    return out
