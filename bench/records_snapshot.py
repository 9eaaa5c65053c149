"""Every record rasid extracts from the test inputs, as one JSONL, to diff two trees' output.

A speed change must not change a record. Run this before and after, then `cmp` the two files
(or diff them: one line per input, in a fixed order, each prefixed with its path):

    python bench/records_snapshot.py -o /tmp/before.jsonl
    python bench/records_snapshot.py -o /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl

The inputs are `examples/`, every text and page of `tests/gold` but the held-out dev2-check,
`../shared/gold/dev`, and the first 8 and 32 plain-text articles joined into one. Every input
runs twice in the same process and both records are written, so a per-form cache that answered
differently the second time shows up as a difference between the two lines.
"""

from __future__ import annotations

import argparse
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HELD_OUT = REPO / "tests" / "gold" / "dev2-check"
SUFFIXES = {".txt", ".html", ".htm"}


def inputs() -> list[Path]:
    """The input files in a fixed order, without the held-out set."""
    folders = [REPO / "examples", REPO / "tests" / "gold", REPO.parent / "shared" / "gold" / "dev"]
    out: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix in SUFFIXES and HELD_OUT not in path.parents and path.is_file():
                out.append(path)
    return out


def joined(paths: list[Path], n: int) -> str:
    """The first n plain-text articles as one text (the first with its title line)."""
    texts = [p.read_text(encoding="utf-8") for p in paths if p.suffix == ".txt"][:n]
    parts = [texts[0]] + [t.split("\n", 1)[1] if "\n" in t else t for t in texts[1:]]
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()

    from rasid.pipeline import default_pipeline
    from rasid.read import read_bytes, read_string

    pipeline = default_pipeline()
    paths = inputs()
    jobs: list[tuple[str, object]] = [(str(p.relative_to(REPO.parent)), p) for p in paths]
    jobs += [(f"joined-{n}", joined(paths, n)) for n in (8, 32)]
    with args.output.open("w", encoding="utf-8") as out:
        for _round in (1, 2):
            for label, item in jobs:
                if isinstance(item, Path):
                    record = pipeline.run_one(read_bytes(item.read_bytes(), uri=item.name))
                else:
                    record = pipeline.run_one(read_string(str(item), uri=label))
                out.write(f"{label}\t{record.to_json()}\n")


if __name__ == "__main__":
    main()
