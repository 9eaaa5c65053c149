"""Who a casualty figure is attributed to, session 24 (issue 12): sentences written for the test.

The readings are tried in the order of `sources.READINGS`; a claim that names nobody (no source,
no chain) is passed over. A sentence goes on with the report before it when it opens with a
toll the sentence before gave ("وتشمل الحصيلة ...") or with a bare complement ("هذا وأن ...");
inside a sentence, a toll clause after a claim's content goes on with what the speaker counted.
A dropped subject goes on with the sentence's speaker, not with the verb of a relative clause
on what is said.
"""

from __future__ import annotations

import pytest
from tests.relate.events_support import figure_sources

import rasid
from rasid.relate.casualties.sources import READINGS


def test_readings_are_named_and_explained() -> None:
    names = [name for name, _ in READINGS]
    assert names == ["holding", "skipped", "listed", "closing", "recapped", "clause", "continued", "headline"]
    assert all(reason for _, reason in READINGS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the definite toll goes on with the ministry's count
            "أعلنت وزارة الصحة أن 900 شخص قتلوا منذ بدء الحرب. وتشمل الحصيلة 40 شخصا قتلوا خلال يوم أمس.",
            [("900 شخص", "وزارة الصحة"), ("40 شخصا", "وزارة الصحة")],
        ),
        (  # a bare complement after "هذا و" goes on with the reporters
            "وذكر مراسلون أن فرق الإنقاذ عملت طوال الليل في الحي. هذا وأن عدد الجثث المنتشلة بلغ 6 جثث.",
            [("6 جثث", "مراسلون")],
        ),
        (  # a sentence of its own, with no toll and no complement, stays the outlet's
            "أعلنت وزارة الصحة أن 900 شخص قتلوا منذ بدء الحرب. وكان 12 جنديا قتلوا في الشهر الماضي.",
            [("900 شخص", "وزارة الصحة"), ("12 جنديا", None)],
        ),
    ],
)
def test_a_sentence_going_on_with_the_report_before(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert figure_sources(rasid.extract(text)) == expected


def test_a_toll_clause_after_the_content_keeps_the_speaker() -> None:
    text = (
        "وأوضحت مصادر طبية أن القصف أدى إلى مقتل 9 مدنيين في السوق، "
        "لكن بحلول المساء ارتفعت أعداد الضحايا إلى 14."
    )
    assert figure_sources(rasid.extract(text)) == [("9 مدنيين", "مصادر طبية"), ("14", "مصادر طبية")]


def test_a_claim_naming_nobody_gives_no_source() -> None:
    # a dropped subject with nothing before it to go on with: the claim has no source and no chain
    r = rasid.extract("وقالوا إن 8 أشخاص قتلوا في تفجير السيارة.")
    assert [(c.cue.text, c.source, c.source_chain) for c in r.claims] == [("وقالوا", None, [])]
    assert [c.claim for e in r.events for c in e.casualties] == [None]


def test_a_dropped_subject_does_not_go_on_with_a_relative_clause() -> None:
    text = "ونفى الجيش صحة ما أوردته الجماعة بشأن عدد القتلى، وقال إن 4 جنود فقط قتلوا في المواجهات."
    r = rasid.extract(text)
    cues = {c.cue.text: c for c in r.claims}
    assert r.mention(cues["أوردته"].source).text == "الجماعة"
    assert cues["وقال"].source == cues["ونفى"].source  # the one who denies goes on
    assert cues["وقال"].source != cues["أوردته"].source


def _chain_names(text: str) -> list[list[str | None]]:
    r = rasid.extract(text)
    return [[r.mention(i).name for i in c.source_chain] for c in r.claims]


def test_a_definite_description_points_back_to_the_named_body() -> None:
    # "الشبكة الطبية المستقلة": the network's head noun and words of its own, after its name
    chains = _chain_names(
        "أعلنت شبكة أطباء السودان مقتل 10 أشخاص في قصف على الفاشر. "
        "وأوضحت الشبكة الطبية المستقلة أن بين القتلى 4 أطفال."
    )
    assert chains[0] == ["Sudan Doctors Network"]
    assert chains[1][-1] == "Sudan Doctors Network"


def test_the_same_head_of_another_country_is_another_body() -> None:
    chains = _chain_names("قال الجيش السوداني إن 5 جنود قتلوا. وأكد الجيش الإسرائيلي أن 3 جنود أصيبوا.")
    assert chains == [["Sudanese Armed Forces"], ["Israel Defense Forces"]]


def test_a_relative_clause_speaker_is_not_the_one_a_pronoun_goes_on_with() -> None:
    text = (
        "ونفى المتحدث باسم الحكومة إعلان حالة الطوارئ، قائلا إن الوكالة التي ذكرت ذلك لم تتحقق منه. "
        "وقال إن 4 مصابين فقط نقلوا إلى المستشفى."
    )
    r = rasid.extract(text)
    cues = {c.cue.text: c for c in r.claims}
    assert cues["وقال"].source == cues["ونفى"].source
