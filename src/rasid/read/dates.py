"""Publication dates that inputs carry (JSONL "published", feed item dates) as ISO dates."""

from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime


def iso_date(value: str) -> str | None:
    """`YYYY-MM-DD` of an ISO 8601 or RFC 822 date-time, in the writer's own time zone.

    The local calendar day is kept on purpose: "Mon, 15 Feb 2016 01:30 +0300" was published
    on the 15th where it was written, though it is still the 14th in UTC, and relative
    dates in the article ("أمس") count from the local day.
    """
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
