"""The `rasid` command: registers one module per command."""

from __future__ import annotations

import typer

from rasid.cli import evaluate, extract_cmd, run_cmd, schema_cmd, version_cmd

HELP = """rasid: Arabic news reports to sourced, structured records (schema rasid/1).

Exit codes: 0 success; 1 the run failed (no input could be processed, or a bad gold
file); 2 bad usage; 3 some inputs failed (the others were written; each failure is
reported on stderr); 4 `rasid eval --check` found a layer below its pinned floor.
"""

app = typer.Typer(help=HELP, no_args_is_help=True, add_completion=False, rich_markup_mode=None)
app.command("run")(run_cmd.run)
app.command("extract")(extract_cmd.extract)
app.command("schema")(schema_cmd.schema)
app.command("version")(version_cmd.version)
app.command("eval")(evaluate.eval_command)
app.command("eval-ner")(evaluate.eval_ner_command)


def main() -> None:
    app()
