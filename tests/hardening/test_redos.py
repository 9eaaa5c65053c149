"""No catastrophic backtracking: every rasid regex runs on adversarial strings within a budget.

A child process runs the patterns one by one (tests/hardening/redos_probe.py) and says
when each starts and ends; a pattern that has not ended within PATTERN_SECONDS is stuck in
exponential backtracking (a linear or quadratic one takes milliseconds on these strings),
and the child is killed.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PATTERN_SECONDS = 10.0
SETUP_SECONDS = 120.0


def _probe(code: str, budget: float) -> tuple[list[str], str | None]:
    """Lines the probe printed, and the pattern it was stuck in (None when it finished)."""
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None
    out: list[str] = []
    started: str | None = None
    deadline = time.monotonic() + SETUP_SECONDS
    try:
        while True:
            ready, _, _ = select.select([child.stdout], [], [], max(deadline - time.monotonic(), 0))
            if not ready:
                return out, started or "<setup>"
            line = child.stdout.readline()
            if not line:
                assert child.wait() == 0, out[-3:]
                return out, None
            out.append(line.rstrip("\n"))
            if line.startswith("start "):
                started = line.rstrip("\n")
                deadline = time.monotonic() + budget
            elif line.startswith("done "):
                started = None
    finally:
        child.kill()
        child.wait()


def test_every_rasid_regex_survives_adversarial_input() -> None:
    lines, stuck = _probe("from tests.hardening.redos_probe import main; main()", PATTERN_SECONDS)
    assert stuck is None, f"catastrophic backtracking: {stuck}"
    count = int(lines[0].split()[1])
    assert count >= 100  # the collector really found rasid's patterns
    assert sum(line.startswith("done ") for line in lines) == count


def test_the_probe_catches_an_exponential_pattern() -> None:
    code = (
        "import re\n"
        "from tests.hardening.redos_probe import probe\n"
        "print('start 0 evil', flush=True)\n"
        "probe(re.compile(r'(a|aa)+$'))\n"
        "print('done 0', flush=True)\n"
    )
    _, stuck = _probe(code, 2.0)
    assert stuck == "start 0 evil"
