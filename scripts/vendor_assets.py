"""Vendor the web UI's front-end assets from the npm registry into src/rasid/web/static/vendor/.

Run once by a developer when a version changes (`python scripts/vendor_assets.py`); the
vendored files are committed, so serving the UI needs no network and no CDN. Each package
is fetched with `npm pack NAME@VERSION` (a tarball, no install scripts run), the files the
UI loads are copied out, and VENDORED.md records the versions, licences and integrity.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent.parent / "src" / "rasid" / "web" / "static" / "vendor"

# (package, exact version, {file in the tarball: file in vendor/}, what it is for)
PACKAGES: list[tuple[str, str, dict[str, str], str]] = [
    (
        "htmx.org",
        "2.0.11",
        {"dist/htmx.min.js": "htmx.min.js"},
        "partial page updates (search, review forms)",
    ),
    (
        "leaflet",
        "1.9.4",
        {
            "dist/leaflet.js": "leaflet/leaflet.js",
            "dist/leaflet.css": "leaflet/leaflet.css",
            "dist/images/marker-icon.png": "leaflet/images/marker-icon.png",
            "dist/images/marker-icon-2x.png": "leaflet/images/marker-icon-2x.png",
            "dist/images/marker-shadow.png": "leaflet/images/marker-shadow.png",
            "dist/images/layers.png": "leaflet/images/layers.png",
        },
        "the incident map",
    ),
    ("chart.js", "4.6.2", {"dist/chart.umd.min.js": "chart.umd.min.js"}, "the timeline chart"),
    (
        "topojson-client",
        "3.1.0",
        {"dist/topojson-client.min.js": "topojson-client.min.js"},
        "TopoJSON → GeoJSON in the browser",
    ),
    (
        "world-atlas",
        "2.0.2",
        {"countries-50m.json": "world-atlas/countries-50m.json"},
        "offline base layer: Natural Earth 1:50m country outlines (public domain)",
    ),
]
LICENCE_FILES = ("LICENSE", "LICENSE.md", "LICENSE.txt")


def vendor_one(name: str, version: str, files: dict[str, str], work: Path) -> dict[str, str]:
    """Fetch one tarball with `npm pack` and copy the listed files and the licence out of it."""
    out = subprocess.run(
        ["npm", "pack", f"{name}@{version}", "--json", "--pack-destination", str(work)],
        check=True,
        capture_output=True,
        text=True,
        cwd=work,
    )
    info = json.loads(out.stdout)[0]
    with tarfile.open(work / info["filename"]) as tar:
        tar.extractall(work / name, filter="data")
    root = work / name / "package"
    meta = json.loads((root / "package.json").read_text(encoding="utf-8"))
    for src, dst in files.items():
        target = VENDOR / dst
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / src, target)
    for lic in LICENCE_FILES:
        if (root / lic).exists():
            licence_dst = VENDOR / "licences" / f"{name}-{lic}"
            licence_dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / lic, licence_dst)
            break
    return {"license": str(meta.get("license", "?")), "integrity": info.get("integrity", "")}


def main() -> int:
    if shutil.which("npm") is None:
        print("vendor_assets: npm is not installed (apt-get install -y npm)", file=sys.stderr)
        return 1
    VENDOR.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Vendored front-end assets",
        "",
        "Fetched from the npm registry by `scripts/vendor_assets.py` (`npm pack NAME@VERSION`);",
        "committed so that the web UI needs no network and no CDN at run time.",
        "",
        "| package | version | licence | files | used for | integrity |",
        "|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for name, version, files, purpose in PACKAGES:
            meta = vendor_one(name, version, files, Path(tmp))
            listed = ", ".join(f"`{dst}`" for dst in files.values())
            lines.append(
                f"| {name} | {version} | {meta['license']} | {listed} | {purpose} | `{meta['integrity']}` |"
            )
    lines += [
        "",
        "world-atlas packages Natural Earth data (public domain) as TopoJSON under the ISC licence.",
        "It has country outlines only: world-atlas ships no admin-1 (state/governorate) layer, so the",
        "map draws country outlines and marks admin-1 by the incidents' own coordinates and names.",
        "",
    ]
    (VENDOR / "VENDORED.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"vendored {len(PACKAGES)} packages into {VENDOR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
