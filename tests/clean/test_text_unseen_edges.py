"""Furniture and article lines at the edges of pages whose layout rasid has not seen (issue 11):
a capture cut mid-sentence keeps its last line, a dateline-credit line is never the title, a
short masthead over a longer headline is no title, letterless lines and caption pairs go, and
comment blocks, search keywords and "other stories" lists end the article."""

from __future__ import annotations

import pytest

from rasid.clean.text import trim

TITLE = "حريق في مستودع للوقود قرب الميناء"
BODY = [
    "اندلع حريق كبير مساء أمس في مستودع للوقود قرب الميناء، وهرعت فرق الدفاع المدني إلى المكان.",
    "وقال شهود عيان إن دوي الانفجار سمع في أنحاء المدينة، وإن الدخان غطى الأحياء القريبة لساعات.",
    "ولم تعلن السلطات حتى الآن أسباب الحادث، فيما فتحت النيابة تحقيقا لتحديد المسؤولين عنه.",
]


def _reasons(lines: list[str]) -> list[tuple[str, str]]:
    return [(r.reason, r.text) for r in trim("\n".join(lines)).removed]


def test_a_last_line_cut_mid_sentence_stays_with_its_claim() -> None:
    cut = "وأضاف المتحدث باسم الدفاع المدني أن فرق الإنقاذ ما زالت تبحث عن"
    trimmed = trim("\n".join([TITLE, *BODY, cut]))
    assert trimmed.paragraphs == [*BODY, cut]
    assert trimmed.removed == []


def test_a_two_word_cut_that_opens_with_a_conjunction_stays() -> None:
    assert trim("\n".join([TITLE, *BODY, "وتأتي هذ"])).paragraphs == [*BODY, "وتأتي هذ"]


def test_a_short_signature_under_the_article_still_goes() -> None:
    assert _reasons([TITLE, *BODY, "مراسل النهار"]) == [("low-content", "مراسل النهار")]


@pytest.mark.parametrize("heading", ["تعليقان", "تعليق واحد", "5 تعليقات", "12 تعليقاً"])
def test_a_comment_count_heading_ends_the_article(heading: str) -> None:
    comments = [heading, "الله يحمي الجميع", "حادث مؤسف جدا"]
    assert _reasons([TITLE, *BODY, *comments]) == [("comments", line) for line in comments]


def test_search_keywords_and_what_follows_them_go_as_tags() -> None:
    tail = ["كلمات البحث :حريق;الميناء;الدفاع المدني", "نرجو من القراء الالتزام بآداب الحوار"]
    trimmed = trim("\n".join([TITLE, *BODY, *tail]))
    assert trimmed.paragraphs == BODY
    assert [r.reason for r in trimmed.removed] == ["tags", "tags"]


def test_another_story_under_other_news_goes_whole() -> None:
    other = [
        "أخبار أخرى..",
        "افتتاح جسر جديد فوق النهر",
        "وقال المحافظ إن الجسر سيخفف الازدحام في وسط المدينة خلال ساعات الذروة.",
    ]
    assert _reasons([TITLE, *BODY, *other]) == [("related-links", line) for line in other]


def test_a_place_dash_outlet_line_is_no_title_and_keeps_its_place() -> None:
    trimmed = trim("\n".join(["الميناء - النهار الجديد", *BODY]))
    assert trimmed.title is None
    assert trimmed.paragraphs == ["الميناء - النهار الجديد", *BODY]


def test_a_short_masthead_above_the_headline_is_not_the_title() -> None:
    trimmed = trim("\n".join(["الفجر الجديد", "الخميس 5 يونيو 2025", "الأخبار", TITLE, *BODY]))
    assert trimmed.title == TITLE
    assert trimmed.paragraphs == BODY
    assert [r.text for r in trimmed.removed] == ["الفجر الجديد", "الخميس 5 يونيو 2025", "الأخبار"]


def test_a_player_clock_and_a_decoration_rule_go_from_amid_the_body() -> None:
    lines = [TITLE, BODY[0], "00:00", BODY[1], "* * * *", BODY[2]]
    assert _reasons(lines) == [("counter", "00:00"), ("decoration", "* * * *")]


