"""Who carried an event out, read from clues the clause gives beyond a named subject
(rasid.relate.events: args, discourse, unknown, arms).

- an attacker the text calls unknown ("طائرة مسيرة مجهولة") leaves the perpetrator empty and
  takes nobody's from an earlier incident; a hedged agent stays with its own incident;
- the side that claims an attack is its author though it is the claim's source;
- people counted as victims, or the group a figure's victims belong to, are not the agent; a planted bomb takes no agent of an air raid;
- a light verb glued on with و carries on the subject before it; a bare definite noun stands
  for the actor named before with that head; an indefinite group right before a verb is its
  subject;
- a battle's sides after "بين", shared with the same fighting told a sentence later;
- the side an accusation blames ("اتهم الائتلاف روسيا بقصف"), the side that tells its own act
  ("قال الحوثيون إنهم استهدفوا");
- an actor that starts inside the trigger; a unit noun with a state's adjective; a clitic kept
  apart from a quoted name by a tatweel.
The sentences are written for these tests; places, actors and claims are injected.
"""

from __future__ import annotations

from tests.relate.events_support import Actor, Place, Said, perpetrator_names, run

from rasid.record import Record


def _rows(r: Record) -> list[tuple[str, list[str | None], bool]]:
    return [
        (r.text[e.trigger.span[0] : e.trigger.span[1]], perpetrator_names(r, e), e.actors.perpetrator_hedged)
        for e in r.events
    ]


def test_an_unknown_aircraft_takes_no_agent_from_the_sentence_before() -> None:
    text = (
        "شنت طائرات التحالف غارة على بلدة الباب صباح الأحد. "
        "وقتل شخصان بغارة طائرة مجهولة على سيارة قرب مدينة جرابلس."
    )
    r = run(
        text,
        places=[Place("الباب", "Al-Bab"), Place("جرابلس", "Jarabulus")],
        actors=[Actor("التحالف", "US-led coalition")],
    )
    assert [(t, p) for t, p, _ in _rows(r)] == [
        ("شنت طائرات التحالف غارة", ["US-led coalition"]),
        ("غارة", []),
    ]


def test_an_unknown_air_raid_keeps_no_agent() -> None:
    text = "قصفت مقاتلات روسية قرية كفرنبل صباح اليوم. وقتل عنصران في قصف جوي مجهول على مدينة الرقة مساء."
    r = run(
        text,
        places=[Place("كفرنبل", "Kafr Nabl"), Place("الرقة", "Raqqa")],
        actors=[Actor("مقاتلات روسية", "Russian Air Force")],
    )
    assert [(t, p) for t, p, _ in _rows(r)] == [
        ("قصفت مقاتلات روسية", ["Russian Air Force"]),
        ("قصف جوي", []),
    ]


def test_a_hedged_agent_is_not_carried_to_the_next_incident() -> None:
    text = (
        "استهدفت طائرة سيارة قرب بلدة الأتارب، وسط ترجيحات بأن الضربة من طائرات التحالف. "
        "وفي وقت لاحق استهدفت طائرة ثانية شاحنة قرب مدينة سرمدا."
    )
    r = run(
        text,
        places=[Place("الأتارب", "Atarib"), Place("سرمدا", "Sarmada")],
        actors=[Actor("التحالف", "US-led coalition")],
    )
    rows = _rows(r)
    assert rows[0][1:] == (["US-led coalition"], True)
    assert rows[-1][1] == []


def test_the_side_that_claims_an_attack_is_its_perpetrator() -> None:
    text = "قتل عشرة أشخاص في تفجير بسيارة مفخخة في مدينة مقديشو أمس، والذي أعلنت حركة الشباب مسؤوليتها عنه."
    r = run(
        text,
        places=[Place("مقديشو", "Mogadishu")],
        actors=[Actor("حركة الشباب", "Al-Shabaab")],
        claims=[Said("أعلنت", "مسؤوليتها عنه", "announce", "حركة الشباب")],
    )
    assert {p for _, names, _ in _rows(r) for p in names} == {"Al-Shabaab"}


