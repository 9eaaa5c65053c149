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
from rasid.incidents.evaluate import Scores


def eval_incidents(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Directories searched for *.incidents.json (rasid-incidents/1), or files."),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    show_errors: Annotated[
        bool, typer.Option("--show-errors", help="List gold incidents split or merged, and every item.")
    ] = False,
    fit_on: Annotated[
        str | None,
        typer.Option(
            "--fit",
            metavar="SET",
            help="Search the merge weights on gold set SET (e.g. a); print them and every set's scores.",
        ),
    ] = None,
) -> None:
    """Merge the gold articles' events into incidents; score them against the gold clusters."""
    from rasid.incidents.evaluate import evaluate_paths, wrong_clusters

    if fit_on is not None:
        _fit(paths, fit_on, as_json)
        return
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
    rows = [("rasid", report.system), ("baseline: same day + admin-1", report.baseline)]
    sets = report.by_set()
    if len(sets) > 1:
        for name, (system, baseline) in sets.items():
            rows += [(f"rasid, set {name}", system), (f"baseline, set {name}", baseline)]
    for name, s in rows:
        table.add_row(name, *_cells(s))
    console.print(table)
    if show_errors:
        for line in wrong_clusters(report.items, report.facts):
            console.print(line, highlight=False, markup=False)


def _cells(s: Scores) -> list[str]:
    return [
        str(s.gold_pairs),
        str(s.predicted_pairs),
        *(f"{v:.3f}" for v in (s.pair_p, s.pair_r, s.pair_f1, s.b3_p, s.b3_r, s.b3_f1)),
    ]


def _fit(paths: list[Path], tune_on: str, as_json: bool) -> None:
    """`--fit SET`: the weights searched on one set, and every set's scores before and after."""
    from rasid.incidents.evaluate import extract_article
    from rasid.incidents.fit import fit
    from rasid.incidents.gold import find_gold_files, load

    try:
        golds = [load(p) for p in find_gold_files(paths)]
        result = fit(golds, extract_article, tune_on)
    except (RasidError, ValueError) as exc:
        typer.echo(f"rasid eval-incidents: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    if as_json:
        out = {
            "tuned_on": result.tuned_on,
            "values": result.values,
            "before": {k: v.to_dict() for k, v in result.before.items()},
            "after": {k: v.to_dict() for k, v in result.after.items()},
        }
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    console = Console(width=None if "COLUMNS" in os.environ else 160)
    typer.echo(f"fitted on set {tune_on}: " + ", ".join(f"{k}={v:g}" for k, v in result.values.items()))
    table = Table(title=f"rasid eval-incidents --fit {tune_on}", title_justify="left")
    for col in ("values", "gold pairs", "pred pairs", "pair P", "pair R", "pair F1", "B³ P", "B³ R", "B³ F1"):
        table.add_column(col, justify="left" if col == "values" else "right")
    for name in result.before:
        table.add_row(f"shipped, {name}", *_cells(result.before[name]))
        table.add_row(f"fitted, {name}", *_cells(result.after[name]))
    console.print(table)
