"""The body7 round (issue 11, item 1): a subheading between two paragraphs, an article whose
every paragraph ends with "..", a last line the capture cut short, and a headline the prose never
speaks of. The texts are written for these tests."""

from __future__ import annotations

from rasid.clean.text import _dotted_article, trim

TITLE = "المنتخب الوطني يتأهل إلى نهائي البطولة العربية بعد فوز صعب"
FIRST = (
    "تأهل المنتخب الوطني إلى نهائي البطولة العربية بعد فوزه على منافسه بهدف دون رد، في مباراة "
    "صعبة أقيمت مساء أمس على الملعب الدولي أمام جمهور غفير."
)
SECOND = (
    "بدأ المنافس اللقاء بضغط كبير على مرمى المنتخب، لكن الحارس تصدى لفرصتين خطيرتين في الدقائق "
    "العشر الأولى، قبل أن يستعيد لاعبو المنتخب توازنهم بانضباط تكتيكي في وسط الملعب."
)
HEADING = "صمود وانضباط تكتيكي"


def test_a_subheading_between_two_paragraphs_stays() -> None:
    trimmed = trim("\n".join([TITLE, FIRST, HEADING, SECOND]))
    assert trimmed.title == TITLE
    assert trimmed.paragraphs == [FIRST, HEADING, SECOND]


def test_another_storys_headline_between_two_paragraphs_goes() -> None:
    other = "افتتاح مهرجان المسرح في دورته العاشرة"
    trimmed = trim("\n".join([TITLE, FIRST, other, SECOND]))
    assert trimmed.paragraphs == [FIRST, SECOND]


def test_an_advert_label_between_every_two_paragraphs_goes() -> None:
    label = "محتوى إعلاني"
    trimmed = trim("\n".join([TITLE, FIRST, label, SECOND, label, FIRST.replace("أمس", "اليوم")]))
    assert label not in trimmed.paragraphs
    assert SECOND in trimmed.paragraphs


DOTTED = [
    "أعلنت السلطات المحلية في المدينة اليوم عن افتتاح ثلاث مدارس جديدة في الأحياء الشرقية لاستيعاب الطلاب..",
    "وقال مدير التعليم في المحافظة إن المدارس الجديدة تضم أكثر من أربعين فصلا دراسيا ومختبرات حديثة..",
    "وأضاف أن العام الدراسي المقبل سيشهد تشغيل حافلات لنقل التلاميذ من القرى المجاورة إلى المدارس..",
]


def test_an_article_whose_every_paragraph_ends_with_two_dots_is_kept_whole() -> None:
    trimmed = trim("\n".join(DOTTED))
    assert not trimmed.no_article
    assert trimmed.title is None
    assert trimmed.paragraphs == DOTTED
    assert trimmed.removed == []


def test_dotted_lines_apart_or_stamped_with_a_clock_are_no_dotted_article() -> None:
    assert _dotted_article(DOTTED) == frozenset({0, 1, 2})
    assert _dotted_article([DOTTED[0], "افتتاح مدارس جديدة في الأحياء الشرقية", DOTTED[2]]) == frozenset()
    assert _dotted_article([f"10:45 . {DOTTED[0]}", f"11:20 . {DOTTED[1]}"]) == frozenset()
    assert _dotted_article([DOTTED[0], FIRST]) == frozenset()  # the article ends its sentences


def test_a_last_line_cut_by_the_capture_stays() -> None:
    for cut in ("ترتيب الفريقين في جدول", "وأكد المدرب بعد اللقاء أن ف", "ويذ"):
        trimmed = trim("\n".join([TITLE, FIRST, SECOND, cut]))
        assert trimmed.paragraphs[-1] == cut, cut


def test_an_agencys_initials_and_a_button_under_the_article_go() -> None:
    for furniture in ("أ ش أ", "زر الذهاب إلى الأعلى"):
        trimmed = trim("\n".join([TITLE, FIRST, SECOND, furniture]))
        assert furniture not in trimmed.paragraphs, furniture
        assert trimmed.paragraphs == [FIRST, SECOND]


def test_a_headline_the_prose_never_speaks_of_is_no_title() -> None:
    other = "أمير المنطقة يوجه بتشكيل لجنة لحصر أضرار السيول في القرى الجبلية"
    trimmed = trim("\n".join(["محليات", other, "صورة الخبر", FIRST, SECOND]))
    assert trimmed.title is None
    assert other not in trimmed.text
    assert trimmed.paragraphs == [FIRST, SECOND]
