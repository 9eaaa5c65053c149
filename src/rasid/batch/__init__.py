"""Batch: the same pipeline over a corpus, in one process or on Dask, into Parquet tables.

    from rasid.batch import run_batch, read_table
    summary = run_batch(["crawl/*.warc.gz", "wire/"], "out/batch")         # a LocalCluster
    summary = run_batch(inputs, "out/batch", scheduler="tcp://host:8786")  # a real scheduler
    summary = run_batch(inputs, "out/batch", scheduler="local-sync")       # this process only
    events = read_table("out/batch", "events")                             # a pyarrow Table

The corpus is cut into partitions lazily (`plan`), each partition streams through the
readers, the pipeline and `rasid.tables.rows` on a worker (`work`) into Parquet chunks with
a done-marker (`output`), and the incidents are merged across the finished output
(`incidents`). Reruns skip finished partitions; the same inputs give the same tables
whichever way they ran. `corpus` generates test corpora from sample articles.
"""

from __future__ import annotations

from rasid.batch.output import TABLES, read_table
from rasid.batch.run import BatchSummary, run_batch

__all__ = ["TABLES", "BatchSummary", "read_table", "run_batch"]
