"""Incidents told twice: a headline printed again, a lead retold with its agent, the lead's day.

- a body line that repeats the title (or that the title holds) is the title: its mention joins
  the first body incident of its family instead of standing apart;
- an incident whose words name no attacker takes the agent of the next incident of its type
  told within two sentences at the same place on a compatible date, unless the text calls the
  attacker unknown;
- an undated incident takes the date of the lead's incident of its family, else of any family.
The sentences are written for these tests; places and actors are injected.
"""

from __future__ import annotations

from tests.relate.events_support import Actor, Place, Said, mention_text, perpetrator_names, run

from rasid.record import Record

AZAZ = [Place("إعزاز", "Azaz", occurrence=k) for k in (1, 2, 3)]
SDF = Actor("قسد", "Syrian Democratic Forces")
LEAD = "أكد مراسلنا وقوع ضحايا بقصف مدفعي طال مدينة إعزاز."
RETOLD = "وقال مراسلنا اليوم إن قسد قصفت بسلاح المدفعية مدينة إعزاز."


def _rows(r: Record) -> list[tuple[str, str, list[str | None], str | None]]:
    return [(e.type, e.trigger.text, perpetrator_names(r, e), mention_text(r, e.date)) for e in r.events]


def test_a_headline_printed_again_joins_the_incident_the_body_tells() -> None:
    text = (
        "خبر : عشرون شهيدا في قصف الاحتلال لمدرسة بمخيم جباليا\n\n"
        "عشرون شهيدا في قصف الاحتلال لمدرسة بمخيم جباليا\n\n"
        "ارتكبت قوات الاحتلال فجر اليوم الأربعاء مجزرة جديدة في مخيم جباليا."
    )
    idf = "Israel Defense Forces"
    r = run(
        text,
        places=[Place("جباليا", "Jabalia", occurrence=k) for k in (1, 2, 3)],
        actors=[Actor("الاحتلال", idf), Actor("الاحتلال", idf, occurrence=2), Actor("قوات الاحتلال", idf)],
    )
    assert _rows(r) == [("shelling", "مجزرة", [idf], "فجر اليوم الأربعاء")]


def test_a_lead_without_its_agent_takes_the_agent_of_its_retelling() -> None:
    r = run(f"{LEAD} {RETOLD}", places=AZAZ[:2], actors=[SDF])
    assert _rows(r) == [
        ("shelling", "قصف مدفعي", ["Syrian Democratic Forces"], None),
        ("shelling", "قصفت بسلاح المدفعية", ["Syrian Democratic Forces"], "اليوم"),
    ]


def test_an_attack_called_unknown_takes_no_agent_from_its_retelling() -> None:
    lead = LEAD.replace("بقصف مدفعي", "بقصف مدفعي مجهول")
    r = run(f"{lead} {RETOLD}", places=AZAZ[:2], actors=[SDF])
    assert [row[2] for row in _rows(r)] == [[], ["Syrian Democratic Forces"]]


def test_a_retelling_more_than_two_sentences_later_gives_no_agent() -> None:
    text = f"{LEAD} وتحدث الأهالي عن الغلاء. وأشار إلى ارتفاع الأسعار. {RETOLD}"
    r = run(text, places=AZAZ[:2], actors=[SDF])
    assert [row[2] for row in _rows(r)] == [[], ["Syrian Democratic Forces"]]


def test_an_undated_incident_takes_the_date_of_the_lead_of_another_family() -> None:
    text = "تظاهر مئات السودانيين أمس الجمعة في أم درمان. وفي الخرطوم قصف الجيش مواقع للدعم السريع."
    r = run(
        text,
        places=[Place("أم درمان", "Omdurman"), Place("الخرطوم", "Khartoum")],
        actors=[Actor("الجيش", "Sudanese Armed Forces")],
    )
    assert _rows(r) == [
        ("protest", "تظاهر", [], "أمس الجمعة"),
        ("shelling", "قصف الجيش", ["Sudanese Armed Forces"], "أمس الجمعة"),
    ]


def test_a_toll_told_of_an_incident_takes_no_agent_from_a_later_retelling() -> None:
    toll = "وأحصى مراسلنا ارتفاع حصيلة القصف المدفعي على مدينة إعزاز إلى 12 قتيلا."
    r = run(f"{toll} {RETOLD}", places=AZAZ[:2], actors=[SDF])
    assert [row[2] for row in _rows(r)] == [[], ["Syrian Democratic Forces"]]


def test_the_lead_incident_told_without_its_day_takes_the_day_its_lead_names() -> None:
    # "لقي ... حتفهما" names no event: the ambush told next is the lead's incident, on the lead's day
    # (a lead of fourteen words or fewer with a date would be a dateline)
    text = (
        "لقي رجلان من أهالي القرية حتفهما اليوم الأحد على الطريق الواصل بين القريتين غرب المدينة الكبيرة. "
        "وقال المراسل إن مسلحين نصبوا كميناً لهما على الطريق. "
        "وكان مسلحون قد هاجموا القرية قبل ذلك."
    )
    r = run(text)
    assert [(e.trigger.text, mention_text(r, e.date)) for e in r.events] == [
        ("كمينا", "اليوم الأحد"),
        ("هاجموا", None),
    ]


def test_the_lead_incident_takes_the_day_of_the_sentence_after_it() -> None:
    text = (
        "اندلعت اشتباكات بين مجموعتين مسلحتين في المدينة. "
        "وأغلقت المحال والمدارس أبوابها في أحياء المدينة الجنوبية والشرقية ليل الاثنين بعد أن دوت أصوات الرصاص."
    )
    r = run(text)
    assert [(e.trigger.text, mention_text(r, e.date)) for e in r.events] == [("اشتباكات", "ليل الاثنين")]


def test_a_statements_day_in_the_lead_dates_no_incident() -> None:
    text = (
        "لقي رجلان من أهالي القرية حتفهما على الطريق الواصل بين القريتين غرب المدينة، بحسب ما أفاد مصدر أمني "
        "اليوم الأحد. وقال المصدر إن مسلحين نصبوا كميناً لهما."
    )
    r = run(text, claims=[Said("أفاد", "لقي رجلان من أهالي القرية حتفهما", date="اليوم الأحد")])
    assert [(e.trigger.text, mention_text(r, e.date)) for e in r.events] == [("كمينا", None)]
