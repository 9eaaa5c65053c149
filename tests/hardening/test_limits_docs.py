"""The README's table of limits says what the code does: every limit, its variable and its default."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from rasid.read.limits import MB, Limits, current

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _shown(name: str, value: object) -> str:
    if name == "allow_private":
        return "refused" if value is False else "allowed"
    if name.endswith("_bytes"):
        return f"| {value / MB:g} MB |"  # type: ignore[operator]
    if name.endswith("_seconds"):
        return f"| {value:g} s |"
    if name == "max_text_chars":
        return f"| {value:,} |"
    return f"| {value} |"


@pytest.mark.parametrize("field", fields(Limits), ids=lambda f: f.name)
def test_every_limit_is_in_the_readme_with_its_default(field: object) -> None:
    name = field.name  # type: ignore[attr-defined]
    variable = f"RASID_{name.upper()}"
    rows = [line for line in README.splitlines() if line.startswith("|") and variable in line]
    assert len(rows) == 1, f"{variable} has no row in the README's table of limits"
    assert _shown(name, getattr(Limits(), name)) in rows[0]


def test_environment_variables_set_the_limits() -> None:
    limits = Limits.from_env(
        {"RASID_DOC_SECONDS": "2.5", "RASID_ALLOW_PRIVATE": "yes", "RASID_MAX_REDIRECTS": "0"}
    )
    assert (limits.doc_seconds, limits.allow_private, limits.max_redirects) == (2.5, True, 0)
    with pytest.raises(ValueError, match="RASID_MAX_INPUT_BYTES: not a valid value: 'lots'"):
        Limits.from_env({"RASID_MAX_INPUT_BYTES": "lots"})
    with pytest.raises(ValueError, match="doc_seconds must be positive"):
        Limits(doc_seconds=0).check()


def test_the_limits_in_force_follow_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASID_MAX_TEXT_CHARS", raising=False)
    assert current().max_text_chars == Limits().max_text_chars
    monkeypatch.setenv("RASID_MAX_TEXT_CHARS", "500")
    assert current().max_text_chars == 500
    monkeypatch.setenv("RASID_MAX_TEXT_CHARS", "lots")
    with pytest.raises(ValueError, match="RASID_MAX_TEXT_CHARS: not a valid value: 'lots'"):
        current()
    monkeypatch.delenv("RASID_MAX_TEXT_CHARS")
    assert current() == Limits()
