"""Errors rasid raises, each naming the input it concerns. CLI exit codes live here too."""

from __future__ import annotations


class RasidError(Exception):
    """Base class; `str(err)` is a one-line message fit for the terminal."""


class InputError(RasidError):
    """An input cannot be read or decoded: missing file, bad JSON line, unknown encoding, HTTP error."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class OutputError(RasidError):
    """Output cannot be written: a read-only folder, a full disk, a folder in use by another run."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class PipelineError(RasidError):
    """A pipeline was assembled wrongly (a stage reads a layer nobody writes)."""


class DeadlineExceeded(RasidError):
    """A document used up its time budget (`Limits.doc_seconds`); the batch goes on without it."""


class GoldError(RasidError):
    """A gold file is malformed; the message names the file and the item."""


# Exit codes of the CLI, documented in `rasid --help` and the README.
EXIT_OK = 0
EXIT_FAILED = 1  # the whole run failed: no input could be processed
EXIT_USAGE = 2  # bad command-line usage (typer/click)
EXIT_PARTIAL = 3  # some inputs failed; the others were written
EXIT_EVAL_BELOW_FLOOR = 4  # `rasid eval --check` found a layer below its pinned floor
