"""The outlet a dateline credit names, and the outlet's name cut out of a longer label."""

from __future__ import annotations

import pytest

from rasid.clean.credits import copy_source, dateline_credit, edge_masthead, name_piece, opening_credit
from rasid.clean.text import trim

CREDITS = [
    ("بغداد - صوت الرافدين", "صوت الرافدين"),  # a place, then the outlet
    ("نجمة الخليج – مسقط", "نجمة الخليج"),  # the outlet, then a place
    ("الوادي الأخضر – خاص", "الوادي الأخضر"),  # the outlet and a filler
    ("حمص-النهر الجديد", "النهر الجديد"),
    ("الجزائر| الصدى نت:", "الصدى نت"),
    ("القاهرة – النيل الجديد- أعلنت الوزارة اليوم عن خطة جديدة للنقل العام", "النيل الجديد"),
    ("دمشق - متابعات النهر الجديد- أعلنت الوزارة اليوم عن خطة جديدة للنقل", "النهر الجديد"),
    ("الخرطوم – أ ف ب:", None),  # a wire agency's copy: the page's outlet is someone else
    ("بيروت - أ.ف.ب", None),
    ("محمد الحسن – جدة", None),  # a reporter and his city
    ("المصدر: انترنت", None),  # a label, no credit
    ("دمشق - الثلاثاء", None),  # a dateline's day
    ("حلب - دمشق", None),  # two places
    ("غزة: استشهد ثلاثة مواطنين، مساء اليوم، في قصف على المدينة", None),  # a dateline, no name
    ("حلب - قال مصدر محلي إن القصف استهدف الحي الشرقي من المدينة", None),  # no second dash
    ("وقال مراسل النهر الجديد في بغداد - إن الاشتباكات تجددت", None),  # a cited outlet
]


@pytest.mark.parametrize(("line", "name"), CREDITS)
def test_dateline_credit(line: str, name: str | None) -> None:
    assert dateline_credit(line) == name


LABELS = [
    ("صدى اليوم نيوز |", True, "صدى اليوم نيوز"),
    ("الصدى نت | محلي", True, "الصدى نت"),
    ("متابعات _ صدى اليوم نيوز", True, "صدى اليوم نيوز"),
    ("الرافدين برس ــــ عــــربـــي", True, "الرافدين برس"),
    ("صدى اليوم نيوز", True, "صدى اليوم نيوز"),  # one piece: the label itself
    ("النهر- ميديا", True, "النهر- ميديا"),  # a media word alone is no name: the label stays whole
]


@pytest.mark.parametrize(("label", "strict", "name"), LABELS)
def test_name_piece(label: str, strict: bool, name: str) -> None:
    assert name_piece(label, strict=strict) == name


def test_a_dateline_credit_above_the_article_names_the_publisher() -> None:
    text = (
        "افتتاح جسر جديد على نهر دجلة في العاصمة\n"
        "بغداد - صوت الرافدين\n"
        "افتتحت وزارة الإعمار، اليوم الأحد، جسرا جديدا يربط ضفتي النهر، وقال الوزير إن المشروع اكتمل.\n"
        "وأضاف أن العمل استمر عامين، بمشاركة شركات محلية ودولية."
    )
    assert trim(text).publisher == "صوت الرافدين"


def test_an_outlet_the_body_cites_is_no_publisher() -> None:
    text = (
        "افتتاح جسر جديد على نهر دجلة في العاصمة\n"
        'افتتحت وزارة الإعمار، اليوم الأحد، جسرا جديدا يربط ضفتي النهر، وقال الوزير لـ"صوت الرافدين" إن المشروع اكتمل.\n'
        "وقال مراسل صوت الرافدين - إن العمل استمر عامين، بمشاركة شركات محلية ودولية."
    )
    assert trim(text).publisher is None


