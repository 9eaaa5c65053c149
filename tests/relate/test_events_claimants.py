"""Perpetrators given by who claims an attack, who reports it and who was its target.

- a side that claims an attack with a claiming verb (data/event_triggers.tsv, role
  claim_verb) is its perpetrator, before or after the trigger, even as the source of a claim;
- the subject of a reporting verb right after a trigger ("قصف قالت المعارضة إنه ...") tells
  who did it: it is not the agent;
- the subject of a passive participle of targeting ("كانت الشرطة مستهدفة بالهجوم") suffered
  the attack;
- an explosion told again after a claimed suicide bombing takes its claimer (one device).
The sentences are written for these tests; places, actors and claims are injected.
"""

from __future__ import annotations

from tests.relate.events_support import Actor, Place, Said, perpetrator_names, run

from rasid.record import Record

KABUL = Place("كابل", "Kabul")
QATIF = Place("القطيف", "Al Qatif")
ISLAMIC_STATE = Actor("تنظيم داعش", "Islamic State")
TALIBAN = Actor("طالبان", "Taliban")


def _rows(r: Record) -> list[tuple[str, str, list[str | None]]]:
    return [
        (e.type, r.text[e.trigger.span[0] : e.trigger.span[1]], perpetrator_names(r, e)) for e in r.events
    ]


def test_the_subject_between_a_claiming_verb_and_the_trigger_is_the_perpetrator() -> None:
    text = "تبنى تنظيم داعش الهجوم الانتحاري على مسجد في القطيف يوم الجمعة."
    r = run(text, places=[QATIF], actors=[ISLAMIC_STATE])
    assert _rows(r) == [("suicide_bombing", "الهجوم الانتحاري", ["Islamic State"])]


def test_a_claimer_that_is_also_a_claim_source_is_the_perpetrator() -> None:
    text = "تبنى تنظيم داعش الهجوم الانتحاري على مسجد في القطيف، قائلاً إن منفذه من أنصاره."
    r = run(
        text,
        places=[QATIF],
        actors=[ISLAMIC_STATE],
        claims=[Said("تبنى", "الهجوم الانتحاري على مسجد في القطيف", "announce", "تنظيم داعش")],
    )
    assert _rows(r) == [("suicide_bombing", "الهجوم الانتحاري", ["Islamic State"])]


def test_the_subject_before_a_claiming_verb_claims_the_trigger_after_it() -> None:
    text = "تنظيم داعش يتبنى تفجير مسجد في القطيف."
    r = run(text, places=[QATIF], actors=[ISLAMIC_STATE])
    assert _rows(r) == [("explosion", "تفجير", ["Islamic State"])]


def test_a_claiming_verb_closing_the_sentence_claims_the_incident_it_tells() -> None:
    text = "قتلى بتفجير انتحاري في كابل… وطالبان الإرهابية تتبنى"
    r = run(text, places=[KABUL], actors=[TALIBAN])
    assert _rows(r) == [("suicide_bombing", "تفجير انتحاري", ["Taliban"])]


def test_a_claiming_verb_with_an_object_of_its_own_claims_nothing_before_it() -> None:
    text = "قتل ثلاثة أشخاص بتفجير انتحاري في كابل، وطالبان تتبنى نهجاً جديداً."
    r = run(text, places=[KABUL], actors=[TALIBAN])
    assert _rows(r) == [("suicide_bombing", "تفجير انتحاري", [])]


def test_the_subject_of_a_reporting_verb_after_the_trigger_is_no_agent() -> None:
    text = "قتل عشرة مدنيين جراء قصف قالت المعارضة المسلحة إنه بصواريخ من بوارج على بلدة سرمين."
    r = run(text, places=[Place("سرمين", "Sarmin")], actors=[Actor("المعارضة المسلحة", "Syrian opposition")])
    assert [row[2] for row in _rows(r)] == [[]]


def test_a_target_named_before_a_passive_participle_is_no_agent() -> None:
    text = "وأوضح المتحدث أن الشرطة الأمنية كانت مستهدفة بالهجوم لكن الانتحاري فجر نفسه قبل وصولها في كابل."
    r = run(text, places=[KABUL], actors=[Actor("الشرطة الأمنية", "Afghan police")])
    assert _rows(r) == [("suicide_bombing", "الانتحاري", [])]


def test_an_explosion_told_again_takes_the_claimer_of_the_suicide_bombing() -> None:
    text = (
        "قتل مدنيان بتفجير انتحاري في كابل صباح اليوم، في هجوم أعلنت حركة طالبان مسؤوليتها عنه. "
        "وقال الناطق باسم الداخلية: انفجرت سيارة مفخخة يقودها انتحاري في المنطقة التاسعة من كابل."
    )
    r = run(
        text, places=[KABUL, Place("كابل", "Kabul", occurrence=2)], actors=[Actor("حركة طالبان", "Taliban")]
    )
    rows = _rows(r)
    assert ("explosion", "انفجرت", ["Taliban"]) in [(t, w.split()[0], p) for t, w, p in rows]
    assert all(p == ["Taliban"] for _, _, p in rows)


def test_a_denied_claim_names_no_perpetrator() -> None:
    text = "قتل عشرة أشخاص في تفجير انتحاري بمقديشو، ونفت حركة الشباب تبني الهجوم."
    r = run(text, places=[Place("مقديشو", "Mogadishu")], actors=[Actor("حركة الشباب", "al-Shabaab")])
    assert _rows(r) == [("suicide_bombing", "تفجير انتحاري", [])]


def test_a_claim_verb_after_a_comma_claims_the_incident_told_before() -> None:
    text = "قتل عشرة أشخاص في تفجير انتحاري بمقديشو، وتبنت حركة الشباب الهجوم."
    r = run(text, places=[Place("مقديشو", "Mogadishu")], actors=[Actor("حركة الشباب", "al-Shabaab")])
    assert _rows(r) == [("suicide_bombing", "تفجير انتحاري", ["al-Shabaab"])]
