"""The edge trimmer removes each kind of page furniture with its reason and keeps the article."""

from __future__ import annotations

import pytest

from rasid.clean.text import trim

TITLE = "حريق في مستودع للوقود قرب الميناء"
BODY = [
    "اندلع حريق كبير مساء أمس في مستودع للوقود قرب الميناء، وهرعت فرق الدفاع المدني إلى المكان.",
    "وقال شهود عيان إن دوي الانفجار سمع في أنحاء المدينة، وإن الدخان غطى الأحياء القريبة لساعات.",
    "ولم تعلن السلطات حتى الآن أسباب الحادث، فيما فتحت النيابة تحقيقا لتحديد المسؤولين عنه.",
]
CLEAN = "\n\n".join([TITLE, *BODY])
TICKER = "    ".join(
    [
        "ارتفاع أسعار الذهب اليوم",
        "افتتاح معرض الكتاب الدولي",
        "فوز الفريق المحلي بالبطولة",
        "تحذير من موجة حر",
    ]
)

TAIL_CASES = [
    (["الوسوم: حرائق، الميناء، الدفاع المدني"], ["tags"]),
    (["كلمات مفتاحية حرائق الميناء"], ["tags"]),
    (["أخبار ذات صلة", "ارتفاع أسعار المحروقات في السوق السوداء"], ["related-links", "related-links"]),
    (["اقرأ أيضاً", "- افتتاح جسر جديد فوق النهر", "- إغلاق طريق المطار للصيانة"], ["related-links"] * 3),
    (["مواضيع ذات صلة", "تعليق الدراسة في المدارس"], ["related-links", "related-links"]),
    (["شارك الخبر", "فيسبوك", "واتساب"], ["share", "share", "share"]),
    (["تابعونا على فيسبوك وتويتر"], ["follow"]),
    (["لقراءة التقرير كاملاً يمكنكم زيارة صفحتنا بالضغط على الرابط أدناه."], ["follow"]),
    (["انقر على الرابط لمشاهدة الفيديو"], ["follow"]),
    (["جميع الحقوق محفوظة لموقع النهار الجديد 2024"], ["copyright"]),
    (["© 2024 النهار الجديد"], ["copyright"]),
    (["شاركنا برأيك", "أحمد: الحادث كان متوقعا بسبب الإهمال"], ["comments", "comments"]),
    (["التعليقات", "لا توجد تعليقات بعد"], ["comments", "comments"]),
    (
        ['وكالة "النهار الجديد" للأنباء مؤسسة إعلامية مستقلة تأسست عام 2001 ومقرها في بيروت.'],
        ["agency-profile"],
    ),
    (["1520"], ["counter"]),
    ([TICKER], ["ticker"]),
    (["سياسة", "اقتصاد", "رياضة", "ثقافة"], ["menu"] * 4),
    (["صحيفة الصباح"], ["signature"]),
    (["المصدر: وكالات"], ["source-note"]),
]


@pytest.mark.parametrize(("furniture", "reasons"), TAIL_CASES)
def test_tail_furniture_removed_with_reason(furniture: list[str], reasons: list[str]) -> None:
    trimmed = trim("\n\n".join([TITLE, *BODY, *furniture]))
    assert trimmed.text == CLEAN
    assert [(r.text, r.reason) for r in trimmed.removed] == list(zip(furniture, reasons, strict=True))


HEAD_CASES = [
    (["الرئيسية", "أخبار", "محليات", "سياسة"], [], ["menu"] * 4, []),
    (["• English", "• الرئيسية", "• من نحن"], [], ["menu"] * 3, []),
    (["Home أخبار"], [], ["menu"], []),
    (["التغطية الحية", "icon"], [], ["menu", "html-boilerplate"], []),
    ([TICKER], [], ["ticker"], []),
    ([], ["2024.03.05 | 10:30 بيروت"], [], ["dateline"]),
    ([], ["5 آذار 2024"], [], ["dateline"]),
    ([], ["صورة-الحريق.jpg"], [], ["media"]),
    ([], ["+A", "حجم الخط", "-A"], [], ["html-boilerplate"] * 3),
    ([], ["النهار الجديد منذ ساعتين"], [], ["byline"]),
]


@pytest.mark.parametrize(("before", "after", "before_reasons", "after_reasons"), HEAD_CASES)
def test_head_furniture_removed_around_title(
    before: list[str], after: list[str], before_reasons: list[str], after_reasons: list[str]
) -> None:
    trimmed = trim("\n".join([*before, TITLE, *after, *BODY]))
    assert trimmed.title == TITLE
    assert trimmed.text == CLEAN
    expected = list(zip(before + after, before_reasons + after_reasons, strict=True))
    assert [(r.text, r.reason) for r in trimmed.removed] == expected


def test_everything_after_a_tail_marker_is_tail() -> None:
    tail = ["أخبار متعلقة", "مقال طويل عن تاريخ الميناء وتطوره عبر العقود الماضية وأهميته للمدينة.", "شارك"]
    trimmed = trim("\n".join([TITLE, *BODY, *tail]))
    assert trimmed.text == CLEAN
    assert [r.reason for r in trimmed.removed] == ["related-links", "related-links", "share"]


INLINE_CASES = [
    (
        "وقال المتحدث إن التحقيق مستمر https://example.org/news/123 وإن النتائج ستعلن قريبا.",
        "وقال المتحدث إن التحقيق مستمر وإن النتائج ستعلن قريبا.",
        [("https://example.org/news/123", "link")],
    ),
    (
        "وقال الدفاع المدني (@civil_def) في تغريدة إن فرقه أخمدت الحريق بعد ساعات من العمل.",
        "وقال الدفاع المدني في تغريدة إن فرقه أخمدت الحريق بعد ساعات من العمل.",
        [(" (@civil_def)", "embed")],
    ),
]

#: An embedded post's lines (its text, its signature) go whole: the line classifier rates them furniture.
EMBED_LINES = [
    "فرق الإطفاء تسيطر على الحريق pic.twitter.com/AbC123xyz",
    "— الدفاع المدني (@civil_def) March 5, 2024",
]


def test_embedded_post_lines_go_whole() -> None:
    trimmed = trim("\n".join([TITLE, BODY[0], *EMBED_LINES, BODY[1]]))
    assert trimmed.paragraphs == [BODY[0], BODY[1]]
    assert [(r.text, r.reason) for r in trimmed.removed] == [
        ("فرق الإطفاء تسيطر على الحريق pic.twitter.com/AbC123xyz", "low-content"),
        ("— الدفاع المدني (@civil_def) March 5, 2024", "low-content"),
    ]


@pytest.mark.parametrize(("line", "kept", "pieces"), INLINE_CASES)
def test_links_and_handles_cut_out_of_kept_lines(line: str, kept: str, pieces: list[tuple[str, str]]) -> None:
    trimmed = trim("\n".join([TITLE, BODY[0], line, BODY[1]]))
    assert trimmed.paragraphs == [BODY[0], kept, BODY[1]]
    assert [(r.text, r.reason) for r in trimmed.removed] == pieces
