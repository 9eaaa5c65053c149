"""Who a casualty figure is attributed to, through the whole pipeline (issue 12).

The figure's claim comes from its clause (the subject of the attribution verb, not the verbal
noun of the toll after it, nor the one the speaker talked to), from a closing or continuing
sentence, and is named from the actor registry (health ministries, civil defence and Red
Crescent societies by country). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import rasid
from rasid.record import Record


def _extract(text: str) -> Record:
    return rasid.extract("نشرة الأخبار\n" + text)


def _sources(r: Record) -> list[tuple[str, str | None, str | None]]:
    """(figure words, its claim's source as written, the source's canonical name) of every casualty."""
    claims = {c.id: c for c in r.claims}
    out = []
    for e in r.events:
        for c in e.casualties:
            claim = claims.get(c.claim) if c.claim else None
            source = r.mention(claim.source) if claim and claim.source else None
            out.append((r.span_text(c.span), source.text if source else None, getattr(source, "name", None)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the verbal noun of the toll opens the object: it is not part of the source
            "أعلن الجيش مقتل 5 من عناصره في مواجهات مع مسلحين في شمال سيناء.",
            [("5 من عناصره", "الجيش", None)],
        ),
        (  # a subject before an auxiliary and the verb
            "وكان الجيش قد أعلن مقتل 5 من عناصره في مواجهات مع مسلحين في شمال سيناء.",
            [("5 من عناصره", "الجيش", None)],
        ),
        (  # "سبق وأن": the verb after it opens its clause, its subject follows
            "سبق وأن أعلن الجيش مقتل 5 من عناصره في مواجهات مع مسلحين في شمال سيناء.",
            [("5 من عناصره", "الجيش", None)],
        ),
        (  # a dropped subject: the one spoken to is no source
            "قالت وزارة الصحة السودانية إن 5 أشخاص قتلوا في القصف. وأضافت لوكالة رويترز أن 12 آخرين أصيبوا.",
            [
                ("5 أشخاص", "وزارة الصحة السودانية", "Sudanese Ministry of Health"),
                ("12 آخرين", "وزارة الصحة السودانية", "Sudanese Ministry of Health"),
            ],
        ),
        (  # the same with a foreign outlet's name after the ل-word
            "قال مصدر طبي إن 5 أشخاص قتلوا في القصف. وأضاف لشبكة CNN أن 30 آخرين أصيبوا بجروح خطيرة.",
            [("5 أشخاص", "مصدر طبي", "medical source"), ("30 آخرين", "مصدر طبي", "medical source")],
        ),
        (  # a dropped subject after "بحسب ما أعلنه X" is X's (the merged verb's subject speaks)
            "قتلت غارة على مخيم النصيرات 14 شخصا، بحسب ما أعلنه الدكتور خليل الديكران المتحدث باسم"
            " مستشفى شهداء الأقصى. وأضاف لشبكة CNN أن 30 آخرين أصيبوا بجروح خطيرة.",
            [("14 شخصا", "الدكتور", None), ("30 آخرين", "الدكتور", None)],
        ),
        (  # a source whose ل is its own first letter is no addressee
            "أعلنت لجنة إغاثة سودانية، مساء الثلاثاء، مقتل 27 شخصا في هجوم على سوق الفاشر.",
            [("27 شخصا", "لجنة إغاثة سودانية", "Sudanese Relief Committee")],
        ),
        (  # the speaker talked to, then the source, then إن
            "وقال لـ«الشرق الأوسط» مصدر طبي إن 4 أشخاص قتلوا في الغارة.",
            [("4 أشخاص", "مصدر طبي", "medical source")],
        ),
        (  # a toll predicate opening the next sentence goes on with the report before it
            "أعلنت وزارة الصحة في غزة حصيلة جديدة للضحايا. وبلغ عدد القتلى 50 شخصا، فيما أصيب 120 آخرون.",
            [
                ("50 شخصا", "وزارة الصحة في غزة", "Palestinian Ministry of Health"),
                ("120 آخرون", "وزارة الصحة في غزة", "Palestinian Ministry of Health"),
            ],
        ),
        (  # ... but not a report of what was done: the toll is then the article's own
            "قصفت الطائرات مواقع في المدينة. وبلغ عدد القتلى 50 شخصا.",
            [("50 شخصا", None, None)],
        ),
        (  # "، وهو ما أكده X" attributes the clause before it, as "، كما ذكر X" does
            "وقتل 5 أشخاص في القصف على المدينة، وهو ما أكدته وزارة الصحة السودانية.",
            [("5 أشخاص", "وزارة الصحة السودانية", "Sudanese Ministry of Health")],
        ),
        (  # a next sentence that opens by attributing this one; "به" is no source
            "وقتل 5 أشخاص في القصف على المدينة. جاء ذلك بحسب ما أفادت به مصادر طبية.",
            [("5 أشخاص", "مصادر طبية", "medical sources")],
        ),
        (  # a passive report names no source: none is guessed
            "وأفيد بمقتل 3 أشخاص في القصف على المدينة.",
            [("3 أشخاص", None, None)],
        ),
    ],
)
def test_casualty_source_comes_from_the_clause_that_reports_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _sources(_extract(text)) == expected


def test_a_parenthetical_where_it_was_said_keeps_the_verb_a_cue() -> None:
    """بيّن is a cue only with أن near it; "، في بيان مقتضب،" does not count towards that reach."""
    r = _extract("وبينت الوزارة، في بيان مقتضب، أن 31 شخصا قتلوا في الضفة الغربية.")
    assert [(c.cue.text, r.mention(c.source).text) for c in r.claims] == [("وبينت", "الوزارة")]
    assert _sources(r) == [("31 شخصا", "الوزارة", None)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "أعلنت وزارة الصحة في غزة مقتل 12 فلسطينيا في غارة إسرائيلية على خان يونس.",
            "Palestinian Ministry of Health",
        ),
        (  # the bare ministry in an article about Gaza and Israel is Gaza's, not Israel's
            "قالت وزارة الصحة إن 9 فلسطينيين قتلوا في غارات الجيش الإسرائيلي على قطاع غزة.",
            "Palestinian Ministry of Health",
        ),
        ("وقال الدفاع المدني في غزة إن 3 أشخاص قتلوا في قصف إسرائيلي على رفح.", "Gaza Civil Defence"),
        ("وقال الهلال الأحمر اليمني إن 7 مدنيين أصيبوا في القصف على تعز.", "Yemen Red Crescent Society"),
        ("وقال الدفاع المدني اللبناني إن 4 أشخاص قتلوا في غارة على صور.", "Lebanese Civil Defence"),
    ],
)
def test_casualty_sources_are_named_from_the_registry(text: str, name: str) -> None:
    assert [n for _, _, n in _sources(_extract(text))] == [name]


def test_a_bare_count_after_a_toll_verb_takes_the_status_of_its_toll() -> None:
    """ "حصيلة الضحايا ... بلغت 12": the toll is the clause's subject, the count its predicate."""
    r = _extract("وقال مدير المستشفى إن حصيلة الضحايا في البلدة بلغت 12 بعد وفاة اثنين من الجرحى.")
    rows = [(r.span_text(c.span), c.status, c.value) for e in r.events for c in e.casualties]
    assert rows[0] == ("12", "killed", 12.0)


