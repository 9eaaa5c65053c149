"""Writing an export: CSV, JSON lines, Parquet, GeoJSON (RFC 7946) and PLOVER JSON lines.

Every file is written to a temporary name beside the target and renamed into place, so a
failed export never leaves half a file nor destroys the previous one.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from rasid.export.build import ExportSet


@contextmanager
def atomic(path: Path, *, binary: bool = False) -> Iterator[IO[Any]]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        fh: IO[Any] = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        with fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_csv(rows: list[dict[str, Any]], columns: tuple[str, ...] | list[str], path: Path) -> None:
    with atomic(path) as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})


def write_jsonl(items: list[dict[str, Any]], path: Path) -> None:
    with atomic(path) as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")


def write_parquet(tables: dict[str, list[dict[str, Any]]], folder: Path) -> list[Path]:
    """One Parquet file per table (`<table>.parquet`) in `folder`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = []
    for name, rows in tables.items():
        path = folder / f"{name}.parquet"
        table = pa.Table.from_pylist(rows) if rows else pa.table({})
        with atomic(path, binary=True) as fh:
            pq.write_table(table, fh)
        out.append(path)
    return out


def geojson(rows: list[dict[str, Any]]) -> tuple[dict[str, Any], int]:
    """A FeatureCollection of the located rows as points (longitude, latitude); and how many had no point."""
    features = []
    skipped = 0
    for row in rows:
        lat, lon = row.get("latitude"), row.get("longitude")
        if lat is None or lon is None:
            skipped += 1
            continue
        props = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append(
            {
                "type": "Feature",
                "id": row.get("incident_id") or row.get("event_id_cnty"),
                "geometry": {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}, skipped


def write_geojson(rows: list[dict[str, Any]], path: Path) -> int:
    collection, skipped = geojson(rows)
    with atomic(path) as fh:
        json.dump(collection, fh, ensure_ascii=False, default=str)
    return skipped


def plover(data: ExportSet, what: str, *, reviewed_only: bool) -> list[dict[str, Any]]:
    """PLOVER-style records: id, date, actor, event, recipient, event_loc, size, cite_info, link."""
    from rasid.export.rows import event_row, incident_row

    incident_of = data.incident_of()
    out = []
    if what == "events":
        for f in data.facts:
            if reviewed_only and not f.corrections:
                continue
            row = event_row(f)
            cite = [_cite(f)]
            out.append(_plover(row, f.key, f.plover, cite, incident_of.get(f.key)))
    else:
        for inc in data.incidents:
            if reviewed_only and not (
                inc.id in data.corrections.by_incident or any(m.corrections for m in inc.members)
            ):
                continue
            row = incident_row(inc, data.corrections)
            code = next((m.plover for m in inc.members if m.type == inc.type and m.plover), None)
            out.append(_plover(row, inc.id, code, [_cite(m) for m in inc.members], inc.id))
    return out


def _cite(f: Any) -> dict[str, Any]:
    return {
        "outlet": f.outlet,
        "url": f.url,
        "published": f.published,
        "doc_id": f.doc_id,
        "event_id": f.event_id,
        "evidence": f.sentence or f.trigger,
    }


def _plover(
    row: dict[str, Any], ident: str, code: str | None, cite: list[dict[str, Any]], link: str | None
) -> dict[str, Any]:
    return {
        "id": ident,
        "date": row["event_date"],
        "actor": row["actor1"],
        "event": code or "",
        "recipient": row["actor2"],
        "event_loc": {
            "name": row["location"],
            "admin1": row["admin1"],
            "country": row["country"],
            "lat": row["latitude"],
            "lon": row["longitude"],
            "geo_precision": row["geo_precision"],
        },
        "size": {"dead": row["fatalities_best"], "injured": row["injured_low"]},
        "cite_info": cite,
        "link": link,
    }