def test_soldiers_counted_as_victims_are_not_the_agent() -> None:
    text = "لقي خمسة جنود مصرعهم في انفجار استهدف دوريتهم قرب بلدة كفرنبل."
    r = run(text, places=[Place("كفرنبل", "Kafr Nabl")], actors=[Actor("جنود", "soldiers", "NORP")])
    assert [(t, p) for t, p, _ in _rows(r)] == [("انفجار", [])]


def test_the_forces_a_figures_victims_belong_to_are_not_the_agent() -> None:
    text = "قتل ثلاثة عناصر من قوات الأمن وأصيب آخرون في هجوم استهدف حاجزا قرب بلدة كفرنبل."
    r = run(text, places=[Place("كفرنبل", "Kafr Nabl")], actors=[Actor("قوات الأمن", "security forces")])
    assert [(t, p) for t, p, _ in _rows(r)] == [("استهدف", [])]


def test_a_roadside_bomb_takes_no_agent_from_the_air_raid_before_it() -> None:
    text = "قتل خمسة مسلحين في غارات جوية للتحالف على مدينة عدن، فيما قتل اثنان آخران بانفجار عبوة قرب مدينة عتق."
    r = run(
        text,
        places=[Place("عدن", "Aden"), Place("عتق", "Ataq")],
        actors=[Actor("تحالف", "Saudi-led coalition")],
    )
    assert [(t, p) for t, p, _ in _rows(r)] == [("غارات جوية", ["Saudi-led coalition"]), ("انفجار", [])]


def test_a_light_verb_glued_on_carries_the_subject_before_it() -> None:
    text = "قال شهود إن القوات الأمنية حاصرت المحتجين في شارع الوطن، وشنت حملة اعتقالات واسعة."
    r = run(
        text,
        actors=[Actor("شهود", "eyewitnesses", "NORP"), Actor("القوات الأمنية", "Iraqi security forces")],
        claims=[
            Said(
                "قال",
                "القوات الأمنية حاصرت المحتجين في شارع الوطن، وشنت حملة اعتقالات واسعة",
                "assert",
                "شهود",
            )
        ],
    )
    arrests = [row for row in _rows(r) if "اعتقالات" in row[0]]
    assert arrests == [("وشنت حملة اعتقالات", ["Iraqi security forces"], False)]


def test_a_bare_definite_noun_stands_for_the_forces_named_before() -> None:
    text = (
        "انتشرت القوات الأمنية في مدينة البصرة صباح اليوم. "
        "وقال شهود إن القوات حاصرت ساحة الاعتصام، ثم شنت حملة اعتقالات طالت عشرين شاباً."
    )
    r = run(
        text,
        places=[Place("البصرة", "Basra")],
        actors=[Actor("القوات الأمنية", "Iraqi security forces"), Actor("شهود", "eyewitnesses", "NORP")],
        claims=[
            Said("قال", "القوات حاصرت ساحة الاعتصام، ثم شنت حملة اعتقالات طالت عشرين شاباً", "assert", "شهود")
        ],
    )
    arrests = [row for row in _rows(r) if "اعتقالات" in row[0]]
    assert arrests == [("شنت حملة اعتقالات", ["Iraqi security forces"], False)]


def test_an_indefinite_group_right_before_a_verb_is_its_subject() -> None:
    text = "أطلقت قوات الأمن النار على مسلحين ملثمين أحرقوا سيارات المواطنين في مدينة الموصل."
    r = run(
        text,
        places=[Place("الموصل", "Mosul")],
        actors=[Actor("قوات الأمن", "Iraqi security forces"), Actor("مسلحين", "gunmen", "NORP")],
    )
    arson = [row for row in _rows(r) if row[0].startswith("أحرقوا")]
    assert arson == [("أحرقوا", ["gunmen"], False)]


