"""Exports in the formats analysts already load, with review corrections applied.

    from rasid.export import ExportSet
    data = ExportSet.from_records(records, store.corrections())
    data.rows("incidents")["incidents"]      # ACLED's 31 columns, rasid's, review, UCDP

- `acled.py`: ACLED's columns, codes and conventions (ISO numeric, regions, inter codes,
  precision codes, the conservative fatalities rule).
- `corrections.py`: approved reviews applied over the events' facts and over records.
- `rows.py`: one row per event or incident; `build.py`: the tables of each kind.
- `writers.py`: CSV, JSON lines, Parquet (pyarrow), GeoJSON (RFC 7946), PLOVER.
"""

from __future__ import annotations

from rasid.export.build import WHAT, ExportSet

__all__ = ["WHAT", "ExportSet"]
