"""Run one fuzz target for N inputs: `python -m fuzz.run TARGET RUNS`.

With atheris (coverage-guided, libFuzzer; rasid's modules instrumented) when it is
installed (libFuzzer's last line: `Done N runs in S second(s)`), else hypothesis with RUNS
examples (`fuzz TARGET: N inputs in S s, engine hypothesis`). A finding fails the run;
atheris saves the input under fuzz/findings/.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

FINDINGS = Path(__file__).resolve().parent / "findings"
MAX_LEN = 256


def _atheris(name: str, runs: int) -> None:
    import atheris

    with atheris.instrument_imports(include=["rasid"]):
        import rasid.api
        import rasid.clean.stage
        import rasid.read
        import rasid.recognise.dates.grammar
        import rasid.runner  # noqa: F401
    from fuzz.targets import DOC_SECONDS, TARGETS

    target = TARGETS[name]
    target(b"\x01" + "قصف على البلدة أمس السبت 15 شباط 2016".encode())  # load the language data first
    FINDINGS.mkdir(exist_ok=True)
    atheris.Setup(
        [
            sys.argv[0],
            f"-runs={runs}",
            f"-max_len={MAX_LEN}",
            "-seed=14",
            f"-timeout={int(DOC_SECONDS) + 5}",
            "-rss_limit_mb=3072",
            f"-artifact_prefix={FINDINGS}/{name}-",
            "-len_control=0",
        ],
        target,
    )
    atheris.Fuzz()  # libFuzzer ends the process, printing "Done N runs in S second(s)"


def _hypothesis(name: str, runs: int) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from fuzz.targets import TARGETS

    target = TARGETS[name]
    counted = [0]

    @settings(max_examples=runs, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.binary(max_size=MAX_LEN))
    def one(data: bytes) -> None:
        counted[0] += 1
        target(data)

    began = time.perf_counter()
    one()
    seconds = time.perf_counter() - began
    print(f"fuzz {name}: {counted[0]} inputs in {seconds:.0f} s, engine hypothesis", flush=True)


def main() -> None:
    name, runs = sys.argv[1], int(sys.argv[2])
    try:
        import atheris  # noqa: F401
    except ImportError:
        _hypothesis(name, runs)
    else:
        _atheris(name, runs)


if __name__ == "__main__":
    main()
