"""A worker's long-lived state does not grow with the articles it meets: its caches are bounded."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from rasid.batch.corpus import load_samples, short_articles
from rasid.batch.work import worker_pipeline
from rasid.read import read_string
from rasid.runner import process_one

from .conftest import EXAMPLES


def rasid_caches() -> dict[str, Any]:
    """Every `functools` cache of a loaded rasid module, by qualified name."""
    found = {}
    for name, module in list(sys.modules.items()):
        if name == "rasid" or name.startswith("rasid."):
            for attr, value in list(vars(module).items()):
                if callable(getattr(value, "cache_info", None)):
                    found[f"{getattr(value, '__module__', name)}.{attr}"] = value
    return found


def test_every_cache_that_grows_with_the_articles_is_bounded(tmp_path: Path) -> None:
    pipeline = worker_pipeline()
    samples = load_samples(EXAMPLES)
    before = {name: fn.cache_info().currsize for name, fn in rasid_caches().items()}
    for article in short_articles(samples, 40, seed=21):
        record = process_one(read_string(article.body, uri=article.url), pipeline)
        assert not isinstance(record, Exception)
    grown = {
        name: fn.cache_info()
        for name, fn in rasid_caches().items()
        if fn.cache_info().currsize > before.get(name, 0) + 20  # more than a few new entries
    }
    # the word caches of the matchers, numbers, verbs and relaters meet new words in every article
    assert {"rasid.lang.ar.match._readings", "rasid.relate.text.readings"} <= set(grown)
    unbounded = {name: info for name, info in grown.items() if info.maxsize is None or info.maxsize > 1 << 14}
    assert unbounded == {}
