"""HTML pages: the article from trafilatura (or the body when it finds nothing), furniture audited."""

from __future__ import annotations

import pytest

from rasid.clean import CleanStage, extract_html
from rasid.clean import html as clean_html
from rasid.clean.html import strip_site_name
from rasid.record import Record

TITLE = "قصف يطال سوق الخضار في البلدة"
BODY = [
    "قال سكان في البلدة إن قذائف سقطت صباح اليوم على سوق الخضار المزدحم بالمتسوقين، ما أدى إلى احتراق"
    " عدد من المحلات وإصابة باعة كانوا يفتحون محلاتهم.",
    "وأضاف أحد الباعة أن فرق الإطفاء وصلت بعد نحو ساعة من القصف، وأن الأهالي حاولوا إخماد النيران"
    " بوسائل بسيطة قبل وصولها.",
    "وذكر مسعف في المستشفى الميداني أن الجرحى نقلوا إلى المستشفى في سيارات خاصة لعدم توفر سيارات"
    " إسعاف كافية في المنطقة.",
]
PAGE = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{TITLE} - موقع الأخبار المحلي</title>
<meta property="og:site_name" content="موقع الأخبار المحلي">
<meta name="keywords" content="سورية, قصف">
</head><body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li>
<li><a href="/e">اقتصاد</a></li><li><a href="/s">رياضة</a></li></ul></nav></header>
<main><article><h1>{TITLE}</h1>
<div class="share-buttons"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
<p>{BODY[0]}</p><p>{BODY[1]}</p><p>اقرأ أيضا: افتتاح مدرسة جديدة في الحي الشرقي</p><p>{BODY[2]}</p>
<div class="related"><h3>أخبار ذات صلة</h3><ul>
<li><a href="/1">افتتاح مدرسة جديدة في الحي الشرقي بعد ترميمها</a></li>
<li><a href="/2">ارتفاع أسعار الخبز في الأسواق المحلية هذا الأسبوع</a></li></ul></div>
</article>
<section id="comments" class="comments"><h3>التعليقات</h3><div class="comment"><p>تعليق طويل من أحد
القراء يقول فيه إن الوضع في البلدة صعب جدا ويحتاج إلى تدخل عاجل من المنظمات.</p></div></section></main>
<footer><p>جميع الحقوق محفوظة لموقع الأخبار المحلي 2016</p><a href="/about">من نحن</a></footer>
</body></html>"""


def _clean(html: str) -> Record:
    return CleanStage().process(Record(id="t", raw=html.encode(), raw_text=html, content_type="html"))


def test_html_article_text_and_metadata() -> None:
    record = _clean(PAGE)
    assert record.title == TITLE
    assert record.text == "\n\n".join([TITLE, *BODY])
    assert record.source.publisher == "موقع الأخبار المحلي"
    assert record.tags == ["سورية", "قصف"]


@pytest.mark.parametrize(
    ("piece", "reason"),
    [
        ("الرئيسية", "menu"),
        ("سياسة", "menu"),
        ("فيسبوك تويتر واتساب", "share"),
        ("اقرأ أيضا: افتتاح مدرسة جديدة في الحي الشرقي", "related-links"),
        ("أخبار ذات صلة", "related-links"),
        ("ارتفاع أسعار الخبز في الأسواق المحلية هذا الأسبوع", "related-links"),
        ("التعليقات", "comments"),
        ("جميع الحقوق محفوظة لموقع الأخبار المحلي 2016", "copyright"),
        ("من نحن", "html-boilerplate"),
    ],
)
def test_html_furniture_is_audited(piece: str, reason: str) -> None:
    record = _clean(PAGE)
    assert piece not in record.text
    assert (piece, reason) in [(r.text, r.reason) for r in record.removed]


def test_html_comments_never_reach_the_text() -> None:
    record = _clean(PAGE)
    assert "تعليق طويل" not in record.text
    assert any(r.reason == "comments" and "تعليق طويل" in r.text for r in record.removed)


def test_body_fallback_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clean_html, "_trafilatura", lambda html, url: None)
    content = extract_html(PAGE)
    assert content.extractor == "html.parser"
    assert content.title == f"{TITLE} - موقع الأخبار المحلي"
    lines = content.text.splitlines()
    assert lines[0] == TITLE
    assert BODY[0] in lines and BODY[2] in lines
    assert "الرئيسية" not in lines and "فيسبوك تويتر واتساب" not in lines
    assert not any("جميع الحقوق" in line or "تعليق طويل" in line for line in lines)


def test_fallback_record_is_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clean_html, "_trafilatura", lambda html, url: None)
    record = _clean(PAGE)
    assert record.title == TITLE
    assert record.text.startswith(f"{TITLE}\n\n{BODY[0]}")
    assert "اقرأ أيضا" not in record.text
    assert record.text.endswith(BODY[2])


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("عنوان الخبر - موقع الأخبار", "موقع الأخبار", "عنوان الخبر"),
        ("عنوان الخبر | موقع الأخبار", "موقع الأخبار", "عنوان الخبر"),
        ("عنوان - فرعي - موقع الأخبار", "موقع الأخبار", "عنوان - فرعي"),
        ("عنوان الخبر - جهة أخرى", "موقع الأخبار", "عنوان الخبر - جهة أخرى"),
        ("عنوان الخبر", None, "عنوان الخبر"),
        (None, "موقع الأخبار", None),
    ],
)
def test_strip_site_name(title: str | None, site: str | None, expected: str | None) -> None:
    assert strip_site_name(title, site) == expected