def test_army_statements_count_militants_killed_and_wanted_men_arrested() -> None:
    """ "تكفيريين" are fighters; "القبض على عدد من المطلوبين" is an arrest (data rows)."""
    r = _extract("وأشار المتحدث العسكري إلى مقتل 6 تكفيريين والقبض على عدد من المطلوبين في شمال سيناء.")
    rows = [
        (r.span_text(c.span), c.status, c.group, c.value, c.vague) for e in r.events for c in e.casualties
    ]
    assert rows == [
        ("6 تكفيريين", "killed", "fighters", 6.0, None),
        ("عدد من المطلوبين", "detained", "people", None, "several"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال مسؤول محلي في محافظة صلاح الدين إن 3 مدنيين قتلوا في الهجوم.", "local official"),
        ("وقال طبيب في المستشفى إن 5 أشخاص أصيبوا في القصف على المدينة.", "doctor"),
    ],
)
def test_one_unnamed_person_is_named_as_written(text: str, name: str) -> None:
    """An official, a doctor, a paramedic: anonymous sources of one person (actor_groups.tsv)."""
    assert [n for _, _, n in _sources(_extract(text))] == [name]


def test_a_headline_that_names_its_source_before_a_colon_takes_that_actors_claim() -> None:
    """ "الأمم المتحدة: ..." attributes the headline's figure to the UN: the article's first claim by
    the UN or one of its bodies; a place before the colon ("لبنان: ...") names no source."""
    r = rasid.extract(
        "الأمم المتحدة: مقتل 23 مدنيا في قصف جوي على هلمند\n"
        "قتل 23 مدنيا على الأقل في قصف جوي على ولاية هلمند، وفق ما أعلنته مفوضية الأمم المتحدة لحقوق الإنسان."
    )
    assert _sources(r) == [
        ("23 مدنيا", "مفوضية الأمم المتحدة لحقوق الإنسان", "United Nations Commission for Human Rights"),
        (
            "23 مدنيا على الأقل",
            "مفوضية الأمم المتحدة لحقوق الإنسان",
            "United Nations Commission for Human Rights",
        ),
    ]
    r = rasid.extract(
        "لبنان: مقتل 3 في غارة\nقتل 3 أشخاص في غارة على بلدة بليدا، بحسب الوكالة الوطنية للإعلام."
    )
    assert _sources(r)[0] == ("3", None, None)
