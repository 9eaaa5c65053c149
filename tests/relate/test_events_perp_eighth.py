"""Eighth round of issue 12's perpetrators (rasid.relate.events), run through the whole pipeline:

- an event noun right after a verb is that verb's subject ("واستهدفت غارة جوية مقاتلين ..."), so
  what follows the noun is the verb's object, its target: only a genitive glued to the noun
  ("غارة الطيران الروسي") or an actor after "من قبل" is the agent (args._genitive_start).
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.relate.events_support import event_rows, perpetrator_names

from rasid.api import extract
from rasid.record import Record

PUBLISHED = "2025-12-20"


def _rows(text: str) -> list[tuple[str, str, list[str | None]]]:
    return [(kind, trigger, names) for kind, trigger, names, _ in event_rows(text, PUBLISHED)]


def test_the_group_after_a_raid_that_is_a_verbs_subject_is_its_target() -> None:
    text = "غارة في جوبا الوسطى\nواستهدفت غارة جوية مقاتلين من حركة الشباب قرب بلدة جلب صباح اليوم."
    rows = _rows(text)
    assert rows and all(names == [] for _, _, names in rows)


def test_the_forces_after_an_attack_that_is_a_verbs_subject_are_its_target() -> None:
    text = "هجوم سابق\nوكان قد استهدف هجوم قبل شهر قوات الأمن النيجرية قرب الحدود مع مالي."
    rows = _rows(text)
    assert rows and all(names == [] for _, _, names in rows)


def test_a_genitive_glued_to_the_subject_noun_is_still_its_agent() -> None:
    text = "غارة على كفرنبل\nاستهدفت غارة الطيران الروسي بلدة كفرنبل جنوب إدلب مساء أمس."
    assert [names for _, _, names in _rows(text)] == [["Russian Air Force"]]


def test_an_agent_after_min_qibal_is_still_the_agent() -> None:
    text = "قصف على كفرنبل\nاستهدف قصف مدفعي من قبل قوات النظام بلدة كفرنبل جنوب إدلب مساء أمس."
    assert [names for _, _, names in _rows(text)] == [["Syrian government"]]


def test_a_bylines_name_is_not_the_bomber_of_the_next_sentence() -> None:
    text = (
        "فتى يفجر نفسه في العريش\n"
        "محمد العتيبي – جدة\n"
        "قام فتى بسن السادسة عشر بتفجير انتحاري بحزام ناسف في سوق شعبي بمدينة العريش، "
        "ونتج عن ذلك إصابة 12 شخصا."
    )
    rows = _rows(text)
    assert rows and all(names == [] for _, _, names in rows)


def test_the_subject_of_the_previous_sentence_still_carries_on() -> None:
    text = (
        "غارات على كفرنبل\n"
        "شنت الطائرات الروسية غارات على بلدة كفرنبل مساء أمس. وأدى القصف إلى مقتل خمسة مدنيين."
    )
    rows = _rows(text)
    assert rows and all(names == ["Russian Air Force"] for _, _, names in rows)


def test_an_assault_on_a_base_is_an_event_without_any_other_cue() -> None:
    text = "هجوم على قاعدة\nهاجمت عناصر من حركة الشباب قاعدة عسكرية في إقليم شبيلي السفلى صباح اليوم."
    assert _rows(text) == [("armed_clash", "هاجمت", ["Al-Shabaab"])]


def test_an_assault_on_a_village_is_an_attack_on_civilians() -> None:
    text = "اعتداء في نابلس\nهاجم مستوطنون قرية عوريف جنوب نابلس مساء أمس."
    assert [(t, names) for t, _, names in _rows(text)] == [("attack_on_civilians", ["Israeli settlers"])]


def test_a_minister_attacking_a_decision_is_no_event() -> None:
    assert _rows("جدل حول الوقود\nهاجم وزير المالية قرار الحكومة رفع أسعار الوقود أمس.") == []


def test_a_battles_side_is_not_taken_from_before_the_statement_that_tells_it() -> None:
    text = (
        "هجمات في الشمال\n"
        "وقال جواو مانويل قائد شرطة مقاطعة ناميكو آد موكيا اليوم الاثنين، إن الإرهابيين هاجموا قرى "
        "المقاطعة وقتلوا ثلاثة أشخاص."
    )
    rows = _rows(text)
    assert rows and all(names == [] for _, _, names in rows)


def test_an_unresolved_place_gives_way_to_the_articles_place() -> None:
    text = (
        "عنف في موزمبيق\n"
        "نزح آلاف السكان من قراهم في موزمبيق خلال الأسبوع الماضي.\n"
        "وقال مسؤول محلي إن الإرهابيين هاجموا قرى المقاطعة وقتلوا ثلاثة أشخاص."
    )
    r: Record = extract(text, published=PUBLISHED)
    places = {m.id: m for m in r.mentions_of("place")}
    assault = [e for e in r.events if e.type == "armed_clash"]
    assert [places[e.place].name for e in assault if e.place] == ["Mozambique"]


def _hedged(text: str) -> list[tuple[list[str | None], bool]]:
    r: Record = extract(text, published=PUBLISHED)
    return [(perpetrator_names(r, e), e.actors.perpetrator_hedged) for e in r.events]


def test_a_participle_of_attribution_names_a_supposed_agent() -> None:
    text = "قصف على الثورة\nوفي الثورة، أسفر القصف المدفعي المنسوب إلى قوات الدعم السريع عن مقتل امرأتين."
    assert _hedged(text) == [(["Rapid Support Forces"], True)]


def test_who_attributes_an_attack_is_not_its_agent() -> None:
    text = "هجوم في بورنو\nقتل تسعة قرويين في هجوم نسبته الشرطة إلى جماعة بوكو حرام في ولاية بورنو."
    assert _hedged(text) == [(["Boko Haram"], True)]


def test_the_man_whose_house_was_raided_is_not_his_own_arrester() -> None:
    for name in ('خالد "أبو سالم"', "خالد أبو سالم"):
        text = f"اعتقال في طوباس\nواقتحمت قوة إسرائيلية منزل المواطن {name} واعتقلته فجر اليوم."
        assert [names for _, _, names in _rows(text)] == [["Israel"]], name


def test_a_raid_on_a_quoted_name_keeps_the_forces_of_the_first_verb() -> None:
    text = 'اعتقال في عزون\nاقتحمت قوات الاحتلال بلدة عزون، ودهمت منزل "أبو سالم" واعتقلته.'
    rows = _rows(text)
    assert rows and all(names == ["Israel Defense Forces"] for _, _, names in rows)


def test_a_headline_in_the_present_plural_names_the_agent_of_the_body_strike() -> None:
    text = "الحوثيون يقصفون حيا سكنيا في تعز\nقتلت امرأة وأصيب طفلان في قصف استهدف حي الروضة شرق المدينة أمس."
    rows = _rows(text)
    assert rows and all(names == ["Houthis"] for _, _, names in rows)


def test_the_accused_between_the_accuser_and_the_act_is_the_supposed_agent() -> None:
    text = "اتهامات في الفاشر\nاتهمت الحكومة قوات الدعم السريع بقصف الأحياء السكنية في الفاشر أمس."
    assert _hedged(text) == [(["Rapid Support Forces"], True)]
