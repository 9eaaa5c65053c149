"""`rasid eval` (gold directories) and `rasid eval-ner` (a CoNLL corpus)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from rasid.errors import EXIT_EVAL_BELOW_FLOOR, EXIT_FAILED, RasidError


def _console() -> Console:
    """Terminal width on a terminal; wide enough for the tables when piped (unless COLUMNS says)."""
    console = Console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(width=160)
    return console


def _fail(command: str, message: str) -> typer.Exit:
    typer.echo(f"rasid {command}: {message}", err=True)
    return typer.Exit(EXIT_FAILED)


def eval_command(
    dirs: Annotated[
        list[Path], typer.Argument(help="Directories searched recursively for *.gold.json (or files).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    per_file: Annotated[bool, typer.Option("--per-file", help="Add a row per gold file.")] = False,
    show_errors: Annotated[
        bool, typer.Option("--show-errors", help="List every miss, false positive and wrong attribute.")
    ] = False,
    check: Annotated[
        Path | None, typer.Option("--check", help="Baseline JSON; exit 4 when a score is below its floor.")
    ] = None,
) -> None:
    """Score the pipeline against gold annotations: P/R/F1 per layer, attribute accuracy, body score."""
    from rasid.evaluate.baseline import check_floors, load_baseline
    from rasid.evaluate.render import print_report
    from rasid.evaluate.run import evaluate_golds, load_golds

    try:
        baseline = load_baseline(check) if check else None
        golds = load_golds(dirs)
        if not golds:
            raise RasidError(f"no *.gold.json under {', '.join(map(str, dirs))}")
        report = evaluate_golds(golds)
        shortfalls = check_floors(report, baseline) if baseline else []
    except KeyError as exc:
        raise _fail("eval", f"{check}: unknown floor key {exc}") from None
    except RasidError as exc:
        raise _fail("eval", str(exc)) from None
    if as_json:
        out = report.to_dict(per_file=per_file, errors=show_errors)
        if baseline:
            out["below_floor"] = [{"key": s.key, "value": s.value, "floor": s.floor} for s in shortfalls]
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print_report(report, _console(), per_file=per_file, errors=show_errors)
    for s in shortfalls:
        typer.echo(f"below floor: {s}", err=True)
    if shortfalls:
        raise typer.Exit(EXIT_EVAL_BELOW_FLOOR)


def eval_ner_command(
    corpus: Annotated[
        Path, typer.Argument(help="CoNLL file: 'token tag' lines, blank line between sentences.")
    ],
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N sentences.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    system: Annotated[
        str,
        typer.Option(
            "--system",
            help="combined (actors and places with the name tagger), rules (without it) or tagger (alone).",
        ),
    ] = "combined",
    part: Annotated[
        str,
        typer.Option(
            "--part", help="all, or train / held-back: the first 90 % or the last 10 % of the tokens."
        ),
    ] = "all",
) -> None:
    """Entity-level exact-match P/R/F1 of actor and place mentions on a CoNLL NER corpus."""
    from rasid.evaluate.ner import run_ner
    from rasid.evaluate.render import fmt

    try:
        run = run_ner(corpus, limit=limit, system=system, part=part)
    except RasidError as exc:
        raise _fail("eval-ner", str(exc)) from None
    if as_json:
        typer.echo(json.dumps(run.to_dict(), ensure_ascii=False, indent=2))
        return
    rate = run.tokens / run.seconds if run.seconds else 0.0
    table = Table(
        title=f"rasid eval-ner ({system}, {part}): {run.sentences} sentences, {run.tokens} tokens, "
        f"{run.seconds:.1f}s"
    )
    for col in ("type", "gold", "pred", "TP", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "type" else "right")
    rows = [*run.score.per_type.items(), ("micro", run.score.micro)]
    for name, c in rows:
        table.add_row(
            name, str(c.tp + c.fn), str(c.tp + c.fp), str(c.tp), fmt(c.precision), fmt(c.recall), fmt(c.f1)
        )
    console = _console()
    console.print(table)
    console.print(f"{rate:,.0f} tokens/s", highlight=False)
