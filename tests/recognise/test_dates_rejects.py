"""Words and numbers that look like dates but are not: counts, durations, times, names, scores."""

from __future__ import annotations

import pytest
from tests.recognise.test_dates_support import dates, run_dates


@pytest.mark.parametrize(
    "text",
    [
        "قتل أكثر من 2000 شخص في القصف",
        "ارتفع عدد الضحايا إلى 2015 قتيلا",
        "يشارك 1500 عنصر في العملية منذ بدايتها",
        "تصدر الصحيفة نشرتها اليومية في الصباح",
        "صلى الكاهن باسم الآب والابن",
        "قال آب إن ابنه بخير",
        "وصل تموز إلى المدينة مساء",
        "مارس الضغط على الحكومة طويلا",
        "قالت ماي إن الحكومة ستستقيل",
        "يستمر الحظر خلال 24 ساعة",
        "سجن ثلاث سنوات بتهمة التحريض",
        "قدمت الشبكة خلال 10 سنوات مئات التقارير",
        "وقع الانفجار الساعة 13:41 بتوقيت دمشق",
        "فاز الفريق 4-0 على ضيفه",
        "سجل الهدف في الدقيقة 22 من المباراة",
        "وفي اليوم التالي عاد الهدوء",
        "احتفلت المدارس باليوم العالمي للمعلم",
        "في ذلك اليوم خرج الجميع",
        "دخل الأحد عشر لاعبا الملعب",
        "نقلت صحيفة «الخليج اليوم» عن مصادر",
        "نقلت صحيفة ‘الشرق اليوم’ عن مصادر",  # any quotation glyph of quote_marks.tsv, paired or not
        "نشرت صحيفة المصري اليوم تقريرا",
        "سيجري الاقتراع قبل يومين من الانتخابات",
        "تستمر الحملة منذ أسابيع",
        "العنوان 192.168.1.1 محجوب",
        "Masrawyمنذ سنة",
        "أصيب الاثنين معا بجروح",
        "عوقب الاثنين من اللاعبين بالإيقاف",
        "عادت السيارات إلى الطرقات",
        "رقم الملف 14d08f0d-a844-4a4d",
        "تواصل القصف لليوم العاشر على التوالي",  # the tenth day of the shelling, not today
        "نقلت صحيفة اليوم السابع عن مصادر أمنية",
        "استهدف التفجير موكبا على طريق 21 أكتوبر قرب المطار",  # streets named after a national day
        "سقطت قذيفة بحي 7 يوليو في المدينة",
        "انتقل السكان إلى مدينة 6 أكتوبر",
    ],
)
def test_dates_rejects_non_dates(text: str) -> None:
    assert [m.text for m in dates(run_dates(text, "2016-02-15"))] == []


def test_a_day_after_a_place_word_with_its_own_date_elsewhere() -> None:
    # only the day right after the street word is a name: the day of the incident stays a date
    found = dates(run_dates("انفجرت عبوة في شارع 26 يوليو يوم 3 مارس", "2016-02-15"))
    assert [(m.text, m.value) for m in found] == [("يوم 3 مارس", "2016-03-03")]
