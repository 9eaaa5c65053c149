"""Furniture of the body6 round (issue 11, item 1): other stories' snippets cut by an ellipsis
above an article that has no headline, and a list of other stories' headlines under a dropped
read-also heading amid the body. The texts are written for these tests."""

from __future__ import annotations

from rasid.clean.text import trim

SNIPPETS = [
    "استقبل وزير الخارجية، اليوم الأحد بالعاصمة، نظيره الإيطالي في زيارة رسمية تدوم يومين...",
    "دشن والي الولاية، أمس السبت، محطة جديدة لتحلية مياه البحر بطاقة تفوق مئة ألف متر مكعب...",
    "انطلقت صباح اليوم امتحانات شهادة البكالوريا في ظروف تنظيمية حسنة عبر مختلف مراكز الإجراء...",
]
ARTICLE = [
    "أعلن قائد الناحية العسكرية الرابعة، خلال زيارة تفقدية للوحدات المرابطة على الحدود الجنوبية، "
    "أن قوات الجيش أحبطت محاولة تسلل جماعة مسلحة قادمة من الصحراء.",
    "وأوضح القائد أن الوحدات المرابطة على الحدود الجنوبية رصدت الجماعة المسلحة ليلا، "
    "وأن قوات الجيش تواصل تمشيط الصحراء بحثا عن بقية عناصرها",
]


def test_snippets_above_an_article_without_headline_go() -> None:
    trimmed = trim("\n".join([*SNIPPETS, *ARTICLE]))
    assert trimmed.title is None
    assert trimmed.paragraphs == ARTICLE
    assert [(r.text, r.reason) for r in trimmed.removed] == [(s, "teaser") for s in SNIPPETS]


def test_an_articles_own_paragraphs_cut_by_an_ellipsis_stay() -> None:
    own = [
        "أحبطت قوات الجيش على الحدود الجنوبية محاولة تسلل جماعة مسلحة قادمة من الصحراء، وفق بيان القيادة..",
        "وأضاف بيان القيادة أن الجماعة المسلحة تركت أسلحتها على الحدود وفرت نحو الصحراء..",
    ]
    trimmed = trim("\n".join([*own, *ARTICLE]))
    assert [r.reason for r in trimmed.removed] == []
    assert all(line in trimmed.text for line in [*own, *ARTICLE])


TITLE = "الفريق الأزرق يفوز على ضيفه بهدفين في قمة الجولة السابعة"
LEAD = (
    "فاز الفريق الأزرق على ضيفه الفريق الأخضر بهدفين دون مقابل، مساء اليوم، في قمة الجولة السابعة "
    "من الدوري، ليرتقي إلى صدارة الترتيب برصيد ستة عشر نقطة."
)
SUBHEADING = "تفاصيل قمة الجولة السابعة"
MIDDLE = (
    "وسجل مهاجم الفريق الأزرق الهدف الأول في الدقيقة العشرين من رأسية متقنة، قبل أن يضيف زميله "
    "الهدف الثاني من ركلة جزاء في الشوط الثاني."
)
HEADING = "اقرأ من أخبار الملاعب المحلية:"
ITEMS = [
    "مدرب الفريق الأحمر يعلن رحيله عن النادي نهاية الموسم",
    "موعد مباراة الفريق الأصفر ضد الفريق الأبيض والقنوات الناقلة لها",
]
LAST = (
    "وحاول الفريق الأخضر تقليص الفارق في الدقائق الأخيرة، لكن حارس الفريق الأزرق تصدى لتسديدتين "
    "قويتين، لتنتهي المباراة بفوز مستحق لأصحاب الأرض."
)


def test_a_read_also_list_amid_the_body_goes_with_its_heading() -> None:
    trimmed = trim("\n".join([TITLE, LEAD, SUBHEADING, MIDDLE, HEADING, *ITEMS, LAST]))
    assert trimmed.title == TITLE
    assert trimmed.paragraphs == [LEAD, SUBHEADING, MIDDLE, LAST]
    assert [r.text for r in trimmed.removed] == [HEADING, *ITEMS]
    assert [r.reason for r in trimmed.removed][-1] == "related-links"
