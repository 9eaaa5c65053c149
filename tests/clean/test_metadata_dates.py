"""Publication dates are checked before they are trusted."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.clean.metadata import check_html_date, check_iso_day

ISO_DAYS = [
    ("2016-02-15", "2016-02-15"),
    ("2016-02-15T10:00:00Z", "2016-02-15"),
    ("2016-02-15T10:00:00+03:00", "2016-02-15"),
    (" 2016-02-15 ", "2016-02-15"),
    ("2016-02-30", None),
    ("15/02/2016", None),
    ("2016-02", None),
    ("أمس", None),
]


@pytest.mark.parametrize(("text", "value"), ISO_DAYS)
def test_check_iso_day(text: str, value: str | None) -> None:
    checked = check_iso_day(text)
    assert checked.value == value
    assert (checked.problem is None) is (value is not None)


TODAY = date(2024, 6, 1)
HTML_DATES = [
    ("2016-02-15", '<meta property="article:published_time" content="2016-02-15T10:00:00Z">', "2016-02-15"),
    ("2016-02-15", '<time datetime="2016/02/15">', "2016-02-15"),
    ("2016-02-15", "<span>15.02.2016</span>", "2016-02-15"),
    ("2000-01-01", "<p>فر أكثر من 2000 شخص</p>", None),
    ("2025-01-01", '<meta name="date" content="2025-01-01">', None),
    ("1985-05-05", '<meta name="date" content="1985-05-05">', None),
    ("2016-02", '<meta name="date" content="2016-02">', None),
    (None, "<p>لا تاريخ</p>", None),
]


@pytest.mark.parametrize(("found", "html", "value"), HTML_DATES)
def test_check_html_date(found: str | None, html: str, value: str | None) -> None:
    assert check_html_date(found, html, today=TODAY).value == value
