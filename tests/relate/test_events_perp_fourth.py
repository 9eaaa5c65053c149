"""Fourth round of issue 12's perpetrators (rasid.relate.events: claimant, args, discourse), run
through the whole pipeline as `rasid extract` runs it:

- a claim of responsibility with no claiming verb ("أعلن تنظيم داعش مسئوليته عن … في هجمات"),
  in either spelling of the hamza, and not when it is denied;
- the genitive of an assassination or arrest noun is its target (data/event_patient_nouns.tsv);
- the one who survived ("نجا … من محاولة اغتيال"), with the name apposed to him, suffered it;
- "بينهم X" names one of the counted group, not the one who arrested them;
- a battle found only with the side it fought "مع" takes the subject of its coordinated clauses,
  back over a clause whose noun after the verb names no actor;
- the Sahel groups of the registry, claimed or supposed ("نسب إلى مسلحين ينتمون لـ…");
- an attack named only by "هجوم" whose every casualty is a soldier is an armed clash.
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.relate.events_support import event_rows

PUBLISHED = "2024-03-11"


def _rows(text: str) -> list[tuple[str, str, list[str | None], bool]]:
    return event_rows(text, PUBLISHED)


def test_a_claim_of_responsibility_without_a_claiming_verb_names_the_attacker() -> None:
    text = "أعلن تنظيم داعش الإرهابي، مسئوليته عن مقتل عشرين جنديا وإصابة آخرين في هجمات على ثكنة عسكرية قرب مدينة مايدوغوري."
    assert _rows(text) == [("armed_clash", "هجمات", ["Islamic State"], False)]


def test_a_claim_of_responsibility_for_a_bombing_spelled_with_hamza_on_waw() -> None:
    text = "أعلنت حركة الشباب مسؤوليتها عن التفجير الذي ضرب فندقا في مقديشو مساء الأحد."
    assert _rows(text) == [("explosion", "التفجير", ["Al-Shabaab"], False)]


def test_a_denied_responsibility_names_nobody() -> None:
    text = "نفت حركة الشباب مسؤوليتها عن التفجير الذي ضرب فندقا في مقديشو مساء الأحد."
    assert _rows(text) == [("explosion", "التفجير", [], False)]


def test_the_survivor_of_an_assassination_attempt_and_his_apposed_name_are_not_the_attackers() -> None:
    text = "ونجا محافظ ديالى اللواء سامي الحسيني من محاولة اغتيال بعبوة ناسفة استهدفت موكبه قرب بعقوبة."
    assert _rows(text) == [
        ("attack_on_civilians", "اغتيال", [], False),
        ("explosion", "عبوة ناسفة", [], False),
    ]


def test_the_genitive_of_an_assassination_is_its_target() -> None:
    text = "قتل حارسان في محاولة لاغتيال وزير الداخلية في مقديشو."
    assert _rows(text) == [("attack_on_civilians", "اغتيال وزير الداخلية", [], False)]


def test_after_an_arrest_noun_only_the_agent_after_ala_yad_is_the_perpetrator() -> None:
    assert _rows("أدان المرصد اعتقال الناشط محمد علي في حلب.") == [("arrest", "اعتقال", [], False)]
    text = "قالت مصادر إن اعتقال الناشط محمد علي جرى أمس على يد قوات الأمن في حلب."
    assert _rows(text) == [("arrest", "اعتقال", ["Syrian government"], False)]


def test_one_named_among_the_arrested_is_not_who_arrested_them() -> None:
    text = "وأكد البيان أن الشرطة فرقت المحتجين في البصرة وأن عددا منهم اعتقل بينهم الناشط سامر خليل."
    assert _rows(text) == [("arrest", "اعتقل", [], False)]


def test_a_battle_with_only_its_other_side_takes_the_subject_of_the_coordinated_verbs() -> None:
    text = (
        "وذكرت الوكالة أن قوات إسرائيلية اقتحمت بلدة بيتا جنوب نابلس، وداهمت عددا من المنازل، "
        "وأطلقت الغاز المسيل للدموع وسط اندلاع مواجهات مع الفلسطينيين."
    )
    assert _rows(text) == [
        ("attack_on_civilians", "وأطلقت الغاز المسيل للدموع", ["Israel Defense Forces"], False),
        ("armed_clash", "مواجهات", ["Israel Defense Forces", "Palestinians"], False),
    ]


def test_gunmen_said_to_belong_to_a_sahel_group_give_the_group_as_a_supposed_attacker() -> None:
    text = "قتل تسعة جنود في هجوم نسب إلى مسلحين ينتمون لجماعة نصرة الإسلام والمسلمين قرب الحدود مع النيجر."
    assert _rows(text) == [("armed_clash", "هجوم", ["Jama'at Nusrat al-Islam wal-Muslimin"], True)]


def test_an_attack_on_soldiers_named_only_by_hujum_is_an_armed_clash_on_civilians_it_is_not() -> None:
    assert _rows("قتل 12 جنديا في هجوم على موقع للجيش شمال مالي.") == [("armed_clash", "هجوم", [], False)]
    assert _rows("قتل 12 مدنيا في هجوم على سوق شعبي شمال مالي.") == [
        ("attack_on_civilians", "هجوم", [], False)
    ]


def test_a_clause_of_time_telling_a_shooting_names_the_agent_of_the_casualties() -> None:
    text = "أصيب خمسة من المحتجين بجروح، عندما أطلقت قوات الأمن السعودية النار على تجمع لهم في العوامية."
    assert _rows(text) == [("attack_on_civilians", "بجروح", ["Saudi security forces"], False)]
    text = "وقتل شاب بعدما فتحت قوة أمنية سعودية النار على سيارته في العوامية."
    assert _rows(text) == [("attack_on_civilians", "وقتل", ["Saudi Arabia"], False)]


def test_a_clause_of_time_with_no_shooting_names_no_agent() -> None:
    text = "أصيب خمسة من المحتجين بجروح، عندما وصلت قوات الأمن السعودية إلى ساحة العوامية."
    assert _rows(text) == [("attack_on_civilians", "بجروح", [], False)]


def test_hallmarks_and_the_finger_of_blame_only_suppose_the_attacker() -> None:
    text = "قتل ثلاثة في تفجير استهدف مطعما بمقديشو، في هجوم يحمل بصمات حركة الشباب."
    assert _rows(text) == [("explosion", "تفجير", ["Al-Shabaab"], True)]
    text = "قتل ثلاثة في تفجير استهدف مطعما بمقديشو، وتشير أصابع الاتهام إلى حركة الشباب."
    assert _rows(text) == [("explosion", "تفجير", ["Al-Shabaab"], True)]
    text = "قتل ثلاثة في تفجير استهدف مطعما بمقديشو، في هجوم نفذته حركة الشباب."
    assert _rows(text) == [("explosion", "تفجير", ["Al-Shabaab"], False)]


def test_a_relative_verb_after_an_assassination_noun_still_names_its_doer() -> None:
    text = "قتل القاضي في عملية اغتيال نفذها تنظيم داعش في الموصل."
    assert _rows(text) == [("attack_on_civilians", "اغتيال نفذها تنظيم داعش", ["Islamic State"], False)]
    text = "أدانت المنظمة عملية اختطاف نفذتها جماعة الحوثي في صنعاء."
    assert _rows(text) == [("abduction", "اختطاف نفذتها جماعة الحوثي", ["Houthis"], False)]


def test_a_side_claiming_the_attack_outranks_the_gunmen_its_first_words_name() -> None:
    text = "قتل جنديان في هجوم شنه مسلحون على حاجز للجيش في سيناء أمس، وتبنى تنظيم الدولة الهجوم في بيان."
    assert _rows(text) == [("armed_clash", "هجوم شنه مسلحون", ["Islamic State"], False)]


def test_a_claim_in_the_next_sentence_is_a_mention_of_the_attack_and_names_its_author() -> None:
    text = "قتل جنديان في هجوم شنه مسلحون على حاجز للجيش في سيناء أمس. وتبنى تنظيم الدولة الهجوم في بيان."
    assert _rows(text) == [("armed_clash", "هجوم شنه مسلحون", ["Islamic State"], False)]
    text = "قتل ثلاثة مدنيين بتفجير سيارة مفخخة في سوق بمدينة الباب. وأعلنت وحدات حماية الشعب مسؤوليتها عن التفجير."
    assert _rows(text) == [("explosion", "تفجير", ["People's Protection Units"], False)]


def test_a_targeting_verb_and_its_means_after_bi_are_one_incident_with_the_adjective_agent() -> None:
    text = "استُهدف منزل في بلدة عيتا الشعب بغارة إسرائيلية، ما أدى إلى مقتل شخصين."
    assert _rows(text) == [("airstrike", "غارة إسرائيلية", ["Israel"], False)]
    text = "استهدفت القوات التركية قرية تل رفعت بقصف مدفعي عنيف."
    assert _rows(text) == [("shelling", "قصف مدفعي", ["Turkish Armed Forces"], False)]


def test_the_speakers_own_bombardment_after_innahu_is_its_act() -> None:
    text = "قال الجيش الإسرائيلي إنه قصف مواقع لحماس في غزة."
    assert _rows(text) == [("shelling", "قصف", ["Israel Defense Forces"], False)]


def test_plural_assassination_verbs_are_events_and_unknown_gunmen_name_nobody() -> None:
    text = "قالت الشرطة إن مسلحين مجهولين اغتالوا ناشطا في البصرة."
    assert _rows(text) == [("attack_on_civilians", "اغتالوا", [], False)]
    text = "اغتال مسلحون من تنظيم داعش مختار قرية في ريف كركوك."
    assert _rows(text) == [("attack_on_civilians", "اغتال مسلحون", ["Islamic State"], False)]
