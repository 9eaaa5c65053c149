"""Integrity of data/weapons.tsv: every row parses, no duplicate forms, banned weapons name their convention."""

from __future__ import annotations

import pytest

from rasid.lang.ar.lexicon import data_path, load_rows
from rasid.recognise.weapons import WeaponStage, weapon_matcher
from rasid.record import Record

CONVENTIONS = {"CCM 2008", "CCW Protocol III", "CWC 1993", "Ottawa 1997", "not named by the text"}


def _bad_code_point(ch: str) -> bool:
    cp = ord(ch)
    return 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF or ch in "یکۀ"


def test_weapons_data_code_points() -> None:
    text = data_path("weapons.tsv").read_text(encoding="utf-8")
    assert [ch for ch in text if _bad_code_point(ch)] == []


def test_weapons_data_loads() -> None:
    assert len(weapon_matcher()) > 100  # raises DataFileError on a bad row or a duplicate form


def test_weapons_data_banned_names_a_convention() -> None:
    rows = [r for r in load_rows("weapons.tsv") if r["kind"] == "weapon"]
    assert {r["convention"] for r in rows if r["banned"] == "true"} <= CONVENTIONS
    assert all(r["convention"] for r in rows)
    # one canonical name is banned or not, whatever the form
    status: dict[str, set[str]] = {}
    for r in rows:
        status.setdefault(r["name"], set()).add(r["banned"])
    assert {n for n, s in status.items() if len(s) > 1} == set()


@pytest.mark.parametrize(
    ("form", "name", "banned", "mode"),
    [
        ("قنابل عنقودية", "cluster munitions", True, "airstrike"),
        ("الفوسفور الأبيض", "white phosphorus", True, "airstrike"),
        ("قذائف فوسفورية", "white phosphorus", True, "shelling"),
        ("النابالم", "incendiary (napalm)", True, "airstrike"),
        ("برميل متفجر", "barrel bomb", False, "airstrike"),
        ("غاز الكلور", "chlorine", True, "chemical_attack"),
        ("السارين", "sarin", True, "chemical_attack"),
        ("أسلحة كيميائية", "chemical weapons", True, "chemical_attack"),
        ("صاروخ فراغي", "vacuum bomb", False, "airstrike"),
        ("صواريخ باليستية", "ballistic missile", False, "shelling"),
        ("ألغام مضادة للأفراد", "anti-personnel mine", True, "explosion"),
        ("قذيفة هاون", "mortar", False, "shelling"),
        ("صواريخ", "missile", False, None),
        ("حزام ناسف", "explosive belt", False, "suicide_bombing"),
    ],
)
def test_weapons_data_canonical(form: str, name: str, banned: bool, mode: str | None) -> None:
    # The weapon mention carries its attack type (a working field), so events need not ask weapons.
    record = WeaponStage().process(Record(id="t", text=form))
    [weapon] = record.mentions_of("weapon")
    assert (weapon.name, weapon.banned, weapon.mode) == (name, banned, mode)
    assert "mode" not in record.to_dict()["mentions"][0]
