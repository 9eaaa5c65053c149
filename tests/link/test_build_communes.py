"""Algeria's and Morocco's communes for the gazetteer build: placed at their daira's or cercle's
compiled point (else their wilaya's or province's), as admin2 units named "... commune", under
new names only, never under a name the package gives twice, a place word or a given name."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

from rasid.link.build import GazetteerRow, commune_rows


def _commune(name_ar: str, name_fr: str, daira_ar: str, wilaya_ar: str = "أدرار") -> dict[str, str]:
    return {
        "wilaya_ar": wilaya_ar,
        "wilaya_en": "Adrar",
        "daira_ar": daira_ar,
        "nom_ar": name_ar,
        "nom_fr": name_fr,
    }


ALGERIA = {
    "communes": [
        _commune("تيمقتن", "Timekten", "أولف"),  # placed at its daira's town
        _commune("بودة", "Bouda", "دائرة بلا نقطة"),  # no daira point: at its wilaya's
        _commune("أولف", "Aoulef", "أولف"),  # the compiled town's own name
        _commune("سيدي عمار", "Sidi Amar", "أولف"),  # given to two communes: no one place
        _commune("سيدي عمار", "Sidi Amar", "أولف"),
        _commune("حسين", "Hussein", "أولف"),  # a given name
        _commune("تيت", "Tit", "أولف"),  # too short to trust
        _commune("مكان بعيد", "Makan Baid", "دائرة بلا نقطة", wilaya_ar="ولاية بلا نقطة"),  # nowhere to place
    ]
}

MOROCCO = {
    "regions": [{"code": "01", "name_fr": "Tanger-Tetouan-Al Hoceima"}],
    "provinces": [{"code": "01.511", "name_ar": "طنجة-أصيلة"}],
    "cercles": [{"code": "01.511.03", "name_ar": "أصيلة"}],
    "communes": [
        {
            "name_ar": "سبت الزينات",
            "name_fr": "Sebt Azzinate",
            "region_code": "01",
            "province_code": "01.511",
            "cercle_code": "01.511.03",
        },
        {  # an urban commune outside any cercle: at the province's first town
            "name_ar": "اكزناية",
            "name_fr": "Gueznaia",
            "region_code": "01",
            "province_code": "01.511",
            "cercle_code": "",
        },
    ],
}


def _write_morocco(folder: Path) -> Path:
    folder.mkdir()
    for table, rows in MOROCCO.items():
        with gzip.open(folder / f"{table}.csv.gz", "wt", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return folder


def _row(name_ar: str, country: str, precision: str, lat: float, lon: float) -> GazetteerRow:
    return GazetteerRow(name_ar, name_ar, 1, country, "", lat, lon, 5000, precision)


def test_communes_sit_at_their_parent_under_new_names(tmp_path: Path) -> None:
    algeria = tmp_path / "communes.json"
    algeria.write_text(json.dumps(ALGERIA, ensure_ascii=False), encoding="utf-8")
    compiled = [
        _row("أولف", "DZA", "city", 26.97, 1.08),
        _row("أدرار", "DZA", "city", 27.87, -0.29),
        _row("أدرار", "DZA", "admin1", 26.0, 0.0),  # the town is the better anchor
        _row("طنجة", "MAR", "city", 35.77, -5.8),
        _row("أصيلة", "MAR", "city", 35.47, -6.03),
    ]
    rows = commune_rows(compiled, algeria, _write_morocco(tmp_path / "morocco"))
    assert [
        (r.name_ar, r.name, r.country, r.admin1, r.lat, r.lon, r.population, r.precision) for r in rows
    ] == [
        ("تيمقتن", "Timekten commune", "DZA", "Adrar", 26.97, 1.08, 0, "admin2"),
        ("بودة", "Bouda commune", "DZA", "Adrar", 27.87, -0.29, 0, "admin2"),
        (
            "سبت الزينات",
            "Sebt Azzinate commune",
            "MAR",
            "Tanger-Tetouan-Al Hoceima",
            35.47,
            -6.03,
            0,
            "admin2",
        ),
        ("اكزناية", "Gueznaia commune", "MAR", "Tanger-Tetouan-Al Hoceima", 35.77, -5.8, 0, "admin2"),
    ]
