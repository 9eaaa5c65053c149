"""Integrity of the place data: gazetteer, countries, aliases, stoplist, context words, clitics."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from rasid.lang.ar.lexicon import data_path, load_rows
from rasid.lang.ar.normalise import normalise_string
from rasid.link.build import ascii_name, clean_arabic
from rasid.link.context import KINDS
from rasid.link.gazetteer import NEEDS, PRECISIONS, default_gazetteer

PLACE_FILES = [
    "gazetteer.tsv",
    "countries.tsv",
    "place_aliases.tsv",
    "place_stoplist.tsv",
    "place_context.tsv",
    "clitics.tsv",
]
# Presentation forms, and the Persian/Urdu/Kurdish letters that look like Arabic ones.
FOREIGN = re.compile(
    "[\ufb50-\ufdff\ufe70-\ufeff\u06cc\u06a9\u06af\u067e\u0686\u0698\u06d5\u06c6\u06be\u06c1]"
)
COUNTRY_CODES = {row["iso3"] for row in load_rows("countries.tsv")}


@pytest.mark.parametrize("name", PLACE_FILES)
def test_gazetteer_integrity_plain_arabic_letters(name: str) -> None:
    text = data_path(name).read_text(encoding="utf-8")
    bad = sorted({m.group() for m in FOREIGN.finditer(text)})
    assert bad == [], f"{name} holds presentation-form or Persian code points: {bad}"


def test_gazetteer_integrity_rows() -> None:
    rows = load_rows("gazetteer.tsv")
    keys = Counter((normalise_string(r["name_ar"]), r["geonames_id"], r["precision"]) for r in rows)
    assert [k for k, n in keys.items() if n > 1] == []
    assert len(rows) > 3000
    for r in rows:
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        assert r["country"] in COUNTRY_CODES, r
        assert r["precision"] in {"city", "country", "admin1", "admin2"}, r
        assert clean_arabic(r["name_ar"]) == r["name_ar"], r
        assert r["name"] and r["name"].isascii(), r


def test_gazetteer_integrity_sorted_and_stable() -> None:
    rows = load_rows("gazetteer.tsv")
    keys = [(normalise_string(r["name_ar"]), r["name_ar"], r["country"], int(r["geonames_id"])) for r in rows]
    assert keys == sorted(keys)


def test_gazetteer_integrity_countries() -> None:
    rows = load_rows("countries.tsv")
    codes = [r["iso3"] for r in rows]
    assert len(codes) == len(set(codes))
    names = Counter(normalise_string(n) for r in rows for n in r["name_ar"].split("|"))
    assert [n for n, k in names.items() if k > 1] == []
    for r in rows:
        assert re.fullmatch("[A-Z]{3}", r["iso3"]), r
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
    assert {"SYR", "IRQ", "YEM", "PSE", "LBN", "EGY", "SAU", "USA", "RUS"} <= set(codes)


def test_gazetteer_integrity_aliases() -> None:
    rows = load_rows("place_aliases.tsv")
    keys = Counter((normalise_string(r["name_ar"]), r["name"], r["precision"], r["parent"]) for r in rows)
    assert [k for k, n in keys.items() if n > 1] == []
    gazetteer = default_gazetteer()
    towns = {p.base_name for p in gazetteer.places if p.precision in ("city", "admin1")}
    admin1 = {(p.country, p.admin1) for p in gazetteer.places if p.source == "geonames" and p.admin1}
    for r in rows:
        assert r["precision"] in PRECISIONS, r
        assert r["needs"] in NEEDS | {""}, r
        assert r["country"] in COUNTRY_CODES, r
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        if r["parent"]:
            assert r["parent"] in towns, f"parent {r['parent']!r} of {r['name_ar']} names no town"
        if r["country"] in {"SYR", "IRQ", "YEM", "LBN"} and r["admin1"]:
            assert (r["country"], r["admin1"]) in admin1, f"admin1 {r['admin1']!r} of {r['name_ar']} unknown"


def test_gazetteer_integrity_syrian_governorates() -> None:
    names = {
        r["name"]
        for r in load_rows("place_aliases.tsv")
        if r["country"] == "SYR" and r["precision"] == "admin1"
    }
    assert len(names) == 14


def test_gazetteer_integrity_stoplist() -> None:
    rows = load_rows("place_stoplist.tsv")
    counts = Counter(normalise_string(r["name_ar"]) for r in rows)
    assert [k for k, n in counts.items() if n > 1] == []
    assert {r["needs"] for r in rows} <= NEEDS


def test_gazetteer_integrity_context_words() -> None:
    rows = load_rows("place_context.tsv")
    counts = Counter((normalise_string(r["word"]), r["kind"]) for r in rows)
    assert [k for k, n in counts.items() if n > 1] == []
    for r in rows:
        assert r["kind"] in KINDS, r
        if r["kind"] in ("direction", "compass"):
            english, dlat, dlon = r["value"].split("|")
            assert english.isascii() and abs(float(dlat)) < 1 and abs(float(dlon)) < 1, r


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("حَمَاة", "حماة"),
        ("د مشق", None),  # a one-letter word
        ("لاذقیه", None),  # Persian ya
        ("الثمامة ٤٧", None),  # digits
        ("ئادانا", None),  # Uyghur spelling
        ("ااالخرطوم", None),  # a letter three times
        ("دير الزور", "دير الزور"),
    ],
)
def test_gazetteer_integrity_clean_arabic(raw: str, expected: str | None) -> None:
    assert clean_arabic(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [("Ḩamāh", "Hamah"), ("Dar‘ā", "Dar'a"), ("Aleppo", "Aleppo")])
def test_gazetteer_integrity_ascii_name(raw: str, expected: str) -> None:
    assert ascii_name(raw) == expected


def test_gazetteer_integrity_glued_heads() -> None:
    gaz = default_gazetteer()
    assert [p.name for p in gaz.lookup("أبوقرقاص")] == ["Abu Qurqas"]
    assert gaz.needs("ابوسليم") == gaz.needs("أبو سليم")
    assert gaz.lookup("تلأبيب") == []  # only the heads listed as glued_head
