"""Rich tables of an evaluation report: the layer table, a row per file, the error list."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rasid.evaluate.result import EvalReport, FileResult, LayerScore


def fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _attributes(score: LayerScore) -> str:
    return "  ".join(
        f"{name} {fmt(t.accuracy)} ({t.correct}/{t.total})" for name, t in sorted(score.attributes.items())
    )


def layer_table(report: EvalReport) -> Table:
    table = Table(title=f"rasid eval: {len(report.files)} files, {report.seconds:.1f}s")
    for col in ("layer", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "layer" else "right")
    table.add_column("attribute accuracy (matched items)")
    for name, s in report.layers.items():
        table.add_row(
            name, str(s.gold), str(s.predicted), str(s.tp), str(s.fp), str(s.fn),
            fmt(s.precision), fmt(s.recall), fmt(s.f1), _attributes(s),
        )  # fmt: skip
    return table


def summary_lines(report: EvalReport) -> list[str]:
    body = report.body
    return [
        f"body score {fmt(body.accuracy)} ({body.correct}/{body.total})   macro F1 {fmt(report.macro_f1)}",
        f"title {fmt(report.title.accuracy)} ({report.title.correct}/{report.title.total})   "
        f"publisher {fmt(report.publisher.accuracy)} ({report.publisher.correct}/{report.publisher.total})   "
        f"tags F1 {fmt(report.tags.f1)}",
    ]


def file_table(files: list[FileResult]) -> Table:
    table = Table(title="per file (F1; recall where the layer is not exhaustive)")
    table.add_column("file")
    table.add_column("body", justify="right")
    names = list(files[0].layers) if files else []
    for name in names:
        table.add_column(name, justify="right")
    table.add_column("seconds", justify="right")
    for f in files:
        cells = []
        for name in names:
            s = f.layers[name]
            cells.append(fmt(s.f1) if s.exhaustive_files else f"r {fmt(s.recall)}")
        table.add_row(f.file, fmt(f.body.accuracy), *cells, f"{f.seconds:.2f}")
    return table


def print_errors(report: EvalReport, console: Console) -> None:
    current = None
    for e in report.errors:
        if e.file != current:
            current = e.file
            console.print(f"[bold]{escape(e.file)}[/bold]")
        detail = f"  [dim]{escape(e.detail)}[/dim]" if e.detail else ""
        console.print(f"  {e.kind:9} {e.layer:10} {escape(e.text)}{detail}", highlight=False)


def print_report(
    report: EvalReport, console: Console, *, per_file: bool = False, errors: bool = False
) -> None:
    console.print(layer_table(report))
    for line in summary_lines(report):
        console.print(line, highlight=False)
    if per_file:
        console.print(file_table(report.files))
    if errors:
        print_errors(report, console)
