"""Sixth round of issue 12's perpetrators (rasid.relate.events), run through the whole pipeline
as `rasid extract` runs it:

- the noun after a verb whose clause drops its subject, and a man after a feminine past verb,
  are its object, never its agent (rasid.relate.events.agreement), also in a list of names
  after a colon; a verb glued on with و whose noun names nobody goes on with the subject of the
  coordinated verbs before it;
- a building or post the name tagger took for an organisation ("مركز شرطة") is no agent
  (rasid.relate.events.things);
- a definite group noun ("المسلحون") takes the organisation told after the same noun before;
- a blame word naming the side after it ("اللوم يقع على عاتق X") in any claim blames X, hedged
  (rasid.relate.events.blame);
- "خلال هذا الهجوم" is governed: the subject of its clause did something else during it;
- the subject of a verb that kills the people it counts is the agent of the attack noun after
  them ("X تقتل 9 مدنيين في هجوم");
- forces named by a possessive pronoun opening a claim ("إن قواتها اعتقلت") are the source's
  (rasid.relate.events.possessed);
- a verb with no agent takes the agent of the event noun it happened in ("اعتُقل ... في هجوم
  شنته X");
- a clash's side may stand after "مع" several words on ("اشتباكات مسلحة مع عناصر من تنظيم داعش",
  data/event_sides.tsv).
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.relate.events_support import event_rows

from rasid.record import ActorMention
from rasid.relate.events.agreement import feminine_past
from rasid.relate.events.members import is_members
from rasid.relate.events.possessed import force_noun
from rasid.relate.events.things import is_facility

PUBLISHED = "2025-12-20"


def _rows(text: str) -> list[tuple[str, str, list[str | None], bool]]:
    return event_rows(text, PUBLISHED)


def _actor(text: str) -> ActorMention:
    return ActorMention(id="m1", span=(0, len(text)), text=text, type="ORG", name="x")


def test_names_listed_after_a_colon_are_the_arrested_not_the_arresters() -> None:
    text = (
        "اقتحام في بيت أمر\n"
        "داهمت قوات الاحتلال بلدة بيت أمر شمال الخليل فجر اليوم، واعتقلت الشابين: خالد يوسف، سامر نبيل."
    )
    assert _rows(text) == [("arrest", "اعتقلت", ["Israel Defense Forces"], False)]


def test_a_man_after_a_feminine_verb_is_its_object() -> None:
    text = (
        "اعتقالات في الخليل\n"
        "اعتقلت قوات الاحتلال ثلاثة شبان من مخيم الفوار جنوب الخليل فجر اليوم. "
        "كما اعتقلت يوسف خليل عقب مداهمة منزله في المخيم."
    )
    rows = _rows(text)
    assert ("arrest", "اعتقلت قوات الاحتلال", ["Israel Defense Forces"], False) in rows
    assert all("Youssef Khalil" not in names and "Yusuf Khalil" not in names for _, _, names, _ in rows)


def test_feminine_past_forms() -> None:
    assert [feminine_past(w) for w in ("واعتقلت", "قتلت", "اعتقلوا", "قوات", "بيت")] == [
        True,
        True,
        False,
        False,
        False,
    ]


def test_a_police_station_is_the_target_not_the_attacker() -> None:
    text = "هجوم في النيجر\nقتل ثلاثة أشخاص في هجوم استهدف مركز شرطة في منطقة تيلابيري غرب النيجر يوم الأحد."
    assert [names for _, _, names, _ in _rows(text)] == [[]]
    assert [is_facility(_actor(t)) for t in ("مركز للشرطة", "مقر الأمن", "حركة الشباب", "مركز")] == [
        True,
        True,
        False,
        False,
    ]


def test_the_gunmen_told_again_belong_to_the_organisation_named_first() -> None:
    text = (
        "كمين في مالي\n"
        "قتل سبعة جنود في هجوم شنه مسلحون مرتبطون بتنظيم القاعدة شمال مالي يوم الأحد.\n"
        "ونصب المسلحون كمينا لدورية أخرى قرب الحدود مع النيجر."
    )
    rows = _rows(text)
    assert ("armed_clash", "كمينا", ["Al-Qaeda"], False) in rows
    assert ("armed_clash", "هجوم شنه مسلحون", ["Al-Qaeda"], False) in rows  # the relative verb joins it


def test_the_blame_a_police_chief_lays_is_a_hedged_perpetrator() -> None:
    text = (
        "انفجار في بلوشستان\n"
        "قتل أربعة من رجال الشرطة في انفجار قنبلة على جانب طريق في إقليم بلوشستان يوم الاثنين.\n"
        "وقال قائد الشرطة إن اللوم يقع على الأرجح على عاتق حركة طالبان الباكستانية."
    )
    assert _rows(text) == [("explosion", "انفجار", ["Tehrik-i-Taliban Pakistan"], True)]


def test_the_forces_that_rescued_during_this_attack_did_not_carry_it_out() -> None:
    text = (
        "هجوم على فندق في مقديشو\n"
        "هاجم مسلحون من حركة الشباب فندقا في مقديشو مساء الجمعة.\n"
        "وقالت الشرطة إن قوات الأمن الصومالية أنقذت خلال هذا الهجوم عشرات النزلاء."
    )
    assert [names for _, _, names, _ in _rows(text)] == [["Al-Shabaab"]]


def test_the_subject_of_a_killing_verb_carried_out_the_attack_after_it() -> None:
    text = (
        "قوات الدعم السريع تقتل 9 مدنيين في هجوم على قرية قرب الفاشر\n"
        "قالت مجموعة حقوقية إن القرية تعرضت لهجوم يوم السبت."
    )
    assert [names for _, _, names, _ in _rows(text)] == [["Rapid Support Forces"]]


def test_a_ministrys_own_forces_are_its_states_security_forces() -> None:
    text = (
        "اعتقالات في مصر\n"
        "وقالت وزارة الداخلية المصرية في بيان إن قواتها اعتقلت خمسة مطلوبين في محافظة الجيزة يوم الثلاثاء."
    )
    assert _rows(text) == [("arrest", "اعتقلت", ["Egyptian security forces"], False)]
    assert [force_noun(w) for w in ("قواتها", "ووحداته", "قوتها", "قوات", "بياناتها")] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_arrests_made_in_an_attack_are_the_attackers() -> None:
    text = (
        "هجوم في دارفور\n"
        "وأفاد شهود بأن العشرات جرحوا، فيما اعتُقل عدد من الشبان، في هجوم شنته قوات الدعم السريع على قرية شمال الفاشر."
    )
    rows = _rows(text)
    assert ("arrest", "اعتُقل", ["Rapid Support Forces"], False) in rows
    assert [names for _, _, names, _ in rows] == [["Rapid Support Forces"], ["Rapid Support Forces"]]


def test_the_side_a_clash_was_fought_with_after_several_words() -> None:
    text = (
        "اشتباكات قرب الموصل\n"
        "أعلن مصدر أمني مقتل جنديين في اشتباكات مسلحة مع عناصر من تنظيم داعش شمال غربي الموصل يوم الأحد."
    )
    assert [names for _, _, names, _ in _rows(text)] == [["Islamic State"]]


def test_qualified_gunmen_are_armed_members_too() -> None:
    def named(name: str) -> ActorMention:
        return ActorMention(id="m1", span=(0, 5), text="مسلحين", type="NORP", name=name)

    assert [
        is_members(named(n)) for n in ("gunmen", "pro-government gunmen", "Islamic State", "protesters")
    ] == [
        True,
        True,
        False,
        False,
    ]
