"""Ninth round of issue 12's perpetrators (rasid.relate.events), run through the whole pipeline
as `rasid extract` runs it:

- a relative verb whose object pronoun is masculine ("هجوم نفذه", "كمين نفذته") names the agent
  of the noun before it as the feminine forms always did ("غارة شنتها"); an adjective may stand
  between the noun and the verb ("كمين مسلح نصبه"), and the agent may be a members phrase that is
  no actor by itself, before its organisation ("عناصر من حركة الشباب");
- the subject of a passive verb after it ends before a preposition: "أصيب جندي برصاص قناص حوثي"
  (the Houthi sniper did not suffer the shot, the nisba names its side);
- a group the text only describes, or members after "على يد", take the organisation a link word
  names after them ("مجموعة مسلحة تابعة لحركة الشباب", "على يد عناصر من قوات الدعم السريع"); an
  attacking arm glued to its owner by a word of belonging names the agent ("طائرة مسيرة تابعة
  للجيش", data/event_owner_links.tsv), a targeted patrol's owner does not;
- "مهاجمة", the verbal noun of هاجم, names an attack; the subject of "قام" before it is its agent
  ("قامت قوات الاحتلال بمهاجمة مخيم").
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.relate.events_support import event_rows

from rasid.lang.ar.clause import clauses_of
from rasid.lang.ar.doc import doc_of
from rasid.record import Record
from rasid.relate.events.member_words import member_nouns

PUBLISHED = "2025-11-02"


def _rows(text: str) -> list[tuple[str, str, list[str | None], bool]]:
    return event_rows(text, PUBLISHED)


def test_a_masculine_relative_verb_after_an_adjective_names_the_members_organisation() -> None:
    text = "كمين في شبيلي\nقتل أربعة جنود صباح اليوم في كمين مسلح نفذته عناصر من حركة الشباب قرب بلدة أفجوي."
    assert _rows(text) == [("armed_clash", "كمين مسلح نفذته عناصر من حركة الشباب", ["Al-Shabaab"], False)]


def test_a_relative_verb_for_an_attack_names_its_agent() -> None:
    text = "هجوم في ديالى\nقتل ثلاثة من عناصر الشرطة في هجوم نفذه تنظيم داعش على نقطة تفتيش في ديالى أمس."
    assert [(t, names) for _, t, names, _ in _rows(text)] == [("هجوم نفذه تنظيم داعش", ["Islamic State"])]


def test_words_that_are_no_members_phrase_do_not_reach_an_actor_after_them() -> None:
    # "مجهولون قرب مقر" is no group noun with link words: the movement whose headquarters is
    # named after it is a place of the attack, not its agent
    text = "هجوم في بلدوين\nقتل جنديان في هجوم نفذه مجهولون قرب مقر حركة الشباب في بلدوين."
    assert [names for _, _, names, _ in _rows(text)] == [[]]


def test_members_nouns_come_from_the_groups_file() -> None:
    assert {"عناصر", "مسلحين", "مقاتلي"} <= member_nouns()
    assert "سكان" not in member_nouns()


def test_the_nisba_of_a_sniper_after_a_passive_verb_is_the_agent() -> None:
    text = "إصابة جندي في تعز\nأصيب جندي من الجيش الوطني برصاص قناص حوثي في حي الجحملية صباح اليوم."
    assert [names for _, _, names, _ in _rows(text)] == [["Houthis"]]


def test_a_passive_subject_ends_before_a_preposition() -> None:
    text = "خبر\nأصيب طفل برصاص قناص في المدينة."
    doc = doc_of(Record(id="t", text=text))
    clause = next(c for c in clauses_of(doc).clauses if c.predicate.kind == "verbal")
    assert clause.predicate.voice == "passive"
    assert clause.subject is not None
    assert text[clause.subject.start : clause.subject.end] == "طفل"


def test_the_verbal_noun_of_attacking_takes_the_subject_before_it() -> None:
    text = "اقتحام جنين\nقامت قوات الاحتلال بمهاجمة مخيم جنين فجر اليوم بعشرات الآليات العسكرية."
    assert [(kind, names) for kind, _, names, _ in _rows(text)] == [
        ("armed_clash", ["Israel Defense Forces"])
    ]


def test_a_described_group_belonging_to_a_movement_is_that_movement() -> None:
    text = "هجوم في جوبا السفلى\nقتل خمسة أشخاص في هجوم شنته مجموعة مسلحة تابعة لحركة الشباب على قرية قرب كيسمايو."
    assert [names for _, _, names, _ in _rows(text)] == [["Al-Shabaab"]]


def test_a_described_group_alone_stays_unnamed() -> None:
    text = "هجوم في جوبا السفلى\nقتل خمسة أشخاص في هجوم شنته مجموعة مسلحة على قرية قرب كيسمايو."
    assert [names for _, _, names, _ in _rows(text)] == [[]]


def test_members_after_ala_yad_lead_to_their_organisation() -> None:
    text = "مقتل مدنيين في الجزيرة\nقتل مدنيان على يد عناصر من قوات الدعم السريع في قرية ود النورة أمس."
    assert [names for _, _, names, _ in _rows(text)] == [["Rapid Support Forces"]]


def test_the_owner_of_an_attacking_drone_is_the_agent() -> None:
    text = "قصف في نيالا\nقتل ثلاثة مدنيين في قصف نفذته طائرة مسيرة تابعة للجيش السوداني على سوق في نيالا."
    assert [names for _, _, names, _ in _rows(text)] == [["Sudanese Armed Forces"]]


def test_the_owner_of_a_targeted_patrol_is_not_the_agent() -> None:
    text = "انفجار في دير الزور\nاستهدفت عبوة ناسفة دورية تابعة لقوات سوريا الديمقراطية في ريف دير الزور."
    assert [names for _, _, names, _ in _rows(text)] == [[]]
