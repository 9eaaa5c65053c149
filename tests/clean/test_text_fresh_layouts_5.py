"""Layouts met on fresh unseen pages (issue 11, session 15): a masthead of editors' names above the
headline, a breadcrumb that ends with the headline, a capture cut after a comma, other stories'
snippets cut by an ellipsis under the article, topics glued after its last sentence, captions
that say what the picture shows, and a source note without its article."""

from __future__ import annotations

from rasid.clean.features import stems, tag_stems
from rasid.clean.text import trim

TITLE = "حريق يلتهم مستودعا للأخشاب في المنطقة الصناعية"
BODY = [
    "اندلع حريق كبير فجر اليوم في مستودع للأخشاب بالمنطقة الصناعية، وامتدت النيران إلى محلين مجاورين.",
    "وقال مدير الدفاع المدني إن فرق الإطفاء سيطرت على الحريق بعد ثلاث ساعات من العمل المتواصل.",
    "وأضاف أن الحريق لم يسفر عن إصابات، وأن التحقيق جار لمعرفة أسبابه والخسائر التي خلفها.",
]


def _removed(lines: list[str]) -> list[tuple[str, str]]:
    return [(r.reason, r.text) for r in trim("\n".join(lines)).removed]


def test_an_editors_masthead_above_the_headline_is_not_the_title() -> None:
    """The first headline-shaped line is the masthead; the prose uses none of its words and speaks
    of the headline under it, whose picture's caption follows."""
    masthead = ["المشرف العام على التحرير", "سمير الحلبي"] * 2
    caption = ["حريق مستودع", "حريق مستودع"]
    trimmed = trim("\n".join([*masthead, TITLE, *caption, *BODY]))
    assert trimmed.title == TITLE
    assert trimmed.paragraphs == BODY
    assert [r.text for r in trimmed.removed] == [*masthead, *caption]


def test_a_breadcrumb_that_ends_with_a_long_headline_leaves_the_headline() -> None:
    headline = (
        "الأمطار تعود إلى المدينة بعد صيف طويل … والبلدية تستعد لموسم الشتاء بخطة لتصريف المياه"
        " في الأحياء المنخفضة … والسكان يترقبون"
    )
    crumb = f"الرئيسية » محليات » {headline}"
    body = [
        "أعلنت البلدية اليوم خطة لتصريف مياه الأمطار في الأحياء المنخفضة، بعد أن شهدت المدينة أولى زخات الشتاء.",
        "وقال رئيس البلدية إن الخطة تشمل تنظيف المصارف وتوزيع مضخات على الأحياء التي تغمرها المياه كل عام.",
    ]
    trimmed = trim("\n".join([crumb, headline, *body]))
    assert headline in trimmed.text
    assert crumb not in trimmed.text


def test_a_last_line_cut_after_a_comma_stays() -> None:
    cut = "ومنذ أيام،"
    trimmed = trim("\n".join([TITLE, *BODY, cut]))
    assert trimmed.paragraphs == [*BODY, cut]


def test_other_stories_snippets_under_the_article_go() -> None:
    snippets = [
        "أعلن نادي الشرطة تعاقده مع مدرب جديد لقيادة الفريق في الموسم المقبل، وأكد أن…",
        "كشفت وزارة السياحة عن ارتفاع أعداد الزوار خلال عطلة الصيف، وقالت إن الفنادق…",
    ]
    assert _removed([TITLE, *BODY, *snippets]) == [("teaser", s) for s in snippets]


def test_a_paragraph_of_the_article_ending_with_two_dots_stays() -> None:
    last = [
        "وأكد مدير الدفاع المدني أن فرق الإطفاء سيطرت على الحريق في المستودع..",
        "وأشار إلى أن التحقيق في أسباب الحريق ما زال جاريا..",
    ]
    assert trim("\n".join([TITLE, *BODY, *last])).paragraphs == [*BODY, *last]


def test_topics_glued_after_the_last_sentence_go_as_tags() -> None:
    last = BODY[-1] + " حريق مستودع الأخشاب الدفاع المدني"
    trimmed = trim("\n".join([TITLE, *BODY[:-1], last]))
    assert trimmed.paragraphs == BODY
    assert [(r.reason, r.text) for r in trimmed.removed] == [("tags", "حريق مستودع الأخشاب الدفاع المدني")]


