"""EventStage: the day of an incident its own sentence does not date (relate/events/when.py).

- A day's report names the day once, in a tally of its lead ("منذ فجر اليوم الاثنين"), then tells
  one strike after another: every strike of the lead's family takes the day the lead's head names.
- A breadcrumb or the headline printed again above the lead is a heading, not the lead: the lead
  is the first sentence, and the heading's incident takes its day.
- Without a publication date a bare weekday stays unresolved; the article's own full date of that
  weekday dates the incident.
- An incident told as the one a span of days is counted from ("جاء ذلك بعد يوم من غارة") happened
  before the news and takes no day from the lead.

The sentences are written for these tests after the wording of real reports.
"""

from __future__ import annotations

from tests.relate.events_support import run


def _dated(text: str, published: str | None = "2024-03-11") -> list[str | None]:
    r = run(text, published=published)
    return [r.mention(e.date).value if e.date else None for e in r.events if not e.cumulative]


def test_the_strikes_of_a_days_report_take_the_day_of_its_lead() -> None:
    text = (
        "أفادت مصادر طبية بمقتل عائلة كاملة في غارة جوية استهدفت منزلا في مخيم جباليا.\n"
        "ووفقا لمصادر طبية في القطاع فقد بلغت حصيلة ضحايا القصف منذ فجر اليوم الاثنين 40 قتيلا، "
        "إلى جانب عشرات الجرحى.\n"
        "وفي خان يونس قتل ثلاثة مدنيين في قصف استهدف خيمة للنازحين.\n"
        "كما قتل شاب في غارة من طائرة مسيرة شرقي رفح."
    )
    dated = _dated(text)
    assert len(dated) >= 3
    assert set(dated) == {"2024-03-11"}


def test_a_heading_line_is_not_the_lead() -> None:
    text = (
        "التفاصيل الكاملة\n\n"
        "الرئيسية - أخبار محلية - انفجار عبوة ناسفة في الضالع\n"
        "انفجار عبوة ناسفة في الضالع\n\n"
        "انفجرت عبوة ناسفة في مديرية قعطبة مساء الأحد، ما أدى إلى مقتل شخص وإصابة آخرين.\n"
        "وقالت المصادر إن الانفجار وقع قرب السجن المركزي."
    )
    dated = _dated(text)
    assert len(dated) >= 2
    assert set(dated) == {"2024-03-10"}


def test_a_bare_weekday_takes_the_articles_full_date_of_that_weekday() -> None:
    text = (
        "قتل خمسة جنود في هجوم على حاجز أمني صباح الأربعاء.\n"
        "وقالت الوزارة إن المسلحين هاجموا الحاجز فجر الأربعاء 5 يونيو 2019 قبل أن يفروا."
    )
    assert set(_dated(text, published=None)) == {"2019-06-05"}


def test_a_bare_weekday_stays_open_when_two_full_dates_fall_on_it() -> None:
    text = (
        "قتل خمسة جنود في هجوم على حاجز أمني صباح الأربعاء.\n"
        "وكان هجوم مماثل وقع الأربعاء 5 يونيو 2019، وآخر الأربعاء 12 يونيو 2019."
    )
    assert _dated(text, published=None)[0] is None


def test_the_event_a_span_of_days_is_counted_from_takes_no_day_of_the_lead() -> None:
    text = (
        "قتل ثلاثة مدنيين في قصف مدفعي على حي سكني اليوم الاثنين.\n"
        "جاء ذلك بعد يوم من غارة جوية استهدفت سوقا شعبيا في البلدة."
    )
    assert _dated(text) == ["2024-03-11", None]


def test_the_start_of_a_tally_is_no_day_of_the_clash_before_it() -> None:
    text = (
        "قتل ثلاثة مقاتلين في مواجهات مع الجيش قرب الحدود اليوم الاثنين.\n\n"
        "وأعلنت الجماعة مقتل اثنين من عناصرها في مواجهات عند أطراف البلدة، "
        "ما يرفع حصيلة قتلاها إلى 300 منذ 8 تشرين الأول 2023."
    )
    assert _dated(text) == ["2024-03-11", None]  # the tally's clash: no day, not the tally's start


def test_since_before_another_event_noun_dates_that_noun() -> None:
    text = (
        "تظاهر مئات الطلاب يوم الجمعة في وسط العاصمة.\n\n"
        "وهذه أول مظاهرات طلابية في العاصمة منذ اندلاع الحرب في نيسان 2023."
    )
    assert _dated(text) == ["2024-03-08", None]  # a count of protests since the war: not April 2023


def test_a_span_of_the_incidents_own_clause_dates_it_by_its_start() -> None:
    text = (
        "أعلنت منظمة الصحة العالمية اليوم الاثنين أن حصيلة المعارك الدائرة جنوب العاصمة "
        "منذ 4 كانون الثاني الماضي ارتفعت إلى 300 قتيل.\n\n"
        "وتصاعدت الحرب منذ عام 2014، عندما سيطر المسلحون على العاصمة."
    )
    r = run(text, published="2024-03-11")
    dated = {
        r.text[e.trigger.span[0] : e.trigger.span[1]]: r.mention(e.date).value for e in r.events if e.date
    }
    assert dated.get("سيطر") == "2014"
