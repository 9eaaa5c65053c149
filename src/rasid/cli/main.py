"""The `rasid` command: registers one module per command."""

from __future__ import annotations

import typer

from rasid.cli import (
    batch_cmd,
    db_cmd,
    eval_incidents_cmd,
    evaluate,
    export_cmd,
    extract_cmd,
    failures_cmd,
    incidents_cmd,
    ingest_cmd,
    run_cmd,
    schema_cmd,
    search_cmd,
    serve_cmd,
    user_cmd,
    version_cmd,
)
from rasid.pipeline import own_the_collector

HELP = """rasid: Arabic news reports to sourced, structured records (schema rasid/1).

Exit codes: 0 success; 1 the run failed (no input could be processed, or a bad gold
file); 2 bad usage; 3 some inputs failed (the others were written; each failure is
reported on stderr); 4 `rasid eval --check` found a layer below its pinned floor.
"""

app = typer.Typer(help=HELP, no_args_is_help=True, add_completion=False, rich_markup_mode=None)
app.callback()(own_the_collector)  # the command owns its process: the pipeline may tune its collector
app.command("run")(run_cmd.run)
app.command("extract")(extract_cmd.extract)
app.command("schema")(schema_cmd.schema)
app.command("version")(version_cmd.version)
app.command("eval")(evaluate.eval_command)
app.command("eval-ner")(evaluate.eval_ner_command)
app.command("ingest")(ingest_cmd.ingest)
app.command("failures")(failures_cmd.failures)
app.command("search")(search_cmd.search)
app.add_typer(db_cmd.app, name="db")
app.command("incidents")(incidents_cmd.incidents)
app.command("eval-incidents")(eval_incidents_cmd.eval_incidents)
app.command("export")(export_cmd.export)
app.command("serve")(serve_cmd.serve)
app.add_typer(user_cmd.app, name="user")
app.command("batch")(batch_cmd.batch)


def main() -> None:
    app()
