"""Absolute dates: day-month-year in every order and spelling, numeric dates, months and years."""

from __future__ import annotations

import pytest
from tests.recognise.test_dates_support import dates, run_dates, summary

ANCHOR = "2016-02-15"  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقعت المعركة في 15 شباط 2016 قرب المدينة", ("15 شباط 2016", "2016-02-15", "day", False)),
        (
            "اندلعت الاشتباكات في 3 آذار/مارس 2019 شمال البلاد",
            ("3 آذار/مارس 2019", "2019-03-03", "day", False),
        ),
        (
            "بدأت الحملة في 30 أيلول (سبتمبر) 2015 بغارات",
            ("30 أيلول (سبتمبر) 2015", "2015-09-30", "day", False),
        ),
        (
            "سقطت القذيفة بتاريخ 7 أيلول - سبتمبر 2014 على السوق",
            ("7 أيلول - سبتمبر 2014", "2014-09-07", "day", False),
        ),
        ("افتتح المعرض يوم 12 يناير 2020 في القاهرة", ("يوم 12 يناير 2020", "2020-01-12", "day", False)),
        (
            "نشر التقرير بتاريخ 12/فبراير/2024 على موقع الوزارة",
            ("12/فبراير/2024", "2024-02-12", "day", False),
        ),
        ("وصلت القافلة في 15-ديسمبر-2025 إلى المعبر", ("15-ديسمبر-2025", "2025-12-15", "day", False)),
        ("صدر القرار في 9 يونيه 2013 بعد جدل طويل", ("9 يونيه 2013", "2013-06-09", "day", False)),
        ("وقعت الاتفاقية في 2 إبريل 2017 في القاهرة", ("2 إبريل 2017", "2017-04-02", "day", False)),
        ("وقعت الاتفاقية في 2 أبريل 2017 في القاهرة", ("2 أبريل 2017", "2017-04-02", "day", False)),
        ("انطلقت المظاهرات في 4 جويلية 2018 في العاصمة", ("4 جويلية 2018", "2018-07-04", "day", False)),
        ("توقفت الرحلات في 8 جانفي 2021 بسبب الثلوج", ("8 جانفي 2021", "2021-01-08", "day", False)),
        ("أعلنت الوزارة في 20 غشت 2019 عن خطة جديدة", ("20 غشت 2019", "2019-08-20", "day", False)),
        ("انعقد المجلس في 11 شتنبر 2020 بالرباط", ("11 شتنبر 2020", "2020-09-11", "day", False)),
        ("صدر الحكم في 3 دجنبر 2018 بالدار البيضاء", ("3 دجنبر 2018", "2018-12-03", "day", False)),
        (
            "تأسست الجمعية في الأول من حزيران 1992 في لندن",
            ("الأول من حزيران 1992", "1992-06-01", "day", False),
        ),
        (
            "خرجت المظاهرة في الخامس عشر من آذار 2011 في دمشق",
            ("الخامس عشر من آذار 2011", "2011-03-15", "day", False),
        ),
        (
            "عقد المؤتمر في الحادي والعشرين من أيار 2017",
            ("الحادي والعشرين من أيار 2017", "2017-05-21", "day", False),
        ),
        ("يبدأ العمل بالقانون فاتح يناير 2024 في المغرب", ("فاتح يناير 2024", "2024-01-01", "day", False)),
        ("وقع الهجوم في 5 تموز 2012 على الحاجز", ("5 تموز 2012", "2012-07-05", "day", False)),
        ("وقع الهجوم في 5 آب 2012 على الحاجز", ("5 آب 2012", "2012-08-05", "day", False)),
        (
            "The meeting was held on August 19, 2024 in Riyadh",
            ("August 19, 2024", "2024-08-19", "day", False),
        ),
        ("أعلن الجيش الاثنين 15 شباط 2016 عن العملية", ("الاثنين 15 شباط 2016", "2016-02-15", "day", False)),
    ],
)
def test_dates_absolute_day(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert [summary(m) for m in dates(run_dates(text, ANCHOR))] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("التقرير المؤرخ 15/2/2016 يتحدث عن الحصار", "15/2/2016"),
        ("التقرير المؤرخ 2016-02-15 يتحدث عن الحصار", "2016-02-15"),
        ("التقرير المؤرخ 15.02.2016 يتحدث عن الحصار", "15.02.2016"),
        ("التقرير المؤرخ 2016/2/15 يتحدث عن الحصار", "2016/2/15"),
        ("التقرير المؤرخ 2/15/2016 يتحدث عن الحصار", "2/15/2016"),
        ("التقرير المؤرخ ١٥/٢/٢٠١٦ يتحدث عن الحصار", "١٥/٢/٢٠١٦"),
    ],
)
def test_dates_absolute_numeric(text: str, expected: str) -> None:
    assert [summary(m) for m in dates(run_dates(text, ANCHOR))] == [(expected, "2016-02-15", "day", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ارتفعت الأسعار في شباط 2016 بشكل حاد", ("شباط 2016", "2016-02", "month", False)),
        ("بدأت الاحتجاجات في آذار من العام 2011 في درعا", ("آذار من العام 2011", "2011-03", "month", False)),
        (
            "سقط النظام في كانون الأول/ديسمبر 2024 بعد هجوم",
            ("كانون الأول/ديسمبر 2024", "2024-12", "month", False),
        ),
        (  # a gloss with no separator (the wire style "يناير كانون الثاني"): one month, the year after it
            "ووقع آخر تفجير في يناير كانون الثاني 2018 في ساحة الطيران",
            ("يناير كانون الثاني 2018", "2018-01", "month", False),
        ),
        ("تراجع سعر الصرف في مارس 2022 إلى مستوى قياسي", ("مارس 2022", "2022-03", "month", False)),
        ("تضاعفت الهجرة في ماي 2019 نحو الشمال", ("ماي 2019", "2019-05", "month", False)),
        ("يتوقع أن تنتهي الأعمال منتصف آذار 2016 على الأرجح", ("منتصف آذار 2016", "2016-03", "month", False)),
        ("اندلعت الثورة عام 2011 في سوريا", ("عام 2011", "2011", "year", False)),
        ("في العام 2015 تدخلت روسيا عسكريا", ("العام 2015", "2015", "year", False)),
        ("في سنة 2014 سيطر التنظيم على المدينة", ("سنة 2014", "2014", "year", False)),
        ("أنجز المشروع نهاية 2013 بعد تأخير", ("نهاية 2013", "2013", "year", False)),
    ],
)
def test_dates_absolute_month_and_year(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert [summary(m) for m in dates(run_dates(text, ANCHOR))] == [expected]


@pytest.mark.parametrize(
    ("text", "warnings"),
    [
        ("أعلن الجيش الاثنين 15 شباط 2016 عن العملية", []),
        (
            "أعلن الجيش الثلاثاء 15 شباط 2016 عن العملية",
            ["date 'الثلاثاء 15 شباط 2016' resolved to 2016-02-15, a Monday, but names Tuesday"],
        ),
    ],
)
def test_dates_absolute_weekday_check(text: str, warnings: list[str]) -> None:
    assert run_dates(text, ANCHOR).warnings == warnings


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # 4 January 2002 was a Friday; Saturday 4 January 2020 is the day before publication
            "قتل 30 طالبا جراء قصف جوي في وقت متأخر يوم السبت 4 يناير 2002",
            "2020-01-05",
            ("يوم السبت 4 يناير 2002", "2020-01-04", "day", False),
        ),
        (  # the weekday fits the year written: no typo
            "قتل 30 طالبا جراء قصف جوي يوم الجمعة 4 يناير 2002",
            "2020-01-05",
            ("يوم الجمعة 4 يناير 2002", "2002-01-04", "day", False),
        ),
        (  # the weekday fits neither: the date stands, with the weekday warning
            "أعلن الجيش الثلاثاء 15 شباط 2016 عن العملية",
            ANCHOR,
            ("الثلاثاء 15 شباط 2016", "2016-02-15", "day", False),
        ),
    ],
)
def test_dates_absolute_year_typo(text: str, published: str, expected: tuple[str, str, str, bool]) -> None:
    assert [summary(m) for m in dates(run_dates(text, published))] == [expected]


def test_dates_absolute_year_typo_is_reported() -> None:
    assert run_dates("وقع القصف يوم السبت 4 يناير 2002", "2020-01-05").warnings == [
        "date 'يوم السبت 4 يناير 2002' resolved to 2002-01-04, a Friday, but names Saturday:"
        " read as 2020-01-04, a typo in the year"
    ]
