"""Who a casualty figure is attributed to, session 23 (issue 12): sentences written for the test.

A preposition cue (حسب، وفق، بحسب) cites a source only when an actor or a source head noun
opens its object; the heads of claim_sources.tsv now cover the authorities (السلطات), official
bodies (جهات), volunteers, committees (لجان), rescue teams and crews (فرق، طواقم، عمال، رجال),
forces and agencies (قوات، أجهزة), the army and the police named by their kind (الجيش،
الشرطة) and hospitals and their administrations, before or after the figures. A relative
clause whose verb points back with "فيه"/"فيها" to when or where it was said ("في الوقت الذي
أكدت فيه منظمات حقوقية أن") still reports: its subject follows the pronoun.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import figure_sources

import rasid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # fronted, with its place and "فقد"
            "حسب السلطات الصحية في المدينة، فقد قتل 40 شخصا في انفجار الشاحنة.",
            [("40 شخصا", "السلطات الصحية")],
        ),
        (  # closing the sentence
            "قتل 12 مدنيا في قصف على السوق الشعبي، حسب الجيش.",
            [("12 مدنيا", "الجيش")],
        ),
        (
            "وبحسب الشرطة، أصيب 8 أشخاص بجروح في الحادث.",
            [("8 أشخاص", "الشرطة")],
        ),
        (
            "انتشلت جثث 15 شخصا من تحت الأنقاض، وفق فرق الإنقاذ.",
            [("15 شخصا", "فرق الإنقاذ")],
        ),
        (
            "قتل 6 أشخاص في الغارة على الحي، حسب لجان المقاومة.",
            [("6 أشخاص", "لجان المقاومة")],
        ),
        (
            "وصل 9 مصابين إلى قسم الطوارئ، بحسب إدارة المستشفى.",
            [("9 مصابين", "إدارة المستشفى")],
        ),
        (
            "أصيب 5 متظاهرين بالرصاص، بحسب قوات الأمن.",
            [("5 متظاهرين", "قوات الأمن")],
        ),
    ],
)
def test_preposition_cue_cites_a_body_by_its_kind(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert figure_sources(rasid.extract(text)) == expected


def test_authorities_get_an_english_name() -> None:
    r = rasid.extract("قتل 7 أشخاص في الفيضانات، حسب جهات رسمية.")
    assert figure_sources(r, name=True) == [("7 أشخاص", "official bodies")]


def test_a_criterion_after_a_preposition_cue_is_still_no_source() -> None:
    r = rasid.extract("قتل 4 أشخاص في الحادث حسب طبيعة المنطقة.")
    assert figure_sources(r) == [("4 أشخاص", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "فيه" points back to the time; a day and a comma before "أن"
            "في الوقت الذي أكدت فيه منظمات حقوقية اليوم الأحد، أن عدد القتلى ارتفع إلى 31 شخصا.",
            [("31 شخصا", "منظمات حقوقية")],
        ),
        (  # "فيه" points back to the statement
            "وجاء ذلك في البيان الذي قالت فيه الوزارة إن 14 شخصا قتلوا في القصف.",
            [("14 شخصا", "الوزارة")],
        ),
    ],
)
def test_relative_verb_said_on_an_occasion_reports(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert figure_sources(rasid.extract(text)) == expected


def test_relative_verb_without_what_is_said_reports_nothing() -> None:
    r = rasid.extract("قتل 3 أشخاص في اليوم الذي أعلنت فيه الحكومة الهدنة.")
    assert figure_sources(r) == [("3 أشخاص", None)]
    assert r.claims == []


def _chain_names(record: rasid.Record) -> list[list[str | None]]:
    return [[getattr(record.mention(i), "name", None) for i in c.source_chain] for c in record.claims]


def test_person_named_after_where_the_office_is_speaks() -> None:
    r = rasid.extract(
        "وأكد رئيس قسم الطوارئ بمستشفى الزاوية التعليمي، محمد العموري، استقبال المستشفى 4 قتلى و7 مصابين."
    )
    assert [n for n in _chain_names(r)[0] if n == "Mohamed al-Amouri"] == ["Mohamed al-Amouri"]
    assert [w for w, _ in figure_sources(r)] == ["4 قتلى", "7 مصابين"]
    assert r.text[slice(*r.claims[0].content.span)].startswith("استقبال المستشفى")


def test_a_day_after_where_the_office_is_names_nobody() -> None:
    r = rasid.extract("وقال مدير الطوارئ بالمستشفى، الأحد، إن 5 أشخاص قتلوا.")
    assert r.text[slice(*r.claims[0].content.span)] == "5 أشخاص قتلوا"
    assert all(n != "Sunday" for n in _chain_names(r)[0])


def test_body_a_source_belongs_to_in_quotes_after_lam_written_apart() -> None:
    r = rasid.extract(
        'قالت مواقع إلكترونية تابعة لـ"تنظيم الدولة الإسلامية" إن الهجوم أسفر عن مقتل 25 جنديا.'
    )
    assert "Islamic State" in _chain_names(r)[0]
    assert r.text[slice(*r.claims[0].content.span)].startswith("الهجوم أسفر")


def test_a_passive_that_was_not_done_says_nothing() -> None:
    r = rasid.extract(
        "وحسب مواقع إلكترونية محلية، فإن 27 مهاجرا أنقذوا، فيما لم يتم ذكر مصير الآخرين.\n"
        "ووفق ما أوردته المصادر ذاتها، فإن من بين المفقودين 3 شبان من المدينة."
    )
    assert [r.mention(c.source).text for c in r.claims if c.source] == [
        "مواقع إلكترونية محلية",
        "المصادر ذاتها",
    ]
    assert [r.mention(i).text for i in r.claims[1].source_chain] == ["المصادر ذاتها", "مواقع إلكترونية محلية"]


def test_figures_named_as_a_document_speak_for_the_latest_source() -> None:
    r = rasid.extract(
        "قالت وزارة الصحة في المدينة إن 122 شخصا قتلوا في الساعات الماضية. "
        "وتشير الأرقام الإجمالية للجرحى إلى وجود 580 مصابا."
    )
    assert figure_sources(r) == [
        ("122 شخصا", "وزارة الصحة"),
        ("580 مصابا", "وزارة الصحة"),
    ]


def test_a_document_with_its_own_author_keeps_it() -> None:
    r = rasid.extract(
        "قالت وزارة الصحة إن 12 شخصا قتلوا في القصف. وأشار تقرير الأمم المتحدة إلى نزوح 300 أسرة."
    )
    chain = [getattr(r.mention(i), "name", None) for i in r.claims[1].source_chain]
    assert "United Nations" in chain


def test_person_named_after_a_comma_then_when_they_spoke() -> None:
    r = rasid.extract(
        "أعلن المتحدث باسم وزارة الصحة، سامي حسن في تصريح اليوم السبت، عن مقتل 10 مدنيين في القصف."
    )
    assert "سامي حسن" in [r.mention(i).text for i in r.claims[0].source_chain]
    assert r.text[slice(*r.claims[0].content.span)].startswith("مقتل 10 مدنيين")
