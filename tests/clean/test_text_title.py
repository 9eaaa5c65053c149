"""Which line is the title of a plain-text article, and when there is none."""

from __future__ import annotations

import pytest

from rasid.clean.text import trim

LEAD = "قتل ثلاثة مدنيين وأصيب خمسة آخرون اليوم الأحد في قصف مدفعي استهدف سوقا شعبية في البلدة."
SECOND = "وقال مسعفون إن بين الجرحى طفلين نقلا إلى المستشفى الميداني في حالة حرجة."

CASES = [
    ("قصف مدفعي على سوق شعبية\n\n" + LEAD, "قصف مدفعي على سوق شعبية"),
    ("لماذا توقفت المفاوضات؟\n" + LEAD, "لماذا توقفت المفاوضات؟"),
    (LEAD + "\n" + SECOND, None),
    ("الرئيسية\nسياسة\nاقتصاد\nقصف مدفعي على سوق شعبية\n" + LEAD, "قصف مدفعي على سوق شعبية"),
    ("\n\nقصف مدفعي على سوق شعبية\n" + LEAD, "قصف مدفعي على سوق شعبية"),
    ("شبكة الأخبار – وكالات\n" + LEAD, None),
    ("", None),
]


@pytest.mark.parametrize(("text", "title"), CASES)
def test_title_is_first_headline(text: str, title: str | None) -> None:
    assert trim(text).title == title


def test_no_title_means_text_starts_with_body() -> None:
    trimmed = trim(LEAD + "\n" + SECOND)
    assert trimmed.text == f"{LEAD}\n\n{SECOND}"


def test_repeated_title_line_is_furniture() -> None:
    title = "قصف مدفعي على سوق شعبية"
    trimmed = trim(f"{title}\n{title}\n{LEAD}")
    assert trimmed.title == title
    assert trimmed.paragraphs == [LEAD]
    assert [(r.text, r.reason) for r in trimmed.removed] == [(title, "repeated-title")]


def test_given_title_consumes_its_own_line_only() -> None:
    title = "قصف مدفعي على سوق شعبية"
    trimmed = trim(f"سياسة\n{title}\n{LEAD}", title=title)
    assert trimmed.title == title
    assert trimmed.paragraphs == [LEAD]
    assert [(r.text, r.reason) for r in trimmed.removed] == [("سياسة", "menu")]


def test_given_title_missing_from_text_is_kept() -> None:
    trimmed = trim(LEAD, title="قصف مدفعي على سوق شعبية")
    assert trimmed.text == f"قصف مدفعي على سوق شعبية\n\n{LEAD}"


def test_a_hijri_and_gregorian_date_above_the_headline_is_a_dateline() -> None:
    title = "قصف مدفعي يقتل ثلاثة مدنيين في البلدة"
    text = f"الأربعاء 3 رمضان 1446 هـ – 5 آذار 2025\n{title}\n{LEAD}\n{SECOND}"
    trimmed = trim(text)
    assert trimmed.title == title
    assert ("الأربعاء 3 رمضان 1446 هـ – 5 آذار 2025", "dateline") in [
        (r.text, r.reason) for r in trimmed.removed
    ]


def test_a_headline_printed_again_is_the_title_despite_a_long_word() -> None:
    # "بالاستراتيجيات" has the letter count of words run together; the page prints the headline twice
    title = "المنتخب يواجه منافسه بالاستراتيجيات الجديدة في مباراة الحسم"
    lead = "يلتقي المنتخب مساء اليوم منافسه في مباراة الحسم، ويعتمد المدرب على خطط جديدة لتحقيق الفوز."
    text = f"{title}\n2025-03-05 18:30\n{lead}\n{title}\n{SECOND}"
    assert trim(text).title == title


@pytest.mark.parametrize(
    "credit",
    [
        "نابلس - وكالة الأنباء",  # a place, a dash and the outlet
        "شبكة الأخبار نيوز- حمص",  # the outlet first, then the place
        "سامر خليل - حمص",  # a reporter and the place
        "حمص _ أ.ف.ب",  # an underscore and dotted initials
        "نابلس (الاتحاد)",  # the outlet in brackets after the place
        "رام الله - صفا",  # an agency whose name is a place's too
    ],
)
def test_a_dateline_credit_over_the_lead_is_no_title(credit: str) -> None:
    trimmed = trim(f"{credit}\n{LEAD}\n{SECOND}")
    assert trimmed.title is None
    assert trimmed.paragraphs[-2:] == [LEAD, SECOND]


@pytest.mark.parametrize("signature", ["سامر خليل", "حمص برس"])
def test_a_byline_or_an_outlet_alone_over_the_lead_is_no_title(signature: str) -> None:
    assert trim(f"{signature}\n{LEAD}\n{SECOND}").title is None


@pytest.mark.parametrize("title", ["مسلحون مجهولون", "غزة: قصف عنيف على الأحياء", "قصف مدفعي على سوق شعبية"])
def test_a_short_headline_over_the_lead_stays_the_title(title: str) -> None:
    assert trim(f"{title}\n{LEAD}\n{SECOND}").title == title