def test_a_sentence_cut_after_the_last_full_stop_is_not_taken_for_tags() -> None:
    last = BODY[-1] + " وقال مدير الدفاع المدني"
    trimmed = trim("\n".join([TITLE, *BODY[:-1], last]))
    assert trimmed.paragraphs == [*BODY[:-1], last]


def test_tag_stems_refuse_particles_digits_and_punctuation() -> None:
    assert tag_stems("مقتل الجيش الليبي") == {"مقتل", "جيش", "ليبي"}
    assert tag_stems("في الجيش الليبي") is None
    assert tag_stems("الجيش، الليبي") is None
    assert tag_stems("مقتل 3 جنود") is None
    assert stems("وقال الجيش في مؤتمر") == {"قال", "جيش", "موتمر"}  # normalised; "في" is too short


def test_a_caption_that_says_what_the_picture_shows_goes() -> None:
    caption = "صورة نشرها ناشطون تظهر ألسنة اللهب فوق المستودع"
    trimmed = trim("\n".join([TITLE, BODY[0], caption, *BODY[1:]]))
    assert trimmed.paragraphs == BODY
    assert [(r.reason, r.text) for r in trimmed.removed] == [("media", caption)]


def test_a_source_note_without_its_article_goes_from_the_end() -> None:
    assert _removed([TITLE, *BODY, "مصدر: وكالة الأنباء"]) == [("source-note", "مصدر: وكالة الأنباء")]


def test_a_page_of_headlines_whose_only_long_line_is_a_ticker_holds_no_article() -> None:
    ticker = (
        "وزير النقل يتفقد أعمال توسعة الطريق الدائري استعدادا لموسم الشتاء محافظ الإقليم يفتتح مدرسة"
        " جديدة في القرية الشمالية ارتفاع أسعار الخضروات في الأسواق المحلية هل تنجح خطة الحكومة في"
        " خفض الأسعار؟ المنتخب يستعد لمباراته الودية أمام ضيفه الآسيوي الأسبوع المقبل"
    )
    trimmed = trim("\n".join(["صحيفة الوادي", ticker, "حوادث", "تفاصيل حادث الطريق الصحراوي"]))
    assert trimmed.no_article
    assert ("ticker", ticker) in [(r.reason, r.text) for r in trimmed.removed]


def test_a_question_put_to_the_reader_under_the_article_goes() -> None:
    prompt = "هل تريد معرفة المزيد عن أسباب الحريق؟"
    assert _removed([TITLE, *BODY, prompt]) == [("related-links", prompt)]
    question = "هل تريد البلدية إعادة بناء المستودع في المكان نفسه؟"  # the report's own question stays
    assert trim("\n".join([TITLE, *BODY, question])).paragraphs == [*BODY, question]


def test_a_caption_closed_by_an_archive_credit_in_brackets_goes() -> None:
    caption = "عناصر الدفاع المدني أمام مستودع محترق في المنطقة الصناعية جنوب المدينة (أرشيفية - إنترنت)"
    trimmed = trim("\n".join([TITLE, caption, *BODY]))
    assert trimmed.paragraphs == BODY
    assert [(r.reason, r.text) for r in trimmed.removed] == [("media", caption)]


def test_the_outlets_name_alone_over_the_headline_is_its_masthead() -> None:
    trimmed = trim("\n".join(["شبكة الوادي الإخبارية", TITLE, *BODY]))
    assert trimmed.title == TITLE
    assert [(r.reason, r.text) for r in trimmed.removed] == [("masthead", "شبكة الوادي الإخبارية")]
    assert trimmed.publisher == "شبكة الوادي الإخبارية"


def test_a_date_widget_of_fields_side_by_side_at_the_end_is_no_cut_sentence() -> None:
    widget = "الأحد 14 سبتمبر 2025 | 21 ربيع الأول 1447"
    assert widget not in trim("\n".join([TITLE, *BODY, widget])).paragraphs


def test_a_pictures_source_glued_to_its_caption_is_cut_and_the_caption_stays() -> None:
    caption = "فرق الإطفاء أمام المستودع صباح اليوم : مصدر الصورة :صفحة الدفاع المدني على فيسبوك"
    trimmed = trim("\n".join([TITLE, BODY[0], caption, *BODY[1:]]))
    assert "فرق الإطفاء أمام المستودع صباح اليوم" in trimmed.paragraphs
    assert ("media", " : مصدر الصورة :صفحة الدفاع المدني على فيسبوك") in [
        (r.reason, r.text) for r in trimmed.removed
    ]
