"""Session 24 (issue 11, pg25): the publisher from more credit shapes, a read-also heading amid the
article, a breadcrumb run into the title, and widget rows any site uses."""

from __future__ import annotations

import pytest

from rasid.clean.credits import dateline_credit, edge_masthead, opening_credit
from rasid.clean.text import trim

TITLE = "حريق في مستودع للوقود قرب الميناء"
BODY = [
    "اندلع حريق كبير مساء أمس في مستودع للوقود قرب الميناء، وهرعت فرق الدفاع المدني إلى المكان.",
    "وقال شهود عيان إن دوي الانفجار سمع في أنحاء المدينة، وإن الدخان غطى الأحياء القريبة لساعات.",
    "ولم تعلن السلطات حتى الآن أسباب الحادث، فيما فتحت النيابة تحقيقا لتحديد المسؤولين عنه.",
]

CREDITS = [
    ("سامر حداد – صدى النجم", "صدى النجم"),  # a reporter, then the outlet
    ("صدى النجم - كريم عباس", "صدى النجم"),  # the outlet, then a reporter
    ("حمص – متابعات النجم نت – كريم عباس", "النجم نت"),  # a place, the outlet, a reporter
    ("الصدى اليومي - متابعة", "الصدى اليومي"),  # the singular filler
    ("سامر حداد – وزير الخارجية", None),  # a person and his post: no outlet's name
    ("سامر حداد – محافظة حمص", None),  # a person and a body
    ("سامر حداد – كريم عباس", None),  # two people
    ("خاص - ش", None),  # a letter cut off is no name
    ("حمص «صدى النجم» خاص", "صدى النجم"),  # the name in guillemets between a place and a filler
]


@pytest.mark.parametrize(("line", "name"), CREDITS)
def test_dateline_credit_beside_a_reporter_or_a_filler(line: str, name: str | None) -> None:
    assert dateline_credit(line) == name


OPENINGS = [
    ("متابعات – الصدى اليومي – شهدت المدينة صباح اليوم قصفا مدفعيا على أحيائها الشرقية", "الصدى اليومي"),
    ("متابعات _ الصدى اليومي _ أعلنت الوزارة اليوم عن خطة جديدة للنقل العام", "الصدى اليومي"),
    ("شبكة النجم نيوز : في الوقت الذي يستعد فيه الأهالي للعيد قصفت الطائرات البلدة", "شبكة النجم نيوز"),
    ("وقال المتحدث باسم الوزارة : إن القوات تقدمت نحو المدينة صباح اليوم", None),  # a speaker, no outlet
    ("متابعات – وزارة الصحة – أعلنت اليوم تسجيل إصابات جديدة في المحافظة", None),  # a body speaks
]


@pytest.mark.parametrize(("line", "name"), OPENINGS)
def test_credit_opening_the_lead(line: str, name: str | None) -> None:
    assert (dateline_credit(line) or opening_credit(line)) == name


def test_a_stamp_on_its_own_line_above_the_lead_names_the_publisher() -> None:
    text = "\n".join([TITLE, "النهرين :", *BODY])
    assert trim(text).publisher == "النهرين"


def test_a_filler_the_glued_credit_cut_still_tells_the_name_after_it() -> None:
    lead = "متابعات _ صدى النجم _ أعلنت وزارة الصحة اليوم عن خطة جديدة لمكافحة الحرائق في المدينة."
    trimmed = trim("\n".join([TITLE, lead, *BODY]))
    assert trimmed.publisher == "صدى النجم"


def test_a_widget_label_above_the_lead_names_nobody() -> None:
    assert trim("\n".join([TITLE, "آخر تحديث:", *BODY])).publisher is None


EDGES = [
    ("\n".join([TITLE, *BODY, "عن صدى النجم"]), "صدى النجم"),  # the site's about box
    ("\n".join([TITLE, *BODY, "عن الكاتب"]), None),  # the author's box
    ("\n".join([TITLE, *BODY, "عن الحرب في المدينة"]), None),  # a headline
    ("\n".join(["النجم بريس", TITLE, *BODY]), "النجم بريس"),  # بريس, the Maghreb's press
    ("\n".join([TITLE, *BODY, "الحجر الصحفي في زمن الحرب"]), None),  # a particle inside: a headline
]


@pytest.mark.parametrize(("text", "name"), EDGES)
def test_edge_masthead_and_about_box(text: str, name: str | None) -> None:
    assert edge_masthead(text) == name


def test_a_read_also_heading_amid_the_article_goes_and_the_article_goes_on() -> None:
    going_on = "وأضاف شهود عيان أن الحريق امتد إلى مستودع ثان قرب الميناء قبل أن تحاصره فرق الدفاع المدني."
    lines = [TITLE, *BODY[:2], "اقرأ أيضاً", going_on, BODY[2]]
    trimmed = trim("\n".join(lines))
    assert trimmed.paragraphs == [*BODY[:2], going_on, BODY[2]]
    assert [(r.reason, r.text) for r in trimmed.removed] == [("related-links", "اقرأ أيضاً")]


@pytest.mark.parametrize(
    "other",
    [
        # a headline under the heading: what follows it is that other story's
        [
            "افتتاح جسر جديد فوق النهر",
            "وقال المحافظ إن الجسر سيخفف الازدحام في وسط المدينة خلال ساعات الذروة.",
        ],
        # no headline, but the line under the heading speaks of none of the article's words
        ["وافتتحت البلدية حديقة عامة جديدة في الحي الغربي بحضور عدد من المسؤولين والأهالي."],
    ],
)
def test_a_read_also_heading_over_another_story_still_ends_the_article(other: list[str]) -> None:
    trimmed = trim("\n".join([TITLE, *BODY, "اقرأ أيضاً", *other]))
    assert trimmed.paragraphs == BODY


CRUMBED = [
    ("الرئيسية / الاخبار / " + TITLE, TITLE, "الرئيسية / الاخبار /"),
    ("الرئيسية > محليات > " + TITLE, TITLE, "الرئيسية > محليات >"),
    ("حمص / حماة / " + TITLE, "حمص / حماة / " + TITLE, None),  # places, not a page's menu
]


@pytest.mark.parametrize(("line", "title", "menu"), CRUMBED)
def test_a_breadcrumb_run_into_the_title_is_a_menu(line: str, title: str, menu: str | None) -> None:
    trimmed = trim("\n".join([line, *BODY]))
    assert trimmed.title == title
    assert [r.text for r in trimmed.removed if r.reason == "menu"] == ([menu] if menu else [])


WIDGETS = [
    "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها",
    "تم تحديث هذه المقالة آخر مرة في مايو 15, 2025",
    "The post حريق في مستودع للوقود appeared first on النجم نيوز.",
]


@pytest.mark.parametrize("widget", WIDGETS)
def test_widget_rows_under_the_article(widget: str) -> None:
    assert trim("\n".join([TITLE, *BODY, widget])).paragraphs == BODY
