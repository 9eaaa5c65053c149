"""The house rule for the marks and the article: language knowledge lives in data, not code.

The comma pair and the clause marks are read from data/clause_marks.tsv (`clause_marks`,
`commas`), the article from `match.ARTICLE`; a string literal that writes one of them again in
the language layer, the date, place, quantity, actor and name recognisers, the
cleaner or the relaters (claims, casualties, events) fails here, with its place.
"""

from __future__ import annotations

import ast
from pathlib import Path

import rasid

SRC = Path(rasid.__file__).parent
SCOPE = [
    *sorted((SRC / "lang" / "ar").glob("*.py")),
    *sorted((SRC / "recognise" / "dates").glob("*.py")),
    *sorted((SRC / "recognise" / "places").glob("*.py")),
    *sorted((SRC / "recognise" / "quantities").glob("*.py")),
    *sorted((SRC / "relate").rglob("*.py")),
    *sorted((SRC / "recognise" / "actors").glob("*.py")),
    *sorted((SRC / "recognise" / "names").glob("*.py")),
    *sorted((SRC / "clean").glob("*.py")),
]
#: Where the article is defined, once.
ARTICLE_HOME = SRC / "lang" / "ar" / "match.py"
COMMA_LITERALS = {"،", "،,", ",،"}
ARTICLE_LITERAL = "ال"


def _literals(path: Path) -> list[tuple[int, str]]:
    """(line, value) of the string constants of a module, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_the_comma_pair_is_written_in_data_only() -> None:
    found = [
        f"{path.relative_to(SRC)}:{line}"
        for path in SCOPE
        for line, value in _literals(path)
        if value in COMMA_LITERALS or "،," in value or ",،" in value
    ]
    assert found == []


def test_the_article_is_written_once() -> None:
    found = [
        f"{path.relative_to(SRC)}:{line}"
        for path in SCOPE
        if path != ARTICLE_HOME
        for line, value in _literals(path)
        if value == ARTICLE_LITERAL
    ]
    assert found == []


def test_the_scope_is_not_empty() -> None:
    assert len(SCOPE) > 60 and all(p.exists() for p in SCOPE)
