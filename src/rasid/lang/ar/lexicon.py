"""Loading the Arabic language data files (TSV), normalised like the input they match.

Every file under `data/` is a TSV with a header row; lines starting with `#` are
comments. Arabic cells are passed through `normalise_string` so that data and
input meet in the same normalised form.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from pathlib import Path

from rasid.lang.ar.normalise import normalise_string

DATA = resources.files("rasid.lang.ar") / "data"


class DataFileError(ValueError):
    """A language data file is malformed; the message names the file and the line."""


def data_path(name: str) -> Path:
    return Path(str(DATA / name))


@cache
def load_rows(name: str, *, normalise_columns: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
    """Rows of `data/<name>` as dicts keyed by the header, with the named columns normalised."""
    return read_rows(data_path(name), normalise_columns=normalise_columns)


def read_rows(path: Path, *, normalise_columns: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file in this format, wherever it lies (build-time tables too)."""
    if not path.exists():
        raise DataFileError(f"{path}: language data file not found")
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None:
        raise DataFileError(f"{path}: empty data file")
    for lineno, cells in enumerate(reader, start=2):
        if len(cells) != len(header):
            raise DataFileError(f"{path}: row {lineno} has {len(cells)} cells, header has {len(header)}")
        row = dict(zip(header, (c.strip() for c in cells), strict=True))
        for col in normalise_columns:
            row[col] = normalise_string(row[col])
        rows.append(row)
    return tuple(rows)


@cache
def load_forms(name: str, column: str = "form") -> frozenset[str]:
    """The normalised words of one column of `data/<name>`: the word lists a rule asks "is it one of these"."""
    return frozenset(row[column] for row in load_rows(name, normalise_columns=(column,)))


@cache
def given_names(*, unambiguous: bool = False) -> frozenset[str]:
    """The given names of `actor_given_names.tsv`, normalised; with `unambiguous`, only those never
    read as a common word or another name ("محمود", not "علي" or "أمين"). One reader for the stages
    that ask whether a line or a name opens with a person's first name."""
    rows = load_rows("actor_given_names.tsv", normalise_columns=("name",))
    return frozenset(row["name"] for row in rows if not unambiguous or row["ambiguous"] == "no")
