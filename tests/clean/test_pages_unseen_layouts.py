"""Layouts of tests/gold/pages-train that the patterns alone never handled: a list of other
stories' headlines above the article, a paywall notice, an outlet's credit glued by "X: ",
adverts and subheadings amid the body. Real pages, exact outcomes of `trim`."""

from __future__ import annotations

from pathlib import Path

from rasid.clean.text import Trimmed, split_lines, trim

PAGES = Path(__file__).resolve().parents[2] / "tests" / "gold" / "pages-train"


def _lines(name: str) -> list[str]:
    return split_lines((PAGES / name).read_text(encoding="utf-8"))


def _trim(name: str) -> Trimmed:
    return trim((PAGES / name).read_text(encoding="utf-8"))


def test_a_list_of_other_stories_above_the_article_goes_and_no_teaser_is_the_title() -> None:
    lines = _lines("eg-dollar-almowaten.txt")
    trimmed = _trim("eg-dollar-almowaten.txt")
    assert trimmed.title is None  # the captured page shows no headline of its own
    # all ten headlines above the lead are a list the prose never speaks of: teasers
    assert [(r.reason, r.text) for r in trimmed.removed] == [("teaser", line) for line in lines[:10]]
    assert trimmed.paragraphs == lines[10:]


def test_an_outlet_credit_glued_by_a_colon_and_a_space_is_cut_and_names_the_publisher() -> None:
    trimmed = _trim("kw-fire-home-q8times.txt")
    assert [(r.reason, r.text) for r in trimmed.removed] == [("outlet-credit", "كويت تايمز:")]
    assert trimmed.publisher == "كويت تايمز"
    assert trimmed.paragraphs[0].startswith("تسبب حريق اندلع فجر اليوم في منزل بضاحية علي صباح السالم")


def test_a_quote_opening_the_lead_is_no_outlet_credit() -> None:
    lead = "وقال المتحدث: إن فرق الإطفاء أخمدت الحريق بعد ساعتين من اندلاعه في المبنى السكني."
    trimmed = trim(f"حريق في مبنى سكني\n{lead}\n")
    assert trimmed.removed == []
    assert trimmed.paragraphs == [lead]


def test_a_paywall_notice_goes_and_the_lead_stays() -> None:
    lines = _lines("dz-army-toll-elkhabar.txt")
    trimmed = _trim("dz-army-toll-elkhabar.txt")
    assert [(r.reason, r.text) for r in trimmed.removed] == [
        ("foreign-script", "38serv"),  # a Latin line at the head of an Arabic page
        ("paywall", "مقال مؤرشف"),
        ("paywall", lines[3]),
        ("paywall", "تسجيل الدخول باقة الاشتراكات"),
    ]
    assert trimmed.paragraphs == [lines[1]]


def test_adverts_go_amid_the_body_and_a_subheading_stays() -> None:
    trimmed = _trim("qa-football-itsfunmag.txt")
    assert trimmed.title == "تتلقى الشمال انتصارات متتالية في الدوري"
    assert [r.text for r in trimmed.removed if r.reason == "advert"] == ["ADVERTISEMENT"] * 2
    assert "أحداث الشوط الأول والبطاقة الحمراء" in trimmed.paragraphs
    assert "ADVERTISEMENT" not in trimmed.text


def test_section_names_above_the_title_go_and_a_subheading_amid_the_body_stays() -> None:
    trimmed = _trim("sa-weather-ajel.txt")
    assert trimmed.title == "من اليوم وحتى السبت.. الأرصاد يكشف 11 منطقة تشهد سقوط أمطار رعدية"
    assert [(r.reason, r.text) for r in trimmed.removed] == [
        ("section", "الأمطار الرعدية"),  # a section name above a longer headline
        ("teaser", "أخبار الساعة"),  # a headline above the title that the prose never speaks of
        ("low-content", "فريق التحرير"),
    ]
    assert "حالة الطقس في المدينة المنورة" in trimmed.paragraphs
