"""Hijri dates: converted with hijridate (Umm al-Qura tables; a sighting may differ by a day)."""

from __future__ import annotations

import pytest
from tests.recognise.test_dates_support import dates, run_dates, summary


@pytest.mark.parametrize(
    ("anchor", "text", "expected", "hijri"),
    [
        ("2016-02-15", "صدر البيان في 6 جمادى الأولى 1437 هـ في الرياض",
         ("6 جمادى الأولى 1437 هـ", "2016-02-15", "day", False), "1437-05-06"),
        ("2016-02-15", "صدر البيان في 6 جمادى الاولى 1437 هجري في الرياض",
         ("6 جمادى الاولى 1437 هجري", "2016-02-15", "day", False), "1437-05-06"),
        ("2016-02-15", "يبدأ الصيام في رمضان 1437 هـ بحسب التقويم",
         ("رمضان 1437 هـ", "2016-06", "month", False), "1437-09"),
        ("2016-02-15", "تأسست الهيئة عام 1437 هـ بقرار ملكي",
         ("عام 1437 هـ", "2015", "year", False), "1437"),
        ("2016-02-15", "وصل الحجاج في الأول من ذي الحجة 1436 إلى مكة",
         ("الأول من ذي الحجة 1436", "2015-09-14", "day", False), "1436-12-01"),
        ("2016-06-21", "أعلنت الهيئة الثلاثاء 16 رمضان 1437 هـ عن المبادرة",
         ("الثلاثاء 16 رمضان 1437 هـ", "2016-06-21", "day", False), "1437-09-16"),
        ("2025-02-20", "تتزامن الأمطار مع حلول شهر رمضان المبارك في المملكة",
         ("شهر رمضان المبارك", "2025-03", "month", True), "1446-09"),
    ],
)  # fmt: skip
def test_dates_hijri_values(anchor: str, text: str, expected: tuple[str, str, str, bool], hijri: str) -> None:
    (m,) = dates(run_dates(text, anchor))
    assert (summary(m), m.hijri) == (expected, hijri)


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        (
            "2016-06-21",
            "انهارت الهدنة في 22 نيسان الماضي، الموافق 15 رجب 1437 هـ، وسط تحذيرات",
            [
                (("22 نيسان الماضي", "2016-04-22", "day", True), None),
                (("15 رجب 1437 هـ", "2016-04-22", "day", False), "1437-07-15"),
            ],
        ),
        (
            "2018-02-26",
            "أصيب مدنيون مساء أمس الأحد، 9 جمادى الآخرة 1439 هـ، في الغوطة",
            [
                (("مساء أمس الأحد", "2018-02-25", "day", True), None),
                (("9 جمادى الآخرة 1439 هـ", "2018-02-25", "day", False), "1439-06-09"),
            ],
        ),
    ],
)
def test_dates_hijri_and_gregorian_are_two_mentions(
    anchor: str, text: str, expected: list[tuple[object, object]]
) -> None:
    assert [(summary(m), m.hijri) for m in dates(run_dates(text, anchor))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "استقبل الرئيس رجب طيب أردوغان ضيفه",
        "انخفضت النسبة إلى صفر تقريبا",
        "استخدم النظام أسلحة محرمة دوليا",
        "قال رمضان إن الطريق مغلق",
        "أكد شعبان أن الطريق مغلق",
    ],
)
def test_dates_hijri_month_words_need_context(text: str) -> None:
    assert dates(run_dates(text, "2016-02-15")) == []
