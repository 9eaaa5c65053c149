"""Issue 12, claims round cl21 (session 21): statements outside conflict reports. Reporting verbs the
table lacked (عبّر عن, واصل and استدرك before a colon or quotation, ألمح), a speech occasion that goes
on with where, to whom or when it was said before a noun object, an imperfect cue verb describing an
indefinite noun that a preposition or a word of existence governs, and the subject after the resumptive
pronoun of "ما صرحت به". Sentences written for these tests."""

from __future__ import annotations

from tests.relate.claims_support import Actor, chain_texts, content, run, summary


def test_abbara_an_with_a_named_subject_is_a_claim() -> None:
    record = run("وعبّر الرئيس عن ارتياحه لنتائج الاقتراع.", [Actor("الرئيس", "PER")])
    assert summary(record) == [("وعبّر", "assert", "الرئيس")]
    assert content(record, record.claims[0]) == "ارتياحه لنتائج الاقتراع"


def test_abara_as_a_crossing_or_the_preposition_via_is_no_claim() -> None:
    record = run("وعبرت الشاحنات الحدود عن طريق المعبر الجنوبي.")
    assert record.claims == []
    record = run("وتحدث المدير عبر الهاتف عن خطة الموسم.", [Actor("المدير", "PER")])
    assert [c.cue.text for c in record.claims] == ["وتحدث"]


def test_wasala_before_a_colon_goes_on_with_the_speaker_before() -> None:
    record = run(
        "وقال المدرب إن الفريق قدم مباراة جيدة. وواصل: “علينا أن نستعد للمباراة المقبلة”.",
        [Actor("المدرب", "PER")],
    )
    assert [(c.cue.text, c.stance) for c in record.claims] == [("وقال", "assert"), ("وواصل", "assert")]
    assert chain_texts(record, record.claims[1]) == ["المدرب"]
    assert "علينا أن نستعد" in content(record, record.claims[1])


def test_wasala_with_an_object_goes_on_doing_it() -> None:
    record = run("وواصل العمال ترميم الجسر القديم طوال الأسبوع.")
    assert record.claims == []


def test_istadraka_and_almaha_are_reporting_verbs() -> None:
    record = run("واستدرك الوزير: الميزانية لن تكفي هذا العام.", [Actor("الوزير", "PER")])
    assert summary(record) == [("واستدرك", "assert", "الوزير")]
    record = run("وألمح رئيس الحزب إلى أن الائتلاف قد ينفرط.", [Actor("رئيس الحزب", "PER")])
    assert summary(record) == [("وألمح", "assert", "رئيس الحزب")]
    assert content(record, record.claims[0]) == "الائتلاف قد ينفرط"


def test_a_speech_occasion_with_a_date_after_its_comma_is_circumstance_before_a_noun_object() -> None:
    record = run(
        "وأكد المحامي في تصريحات صحفية أعقبت الجلسة، اليوم، عدم وجود شهود على الواقعة.",
        [Actor("المحامي", "PER")],
    )
    assert summary(record) == [("وأكد", "assert", "المحامي")]
    assert content(record, record.claims[0]) == "عدم وجود شهود على الواقعة"


def test_a_speech_occasion_with_its_addressee_before_a_comma_is_circumstance() -> None:
    record = run(
        "وأكد الوزير في تصريحات لوكالة الأنباء الرسمية، حرص الحكومة على الحوار.", [Actor("الوزير", "PER")]
    )
    assert content(record, record.claims[0]) == "حرص الحكومة على الحوار"


def test_a_statement_followed_by_its_object_keeps_the_object() -> None:
    record = run(
        "واتهمت النقابة في بيان الشركة بتسريح العمال، كما حذرت من إضراب شامل.",
        [Actor("النقابة"), Actor("الشركة")],
    )
    assert [c.cue.text for c in record.claims] == ["واتهمت", "حذرت"]
    assert content(record, record.claims[0]).startswith("الشركة بتسريح العمال")


def test_an_indefinite_document_modifier_stays_with_the_statement() -> None:
    record = run("ونفى المتحدث في بيان صحفي صحة الأنباء المتداولة.", [Actor("المتحدث", "PER")])
    assert content(record, record.claims[0]) == "صحة الأنباء المتداولة"


def test_an_imperfect_cue_describing_a_governed_indefinite_noun_is_no_claim() -> None:
    assert run("ولا توجد أدلة تدين المتهم في القضية.").claims == []
    assert run("واستند القاضي إلى وثائق تكشف تلاعبا في الحسابات.").claims == []
    record = run(
        "وأكد المحامي عدم وجود أدلة تدين موكله.",
        [Actor("المحامي", "PER")],
    )
    assert summary(record) == [("وأكد", "assert", "المحامي")]
    assert content(record, record.claims[0]) == "عدم وجود أدلة تدين موكله"


def test_a_source_head_or_a_place_before_an_imperfect_cue_still_speaks() -> None:
    record = run("مصادر في الوزارة تؤكد تأجيل الامتحانات.")
    assert [c.cue.text for c in record.claims] == ["تؤكد"]
    record = run("وزارة الصحة في تونس تعلن تسجيل حالات جديدة.", [Actor("وزارة الصحة")])
    assert [(c.cue.text, c.stance) for c in record.claims] == [("تعلن", "announce")]


def test_the_subject_after_the_resumptive_pronoun_of_ma_speaks() -> None:
    record = run(
        "وتأجلت المباراة إلى الأحد، كما أفادت به إدارة النادي.",
        [Actor("إدارة النادي")],
    )
    assert summary(record) == [("أفادت", "assert", "إدارة النادي")]
    record = run(
        "وجاءت الأرقام عكس ما صرحت به في مناسبات عدة الحكومة بأن النمو سيرتفع.",
        [Actor("الحكومة")],
    )
    assert summary(record) == [("صرحت", "assert", "الحكومة")]


def test_an_imperfect_cue_after_qad_or_kana_tells_no_statement() -> None:
    assert run("وقد ترتفع الحصيلة لأن فرق الإنقاذ قد تكشف عن ضحايا آخرين.").claims == []
    assert run("وسقطت الحافلة التي كانت تنقل عمالا من المصنع.").claims == []


def test_qad_or_kana_before_a_perfect_or_before_reported_words_still_reports() -> None:
    record = run("وكان الجيش قد أعلن مقتل خمسة مسلحين.", [Actor("الجيش")])
    assert summary(record) == [("أعلن", "announce", "الجيش")]
    record = run("وكانت الوزارة تؤكد أن الوضع مستقر.", [Actor("الوزارة")])
    assert summary(record) == [("تؤكد", "assert", "الوزارة")]


def test_a_rank_between_an_office_and_a_name_belongs_to_the_name() -> None:
    record = run(
        "وقال وزير الزراعة السوداني الدكتور عمر سالم إن الموسم جيد.",
        [Actor("عمر سالم", "PER", name="Omar Salem")],
    )
    assert chain_texts(record, record.claims[0]) == ["وزير الزراعة السوداني", "عمر سالم"]
