"""Issue 12, claims on unseen text (round 2): what a relative clause inside a report says, a
participle without its comma, verbal nouns that look like cue verbs, calls to act (حث), and
coordinated verbs that keep their subject. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.relate.claims_support import Actor, content, run, summary


@pytest.mark.parametrize(
    ("body", "speaker", "expected"),
    [
        (
            "ونفت الوزارة بشكل قاطع جميع الإشاعات التي تحدثت عن إصابة الوزير.",
            "الوزارة",
            [("ونفت", "deny", "الوزارة")],
        ),
        (
            "ونفى المتحدث باسم البلدية الخبر، قائلا إن التقارير التي ذكرت ذلك غير صحيحة.",
            "المتحدث باسم البلدية",
            [("ونفى", "deny", "المتحدث باسم البلدية"), ("قائلا", "assert", "المتحدث باسم البلدية")],
        ),
    ],
)
def test_a_relative_clause_inside_what_is_reported_is_no_claim(
    body: str, speaker: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(run(body, [Actor(speaker)])) == expected


def test_a_document_in_the_report_still_speaks_in_its_relative_clause() -> None:
    record = run("وأشار الوزير إلى تقرير اللجنة الذي اتهم الشركة بإخفاء الأدلة.")
    assert [c.cue.text for c in record.claims] == ["وأشار", "اتهم"]


def test_a_named_speaker_after_a_comma_says_something_new() -> None:
    record = run("قتل أربعة مدنيين، بحسب المرصد المحلي، الذي اتهم الجيش بقصف السوق.")
    assert [(c.cue.text, c.stance) for c in record.claims] == [("بحسب", "assert"), ("اتهم", "accuse")]


def test_a_participle_without_a_comma_counts_before_a_complementizer() -> None:
    record = run("واستنكرت النقابة اعتقال الصحفيين مؤكدةً أنها ستلجأ إلى القضاء.", [Actor("النقابة")])
    assert summary(record) == [
        ("واستنكرت", "condemn", "النقابة"),
        ("مؤكدةً", "assert", "النقابة"),
    ]
    assert content(record, record.claims[1]) == "ستلجأ إلى القضاء"


def test_a_participle_without_a_comma_or_complementizer_is_an_adjective() -> None:
    assert summary(run("وحملت الرسالة معلومات مؤكدة عن الاجتماع.")) == []


def test_after_a_preposition_the_cue_form_is_a_verbal_noun() -> None:
    record = run("ودعت المنظمة المجتمع الدولي إلى إدانة هذه الجرائم.", [Actor("المنظمة")])
    assert summary(record) == [("ودعت", "demand", "المنظمة")]


def test_bayna_before_a_coordinated_anna_is_between() -> None:
    record = run("وقال المتحدث إن الهدوء يسود بين المواطنين و أن الحكومة ستحاسب المسؤولين.")
    assert summary(record) == [("وقال", "assert", "المتحدث")]


def test_hatha_is_a_call_to_act() -> None:
    record = run("وحثت الحكومة المواطنين على ضبط النفس وعدم تداول الشائعات.", [Actor("الحكومة")])
    assert summary(record) == [("وحثت", "demand", "الحكومة")]


def test_mujaddidan_al_takid_is_a_participle_cue() -> None:
    record = run(
        "ودعا المكتب وسائل الإعلام إلى تحري الدقة، مجددا التأكيد على أن الخبر مختلق.", [Actor("المكتب")]
    )
    assert summary(record) == [("ودعا", "demand", "المكتب"), ("مجددا التأكيد", "assert", "المكتب")]


def test_a_coordinated_wasafa_keeps_the_subject_before_it() -> None:
    record = run("وأكد البيان أن الوزير بصحة جيدة، ووصف ما يتم تداوله بأنه شائعات.")
    assert summary(record) == [("وأكد", "assert", "البيان"), ("ووصف", "assert", "البيان")]


def test_a_passive_wusifa_without_a_subject_is_no_claim() -> None:
    assert summary(run("ووصفت حال النازحين بالصعبة بعد العاصفة.")) == []


def test_an_anonymity_formula_is_not_a_cue() -> None:
    record = run("وقال مصدر أمني لوكالة الأنباء، طالبا عدم كشف اسمه، إن عشرة أشخاص قتلوا.")
    assert [c.cue.text for c in record.claims] == ["وقال"]


def test_a_verbal_noun_ends_the_source_of_a_denial() -> None:
    record = run("ونفى المتحدث باسم الحكومة إعلان حالة الطوارئ في البلاد.")  # no actor: the noun ends it
    assert summary(record) == [("ونفى", "deny", "المتحدث باسم الحكومة")]
    assert content(record, record.claims[0]) == "إعلان حالة الطوارئ في البلاد"


def test_relatives_with_waw_take_the_noun_before_them() -> None:
    record = run("وجاء الرد سريعا من السلطات المحلية والتي نفت ما تم نشره.", [Actor("السلطات المحلية")])
    assert summary(record) == [("نفت", "deny", "السلطات المحلية")]


def test_a_quotation_right_after_the_verb_is_what_is_said() -> None:
    record = run(
        'وقال الوزير إن الوضع مستقر. وتابع "قادرون بمزيد من الالتزام على تجاوز الأزمة".', [Actor("الوزير")]
    )
    assert summary(record) == [("وقال", "assert", "الوزير"), ("وتابع", "assert", "الوزير")]
    assert content(record, record.claims[1]) == '"قادرون بمزيد من الالتزام على تجاوز الأزمة"'


def test_a_short_quoted_name_after_the_verb_is_its_subject() -> None:
    record = run('وقالت "الجبهة"، في بيان، إن الهدنة مستمرة.')
    assert summary(record) == [("وقالت", "assert", "الجبهة")]


def test_a_relay_passes_a_quoted_name_to_the_one_it_quotes() -> None:
    record = run(
        'ونقلت وكالة الأنباء "سبأ" عن المتحدث باسم الوزارة بأن الطبيب توفي بنوبة قلبية.',
        [Actor("وكالة الأنباء"), Actor("المتحدث باسم الوزارة")],
    )
    assert summary(record) == [("ونقلت", "assert", "المتحدث باسم الوزارة")]
    assert content(record, record.claims[0]) == "الطبيب توفي بنوبة قلبية"


def test_direct_speech_after_a_colon_holds_no_cues_of_its_own() -> None:
    record = run(
        "وأضاف البيان: ينفي المكتب ما ورد في التقرير، ويؤكد أن هذه الادعاءات عارية عن الصحة.",
        [Actor("البيان")],
    )
    assert summary(record) == [("وأضاف", "assert", "البيان")]
    assert content(record, record.claims[0]) == (
        "ينفي المكتب ما ورد في التقرير، ويؤكد أن هذه الادعاءات عارية عن الصحة"
    )


def test_a_dropped_subject_with_an_object_keeps_the_speaker_before() -> None:
    record = run(
        "وقال المتحدث باسم الوزارة إن المطار مفتوح. وأكد الجهود التي تبذلها السفارات لمساعدة المسافرين.",
        [Actor("المتحدث باسم الوزارة")],
    )
    assert summary(record) == [
        ("وقال", "assert", "المتحدث باسم الوزارة"),
        ("وأكد", "assert", "المتحدث باسم الوزارة"),
    ]
    assert content(record, record.claims[1]) == "الجهود التي تبذلها السفارات لمساعدة المسافرين"


def test_a_named_subject_after_a_relative_verb_is_its_source() -> None:
    record = run("قتل عشرة أشخاص في تفجير بالعاصمة أمس، والذي أعلنت الحركة مسؤوليتها عنه.", [Actor("الحركة")])
    assert summary(record) == [("أعلنت", "announce", "الحركة")]


def test_the_object_of_an_accusing_relative_verb_is_not_its_source() -> None:
    record = run(
        "وأشار الوزير إلى تقرير اللجنة الذي حمّل الجيش مسؤولية الهجوم.", [Actor("الوزير"), Actor("الجيش")]
    )
    assert [(c.cue.text, c.stance) for c in record.claims] == [("وأشار", "assert"), ("حمّل", "accuse")]
    assert summary(record)[1][2] != "الجيش"
