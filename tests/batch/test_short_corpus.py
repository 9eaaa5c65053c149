"""Short generated articles spread over as many publication days as asked (a denser corpus)."""

from __future__ import annotations

import datetime as dt
import re

from rasid.batch.corpus import SHORT_FIRST_DAY, load_samples, short_articles

from .conftest import EXAMPLES

_DATE_LINE = re.compile(r"(?m)^\d{4}-\d{2}-\d{2}$|<time[^>]*>(\d{4}-\d{2}-\d{2})")


def publication_days(days: int) -> set[dt.date]:
    out = set()
    for article in short_articles(load_samples(EXAMPLES), 60, seed=5, days=days):
        m = _DATE_LINE.search(article.body)
        assert m is not None, article.body[:200]
        out.add(dt.date.fromisoformat(m.group(1) or m.group(0)))
    return out


def test_short_articles_fall_on_the_days_asked() -> None:
    assert publication_days(3) == {SHORT_FIRST_DAY + dt.timedelta(days=i) for i in range(3)}
    assert len(publication_days(4000)) > 50
