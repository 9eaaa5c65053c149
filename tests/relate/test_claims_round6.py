"""Issue 12, claims round 6 (session 15): an office no tagger covers heads the source of a
sentence-final وفقاً, a pronoun-carrying لكنه keeps the speaker, a relay with words between the
relaying source and عن, an indefinite object after an untagged definite body, and a speech
occasion (في تصريحات) before أن. Sentences written for these tests."""

from __future__ import annotations

from tests.relate.claims_support import Actor, chain_texts, content, run, source_text, summary


def test_an_office_after_wafqan_is_the_source_of_the_sentence_before() -> None:
    record = run(
        "قتل خمسة مدنيين في غارة على القرية أمس، وفقاً لمفوض الأمم المتحدة سامر يوسف.",
        [Actor("الأمم المتحدة"), Actor("سامر يوسف", "PER")],
    )
    assert [c.cue.text for c in record.claims] == ["وفقاً"]
    claim = record.claims[0]
    assert content(record, claim) == "قتل خمسة مدنيين في غارة على القرية أمس"
    assert chain_texts(record, claim) == ["لمفوض", "الأمم المتحدة", "سامر يوسف"]


def test_an_office_with_the_article_contracted_after_wafqan() -> None:
    record = run("أصيب ثلاثة أشخاص في الحريق، وفقاً للمبعوث الخاص.")
    assert [(c.cue.text, source_text(record, c)) for c in record.claims] == [("وفقاً", "للمبعوث الخاص")]


def test_lakinnahu_keeps_the_speaker_of_the_sentence_before() -> None:
    record = run(
        "وقال وزير الداخلية إن ثلاثة من الحراس قتلوا. لكنه أكد أن الوضع هادئ. وأضاف أن عشرة أشخاص اعتقلوا.",
        [Actor("وزير الداخلية", "PER")],
    )
    assert summary(record) == [
        ("وقال", "assert", "وزير الداخلية"),
        ("أكد", "assert", "وزير الداخلية"),
        ("وأضاف", "assert", "وزير الداخلية"),
    ]


def test_a_relay_with_a_time_between_the_channel_and_an() -> None:
    record = run(
        "ونقلت قناة الرافدين مساء أمس عن مصدر عسكري قوله إن أربعة جنود قتلوا في الهجوم.",
        [Actor("قناة الرافدين")],
    )
    claim = record.claims[0]
    assert source_text(record, claim) == "مصدر عسكري"
    assert chain_texts(record, claim) == ["قناة الرافدين", "مصدر عسكري"]


def test_a_relay_whose_source_phrase_runs_through_an() -> None:
    record = run(
        "ونقلت قناة الرافدين الإخبارية عن المرصد الوطني قوله إن عشرة مدنيين قتلوا.",
        [Actor("قناة الرافدين"), Actor("المرصد الوطني")],
    )
    claim = record.claims[0]
    assert source_text(record, claim) == "المرصد الوطني"
    assert chain_texts(record, claim)[-1] == "المرصد الوطني"


def test_an_indefinite_object_after_an_untagged_definite_body_is_not_the_source() -> None:
    record = run("واستهجن الحزب قرار الحكومة رفع الأسعار، وقال إن القرار يضر بالفقراء.")
    assert [source_text(record, c) for c in record.claims] == ["الحزب", "الحزب"]
    assert content(record, record.claims[0]).startswith("قرار الحكومة")


def test_a_definite_adjective_stays_in_the_source_of_an_untagged_body() -> None:
    record = run("وقالت الحركة الوطنية إن الانتخابات زورت.")
    assert [source_text(record, c) for c in record.claims] == ["الحركة الوطنية"]


def test_speech_occasion_before_an_is_not_content() -> None:
    record = run(
        "وأكد المتحدث باسم الجيش أن خمسة جنود قتلوا. وأكد في تصريحات صحفية أن القوات ستواصل عملياتها.",
        [Actor("الجيش")],
    )
    assert [content(record, c) for c in record.claims] == ["خمسة جنود قتلوا", "القوات ستواصل عملياتها"]
