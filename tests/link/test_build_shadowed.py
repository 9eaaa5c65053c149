"""The gazetteer build names each compiled unit's name that a curated row hides (the curated row
still wins): `Shadowed`, `_shadowed` and the lines scripts/build_gazetteer.py writes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from rasid.link import build as build_module
from rasid.link.build import Build, GazetteerRow, Shadowed, _shadowed

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"
# a compiled admin unit under the name of a curated row of place_aliases.tsv ("وادي الشاطئ")
WADI = GazetteerRow(
    "وادي الشاطئ", "Wadi ash Shati'", 2219413, "LBY", "Wadi al Shatii", 27.5488, 14.1824, 0, "admin1"
)
# a name no curated row holds
NEW = GazetteerRow("قرية المثال", "Qaryat al Mithal", 0, "LBY", "", 27.0, 14.0, 0, "city")


def test_a_name_a_curated_row_holds_is_reported_with_both_rows() -> None:
    [hidden] = _shadowed([], [WADI, NEW])
    assert hidden.dropped == WADI
    assert (hidden.curated["name"], hidden.curated["country"], hidden.curated["precision"]) == (
        "Wadi al Shatii",
        "LBY",
        "admin1",
    )
    assert not hidden.other_place
    assert hidden.warning() == (
        "warning: curated وادي الشاطئ (Wadi al Shatii, LBY, admin1; place_aliases.tsv)"
        " hides compiled وادي الشاطئ (Wadi ash Shati', LBY, admin1)"
    )


def test_a_row_the_stage_kept_is_not_reported() -> None:
    assert _shadowed([WADI], [WADI, NEW]) == []


def test_another_country_or_precision_is_told_apart() -> None:
    curated = {"name_ar": "سلوان", "name": "Silwan", "country": "PSE", "precision": "neighbourhood"}
    commune = GazetteerRow("سلوان", "Selouane commune", 0, "MAR", "Oriental", 35.07, -2.94, 0, "admin2")
    assert Shadowed(curated, commune).other_place


def test_the_script_writes_each_warning_and_the_count(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    shipped = build_module.gazetteer_path().read_text(encoding="utf-8")
    monkeypatch.setattr(script, "build", lambda: Build([], _shadowed([], [WADI, NEW])))
    monkeypatch.setattr(script, "render", lambda rows: shipped)  # as if the build were current
    assert script.main(["--check"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "warning: curated وادي الشاطئ (Wadi al Shatii, LBY, admin1; place_aliases.tsv)"
        " hides compiled وادي الشاطئ (Wadi ash Shati', LBY, admin1)",
        "1 compiled names hidden by curated rows (0 of another country or precision)",
    ]
