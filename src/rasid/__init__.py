"""rasid: Arabic news reports to sourced, structured records (schema rasid/1).

>>> import rasid
>>> record = rasid.extract_file("article.txt", published="2016-02-15")   # doctest: +SKIP
>>> record.to_dict()["mentions"]                                      # doctest: +SKIP
"""

from __future__ import annotations

from rasid.api import extract, extract_file, extract_many, load
from rasid.pipeline import Pipeline, Stage, default_pipeline
from rasid.record import Record, json_schema

__version__ = "0.1.0"

__all__ = [
    "Pipeline",
    "Record",
    "Stage",
    "__version__",
    "default_pipeline",
    "extract",
    "extract_file",
    "extract_many",
    "json_schema",
    "load",
]
