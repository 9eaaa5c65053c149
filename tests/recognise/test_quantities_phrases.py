"""Quantities in phrases: qualifiers, vague words, counted nouns and their agreement, non-counts."""

from __future__ import annotations

import pytest

from rasid.lang.ar.normalise import normalise_string
from rasid.recognise.quantities import find_quantities

# (quantity text in the normalised sentence, value, qualifier, low, high, vague, unit)
Row = tuple[str, float | None, str | None, int | None, int | None, str | None, str | None]


def found(text: str, *, money: bool = False) -> list[Row]:
    norm = normalise_string(text)
    return [
        (
            norm[q.start : q.end],
            q.value,
            q.qualifier,
            q.low,
            q.high,
            q.vague,
            norm[q.unit[0] : q.unit[1]] if q.unit else None,
        )
        for q in find_quantities(norm, money=money)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exact, with every agreement form of the counted noun
        ("قتل 452 طفلاً في القصف", [("452 طفلا", 452, "exact", 452, 452, None, "طفلا")]),
        ("قتل ثلاثة أطفال", [("ثلاثه اطفال", 3, "exact", 3, 3, None, "اطفال")]),  # plural after 3..10
        ("قتلت ثلاث نساء", [("ثلاث نساء", 3, "exact", 3, 3, None, "نساء")]),
        ("أصيب أحد عشر مدنياً", [("احد عشر مدنيا", 11, "exact", 11, 11, None, "مدنيا")]),  # tamyiz 11..99
        ("نزح مئة شخص", [("ميه شخص", 100, "exact", 100, 100, None, "شخص")]),  # singular after 100
        ("نزح ألف شخص", [("الف شخص", 1000, "exact", 1000, 1000, None, "شخص")]),
        ("نزح 1.5 مليون شخص", [("1.5 مليون شخص", 1500000, "exact", 1500000, 1500000, None, "شخص")]),
        ("وصل نصف مليون لاجئ", [("نصف مليون لاجي", 500000, "exact", 500000, 500000, None, "لاجي")]),
        ("تضررت ٦ مدارس", [("6 مدارس", 6, "exact", 6, 6, None, "مدارس")]),
        ("سقط ۱۲ صاروخا", [("12 صاروخا", 12, "exact", 12, 12, None, "صاروخا")]),
        # qualifiers before the number
        ("قتل أكثر من 2000 شخص", [("اكثر من 2000 شخص", 2000, "more_than", 2001, None, None, "شخص")]),
        ("جرح ما يزيد عن 30 مدنيا", [("ما يزيد عن 30 مدنيا", 30, "more_than", 31, None, None, "مدنيا")]),
        ("أصيب ما لا يقل عن 12 مدنياً", [("ما لا يقل عن 12 مدنيا", 12, "at_least", 12, None, None, "مدنيا")]),
        ("قتل نحو 40 شخصاً", [("نحو 40 شخصا", 40, "about", 36, 44, None, "شخصا")]),
        ("نزح حوالي 300 عائلة", [("حوالي 300 عايله", 300, "about", 270, 330, None, "عايله")]),
        (
            "هجر قرابة 14 مليون سوري",
            [("قرابه 14 مليون سوري", 14e6, "about", 12600000, 15400000, None, "سوري")],
        ),
        ("شارك زهاء 50 متطوعا", [("زهاء 50 متطوعا", 50, "about", 45, 55, None, "متطوعا")]),
        ("شارك فيما يقارب الـ 57 حدثاً", [("يقارب ال 57 حدثا", 57, "about", 51, 63, None, "حدثا")]),
        ("تتسع لما يصل إلى 500 شخص", [("ما يصل الي 500 شخص", 500, "up_to", None, 500, None, "شخص")]),
        ("عدد لا يتجاوز 100 عائلة", [("لا يتجاوز 100 عايله", 100, "up_to", None, 100, None, "عايله")]),
        ("قتل أقل من 50 شخصاً", [("اقل من 50 شخصا", 50, "less_than", None, 49, None, "شخصا")]),
        ("حصيلة تتجاوز ألف قتيل", [("تتجاوز الف قتيل", 1000, "more_than", 1001, None, None, "قتيل")]),
        # qualifiers after the noun
        ("قتل خمسة أطفال على الأقل", [("خمسه اطفال علي الاقل", 5, "at_least", 5, None, None, "اطفال")]),
        ("جرح 20 شخصا تقريبا", [("20 شخصا تقريبا", 20, "about", 18, 22, None, "شخصا")]),
        # vague words
        ("سقط عشرات القتلى", [("عشرات القتلي", None, None, 20, 99, "tens", "القتلي")]),
        ("وجرح العشرات بينهم أطفال", [("العشرات", None, None, 20, 99, "tens", None)]),
        ("استشهد العشرات من المدنيين", [("العشرات من المدنيين", None, None, 20, 99, "tens", "المدنيين")]),
        ("نزحت مئات العائلات", [("ميات العايلات", None, None, 200, 999, "hundreds", "العايلات")]),
        ("فر آلاف المدنيين", [("الاف المدنيين", None, None, 2000, 9999, "thousands", "المدنيين")]),
        (
            "وصل عشرات الآلاف من اللاجئين",
            [("عشرات الالاف من اللاجيين", None, None, 20000, 99999, "thousands", "اللاجيين")],
        ),
        ("شن عدة غارات", [("عده غارات", None, None, 3, 9, "several", "غارات")]),
        ("سقطت بضع قذائف", [("بضع قذايف", None, None, 3, 9, "several", "قذايف")]),
        ("قتل عدد من المدنيين", [("عدد من المدنيين", None, None, 3, None, "several", "المدنيين")]),
        ("استهدفت بعدد من الغارات", [("عدد من الغارات", None, None, 3, None, "several", "الغارات")]),
        ("دمر العديد من المنازل", [("العديد من المنازل", None, None, 3, None, "several", "المنازل")]),
        (
            "قتل أكثر من عشرات الأشخاص",
            [("اكثر من عشرات الاشخاص", None, "more_than", 20, 99, "tens", "الاشخاص")],
        ),
        # "من" partitives, pronouns and duals
        ("أصيب 15 من عناصر الدفاع", [("15 من عناصر", 15, "exact", 15, 15, None, "عناصر")]),
        ("قتل 8 من عائلة واحدة", [("8 من عايله واحده", 8, "exact", 8, 8, None, "عايله")]),
        ("اعتقل اثنان منهم", [("اثنان منهم", 2, "exact", 2, 2, None, None)]),
        ("ونقل عدد منهم إلى المستشفى", [("عدد منهم", None, None, 3, None, "several", None)]),
        ("تعرضت قرى عدة للقصف", [("قري عده", None, None, 3, 9, "several", "قري")]),  # after its noun
        ("بقي هناك سنوات عدة", []),  # a duration
        ("قصف الجيش عدة.", []),  # no noun either side
        (
            "سقط 20 جريحا من بينهم طفل واحد",
            [("20 جريحا", 20, "exact", 20, 20, None, "جريحا"), ("طفل واحد", 1, "exact", 1, 1, None, "طفل")],
        ),
        (
            "قتل مدنيان وجرح طفلان",
            [("مدنيان", 2, "exact", 2, 2, None, "مدنيان"), ("طفلان", 2, "exact", 2, 2, None, "طفلان")],
        ),
        ("أطلقت صاروخين", [("صاروخين", 2, "exact", 2, 2, None, "صاروخين")]),
        (
            "فاز بهدفين مقابل هدف واحد",
            [("هدفين", 2, "exact", 2, 2, None, "هدفين"), ("هدف واحد", 1, "exact", 1, 1, None, "هدف")],
        ),
        ("استقبل المستشفى جريحا واحدا", [("جريحا واحدا", 1, "exact", 1, 1, None, "جريحا")]),
        # a feminine dual counts two whatever its noun: not a unit, a name, a definite dual, nor
        # an adjective agreeing with the dual before it
        ("ارتكب الجيش مجزرتين في القرية", [("مجزرتين", 2, "exact", 2, 2, None, "مجزرتين")]),
        ("نال المدافع بطاقتين صفراوين", [("بطاقتين", 2, "exact", 2, 2, None, "بطاقتين")]),
        ("وسجل المركز إصابتين", [("اصابتين", 2, "exact", 2, 2, None, "اصابتين")]),
        ("دمر الجيش طائرتين مسيرتين معاديتين", [("طايرتين", 2, "exact", 2, 2, None, "طايرتين")]),
        ("ظل الطريق مغلقا ساعتين وأغلق مرتين", []),
        ("سافر الوزير إلى باكستان وطاجكستان", []),
        ("عادت العائلتين إلى منزلهما", []),
        # a breakdown whose noun is the total's, and a bare qualified figure
        (
            "قتل 120 مدنيا بينهم 15 تحت التعذيب",
            [("120 مدنيا", 120, "exact", 120, 120, None, "مدنيا"), ("15", 15, "exact", 15, 15, None, None)],
        ),
        ("بلغ عدد الجرحى نحو 1530، بعضهم", [("نحو 1530", 1530, "about", 1377, 1683, None, None)]),
        # a tally names what a bare number counts, and may carry the qualifier
        ("ارتفعت حصيلة القتلى إلى 45", [("45", 45, "exact", 45, 45, None, None)]),
        (
            "تجاوز عدد المصابين 6 آلاف شخص",
            [("تجاوز عدد المصابين 6 الاف شخص", 6000, "more_than", 6001, None, None, "شخص")],
        ),
        ("عدد القتلى، 2015", []),  # punctuation ends the tally's clause
        # the toll is the subject, "إلى N" its predicate, however long the subject
        (
            "ارتفع عدد قتلى الغارات التي استهدفت سوق المدينة الشعبي صباح اليوم إلى 23",
            [("23", 23, "exact", 23, 23, None, None)],
        ),
        ("وصل القصف إلى 23 بلدة", [("23 بلده", 23, "exact", 23, 23, None, "بلده")]),
        # or the object of a toll verb: right before the number, or right before the tally
        ("وعدد الطلاب الذين تغيبوا عن المدرسة أمس بلغ 37", [("37", 37, "exact", 37, 37, None, None)]),
        (
            "وبلغ عدد المنازل التي دمرها القصف في أحياء المدينة الشرقية 48",
            [("48", 48, "exact", 48, 48, None, None)],
        ),
        (
            "ارتفع إجمالي المصابين في حوادث الطرق خلال العطلة إلى 312",
            [("312", 312, "exact", 312, 312, None, None)],
        ),
        ("ارتفعت أعداد النازحين، إلى 900", [("900", 900, "exact", 900, 900, None, None)]),
        (
            'مما يرفع عدد "المفقودين" الذين أعلنت السلطات عنهم منذ الأحد إلى خمسة، وقد',
            [("خمسه", 5, "exact", 5, 5, None, None)],
        ),
        ("ذكر عدد القتلى. بلغ 17", []),  # the sentence ends between the tally and the verb
        # a qualifier after a bare number: a count whose noun is said elsewhere
        (
            "وقال إن اثنين على الأقل نقلا إلى المستشفى",
            [("اثنين علي الاقل", 2, "at_least", 2, None, None, None)],
        ),
        # a casualty word right before a number whose noun is left out
        (
            "قتل 13 وأصيب 20",
            [("13", 13, "exact", 13, 13, None, None), ("20", 20, "exact", 20, 20, None, None)],
        ),
        ("مقتل تسعة وإصابة آخرين", [("تسعه", 9, "exact", 9, 9, None, None)]),
        ("وأصيب 20 بجروح", [("20", 20, "exact", 20, 20, None, None)]),
        # a year before a qualifier: the qualifier's head is not the year's noun
        (
            "منذ 8 تشرين الأول 2023 أكثر من 300 قتيل",
            [("اكثر من 300 قتيل", 300, "more_than", 301, None, None, "قتيل")],
        ),
        # quotes between the number and its noun
        ("تعرض لـ 16 “هجوما عدائيا”", [("16 “هجوما", 16, "exact", 16, 16, None, "هجوما")]),
        ("تعرض لـ 16 ‘هجوما عدائيا’", [("16 ‘هجوما", 16, "exact", 16, 16, None, "هجوما")]),  # unpaired glyph
        ("تعرض لـ 7 [هجمات] متتالية", [("7 [هجمات", 7, "exact", 7, 7, None, "هجمات")]),  # a bracket
    ],
)
def test_quantities_phrases(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقع الهجوم عام 2015 في المدينة",  # year
        "في 30 أيلول 2015",  # day and year
        "في 22 من يناير",  # day of a month across من
        "يبلغ من العمر 12 عاما",  # age
        "طفل (12 عاماً) قتل",  # age in brackets
        "استمر القصف خلال 24 ساعة",  # duration
        "منذ ثلاث سنوات",  # duration in words
        "الساعة 10:30 صباحا",  # clock time
        "العاشرة صباحاً",  # clock time in words
        "الذكرى الـ15 للثورة",  # ordinal
        "الحادي عشر من أيلول",  # ordinal in words
        "المرتبة 3 عالميا",  # rank
        "ارتفعت النسبة إلى 90٪",  # percentage
        "نحو ثلاثة في المئة",  # percentage in words
        "اتصلوا على 0933123456",  # phone
        "القرار 2254 الصادر",  # reference
        "فاز الفريق 3-2 على ضيفه",  # score
        "على بعد 5 كيلومترات من البلدة",  # distance
        "وتصل الحرارة إلى 41 مئوية",  # temperature, the unit word left out
        "تكرر ذلك ثلاث مرات",  # frequency
        "رأى 13 وسمع 20",  # numbers with no noun and no cue
        "الرقم إلى 23",  # "إلى N" with no tally in its clause
        "الصفحة 387",  # a bare number
        "وهي واحدة من أكبر الغارات",  # "one of"
        "محكومة بعائلة واحدة",  # "one" in a prepositional phrase
        "قتلى وجرحى",  # no number at all
        "عدد كبير من القتلى",  # "a large number": not one of the vague words
        "عدة الجيش",  # the army's gear, not several
        "الأحياء الشرقية",  # neighbourhoods, not a number
        "توفر البلدية مئتي",  # a number with nothing after it
    ],
)
def test_quantities_phrases_not_counts(text: str) -> None:
    assert found(text) == []


MONEY = [
    (
        "بلغت الخسائر بنحو 22 مليار دولار",
        [("نحو 22 مليار دولار", 22e9, "about", 19800000000, 24200000000, None, "دولار")],
    ),
    # a range whose end carries the noun
    (
        "ارتفع السعر من 15.76 في آذار إلى 30.93 جنيه",
        [
            ("15.76", 15.76, "exact", 15, 16, None, "جنيه"),
            ("30.93 جنيه", 30.93, "exact", 30, 31, None, "جنيه"),
        ],
    ),
    ("دفع 500 ليرة عن كل شخص", [("500 ليره", 500, "exact", 500, 500, None, "ليره")]),
]


@pytest.mark.parametrize(("text", "expected"), MONEY)
def test_quantities_phrases_money_on_request(text: str, expected: list[Row]) -> None:
    assert found(text, money=True) == expected
    assert found(text) == []
