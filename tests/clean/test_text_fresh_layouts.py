"""Layouts met on fresh unseen pages (issue 11, round 4): the headline run into a picture's
caption, a capture cut after a function word, and a sign-up widget that addresses the reader
under the article with the headline printed again around it."""

from __future__ import annotations

from rasid.clean.features import NAMES, ellipsis_end, page_features
from rasid.clean.text import trim

TITLE = "مقتل ثلاثة عمال في انهيار مبنى قيد الإنشاء"
BODY = [
    "لقي ثلاثة عمال حتفهم وأصيب اثنان آخران صباح اليوم إثر انهيار جزئي لمبنى قيد الإنشاء في حي الصناعة.",
    "وقال مدير الدفاع المدني في المدينة إن فرق الإنقاذ انتشلت الجثث بعد ساعات من البحث تحت الأنقاض.",
    "وفتحت النيابة العامة تحقيقا في أسباب الانهيار، واستدعت المقاول المسؤول عن المشروع للتحقيق.",
]


def _reasons(lines: list[str]) -> list[tuple[str, str]]:
    return [(r.reason, r.text) for r in trim("\n".join(lines)).removed]


def test_the_headline_run_into_a_picture_caption_goes_as_a_caption() -> None:
    caption = f"{TITLE} فرق الدفاع المدني في موقع الانهيار"
    trimmed = trim("\n".join([TITLE, caption, *BODY]))
    assert trimmed.title == TITLE
    assert trimmed.paragraphs == BODY
    assert [(r.reason, r.text) for r in trimmed.removed] == [("caption", caption)]


def test_a_lead_that_repeats_the_headline_and_goes_on_as_a_sentence_stays() -> None:
    lead = f"{TITLE}، بحسب ما أعلنه الدفاع المدني مساء اليوم."
    trimmed = trim("\n".join([TITLE, lead, *BODY]))
    assert trimmed.paragraphs == [lead, *BODY]
    assert trimmed.removed == []


def test_a_last_line_cut_after_a_function_word_stays() -> None:
    for cut in ["كما انتشلت فرق", "حيث نقل المصابون"]:
        trimmed = trim("\n".join([TITLE, *BODY, cut]))
        assert trimmed.paragraphs == [*BODY, cut], cut
        assert trimmed.removed == []


def test_a_short_headline_of_another_story_at_the_end_still_goes() -> None:
    assert _reasons([TITLE, *BODY, "ارتفاع أسعار الذهب"]) == [("low-content", "ارتفاع أسعار الذهب")]


def test_words_that_address_the_reader_count_as_furniture_words() -> None:
    lines = ["سجّل الآن لتصلك نشرتنا اليومية على بريدك", "وقال الوزير إن الحكومة تعمل على ذلك."]
    at = NAMES.index("furniture_words")
    shares = [round(v[at], 3) for v in page_features(lines).vectors]
    assert shares == [0.286, 0.0]  # نشرتنا and بريدك of seven words; ذلك is no لك


def test_a_sign_up_widget_and_the_headline_repeated_under_the_article_go() -> None:
    widget = (
        "أنشئ حسابك الآن لتصلك أهم الأخبار مباشرة ولتتمكن من حفظ المقالات وتلقي نشراتنا اليومية على بريدك"
    )
    lines = [*BODY, "12:4 دقيقة", TITLE, "حفظ", TITLE, "لم تسجل بعد", widget]
    trimmed = trim("\n".join(lines))
    assert trimmed.paragraphs == BODY
    assert [r.text for r in trimmed.removed] == lines[3:]


def test_a_block_of_other_stories_headlines_amid_the_body_goes() -> None:
    teasers = [
        "افتتاح مهرجان الربيع للفنون الشعبية بمشاركة فرق عربية",
        "ارتفاع أسعار الذهب في الأسواق المحلية مع نهاية الأسبوع",
    ]
    trimmed = trim("\n".join([TITLE, BODY[0], BODY[1], *teasers, BODY[2]]))
    assert trimmed.paragraphs == BODY
    assert [(r.reason, r.text) for r in trimmed.removed] == [("teaser", t) for t in teasers]


def test_a_lone_subheading_amid_the_body_stays() -> None:
    subheading = "تحقيق في أسباب الانهيار"
    trimmed = trim("\n".join([TITLE, BODY[0], BODY[1], subheading, BODY[2]]))
    assert trimmed.paragraphs == [BODY[0], BODY[1], subheading, BODY[2]]


def test_a_read_more_line_that_quotes_the_headline_goes_from_the_end() -> None:
    more = f"لمتابعة التفاصيل الكاملة حول {TITLE}، يمكن زيارة موقع المصدر عبر الرابط"
    trimmed = trim("\n".join([TITLE, *BODY, more]))
    assert trimmed.paragraphs == BODY
    assert [(r.reason, r.text) for r in trimmed.removed] == [("read-more", more)]


def test_a_snippet_closed_by_a_read_more_label_ends_with_an_ellipsis() -> None:
    assert ellipsis_end("10:45 . افتتاح معرض الكتاب في العاصمة بمشاركة واسعة... المزيد |")
    assert ellipsis_end("ارتفاع أسعار الذهب في الأسواق... اقرأ المزيد")
    assert not ellipsis_end("وقال إن الوضع صعب... وأضاف أن الفرق تعمل")
    assert not ellipsis_end("وقال المتحدث إن الاجتماع سيعقد غدا المزيد")


def test_a_long_date_and_clock_widget_above_the_headline_goes() -> None:
    widget = "الخميس, 12-مارس-2026 الساعة: 10:15 ص - آخر تحديث: 10:20 ص (20: 07) بتوقيت غرينتش      بحث متقدم"
    trimmed = trim("\n".join([widget, "أخبار محلية", TITLE, *BODY]))
    assert trimmed.title == TITLE
    assert trimmed.paragraphs == BODY
    assert ("dateline", widget) in [(r.reason, r.text) for r in trimmed.removed]


def test_a_lead_sentence_that_repeats_the_whole_headline_stays() -> None:
    title = "قصف جوي على سوق الخضار في البلدة"
    lead = "قتل أربعة مدنيين صباح اليوم في قصف جوي على سوق الخضار في البلدة."
    for lines in ([title, lead], [title, BODY[0], lead]):
        trimmed = trim("\n".join(lines))
        assert trimmed.title == title
        assert trimmed.paragraphs == lines[1:]
        assert not trimmed.no_article
