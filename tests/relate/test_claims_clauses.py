"""Issue 12 on claims: attributions in any order, hedges without a source, reporting verbs,
what a source spoke to, and dropped subjects. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.relate.claims_support import Actor, chain_texts, content, run, source_text, summary


def test_sentence_final_hasabama_attributes_the_clause_before_it() -> None:
    record = run(
        "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف على البلدة، حسبما أفاد الدفاع المدني.",
        [Actor("الدفاع المدني")],
    )
    assert summary(record) == [("حسبما أفاد", "assert", "الدفاع المدني")]
    assert content(record, record.claims[0]) == "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف على البلدة"


def test_bihasab_ma_nasharathu_is_one_cue_with_the_outlet_as_source() -> None:
    record = run("قتل ثلاثة مدنيين في قصف على البلدة، بحسب ما نشرته وكالة الأنباء الرسمية.")
    assert summary(record) == [("بحسب ما نشرته", "assert", "وكالة الأنباء الرسمية")]
    assert content(record, record.claims[0]) == "قتل ثلاثة مدنيين في قصف على البلدة"


def test_nashara_alone_publishes_and_is_no_claim() -> None:
    assert summary(run("ونشرت الوزارة صور المبنى المدمر على موقعها.")) == []


@pytest.mark.parametrize("wafqan", ["وفقًا", "وفقاً"])
def test_wafqan_with_tanwin_either_side_and_a_contracted_article(wafqan: str) -> None:
    record = run(f"قتل ثلاثة مدنيين في قصف على البلدة، {wafqan} للدفاع المدني.")
    assert [(c.cue.text, c.stance) for c in record.claims] == [(wafqan, "assert")]
    assert content(record, record.claims[0]) == "قتل ثلاثة مدنيين في قصف على البلدة"
    assert source_text(record, record.claims[0]) == "للدفاع المدني"


def test_the_one_spoken_to_between_source_and_inna_is_not_the_source() -> None:
    record = run("وقال مدير المستشفى لقناة الغد إن الجرحى نقلوا إلى العاصمة.")
    assert summary(record) == [("وقال", "assert", "مدير المستشفى")]
    assert content(record, record.claims[0]) == "الجرحى نقلوا إلى العاصمة"


def test_a_document_keeps_its_owner_after_lam() -> None:
    record = run("وبحسب إحصائية لمنظمة الصحة، أصيب عشرون شخصا.", [Actor("منظمة الصحة")])
    assert chain_texts(record, record.claims[0])[-1] == "منظمة الصحة"


@pytest.mark.parametrize(
    "body",
    [
        "ويرجح أن يرتفع عدد القتلى بسبب خطورة الإصابات.",
        "ويُتوقع أن تستمر الأمطار حتى الخميس.",
        "وتضررت عشرات المنازل، وهو ما يرجح ارتفاع عدد الضحايا.",
        "ويذكر أن البلدة تعرضت لقصف مماثل الشهر الماضي.",
    ],
)
def test_an_impersonal_hedge_has_no_source_and_makes_no_claim(body: str) -> None:
    assert summary(run(body)) == []


@pytest.mark.parametrize(
    ("body", "cue"),
    [("ويرجح المرصد أن يرتفع عدد القتلى.", "ويرجح"), ("المرصد يرجح أن يرتفع عدد القتلى.", "يرجح")],
)
def test_the_same_verb_with_a_subject_is_a_claim(body: str, cue: str) -> None:
    assert summary(run(body)) == [(cue, "assert", "المرصد")]


@pytest.mark.parametrize(
    ("body", "cue", "stance", "expected"),
    [
        ("وبيّن المحافظ أن المياه انقطعت عن الحي.", "وبيّن", "assert", "المياه انقطعت عن الحي"),
        ("وشدد الوزير على ضرورة حماية المدنيين.", "وشدد", "assert", "ضرورة حماية المدنيين"),
        ("وأوصى التقرير بفتح تحقيق مستقل.", "وأوصى", "demand", "بفتح تحقيق مستقل"),
        ("ونبه المركز إلى خطورة السيول.", "ونبه", "warn", "خطورة السيول"),
        ("ونوه الشهود إلى اعتقال عدد من المتظاهرين.", "ونوه", "assert", "اعتقال عدد من المتظاهرين"),
        ("وتابعت الوكالة أن القصف طال منازل المدنيين.", "وتابعت", "assert", "القصف طال منازل المدنيين"),
    ],
)
def test_reporting_verbs(body: str, cue: str, stance: str, expected: str) -> None:
    record = run(body)
    assert [(c.cue.text, c.stance) for c in record.claims] == [(cue, stance)]
    assert content(record, record.claims[0]) == expected


@pytest.mark.parametrize(
    "body",
    [
        "ودارت اشتباكات بين الجيش والمسلحين في المدينة منذ الصباح.",
        "وسقط القتلى في الفترة ما بين الساعة الثالثة والخامسة.",
        "ووُصفت حال بعضهم بالخطيرة.",
    ],
)
def test_the_other_senses_of_those_verbs_are_no_claims(body: str) -> None:
    assert summary(run(body)) == []


def test_describing_verb_with_a_named_source() -> None:
    record = run("ووصفت الحركة الهجوم بأنه جريمة حرب.", [Actor("الحركة")])
    assert summary(record) == [("ووصفت", "assert", "الحركة")]


def test_a_quoted_name_before_its_verb_is_the_subject() -> None:
    record = run('"النفط العراقية" تعلن تصدير مليون برميل.')
    assert summary(record) == [("تعلن", "announce", "النفط العراقية")]


def test_fa_qad_before_the_verb_is_no_subject() -> None:
    record = run("فقد أعلنت وسائل إعلام محلية، الخميس، أن الدفاعات اعترضت صاروخا.")
    assert summary(record) == [("أعلنت", "announce", "وسائل إعلام محلية")]


def test_a_verb_inside_what_is_reported_is_no_claim_of_its_own() -> None:
    record = run(
        "ونقلت الوكالة الرسمية عن المتحدث باسم التحالف، أن الدفاعات رصدت إطلاق صاروخ باتجاه المدينة.",
        [Actor("الوكالة الرسمية"), Actor("المتحدث باسم التحالف", "PER")],
    )
    assert [c.cue.text for c in record.claims] == ["ونقلت"]
    assert source_text(record, record.claims[0]) == "المتحدث باسم التحالف"
    assert content(record, record.claims[0]) == "الدفاعات رصدت إطلاق صاروخ باتجاه المدينة"


def test_a_dropped_subject_keeps_the_previous_speaker_across_a_relayed_figure() -> None:
    record = run(
        "وقال المحافظ إن المياه انقطعت عن الحي. وبحسب المرصد، قتل شخصان. وأضاف أن الإصلاح يحتاج أسبوعا.",
        [Actor("المحافظ", "PER"), Actor("المرصد")],
    )
    assert summary(record) == [
        ("وقال", "assert", "المحافظ"),
        ("وبحسب", "assert", "المرصد"),
        ("وأضاف", "assert", "المحافظ"),
    ]


def test_lam_written_apart_before_a_quoted_outlet_is_who_was_spoken_to() -> None:
    record = run('قال مصدران أمنيان لـ"الوكالة" إن القصف استهدف سيارة.')
    assert summary(record) == [("قال", "assert", "مصدران أمنيان")]
    assert content(record, record.claims[0]) == "القصف استهدف سيارة"


def test_a_relative_verb_with_a_source_of_its_own_takes_it() -> None:
    record = run(
        "ولم يصدر تعليق من الحركة التي قال أحد المسؤولين لقناة الغد إن المقاتلين ينتمون إليها.",
        [Actor("الحركة")],
    )
    assert summary(record) == [("قال", "assert", "أحد المسؤولين")]
    assert content(record, record.claims[0]) == "المقاتلين ينتمون إليها"


def test_a_relative_verb_without_a_source_after_it_takes_the_noun_before() -> None:
    record = run("ونقلت الصحيفة عن المعارضة، التي قالت إن القصف مستمر، تفاصيل الهجوم.", [Actor("المعارضة")])
    assert ("قالت", "assert", "المعارضة") in summary(record)


def test_the_one_spoken_to_in_a_comma_segment_is_not_content() -> None:
    record = run('أفاد مصدر طبي، صباح الأحد، لقناة "الغد"، بمقتل خمسة أشخاص في القصف.')
    assert summary(record) == [("أفاد", "assert", "مصدر طبي")]
    assert content(record, record.claims[0]) == "بمقتل خمسة أشخاص في القصف"


def test_a_dropped_subject_that_relays_gives_the_claim_to_the_one_it_quotes() -> None:
    record = run(
        'وقالت القناة إن الغارة نفذت مساء السبت. ونقلت عن مسؤول أمني قوله: "العملية انتهت".',
        [Actor("القناة")],
    )
    relayed = record.claims[1]
    assert (relayed.cue.text, source_text(record, relayed)) == ("ونقلت", "مسؤول أمني")
    assert chain_texts(record, relayed) == ["القناة", "مسؤول أمني"]
    assert content(record, relayed) == '"العملية انتهت"'


def test_a_verb_carrying_its_subject_inside_what_is_reported_is_no_claim() -> None:
    record = run("وقال المصدر إن أفرادا من العائلة، إضافة إلى جيران، أكدوا مقتله.", [Actor("المصدر")])
    assert [c.cue.text for c in record.claims] == ["وقال"]
    assert content(record, record.claims[0]) == "أفرادا من العائلة، إضافة إلى جيران، أكدوا مقتله"


def test_a_verb_describing_an_indefinite_noun_inside_the_content_is_no_claim() -> None:
    record = run("وقالت الصحيفة، مشيرة إلى وجود تقديرات تفيد بنجاح العملية.", [Actor("الصحيفة")])
    assert [c.cue.text for c in record.claims] == ["مشيرة"]


def test_fi_hin_opens_a_claim_of_its_own() -> None:
    record = run(
        "واتهم المركز الجيش بتنفيذ الغارة، في حين أعلن المتحدث باسم الجيش أن قواته استهدفت مخزنا.",
        [Actor("المركز"), Actor("الجيش"), Actor("المتحدث باسم الجيش", "PER")],
    )
    assert [c.cue.text for c in record.claims] == ["واتهم", "أعلن"]


def test_dun_before_a_cue_word_withholds_it() -> None:
    record = run("وذكر المتحدث أن الهجوم استهدف عنصرا بارزا، دون ذكر الاسم.", [Actor("المتحدث", "PER")])
    assert [c.cue.text for c in record.claims] == ["وذكر"]


def test_a_counted_relayed_source_is_the_sources_not_the_number() -> None:
    record = run(
        "ونقلت الوكالة عن أربعة مصادر أمنية قولها إن القيادي نجا من الهجوم.",
        [Actor("الوكالة"), Actor("مصادر أمنية", "NORP")],
    )
    assert summary(record) == [("ونقلت", "assert", "مصادر أمنية")]
    assert content(record, record.claims[0]) == "القيادي نجا من الهجوم"


def test_a_relay_after_a_second_name_and_a_comma() -> None:
    record = run('ونقلت قناتا "الغد" و"المشهد"، عن مصدر أمني تأكيده، أن القيادي نجا من الغارة.')
    claim = record.claims[0]
    assert (claim.cue.text, source_text(record, claim)) == ("ونقلت", "مصدر أمني")
    assert content(record, claim) == "القيادي نجا من الغارة"


def test_footage_is_the_source_and_what_it_shows_the_content() -> None:
    record = run("وأظهرت مقاطع فيديو وجود ثلاث جثث قرب السيارة.")
    assert summary(record) == [("وأظهرت", "assert", "مقاطع فيديو")]
    assert content(record, record.claims[0]) == "وجود ثلاث جثث قرب السيارة"


def test_a_report_keeps_its_owner_after_the_showing_verb() -> None:
    record = run("وأظهر تقرير المنظمة أن القصف استهدف مدرسة.", [Actor("المنظمة")])
    assert chain_texts(record, record.claims[0]) == ["تقرير", "المنظمة"]


def test_yudhkar_annahu_is_the_articles_own_voice() -> None:
    assert summary(run("يذكر أنه منذ بدء التصعيد، قتل 227 شخصا في البلاد.")) == []


def test_kama_dhakarat_attributes_the_clause_before_it() -> None:
    record = run("وقتل اثنان من المسلحين بانفجار عبوة قرب المدينة، كما ذكرت مصادر عسكرية.")
    assert summary(record) == [("ذكرت", "assert", "مصادر عسكرية")]
    assert content(record, record.claims[0]) == "وقتل اثنان من المسلحين بانفجار عبوة قرب المدينة"


def test_kama_with_content_after_the_source_keeps_it() -> None:
    record = run("ونددت النقابة بالهجوم، كما شكك قادة غربيون في الرواية الرسمية.", [Actor("النقابة")])
    claim = record.claims[-1]
    assert (claim.cue.text, content(record, claim)) == ("شكك", "الرواية الرسمية")


def test_sources_close_to_a_party_keep_the_party() -> None:
    record = run("وقصفت الطائرات منزل القائد، كما ذكرت مصادر قريبة من الحركة.", [Actor("الحركة")])
    assert chain_texts(record, record.claims[0]) == ["مصادر قريبة", "الحركة"]
    assert content(record, record.claims[0]) == "وقصفت الطائرات منزل القائد"


def test_a_fronted_phrase_before_the_verb_is_not_its_subject() -> None:
    record = run("وعن بلدة الخيام قالت الوكالة إن مسيرة استهدفت دراجة نارية.", [Actor("الوكالة")])
    assert summary(record) == [("قالت", "assert", "الوكالة")]