def test_a_battles_sides_after_between_are_shared_with_the_same_fighting_told_earlier() -> None:
    text = (
        "قتل سبعة أشخاص في اشتباكات جنوبي مدينة طرابلس. "
        "وتشهد ضواحي مدينة طرابلس اشتباكات، منذ الخميس الماضي، بين الجيش الوطني الليبي الذي يقوده خليفة حفتر، "
        "وفصائل قوات حكومة الوفاق."
    )
    r = run(
        text,
        places=[Place("طرابلس", "Tripoli"), Place("طرابلس", "Tripoli", occurrence=2)],
        actors=[
            Actor("الجيش الوطني الليبي", "Libyan National Army"),
            Actor("خليفة حفتر", "Khalifa Haftar", "PER"),
            Actor("قوات حكومة الوفاق", "Government of National Accord"),
        ],
    )
    sides = ["Libyan National Army", "Government of National Accord"]
    assert [names for _, names, _ in _rows(r)] == [sides, sides]


def test_an_actor_that_starts_inside_the_trigger_is_its_agent() -> None:
    text = "قصفت مدفعية الجيش التركي قرية الدردارة بريف تل تمر صباح اليوم."
    r = run(
        text,
        places=[Place("الدردارة", "al-Dardara")],
        actors=[Actor("مدفعية الجيش التركي", "Turkish Armed Forces", country="TUR")],
    )
    assert [names for _, names, _ in _rows(r)] == [["Turkish Armed Forces"]]


def test_a_unit_with_a_states_adjective_is_that_states_force() -> None:
    text = "توغلت قوة إسرائيلية فجر اليوم داخل بلدة عيترون الحدودية."
    r = run(text, places=[Place("عيترون", "Aitaroun")])
    assert [(t, p) for t, p, _ in _rows(r)] == [("توغلت قوة إسرائيلية", ["Israel"])]
    assert [(a.text, a.name, a.type) for a in r.mentions_of("actor")] == [("قوة إسرائيلية", "Israel", "GPE")]


def test_a_clitic_apart_from_a_quoted_name_makes_it_the_owner_not_the_attacker() -> None:
    text = 'نصب مسلحون كميناً استهدف دورية لـ"قسد" قرب بلدة ذيبان، قُتل فيه خمسة عناصر.'
    r = run(
        text,
        places=[Place("ذيبان", "Dhiban")],
        actors=[Actor("قسد", "Syrian Democratic Forces")],
    )
    assert all("Syrian Democratic Forces" not in names for _, names, _ in _rows(r))


def test_the_accused_side_is_the_perpetrator_of_the_act_it_is_accused_of() -> None:
    text = (
        "قتل ثلاثة مدنيين بقصف لقوات النظام على بلدة كفرنبل. "
        "واتهم الائتلاف الوطني روسيا بقصف مستشفى في مدينة معرة النعمان."
    )
    content = "روسيا بقصف مستشفى في مدينة معرة النعمان"
    r = run(
        text,
        places=[Place("كفرنبل", "Kafr Nabl"), Place("معرة النعمان", "Maarrat al-Numan")],
        actors=[
            Actor("قوات النظام", "Syrian government"),
            Actor("الائتلاف الوطني", "Syrian National Coalition"),
            Actor("روسيا", "Russia", "GPE"),
        ],
        claims=[Said("واتهم", content, "accuse", "الائتلاف الوطني")],
    )
    assert [(t, p) for t, p, _ in _rows(r)] == [("قصف", ["Syrian government"]), ("قصف", ["Russia"])]


def test_a_side_telling_its_own_act_is_its_perpetrator() -> None:
    text = "وقال الحوثيون في بيان إنهم استهدفوا سفينة تجارية قرب ميناء الحديدة بصاروخ باليستي."
    content = "استهدفوا سفينة تجارية قرب ميناء الحديدة بصاروخ باليستي"
    r = run(
        text,
        places=[Place("الحديدة", "Hodeidah")],
        actors=[Actor("الحوثيون", "Houthis")],
        claims=[Said("وقال", content, "assert", "الحوثيون")],
    )
    assert [(t, p) for t, p, _ in _rows(r)] == [("استهدفوا", ["Houthis"])]
