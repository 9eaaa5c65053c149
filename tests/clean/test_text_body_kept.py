"""Nothing in the middle of an article is removed, even words that furniture also uses."""

from __future__ import annotations

import pytest

from rasid.clean.text import trim

TITLE = "الكاتب يدعو إلى قراءة التاريخ"
FIRST = "نشر الكاتب مقالا جديدا اليوم عن دور المدارس في حفظ ذاكرة المدن بعد الحروب الطويلة."
LAST = "وختم الكاتب مقاله بالدعوة إلى فتح المكتبات العامة في كل الأحياء المتضررة من القصف."

MIDDLES = [
    ["وقال في مقاله: اقرأ التاريخ جيدا لتفهم ما يجري اليوم في المنطقة وما سيأتي بعده."],
    ["اقرأ أيضا ما كتبه المؤرخون عن المدينة قبل قرن، يقول الكاتب، فستجد القصة نفسها تتكرر."],
    ["ودعا القراء إلى أن يشاركوا برأيهم في النقاش العام حول إعادة الإعمار وأولوياته."],
    ["أولا", "ثانيا", "ثالثا"],
    ["الوسط التجاري للمدينة تضرر بشدة، وأخبار متعلقة بالخسائر تصل تباعا من التجار."],
    ["وأشار إلى أن جميع الحقوق محفوظة للأهالي في أملاكهم مهما طال الزمن، وفق القانون."],
]


@pytest.mark.parametrize("middle", MIDDLES)
def test_middle_paragraphs_stay(middle: list[str]) -> None:
    trimmed = trim("\n".join([TITLE, FIRST, *middle, LAST]))
    assert trimmed.paragraphs == [FIRST, *middle, LAST]
    assert trimmed.removed == []


def test_text_is_title_blank_line_and_paragraphs() -> None:
    trimmed = trim(f"  {TITLE}  \r\n\r\n{FIRST}\n\n\n{LAST}\n")
    assert trimmed.text == f"{TITLE}\n\n{FIRST}\n\n{LAST}"
