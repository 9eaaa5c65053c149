"""Who a casualty figure is attributed to, eighth round (issue 12): sentences written for the test.

A verb's subject may follow a time adverbial ("وأعلن، الأحد، الجيش", "حسبما أكدت اليوم
(الأربعاء) منظمة"): the day is skipped and the subject after it speaks. A headline that names
its speaker before a colon gives its figures to the first claim of the body whose source phrase,
as the body writes it, holds every word of that speaker ("الصحة اللبنانية:" for "مركز ... التابع
لوزارة الصحة العامة اللبنانية"); a place before the colon ("سوريا:") names nobody.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import named_sources_in_order as _sources

import rasid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the day between commas, then the subject
            "نشرة الأخبار\nوأعلن، الأحد، الجيش الصومالي مقتل 13 مسلحا في الاشتباكات.",
            [("13 مسلحا", "Somali army")],
        ),
        (  # the day without commas
            "نشرة الأخبار\nوقال اليوم مصدر طبي إن 7 مدنيين قتلوا في القصف.",
            [("7 مدنيين", "medical source")],
        ),
        (  # a closing attribution whose day is given again in brackets
            "نشرة الأخبار\nأصيب 20 متظاهرا بجروح في العاصمة، حسبما أكدت اليوم (الأربعاء) منظمة العفو الدولية.",
            [("20 متظاهرا", "Amnesty International")],
        ),
        (  # no subject after the day: the speaker of the sentence before goes on
            "نشرة الأخبار\nوقال الجيش الصومالي إن المعارك مستمرة. وأعلن اليوم مقتل 13 مسلحا.",
            [("13 مسلحا", "Somali army")],
        ),
    ],
)
def test_subject_after_a_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _sources(rasid.extract(text)) == expected


def test_headline_speaker_named_in_full_in_the_body() -> None:
    r = rasid.extract(
        "الصحة اللبنانية: مقتل 9 أشخاص في غارات على الجنوب\n"
        "أعلن مركز عمليات الطوارئ التابع لوزارة الصحة العامة اللبنانية أن غارة على بلدة الخيام أدت إلى مقتل 4 أشخاص."
    )
    speaker = {name for _, name in _sources(r)}
    assert len(speaker) == 1 and None not in speaker
    assert [w for w, _ in _sources(r)] == ["9 أشخاص", "4 أشخاص"]


def test_a_place_before_the_colon_names_nobody() -> None:
    r = rasid.extract(
        "سوريا: مقتل 9 أشخاص في غارة على إدلب\n"
        "قال المرصد السوري لحقوق الإنسان إن غارة على بلدة في شمال غربي سوريا أدت إلى مقتل 9 أشخاص."
    )
    assert _sources(r) == [("9 أشخاص", None), ("9 أشخاص", "Syrian Observatory for Human Rights")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # what a demand is about is the outlet's background
            "نشرة الأخبار\nطالبت منظمة العفو الدولية بفتح تحقيق مستقل في الاحتجاجات التي خلفت أكثر من 30 قتيلا.",
            [("أكثر من 30 قتيلا", None)],
        ),
        (  # what a demand asks for is the speaker's
            "نشرة الأخبار\nودعت منظمة العفو الدولية إلى إطلاق سراح 40 معتقلا في السجون.",
            [("40 معتقلا", "Amnesty International")],
        ),
        (  # a relative clause on the speaker is the outlet's description of the speaker
            "نشرة الأخبار\nقال الطبيب الشرعي الذي فحص جثث 12 من المسعفين، إن الفحص يشير إلى إطلاق نار من مسافة قريبة.",
            [("12 من المسعفين", None)],
        ),
        (  # a relative clause on what is described keeps the speaker
            "نشرة الأخبار\nوصف حزب الله في بيان الهجوم الذي استهدف المدينة وخلف 9 قتلى، بأنه جريمة جديدة.",
            [("9 قتلى", "Hezbollah")],
        ),
    ],
)
def test_figures_told_by_the_outlet(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _sources(rasid.extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a closing "كما" attribution with the one it spoke to after its source
            "نشرة الأخبار\nلقي 4 جنود مصرعهم في الكمين، كما أفاد مصدر عسكري لوكالة الأنباء.",
            [("4 جنود", "military source")],
        ),
        (  # ... and with the day after its source
            "نشرة الأخبار\nلقي 6 جنود مصرعهم في الكمين، كما قال مصدر عسكري اليوم الأحد.",
            [("6 جنود", "military source")],
        ),
    ],
)
def test_attribution_after_the_figures(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _sources(rasid.extract(text)) == expected


def test_relay_past_a_medium_and_a_day() -> None:
    r = rasid.extract(
        "نشرة الأخبار\nأفاد مصدر أمني عراقي بمقتل 3 جنود في الانفجار. ونقلت قناة محلية عبر حسابها على "
        "تويتر اليوم، عن المصدر قوله إن 3 جنود قتلوا."
    )
    assert [name for _, name in _sources(r)] == ["Iraqi security source", "Iraqi security source"]


def test_a_name_quoted_with_the_same_mark_on_both_sides() -> None:
    r = rasid.extract("نشرة الأخبار\nوقال “الدفاع المدني السوري“، إن 7 مدنيين قتلوا في القصف.")
    assert _sources(r) == [("7 مدنيين", "Syrian Civil Defence")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("أعلن مسؤول كبير في وزارة الصحة أن 14 شخصا قتلوا في الغارة.", "Ministry of Health"),
        ("قال مصدر أمني في وزارة الداخلية إن 5 أشخاص قتلوا في الانفجار.", "Ministry of Interior"),
    ],
)
def test_a_role_with_its_adjective_keeps_the_body_it_belongs_to(text: str, body: str) -> None:
    r = rasid.extract("نشرة الأخبار\n" + text)
    (claim,) = r.claims
    assert body in [getattr(r.mention(i), "name", None) for i in claim.source_chain]


def test_a_role_before_what_it_says_about_stays_alone() -> None:
    r = rasid.extract("نشرة الأخبار\nأعلن مصدر أمني عن مقتل 14 شخصا في الهجوم.")
    (claim,) = r.claims
    assert [r.mention(i).text for i in claim.source_chain] == ["مصدر أمني"]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("قتل 5 أشخاص في القصف، حسبما ذكرت وكالة رويترز عن مصادر طبية.", "medical sources"),
        ("وذكرت الوكالة عن مصدر أمني أن 5 أشخاص قتلوا في الهجوم.", "security source"),
    ],
)
def test_a_source_cited_with_an(text: str, cited: str) -> None:
    r = rasid.extract("نشرة الأخبار\n" + text)
    (claim,) = r.claims
    assert cited in [getattr(r.mention(i), "name", None) for i in claim.source_chain]


def test_what_a_verb_talks_about_is_no_source() -> None:
    r = rasid.extract("نشرة الأخبار\nوتحدثت المنظمة عن مصادر النيران التي أصابت 5 أشخاص.")
    assert all(r.mention(i).text == "المنظمة" for c in r.claims for i in c.source_chain)
