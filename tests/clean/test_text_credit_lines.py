"""Dateline and credit lines (tests/gold/README.md): the dateline's place stays in the text, the
credit around it goes, a credit line with no place goes whole, and neither is ever the title; a
list of links amid the body goes alone when the article goes on under it."""

from __future__ import annotations

import pytest

from rasid.clean.credits import credit_pieces, dateline_place
from rasid.clean.text import trim

LEAD = "أعلنت السلطات المحلية صباح اليوم إغلاق الطريق الساحلي بعد انهيار جسر قديم، وقال مسؤول إن فرق الصيانة بدأت العمل فورا."
SECOND = "وأضاف المسؤول أن الطريق البديل سيبقى مفتوحا أمام الشاحنات حتى انتهاء أعمال الصيانة في الجسر."
TITLE = "إغلاق الطريق الساحلي بعد انهيار جسر قديم"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("حمص - شبكة النهار", "حمص"),
        ("عمان (وكالة الصحراء)", "عمان"),
        ("الموصل – أ ف ب:", "الموصل"),
        ("دمشق ـ سامر الخطيب", "دمشق"),
        ("موقع الساحل | اللاذقية", "اللاذقية"),
        ("شبكة النهار - متابعات", None),
        ("قال المسؤول إن الطريق مغلق", None),
    ],
)
def test_dateline_place_of_a_credit_shaped_line(line: str, place: str | None) -> None:
    span = dateline_place(line)
    assert (line[span[0] : span[1]] if span else None) == place


def test_a_sentence_or_a_long_line_is_no_credit_line() -> None:
    assert credit_pieces("حمص - شبكة النهار") is not None
    assert credit_pieces("حمص - قال مسؤول محلي إن الطريق مغلق.") is None
    assert credit_pieces("حمص - شبكة النهار للأخبار المحلية والعربية اليوم") is None


def test_the_place_of_a_dateline_line_stays_and_its_credit_goes() -> None:
    trimmed = trim(f"{TITLE}\nحمص - شبكة النهار\n{LEAD}\n{SECOND}")
    assert trimmed.title == TITLE
    assert trimmed.paragraphs == ["حمص", LEAD, SECOND]
    assert ("credit", "- شبكة النهار") in [(r.reason, r.text) for r in trimmed.removed]
    assert trimmed.publisher == "شبكة النهار"


def test_a_dateline_line_above_the_lead_is_never_the_title() -> None:
    trimmed = trim(f"عمان (وكالة الصحراء)\n{LEAD}\n{SECOND}")
    assert trimmed.title is None
    assert trimmed.paragraphs == ["عمان", LEAD, SECOND]


def test_a_headline_with_a_place_and_a_colon_stays_whole() -> None:
    title = "حمص: انهيار جسر قديم"
    trimmed = trim(f"{title}\n{LEAD}\n{SECOND}")
    assert trimmed.title == title


def test_a_credit_line_with_no_place_goes() -> None:
    trimmed = trim(f"{TITLE}\nشبكة النهار - متابعات\n{LEAD}\n{SECOND}")
    assert trimmed.paragraphs == [LEAD, SECOND]
    assert trimmed.publisher == "شبكة النهار"


def test_a_list_of_links_amid_the_body_goes_and_the_article_goes_on() -> None:
    page = f"{TITLE}\n{LEAD}\nطالع المزيد:\n-\nافتتاح معرض الكتاب في المدينة\n-\nارتفاع أسعار الخضار في الأسواق\n{SECOND}"
    trimmed = trim(page)
    assert trimmed.paragraphs == [LEAD, SECOND]


def test_a_list_of_links_that_ends_the_page_cuts_everything_under_it() -> None:
    teaser = "وزير النقل يتفقد مشروع الطريق الجديد ويعد بإنجازه قبل نهاية العام المقبل في الموعد المحدد."
    trimmed = trim(f"{TITLE}\n{LEAD}\n{SECOND}\nاقرأ أيضا\nافتتاح معرض الكتاب في المدينة\n{teaser}")
    assert trimmed.paragraphs == [LEAD, SECOND]
