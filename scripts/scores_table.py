"""Render `rasid eval --json` as the Markdown table the README shows.

Usage: rasid eval ../shared/gold/dev tests/gold/*.gold.json --json | python scripts/scores_table.py
"""

from __future__ import annotations

import json
import sys


def fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def main() -> None:
    report = json.load(sys.stdin)
    print("| layer | gold | predicted | P | R | F1 | attribute accuracy |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, layer in report["layers"].items():
        attrs = ", ".join(f"{k} {fmt(v['accuracy'])}" for k, v in layer["attributes"].items())
        print(
            f"| {name} | {layer['gold']} | {layer['predicted']} | {fmt(layer['precision'])} "
            f"| {fmt(layer['recall'])} | {fmt(layer['f1'])} | {attrs} |"
        )
    extra = ", ".join(f"{k} {fmt(v)}" for k, v in report["attributes"].items())
    print(f"\nBody score {fmt(report['body'])}; macro F1 {fmt(report['macro_f1'])}; {extra}.")


if __name__ == "__main__":
    main()
