"""Process-lifetime caches stay bounded: a batch of millions of articles meets an unbounded
number of word forms, names and lines, so a cache without a size may only be keyed by a value
from a small fixed set (a data file's name, a kind of word, a country)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "rasid"

#: Parameters an unbounded cache may be keyed by: each takes a few dozen values at most.
BOUNDED_KEYS = frozenset(
    {
        "name",
        "kind",
        "zone",
        "country",
        "foreign",
        "heads",
        "event_type",
        "table",
        "column",
        "normalise_columns",
        "unambiguous",
    }
)


def _unbounded(decorator: ast.expr) -> bool:
    """`@cache`, `@functools.cache`, `@lru_cache`, `@lru_cache()` or `@lru_cache(maxsize=None)`."""
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
    if name == "cache":
        return True
    if name != "lru_cache":
        return False
    if not isinstance(decorator, ast.Call):
        return True
    sizes = [k.value for k in decorator.keywords if k.arg == "maxsize"] + decorator.args[:1]
    return not sizes or (isinstance(sizes[0], ast.Constant) and sizes[0].value is None)


def unbounded_caches(source: str) -> list[tuple[str, list[str]]]:
    """(function, parameters) of every function whose cache has no size and takes parameters."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
            _unbounded(d) for d in node.decorator_list
        ):
            params = [a.arg for a in node.args.args + node.args.kwonlyargs if a.arg not in ("self", "cls")]
            if params:
                out.append((node.name, params))
    return out


def test_no_cache_without_a_size_is_keyed_by_an_open_ended_value() -> None:
    found = [
        (str(path.relative_to(SRC)), fn, params)
        for path in sorted(SRC.rglob("*.py"))
        for fn, params in unbounded_caches(path.read_text(encoding="utf-8"))
        if not set(params) <= BOUNDED_KEYS
    ]
    assert found == []


def test_the_finder_sees_a_per_word_cache_and_passes_a_sized_one() -> None:
    source = (
        "from functools import cache, lru_cache\n"
        "@cache\ndef readings(word): ...\n"
        "@lru_cache(maxsize=None)\ndef forms(word, kind): ...\n"
        "@lru_cache(maxsize=1024)\ndef sized(word): ...\n"
        "@cache\ndef table(): ...\n"
    )
    assert unbounded_caches(source) == [("readings", ["word"]), ("forms", ["word", "kind"])]


def hand_bounded_memos(source: str) -> list[int]:
    """Lines of `if len(memo) >= n: memo.clear()`: a memo bounded by hand, which
    `rasid.lang.memo.BoundedMemo.put` does in one place."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.If):
            continue
        test = node.test
        if not (
            isinstance(test, ast.Compare)
            and isinstance(test.left, ast.Call)
            and getattr(test.left.func, "id", "") == "len"
            and len(test.left.args) == 1
            and isinstance(test.ops[0], ast.Gt | ast.GtE)
        ):
            continue
        sized = ast.dump(test.left.args[0])
        if any(
            isinstance(s, ast.Expr)
            and isinstance(s.value, ast.Call)
            and isinstance(s.value.func, ast.Attribute)
            and s.value.func.attr == "clear"
            and ast.dump(s.value.func.value) == sized
            for s in node.body
        ):
            out.append(node.lineno)
    return out


def test_no_memo_is_bounded_by_hand() -> None:
    found = [
        (str(path.relative_to(SRC)), line)
        for path in sorted(SRC.rglob("*.py"))
        if path != SRC / "lang" / "memo.py"
        for line in hand_bounded_memos(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_finder_sees_a_memo_cleared_when_full() -> None:
    source = (
        "if len(self._forms) >= LIMIT:\n    self._forms.clear()\n"
        "if len(seen) > 3:\n    other.clear()\n"
        "if len(memo) + len(words) > LIMIT:\n    memo.clear()\n"
    )
    assert hand_bounded_memos(source) == [1]
