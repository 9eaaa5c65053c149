"""Thirteenth round of issue 12's perpetrators (session 24, pp25), run through the whole pipeline as
`rasid extract` runs it:
- a verb of undergoing next to the trigger ("كمين تعرضت له دورية", data/event_triggers.tsv role
  undergo) tells one side's attack on the other: those who lost men there are its victims, not a
  side, and the subject of that verb after the trigger is its target;
- a relative clause whose verb is no verb of agency ("الهجوم الذي أودى بحياة جندي") has the trigger
  for subject: the actor after that verb is its object, never the agent; imperfect verbs of agency
  ("القصف الذي تنفذه قوات") name the agent as the perfect ones do (role relative_verb);
- the announcer of "أعلن X، …، مسؤوليته عن" claims the attack across adverbials set off by commas,
  a reporter ("ذكرت الوكالة أن") does not;
- a planted device set off at another place than the incident before it takes neither that
  incident's agent nor the previous sentence's subject.
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.relate.events_support import event_rows

PUBLISHED = "2025-11-02"


def _agents(text: str) -> list[tuple[str, str, list[str | None]]]:
    return [(kind, trigger, names) for kind, trigger, names, _ in event_rows(text, PUBLISHED)]


def test_those_killed_in_an_ambush_their_patrol_underwent_are_no_side() -> None:
    text = "قتل ثلاثة من عناصر الشرطة في كمين تعرضت له دورية أمنية قرب مدينة العريش."
    assert _agents(text) == [("armed_clash", "كمين", [])]


def test_without_the_verb_of_undergoing_the_side_that_lost_men_fought() -> None:
    # the same losses in a clash: both sides fought, the one that lost men among them
    text = "قتل ثلاثة من عناصر الشرطة في اشتباكات مع مسلحين قرب مدينة العريش."
    assert _agents(text) == [("armed_clash", "اشتباكات", ["Egyptian Police", "gunmen"])]


def test_the_subject_of_a_verb_of_undergoing_after_the_trigger_is_its_target() -> None:
    text = "قتل جندي في كمين تعرضت له قوة إسرائيلية قرب بلدة بيت حانون."
    assert _agents(text) == [("armed_clash", "كمين", [])]


def test_the_object_of_a_relative_clause_on_the_trigger_is_no_agent() -> None:
    text = "وقع الهجوم الانتحاري الذي أودى بحياة جندي فرنسي قرب بلدة غوسي في شمال مالي."
    assert _agents(text) == [("suicide_bombing", "الهجوم الانتحاري", [])]


def test_a_relative_verb_of_agency_still_names_the_agent() -> None:
    text = "قتل خمسة جنود في الهجوم الذي نفذته حركة الشباب على قاعدة عسكرية قرب مدينة بيدوا."
    assert _agents(text) == [("armed_clash", "الهجوم الذي نفذته حركة الشباب", ["Al-Shabaab"])]


def test_an_imperfect_relative_verb_of_agency_names_the_agent() -> None:
    text = "قتل سبعة مدنيين في القصف المدفعي الذي تنفذه قوات الدعم السريع على مدينة الفاشر."
    assert ["Rapid Support Forces"] in [names for _, _, names in _agents(text)]


def test_the_announcer_claims_the_attack_across_adverbials_set_off_by_commas() -> None:
    text = (
        "أعلنت حركة الشباب، في منطقة شبيلي السفلى، أمس السبت، مسؤوليتها عن التفجير الانتحاري الذي "
        "أودى بحياة جنديين أوغنديين قرب مدينة مركا."
    )
    assert _agents(text) == [("suicide_bombing", "التفجير الانتحاري", ["Al-Shabaab"])]


def test_a_reporter_before_the_claimer_claims_nothing() -> None:
    text = (
        "وذكرت وكالة الأنباء الفرنسية، أمس السبت، أن حركة الشباب أعلنت مسؤوليتها عن التفجير الانتحاري "
        "قرب مدينة مركا."
    )
    assert [names for _, _, names in _agents(text)] == [["Al-Shabaab"]]


def test_a_denied_announcement_claims_nothing() -> None:
    text = "لم تعلن أي جهة، حتى مساء اليوم، مسؤوليتها عن الهجوم الذي استهدف قاعدة عسكرية قرب مدينة بيدوا."
    assert [names for _, _, names in _agents(text)] == [[]]


def test_a_device_set_off_at_another_place_takes_no_agent_from_before() -> None:
    text = (
        "تبنت حركة طالبان تفجيرا انتحاريا في كابول. وفي ولاية قندهار قتل ثمانية أشخاص في انفجار دراجة نارية."
    )
    assert _agents(text) == [
        ("suicide_bombing", "تفجيرا انتحاريا", ["Taliban"]),
        ("explosion", "انفجار", []),
    ]


def test_the_sides_bayna_opens_right_after_the_trigger_are_read_as_a_pair() -> None:
    # the residents cannot fight a battle as a side of their own (data/event_agents.tsv); the
    # forces coordinated with them after "بين" are the side named
    text = "اندلعت اشتباكات بين أهالي القرية وقوات الحزام الأمني في مديرية مودية."
    assert _agents(text) == [("armed_clash", "اشتباكات", ["Security Belt Forces"])]


def test_the_subject_of_a_verb_of_undergoing_before_the_trigger_is_no_agent() -> None:
    text = "تعرضت قوة من وحدة الإنقاذ التابعة للجيش الإسرائيلي لكمين قرب حي الشجاعية."
    assert _agents(text) == [("armed_clash", "كمين", [])]


def test_an_actor_after_the_adjectives_of_an_attack_is_its_genitive_agent() -> None:
    # data/event_attack_adjectives.tsv: "محكم" describes the ambush, so "لكتائب القسام" is its agent
    text = "قتل ثمانية جنود في كمين محكم لكتائب القسام في حي الشجاعية."
    assert _agents(text) == [("armed_clash", "كمين", ["Al-Qassam Brigades"])]


def test_an_actor_glued_to_lam_after_another_noun_owns_that_noun() -> None:
    # the same ل after a noun that is no adjective of the attack: the patrol's side, its target
    text = "استهدف هجوم مسلح دورية لقوات سوريا الديمقراطية قرب دير الزور."
    assert [names for _, _, names in _agents(text)] == [[]]


def test_the_speaker_heading_a_headline_before_a_colon_is_no_agent() -> None:
    text = "الداخلية الكويتية: مقتل شرطيين بهجوم استهدف مركزا أمنيا في الجهراء\n\nوقع الهجوم فجر اليوم."
    assert [names for _, _, names in _agents(text)] == [[]]


def test_a_headline_subject_without_a_colon_stays_the_agent() -> None:
    text = "قوات الدعم السريع تقصف مدينة الفاشر وتقتل سبعة مدنيين"
    assert _agents(text) == [("shelling", "تقصف", ["Rapid Support Forces"])]
