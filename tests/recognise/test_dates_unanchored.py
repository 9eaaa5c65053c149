"""Without a publication date: relative dates keep their offset, a dateline supplies the anchor."""

from __future__ import annotations

import pytest
from tests.recognise.test_dates_support import dates, offset_of, run_dates, summary


@pytest.mark.parametrize(
    ("text", "expected", "offset"),
    [
        ("قصفت الطائرات البلدة أمس بعنف", ("أمس", None, "day", True), ("day", -1, None)),
        ("قتل مدنيان اليوم الخميس في القصف", ("اليوم الخميس", None, "day", True), ("day", 0, 3)),
        ("يعقد المجلس جلسة الخميس المقبل", ("الخميس المقبل", None, "day", True), ("week", 1, 3)),
        ("نفذت الطائرات غارات السبت", ("السبت", None, "day", True), ("week", 0, 5)),
        ("قتل المئات العام الماضي", ("العام الماضي", None, "year", True), ("year", -1, None)),
        ("نشرت المنظمة تقريرها الأسبوع الماضي", ("الأسبوع الماضي", None, "week", True), ("week", -1, None)),
        ("بدأ الحصار منذ ثلاثة أيام", ("منذ ثلاثة أيام", None, "day", True), ("day", -3, None)),
        ("بدأت الغارات في 30 أيلول الماضي", ("30 أيلول الماضي", None, "day", True), None),
        (
            "بدأت الغارات في 30 أيلول (سبتمبر) العام الماضي",
            ("30 أيلول (سبتمبر) العام الماضي", None, "day", True),
            ("year", -1, None),
        ),
        ("تتزامن الأمطار مع حلول شهر رمضان المبارك", ("شهر رمضان المبارك", None, "month", True), None),
        ("وقع الهجوم في 15 شباط 2016 على الحي", ("15 شباط 2016", "2016-02-15", "day", False), None),
    ],
)
def test_dates_unanchored_keep_offsets(text: str, expected: tuple[object, ...], offset: object) -> None:
    record = run_dates(text)
    (m,) = dates(record)
    assert (summary(m), offset_of(m)) == (expected, offset)
    assert record.published.value is None
    assert record.warnings == []


@pytest.mark.parametrize(
    ("text", "published", "yesterday"),
    [
        ("عنوان الخبر\n\nدمشق - 15 شباط 2016\nقصفت الطائرات البلدة أمس بعنف", "2016-02-15", "2016-02-14"),
        (
            "عنوان الخبر\n\nبيروت، 3 آذار/مارس 2019 (رويترز) - قال مسؤول إن الاشتباكات اندلعت أمس",
            "2019-03-03",
            "2019-03-02",
        ),
        ("عنوان الخبر\n\n30 حزيران 2025\n\nأعلنت الشبكة أمس تقريرها السنوي", "2025-06-30", "2025-06-29"),
        ("عنوان الخبر\n\n2021.06.14 | 13:41 دمشق\n\nأعلنت الشبكة أمس تقريرها", "2021-06-14", "2021-06-13"),
        (
            "عنوان الخبر\n\nحلب - الثلاثاء 16 رمضان 1437 هـ الموافق 21 حزيران 2016\n\nقتل مدنيان أمس",
            "2016-06-21",
            "2016-06-20",
        ),
    ],
)
def test_dates_unanchored_dateline(text: str, published: str, yesterday: str) -> None:
    record = run_dates(text)
    assert (record.published.value, record.published.precision, record.published.from_) == (
        published,
        "day",
        "text",
    )
    assert [m.value for m in dates(record) if m.text == "أمس"] == [yesterday]


@pytest.mark.parametrize(
    "text",
    [
        "عنوان الخبر\n\nقال المتحدث إن الهجوم وقع في 15 شباط 2016 على أطراف البلدة أمس",
        "عنوان الخبر\n\nفقرة أولى\n\nفقرة ثانية\n\nفقرة ثالثة\n\nفقرة رابعة\n\nفقرة خامسة\n\n15 شباط 2016\n\nأمس",
        "عنوان الخبر\n\nدمشق - شباط 2016\n\nقصفت الطائرات البلدة أمس",
    ],
)
def test_dates_unanchored_no_dateline(text: str) -> None:
    record = run_dates(text)
    assert record.published.value is None
    assert [m.value for m in dates(record) if m.text == "أمس"] == [None]


def test_dates_given_publication_date_wins_over_dateline() -> None:
    record = run_dates("عنوان الخبر\n\nدمشق - 15 شباط 2016\nقصفت الطائرات البلدة أمس", "2016-02-17")
    assert (record.published.value, record.published.from_) == ("2016-02-17", "given")
    assert [m.value for m in dates(record) if m.text == "أمس"] == ["2016-02-16"]