OPENINGS = [
    ("صوت الحقيقة - أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد", "صوت الحقيقة"),
    ("نبض الشارع – قال وزير النقل إن الطريق سيفتح الشهر المقبل", "نبض الشارع"),
    ("حلب - قال مصدر محلي إن القصف استهدف الحي الشرقي", None),  # a dateline
    ("وزارة الصحة - أعلنت اليوم عن افتتاح مستشفى جديد في المدينة", None),  # a body speaks
    ("الجيش الوطني - أعلن اليوم عن إحباط هجوم على الحدود", None),
    ("محافظة ريف دمشق - أعلنت اليوم عن افتتاح مستشفى جديد", None),  # a place
    ("خاص - أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد", None),
    (
        "النهر الجديد: أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد",
        None,
    ),  # a colon opens a speaker's words too
    ("النهر الجديد - أعلنت", None),  # no sentence after it
    ("الوادي الأخضر - سالم بن خميس الكندي -", None),  # a village and a reporter's byline
    ("نبض الشارع - أحمد بن سعيد الهاشمي يكتب عن المدينة", None),  # a reporter opens what follows
]


@pytest.mark.parametrize(("line", "name"), OPENINGS)
def test_opening_credit(line: str, name: str | None) -> None:
    assert opening_credit(line) == name


EDGE_PAGES = [
    # the outlet's name alone atop the page, over the headline
    (
        "صدى الوادي برس\nانقطاع المياه عن أحياء المدينة\nأعلنت مؤسسة المياه أمس انقطاع الضخ عن ثلاثة أحياء.",
        "صدى الوادي برس",
    ),
    # ... or at its foot, after the article
    (
        "انقطاع المياه عن أحياء المدينة\nأعلنت مؤسسة المياه أمس انقطاع الضخ عن ثلاثة أحياء.\nشبكة الوادي الإخبارية",
        "شبكة الوادي الإخبارية",
    ),
    # an outlet's name in brackets under the article credits the copy's source
    (
        "انقطاع المياه عن أحياء المدينة\nأعلنت مؤسسة المياه أمس انقطاع الضخ عن ثلاثة أحياء.\n(صدى الوادي برس)",
        None,
    ),
    # a wire agency is never the page's outlet
    ("انقطاع المياه عن أحياء المدينة\nأعلنت مؤسسة المياه أمس انقطاع الضخ عن ثلاثة أحياء.\nرويترز", None),
    # a short line with no media word is a section's name, not a masthead
    (
        "أخبار المحافظات\nانقطاع المياه عن أحياء المدينة\nأعلنت مؤسسة المياه أمس انقطاع الضخ عن ثلاثة أحياء.",
        None,
    ),
    # the outlet cited inside the body is never read
    (
        "انقطاع المياه عن أحياء المدينة\nوقال مراسل صدى الوادي برس إن المؤسسة أعلنت انقطاع الضخ.\nوأضاف أن الأحياء الثلاثة بلا ماء.\nوتابع أن الضخ يعود غدا.",
        None,
    ),
]


EDGE_PAGES += [
    # the outlet and a filler under the article: its credit
    (
        "انقطاع المياه عن أحياء المدينة\nأعلنت مؤسسة المياه أمس انقطاع الضخ.\nوأضافت أن الضخ يعود غدا.\nنبض الوادي: وكالات",
        "نبض الوادي",
    ),
    # a place and a name under the article may be a reporter's: no credit there
    (
        "انقطاع المياه عن أحياء المدينة\nأعلنت مؤسسة المياه أمس انقطاع الضخ.\nوأضافت أن الضخ يعود غدا.\nحلب - سامر الأحمد",
        None,
    ),
    # a short page's headline is no footer
    ("خاص - مقتل قائد ميداني\nأعلنت الفصائل أمس مقتل أحد قادتها.\nوأضافت أن التحقيق جار.", None),
]


@pytest.mark.parametrize(("text", "name"), EDGE_PAGES)
def test_edge_masthead(text: str, name: str | None) -> None:
    assert edge_masthead(text) == name


@pytest.mark.parametrize(
    ("name", "line", "expected"),
    [
        ("رويترز", "عمان (رويترز) –", True),  # a wire, wherever it stands
        ("أ ف ب", "أ ف ب", True),
        ("صدى الوادي برس", "(صدى الوادي برس)", True),  # an outlet alone in brackets
        ("صدى الوادي برس", "صدى الوادي برس", False),
    ],
)
def test_copy_source(name: str, line: str, expected: bool) -> None:
    assert copy_source(name, line) is expected