def test_a_caption_and_its_longer_alt_text_go_together() -> None:
    lines = [TITLE, "حريق الميناء", "حريق الميناء مساء أمس", *BODY]
    assert _reasons(lines) == [("caption", "حريق الميناء"), ("caption", "حريق الميناء مساء أمس")]


def test_a_run_on_ticker_with_a_headline_exclamation_goes_above_the_title() -> None:
    ticker = " ".join(
        [
            "ارتفاع أسعار الذهب في الأسواق المحلية اليوم",
            "افتتاح معرض الكتاب الدولي بمشاركة واسعة!",
            "فوز الفريق المحلي بالبطولة بعد مباراة مثيرة",
            "تحذير من موجة حر تضرب المنطقة خلال الأيام المقبلة",
        ]
    )
    trimmed = trim("\n".join(["أحدث الأخبار|", ticker, TITLE, *BODY]))
    assert trimmed.title == TITLE
    assert trimmed.paragraphs == BODY
    assert ("ticker", ticker) in [(r.reason, r.text) for r in trimmed.removed]


def test_furniture_glued_after_the_last_sentence_is_cut_and_the_sentence_stays() -> None:
    for glued, reason in [
        ("شارك الخبر", "share"),
        ("تابعونا على فيسبوك", "follow"),
        ("الوسوم: حرائق، الميناء، الدفاع المدني", "tags"),
    ]:
        trimmed = trim("\n".join([TITLE, *BODY[:-1], f"{BODY[-1]} {glued}"]))
        assert trimmed.paragraphs == BODY
        assert [(r.reason, r.text) for r in trimmed.removed] == [(reason, glued)]
    assert trim("\n".join([TITLE, *BODY[:-1], f"{BODY[-1]} الوسوم: حرائق، الميناء"])).tags == [
        "حرائق",
        "الميناء",
    ]


def test_a_sentence_after_the_last_full_stop_is_no_glued_furniture() -> None:
    last = f"{BODY[-1]} وأضاف أن التحقيق مستمر"
    trimmed = trim("\n".join([TITLE, *BODY[:-1], last]))
    assert trimmed.paragraphs == [*BODY[:-1], last]
    assert trimmed.removed == []


def test_a_caption_with_a_latin_agency_credit_goes_from_amid_the_body() -> None:
    caption = "رجال الإطفاء يكافحون النيران في المستودع قرب الميناء / Reuters Archive"
    assert _reasons([TITLE, BODY[0], caption, *BODY[1:]]) == [("media", caption)]


def test_a_reading_time_widget_goes_above_the_title() -> None:
    trimmed = trim("\n".join(["2 دقيقة قراءة", TITLE, *BODY]))
    assert (trimmed.title, trimmed.paragraphs) == (TITLE, BODY)
    assert [(r.reason, r.text) for r in trimmed.removed] == [("counter", "2 دقيقة قراءة")]


def test_an_unmarked_line_of_the_article_s_topics_at_the_end_goes_as_tags() -> None:
    assert _reasons([TITLE, *BODY, "الميناء الدفاع المدني النيابة"]) == [
        ("tags", "الميناء الدفاع المدني النيابة")
    ]


def test_a_last_line_with_a_function_word_or_a_new_topic_is_no_tag_line() -> None:
    # the classifier still rates them as furniture, but not as the article's tags
    for last in ["الحريق في الميناء", "الميناء الدفاع المدني الانتخابات"]:
        assert _reasons([TITLE, *BODY, last]) == [("low-content", last)]


def test_a_speaker_and_a_glued_quote_are_no_outlet_stamp() -> None:
    quote = "وقال:”لا يزال هناك عدد كبير من المفقودين تحت الأنقاض وتعمل فرق الإنقاذ على انتشالهم”."
    trimmed = trim("\n".join([TITLE, quote, *BODY]))
    assert trimmed.paragraphs == [quote, *BODY]
    assert trimmed.removed == []
    stamp = "شبكة الرصد:أفاد مراسلنا بأن حريقا كبيرا اندلع مساء أمس في مستودع للوقود قرب الميناء."
    assert [(r.reason, r.text) for r in trim("\n".join([TITLE, stamp, *BODY])).removed] == [
        ("credit", "شبكة الرصد:")
    ]
