"""Running the installed `rasid` command as a user does, and small Arabic articles to feed it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RASID = shutil.which("rasid", path=str(Path(sys.executable).parent)) or "rasid"

ARTICLE = """قصف مدفعي على بلدة كفرنبل

قُتل ثلاثة مدنيين بينهم طفلان أمس السبت في قصف مدفعي على بلدة كفرنبل.
"""


def rasid(
    *args: str, stdin: str | bytes | None = None, cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    done = subprocess.run(
        [RASID, *args], input=data, capture_output=True, cwd=cwd, timeout=180, check=False, env=env
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def corpus(folder: Path, *names: str) -> Path:
    """A folder of small articles named `names` (each .txt a variant of ARTICLE)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(names):
        (folder / name).write_text(ARTICLE.replace("كفرنبل", ["كفرنبل", "سراقب", "معرة النعمان"][i % 3]))
    return folder


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()
