"""A page never loses its article to the shape rules: its only line of prose stays, a page cut
into lines of a fixed width keeps its lead, and a lead left open by a comma is no title."""

from __future__ import annotations

from rasid.clean.text import trim

# One line of prose under a Latin masthead, a headline and a clock, cut by the capture.
ONLY_PROSE_HEADLINE = "«نقابة المعلمين»: إصابة ثلاثة مدرسين بقصف على مدرسة في ريف حماة"
ONLY_PROSE_LEAD = (
    "أعلنت نقابة المعلمين، الأربعاء، إصابة ثلاثة مدرسين بجروح بقصف مدفعي على مدرسة في بلدة "
    "اللطامنة بريف حماة الشمالي. وأوضحت النقابة، في بيان، أن القصف وقع أثناء الدوام وسط حالة "
    "من الذعر بين التلاميذ. كما طالبت بـ”حماية المدارس من ..."
)
ONLY_PROSE_PAGE = [
    "TheTeachersPost",
    ONLY_PROSE_HEADLINE,
    "2026-03-11 - 09:15",
    ONLY_PROSE_LEAD,
    "Share this post:",
]

# A wire report cut into lines of a fixed width: the lead runs over the line ends.
WRAPPED_TITLE = "مقتل ثلاثة مهربين باشتباك مع حرس الحدود في الصحراء"
WRAPPED_BODY = [
    "قتل ثلاثة أشخاص يشتبه بأنهم من مهربي الوقود على",
    "الحدود، مساء السبت، في اشتباك مع دورية لحرس الحدود قالت مصادر إنها تعقبت قافلتهم",
    "لساعات طويلة.",
    "وقالت المصادر إن الدورية صادرت ثلاث شاحنات صغيرة",
    "محملة بالوقود.",
    "وتشهد المنطقة الحدودية نشاطا متزايدا للتهريب منذ ارتفاع",
    "الأسعار.",
]

# A lead whose first sentence the line break leaves open after a comma, no headline above it.
OPEN_LEAD = (
    "شهدت مدينة الكرك مساء الاثنين حريقا كبيرا في مستودع للأخشاب قرب السوق القديم أسفر عن إصابة خمسة عمال،"
)
OPEN_LEAD_REST = [
    "وقال مدير الدفاع المدني في المحافظة، إن فرق الإطفاء سيطرت على الحريق بعد ثلاث ساعات من العمل المتواصل.",
    "ونقل المصابون إلى المستشفى الحكومي، وحالتهم مستقرة، فيما فتحت الشرطة تحقيقا في أسباب الحريق.",
]


def test_only_line_of_prose_stays() -> None:
    trimmed = trim("\n".join(ONLY_PROSE_PAGE))
    assert not trimmed.no_article
    assert trimmed.title == ONLY_PROSE_HEADLINE
    assert trimmed.paragraphs == [ONLY_PROSE_LEAD]
    assert [piece.reason for piece in trimmed.removed] == ["foreign-script", "dateline", "share"]


def test_page_of_teasers_still_holds_no_article() -> None:
    teasers = [
        f"{clock} . {headline}... المزيد |"
        for clock, headline in [
            ("10:05", "وزير النقل يفتتح الطريق الدائري الجديد في العاصمة بعد سنتين من العمل"),
            ("09:40", "الأرصاد تتوقع أمطارا غزيرة على المرتفعات الغربية خلال عطلة نهاية الأسبوع"),
            ("08:12", "المنتخب الوطني يختتم معسكره التدريبي استعدادا لمباراة التصفيات المقبلة"),
            ("07:30", "البنك المركزي يبقي سعر الفائدة دون تغيير للمرة الثالثة على التوالي هذا العام"),
        ]
    ]
    assert trim("\n".join(teasers)).no_article


def test_wrapped_lead_under_the_title_stays() -> None:
    trimmed = trim("\n".join([WRAPPED_TITLE, *WRAPPED_BODY]))
    assert trimmed.title == WRAPPED_TITLE
    assert trimmed.paragraphs == WRAPPED_BODY
    assert trimmed.removed == []


def test_lead_left_open_by_a_comma_is_no_title() -> None:
    trimmed = trim("\n".join([OPEN_LEAD, *OPEN_LEAD_REST]))
    assert trimmed.title is None
    assert trimmed.paragraphs == [OPEN_LEAD, *OPEN_LEAD_REST]


# Cut into lines of a fixed width, with one line left open on a preposition and no short tail.
OPEN_WORD_TITLE = "الدفاع المدني يخمد حريقا في سوق الخضار"
OPEN_WORD_BODY = [
    "أفاد مصدر في الدفاع المدني أن فرق الإطفاء",
    "تمكنت مساء أمس من إخماد حريق اندلع في عدد من محال سوق الخضار، ما أدى إلى",
    "احتراق بضائع كثيرة دون تسجيل إصابات بين الباعة والمتسوقين.",
    "وأوضح المصدر أن التحقيقات جارية لمعرفة أسباب الحريق وحجم الأضرار التي لحقت",
    "بالمحال التجارية والمباني المجاورة لها في وسط المدينة.",
]


def test_line_left_open_by_a_preposition_marks_a_wrapped_page() -> None:
    trimmed = trim("\n".join([OPEN_WORD_TITLE, *OPEN_WORD_BODY]))
    assert trimmed.title == OPEN_WORD_TITLE
    assert trimmed.paragraphs == OPEN_WORD_BODY
