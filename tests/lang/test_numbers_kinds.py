"""What a number is: counts apart from years, dates, ages, durations, times, ordinals and the rest."""

from __future__ import annotations

import pytest

from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.numbers import classify, find_numbers, find_ordinals


def kinds(text: str) -> list[tuple[str, str]]:
    norm = normalise_string(text)
    return [(norm[m.start : m.end], classify(norm, m)) for m in find_numbers(norm)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أصيب 40 مدنيا", [("40", "count")]),
        ("أكثر من 2000 شخص", [("2000", "count")]),  # a year-like number that counts
        # years
        ("منذ عام 2015", [("2015", "year")]),
        ("في العام 2011", [("2011", "year")]),
        ("في 2019 تراجعت الأسعار", [("2019", "year")]),
        ("حتى 2004", [("2004", "year")]),
        ("جميع الحقوق محفوظة © 2019", [("2019", "year")]),
        ("في أيار 2016 وصلت القافلة", [("2016", "year")]),
        ("30 أيلول (سبتمبر) 2015", [("30", "date"), ("2015", "year")]),
        ("منذ عام ‘2015’ تغير الكثير", [("2015", "year")]),  # any quotation glyph of quote_marks.tsv
        ("توفي سنة 250 هـ", [("250", "year")]),  # an era letter: a year of any size
        ("بني عام 632م", [("632", "year")]),
        # days of a month
        ("يوم 16 تشرين الأول", [("16", "date")]),
        ("في 15 كانون الثاني 2016", [("15", "date"), ("2016", "year")]),
        ("في 22 من يناير", [("22", "date")]),
        ("في 5/10/2015", [("5", "date"), ("10", "date"), ("2015", "date")]),
        # ages and durations
        ("يبلغ من العمر 12 عاما", [("12", "age")]),
        ("طفل (12 عاماً)", [("12", "duration")]),
        ("خلال 24 ساعة", [("24", "duration")]),
        ("منذ ثلاث سنوات", [("ثلاث", "duration")]),
        ("لمدة خمسة أيام", [("خمسه", "duration")]),
        # clock times
        ("عند الساعة 10:30", [("10", "time"), ("30", "time")]),
        ("في الساعة 9 صباحا", [("9", "time")]),
        ("في الدقيقة 65 سجل هدفا", [("65", "time")]),
        # ordinals
        ("في الذكرى الـ15 للثورة", [("15", "ordinal")]),
        ("في الذكرى الرابعة عشرة", [("عشره", "ordinal")]),
        # percentages
        ("ارتفع 90٪", [("90", "percent")]),
        ("ارتفع 87 %", [("87", "percent")]),
        ("نحو ثلاثة في المئة", [("ثلاثه", "percent")]),
        ("اثنين بالمائة", [("اثنين", "percent")]),
        ("بنسبة 30 من الأصوات", [("30", "percent")]),
        # money
        ("بلغت الكلفة 22 مليار دولار", [("22 مليار", "money")]),
        ("بسعر 30.93 جنيه", [("30.93", "money")]),
        ("غرامة 500 ليرة", [("500", "money")]),
        ("بقيمة 100 يورو", [("100", "money")]),
        ("مبلغ 70 ألف ريال", [("70 الف", "money")]),
        ("ما قيمته 4 ملايين دينار", [("4 ملايين", "money")]),
        # measures and frequencies
        ("على بعد 5 كيلومترات", [("5", "measure")]),
        ("حمولة 20 طنا", [("20", "measure")]),
        ("تكرر ذلك ثلاث مرات", [("ثلاث", "frequency")]),
        # phone, reference and score
        ("اتصلوا على الرقم 0933123456", [("0933123456", "phone")]),
        ("للتواصل: +963 11 2345678", [("963", "phone"), ("11", "phone"), ("2345678", "phone")]),
        ("للتواصل 0944 123 456", [("0944", "phone"), ("123", "phone"), ("456", "phone")]),
        ("القرار 2254 الصادر", [("2254", "reference")]),
        ("فاز الفريق 3-2", [("3", "score"), ("2", "score")]),
        ("انتهت المباراة 1 - 0", [("1", "score"), ("0", "score")]),
    ],
)
def test_numbers_kinds_classify(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("المرة الأولى", [("الاولي", 1)]),
        ("الطابق الثاني", [("الثاني", 2)]),
        ("طفل في العاشرة", [("العاشره", 10)]),
        ("الدورة الحادية عشرة", [("الحاديه عشره", 11)]),
        ("التقرير الثالث عشر", [("الثالث عشر", 13)]),
        ("الذكرى الـ15", [("15", 15)]),
        ("قتل 15 شخصا", []),
    ],
)
def test_numbers_kinds_ordinals(text: str, expected: list[tuple[str, int]]) -> None:
    norm = normalise_string(text)
    assert [(norm[o.start : o.end], o.value) for o in find_ordinals(norm)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 10-15 مدنيا", "count"),  # the words after the upper end decide
        ("استمر 10-15 دقيقة", "duration"),
        ("تقدم 1-3-2", "score"),  # a hyphen after it too: still punctuation
    ],
)
def test_numbers_kinds_range_end(text: str, expected: str) -> None:
    """The upper end of a range its caller found: the hyphen before it makes no score."""
    norm = normalise_string(text)
    second = find_numbers(norm)[1]
    assert classify(norm, second) == "score"
    assert classify(norm, second, range_end=True) == expected
