"""Instructions of one warm pass over the dev texts, counted by valgrind's callgrind: the figure
a small speed or clean-up change is judged by (wall time on a shared machine is noise; the
count repeats to about 0.05 %).

The pipeline runs two warm-up passes uninstrumented, then callgrind is switched on only around
one more pass (`callgrind_control -i on/off`, from this script's parent process) and the total
is printed. It imports whichever rasid is first on `sys.path`, so a baseline tree is measured
with PYTHONPATH, in the same way, one after the other:

    PYTHONPATH=/tmp/base/src .venv/bin/python bench/bench_instructions.py
    .venv/bin/python bench/bench_instructions.py
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "gold" / "dev"
WARM_PASSES = 2


def child(flags: Path, folder: Path) -> None:
    """Warm up, wait for the parent to switch counting on, run one pass, say so and wait."""
    from rasid.pipeline import default_pipeline
    from rasid.read import read_bytes

    items = [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.txt"))]
    pipeline = default_pipeline()
    for _ in range(WARM_PASSES):
        for name, data in items:
            pipeline.run_one(read_bytes(data, uri=name))
    _signal_and_wait(flags, "ready", "go")
    for name, data in items:
        pipeline.run_one(read_bytes(data, uri=name))
    _signal_and_wait(flags, "done", "stop")


def _signal_and_wait(flags: Path, say: str, until: str) -> None:
    (flags / say).touch()
    while not (flags / until).exists():
        time.sleep(0.2)


def _wait_for(flags: Path, name: str, proc: subprocess.Popen[bytes]) -> None:
    while not (flags / name).exists():
        if proc.poll() is not None:
            raise SystemExit(f"the measured process ended early (exit {proc.returncode})")
        time.sleep(0.5)


def measure(folder: Path, keep: Path | None = None) -> int:
    """The instructions (callgrind's Ir) of one warm pass over the texts of `folder`; `keep` is
    where callgrind's profile is copied for `callgrind_annotate`."""
    with tempfile.TemporaryDirectory() as tmp:
        flags, out = Path(tmp), Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0"}  # the same set and dict orders every run
        command = [
            "valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
            sys.executable, __file__, "--child", str(flags), "--texts", str(folder),
        ]  # fmt: skip
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for(flags, "ready", proc)
        subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True)
        (flags / "go").touch()
        _wait_for(flags, "done", proc)
        subprocess.run(["callgrind_control", "-i", "off", str(proc.pid)], check=True, capture_output=True)
        (flags / "stop").touch()
        proc.wait()
        if keep is not None:
            shutil.copyfile(out, keep)
        found = re.search(r"^totals: (\d+)", out.read_text(encoding="utf-8"), re.MULTILINE)
        if found is None:
            raise SystemExit(f"no totals line in {out}")
        return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--texts", type=Path, default=DEV, help="a folder of .txt articles (default: the dev texts)"
    )
    parser.add_argument("--keep", type=Path, help="copy callgrind's profile here (for callgrind_annotate)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.texts)
        return
    import rasid

    total = measure(args.texts, args.keep)
    print(f"{total:,} instructions, one warm pass over {args.texts} ({Path(rasid.__file__).parent})")


if __name__ == "__main__":
    main()
