"""iso_date: the publisher's local calendar day of ISO 8601 and RFC 822 dates."""

from __future__ import annotations

import pytest

from rasid.read.dates import iso_date


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2016-02-15", "2016-02-15"),
        (" 2016-02-15T23:30:00+03:00 ", "2016-02-15"),
        ("2016-02-15T23:30:00Z", "2016-02-15"),
        ("2016-02-15 08:00", "2016-02-15"),
        ("Mon, 15 Feb 2016 01:30:00 +0300", "2016-02-15"),  # still the 14th in UTC
        ("15 Feb 2016 22:00:00 GMT", "2016-02-15"),
        ("2016-02", None),
        ("الخامس عشر من شباط 2016", None),
        ("", None),
    ],
)
def test_iso_date(value: str, date: str | None) -> None:
    assert iso_date(value) == date
