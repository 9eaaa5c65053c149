"""`rasid eval-incidents`: pairwise and B³ scores of incident merging on cluster gold."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from rasid.errors import EXIT_FAILED, RasidError


def eval_incidents(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Directories searched for *.incidents.json (rasid-incidents/1), or files."),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    show_errors: Annotated[
        bool, typer.Option("--show-errors", help="List gold incidents split or merged, and every item.")
    ] = False,
) -> None:
    """Merge the gold articles' events into incidents; score them against the gold clusters."""
    from rasid.incidents.evaluate import evaluate_paths, wrong_clusters

    try:
        report = evaluate_paths(paths)
    except RasidError as exc:
        typer.echo(f"rasid eval-incidents: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    if not report.items:
        typer.echo(f"rasid eval-incidents: no gold events under {', '.join(map(str, paths))}", err=True)
        raise typer.Exit(EXIT_FAILED)
    for failure in report.failures:
        typer.echo(f"rasid eval-incidents: {failure}", err=True)
    if as_json:
        typer.echo(json.dumps(report.to_dict(items=show_errors), ensure_ascii=False, indent=2))
        return
    console = Console(width=None if "COLUMNS" in os.environ else 160)
    table = Table(
        title=(
            f"rasid eval-incidents: {report.articles} articles, {len(report.items)} gold events "
            f"({report.aligned} aligned), {len({i.gold for i in report.items})} gold incidents"
        ),
        title_justify="left",
    )
    for col in ("method", "gold pairs", "pred pairs", "pair P", "pair R", "pair F1", "B³ P", "B³ R", "B³ F1"):
        table.add_column(col, justify="left" if col == "method" else "right")
    for name, s in (("rasid", report.system), ("baseline: same day + admin-1", report.baseline)):
        table.add_row(
            name,
            str(s.gold_pairs),
            str(s.predicted_pairs),
            *(f"{v:.3f}" for v in (s.pair_p, s.pair_r, s.pair_f1, s.b3_p, s.b3_r, s.b3_f1)),
        )
    console.print(table)
    if show_errors:
        for line in wrong_clusters(report.items):
            console.print(line, highlight=False)
