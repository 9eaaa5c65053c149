"""What the store adds to extraction: writing, rerunning and searching, as ratios in one run.

Run: `make bench` (or `.venv/bin/python bench/bench_store.py [--copies N] [--db URL]`).
The corpus is the sample corpus in N variants (a closing line makes each its own
document). Baselines, measured in the same process on the same documents:
- extraction alone (the default pipeline) for `Store.ingest` (storing records already
  extracted) and for a rerun of the `rasid ingest` job over the same inputs (everything
  is stored already, so it reads, hashes and skips);
- a scan of every document's normalised words and their readings in Python for a search
  through the index (FTS5 on SQLite, GIN over tsvector on PostgreSQL), counting every
  match, and for `Store.search` (the best 20 hits with their snippets).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import rasid
from rasid.record import Record
from rasid.store import Store
from rasid.store.ingest import ingest_inputs
from rasid.store.search import query_terms, readings, words

REPO = Path(__file__).resolve().parents[1]
QUERIES = ["إدلب", "بالغوطة", "قصف تعز", "غارة", "الطيران الروسي"]


def corpus(folder: Path, copies: int) -> list[str]:
    paths = []
    for n in range(copies):
        for path in sorted((REPO / "examples").rglob("*.txt")):
            target = folder / f"{path.stem}-{n:03d}.txt"
            target.write_text(path.read_text(encoding="utf-8") + f"\n\nتحديث رقم {n + 1}\n", encoding="utf-8")
            paths.append(str(target))
    return paths


def scan(records: list[Record], query: str) -> int:
    """The baseline search: every record's words and readings, in Python."""
    terms = [set(forms) for forms in query_terms(query)]
    found = 0
    for r in records:
        have = {form for word in words(" ".join([r.text, *r.tags])) for form in readings(word)}
        found += all(have & forms for forms in terms)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--db", help="a store URL (default: a new SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = corpus(folder, args.copies)
        list(rasid.extract_many(paths[:2]))  # warm-up: language data loads once per process
        start = time.perf_counter()
        records = [r for r in rasid.extract_many(paths) if isinstance(r, Record)]
        extraction = time.perf_counter() - start
        with Store.open(args.db or str(folder / "bench.db"), hooks=False) as store:
            start = time.perf_counter()
            store.ingest(records)
            writing = time.perf_counter() - start
            start = time.perf_counter()
            rerun = ingest_inputs(store, paths)
            skipping = time.perf_counter() - start
            assert not rerun.stored and len(rerun.skipped) == len(records)
            start = time.perf_counter()
            indexed = [store.documents(query=q, limit=1).total for q in QUERIES]
            counting = time.perf_counter() - start
            start = time.perf_counter()
            for q in QUERIES:
                store.search(q)  # the first 20 hits, each with its snippet
            searching = time.perf_counter() - start
            start = time.perf_counter()
            scanned = [scan(records, q) for q in QUERIES]
            scanning = time.perf_counter() - start
            assert indexed == scanned, (indexed, scanned)
            backend = store.dialect
    print(f"{len(records)} documents, store on {backend}")
    print(f"extraction alone: {extraction:.2f} s = 1.00")
    print(f"  storing the extracted records (Store.ingest): {writing / extraction:.3f} x extraction")
    print(
        f"  rerunning `rasid ingest` over the same inputs (all skipped): {skipping / extraction:.3f} x extraction"
    )
    print(f"scanning the normalised texts for {len(QUERIES)} queries: {scanning:.3f} s = 1.00")
    print(
        f"  the same queries through the search index (all matches counted): {counting / scanning:.3f} x the scan"
    )
    print(f"  `rasid search` for each (the best 20, with snippets): {searching / scanning:.3f} x the scan")


if __name__ == "__main__":
    main()
