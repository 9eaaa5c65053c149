"""Issue 12, claims round 5 (session 15): reporting verbs that were missing, a name set off by
commas before إن, a quoted addressee before a noun object, the hedge "ما يفيد", a relay through
"عمن", a cue whose needed word lies past a name, an unnamed subject with a describing phrase
before its verb, testimonies as documents, and a short quoted body at the end of a sentence.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.relate.claims_support import Actor, chain_texts, content, run, source_text, summary


@pytest.mark.parametrize(
    ("body", "cue", "stance"),
    [
        ("قال الحزب إن الحكومة فشلت. واسترسل أن الأسعار ارتفعت كثيرا.", "واسترسل", "assert"),
        ("واستهجن الحزب قرار الحكومة رفع الأسعار.", "واستهجن", "condemn"),
        ("واستغربت النقابة صمت الوزارة عن الحادث.", "واستغربت", "condemn"),
        ("وانتقد الحزب أداء الحكومة في الأزمة.", "وانتقد", "condemn"),
        ("واعترف الحزب بأن حملته الانتخابية فشلت.", "واعترف", "assert"),
        ("وتوعد الحزب الحكومة بمحاسبتها في البرلمان.", "وتوعد", "warn"),
    ],
)
def test_reporting_verbs_added_this_round(body: str, cue: str, stance: str) -> None:
    actor = "النقابة" if "النقابة" in body else "الحزب"
    record = run(body, [Actor(actor)])
    claim = next(c for c in record.claims if c.cue.text == cue)
    assert claim.stance == stance
    assert source_text(record, claim) == actor


def test_a_continuation_verb_keeps_the_speaker_for_the_participle_after_it() -> None:
    record = run(
        "قال الحزب إن الحكومة فشلت. واسترسل أن قوات الأمن تعتقل المعارضين، مشيرا إلى أن السجون امتلأت.",
        [Actor("الحزب"), Actor("قوات الأمن", "ORG")],
    )
    assert [source_text(record, c) for c in record.claims] == ["الحزب", "الحزب", "الحزب"]


def test_a_name_between_commas_before_inna_is_the_source() -> None:
    record = run("قال الناطق باسم البلدية، سمير الخطيب، إن الطريق سيفتح غدا.")
    assert source_text(record, record.claims[0]) == "الناطق باسم البلدية، سمير الخطيب"
    assert content(record, record.claims[0]) == "الطريق سيفتح غدا"


def test_a_day_between_commas_before_inna_is_not_a_name() -> None:
    record = run("قال الناطق باسم البلدية، الأربعاء، إن الطريق سيفتح غدا.")
    assert source_text(record, record.claims[0]) == "الناطق باسم البلدية"


def test_a_quoted_addressee_ends_before_the_noun_that_is_said() -> None:
    record = run('وأكد شاهد عيان لقناة "النهار" إطلاق نار كثيف قرب الجسر، وقال إن الشرطة انسحبت.')
    assert [content(record, c) for c in record.claims] == ["إطلاق نار كثيف قرب الجسر", "الشرطة انسحبت"]


def test_ma_yufid_is_the_articles_own_hedge() -> None:
    record = run("وانقطعت الاتصالات عن البلدة، ما يفيد بوقوع أضرار كبيرة.")
    assert record.claims == []


def test_a_relay_through_amman_keeps_the_relaying_subject() -> None:
    record = run("وكانت صحف محلية نقلت عمن وصفتهم بالسكان سماع انفجارات قوية.", [Actor("صحف محلية", "ORG")])
    assert summary(record) == [("نقلت", "assert", "صحف محلية")]


def test_a_name_counts_as_one_word_before_the_needed_anna() -> None:
    record = run(
        "كشف المزارع أبو خالد العمري من قرية الجسر في الريف الشمالي أن الماء انقطع.",
        [Actor("أبو خالد العمري", "PER")],
    )
    assert [c.cue.text for c in record.claims] == ["كشف"]


def test_an_omission_mark_ends_the_window_of_a_needed_word() -> None:
    record = run('وقالت الممرضة: "زملائي أصيبوا ونقلوا إلى مستشفى المدينة (…) حين عدنا علمنا أن الطبيب قتل".')
    assert [c.cue.text for c in record.claims] == ["وقالت"]


def test_an_unnamed_head_and_its_describing_phrase_precede_the_verb() -> None:
    record = run(
        'وأغلقت قوات الأمن الساحة، إلا إن ناشطين على موقع "فيسبوك" تحدثوا عن ثلاثة جرحى.',
        [Actor("قوات الأمن", "ORG")],
    )
    assert summary(record) == [("تحدثوا", "assert", "ناشطين")]


def test_testimonies_from_people_are_a_source_after_tibqan() -> None:
    record = run("وأصيب خمسة أشخاص، طبقاً لشهادات متطابقة من سكان الحي.")
    assert [c.cue.text for c in record.claims] == ["طبقاً"]
    assert source_text(record, record.claims[0]) == "لشهادات متطابقة"


def test_a_short_quoted_body_ending_the_sentence_is_cited() -> None:
    record = run('وارتفع عدد الجرحى إلى 40، وفق "الصحة" المحلية.')
    assert [c.cue.text for c in record.claims] == ["وفق"]


def test_a_quoted_plan_inside_the_sentence_is_no_source() -> None:
    record = run('ووزعت المساعدات وفق "خطة الطوارئ" التي أعدتها البلدية في الشهر الماضي.')
    assert record.claims == []


def test_kashafa_with_a_toll_as_its_object() -> None:
    record = run("كشفت وزارة الصحة الحصيلة النهائية لضحايا الفيضان.", [Actor("وزارة الصحة")])
    assert summary(record) == [("كشفت", "assert", "وزارة الصحة")]


def test_tahaddatha_with_anna() -> None:
    record = run("وتحدثت مصادر محلية أن القصف طال المدرسة.")
    assert [c.cue.text for c in record.claims] == ["وتحدثت"]


def test_a_relay_between_commas_before_anna_is_not_a_name() -> None:
    record = run("وذكرت صحيفة الأنباء، نقلا عن مصادر أمنية، أن الحدود ستغلق.", [Actor("صحيفة الأنباء")])
    assert [(c.cue.text, source_text(record, c)) for c in record.claims] == [
        ("وذكرت", "صحيفة الأنباء"),
        ("نقلا عن", "مصادر أمنية"),
    ]


def test_a_ba_object_ends_the_source_of_a_verb_that_takes_one() -> None:
    record = run("ونوّه المحافظ بجهود فرق الإنقاذ في البلدة.")
    assert [(c.cue.text, source_text(record, c), content(record, c)) for c in record.claims] == [
        ("ونوّه", "المحافظ", "بجهود فرق الإنقاذ في البلدة")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "وقال الوزير، في حديث لقناة محلية، إن الطريق سيفتح غدا.",
        "وقال الوزير، في تصريح صحفي، إن الطريق سيفتح غدا.",
        "وأشار الوزير، في كلمته أمام النواب، إلى أن الطريق سيفتح غدا.",
    ],
)
def test_an_aside_between_commas_before_the_complementizer_is_not_content(body: str) -> None:
    record = run(body, [Actor("الوزير", "PER")])
    assert [content(record, c) for c in record.claims] == ["الطريق سيفتح غدا"]


def test_a_quotation_fronted_before_its_verb_is_the_content() -> None:
    record = run('"لن نغلق المعبر مهما حدث"، قال المحافظ في تصريح لإذاعة محلية.', [Actor("المحافظ", "PER")])
    assert [(c.cue.text, source_text(record, c), content(record, c)) for c in record.claims] == [
        ("قال", "المحافظ", '"لن نغلق المعبر مهما حدث"')
    ]


def test_a_quoted_word_inside_the_sentence_is_not_fronted_speech() -> None:
    record = run('وقال المحافظ إن "المعبر" سيفتح، وأضاف أن الطريق آمن.', [Actor("المحافظ", "PER")])
    assert [content(record, c) for c in record.claims] == ['"المعبر" سيفتح', "الطريق آمن"]


@pytest.mark.parametrize("body", ["وأُعلن عن إغلاق المعبر حتى إشعار آخر.", "وذُكر أن المعبر أغلق."])
def test_a_written_passive_perfect_has_no_speaker(body: str) -> None:
    assert run(body).claims == []


def test_a_written_passive_relay_still_names_whom_it_quotes() -> None:
    record = run("ونُقل عن مسؤول محلي قوله إن المعبر أغلق.")
    assert [c.cue.text for c in record.claims] == ["ونُقل"]


def test_an_active_imperfect_with_a_damma_is_still_a_cue() -> None:
    record = run("ويُؤكد الحزب أن المعبر أغلق.", [Actor("الحزب")])
    assert summary(record) == [("ويُؤكد", "assert", "الحزب")]


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("وأغلقت الشرطة الطريق الرئيسي. وهو ما نفته البلدية لاحقا.", "نفته"),
        ('وأغلقت الشرطة الطريق الرئيسي. وهذا ما أكده مصدر محلي لـ"الأخبار".', "أكده"),
    ],
)
def test_wahwa_ma_opening_a_sentence_attributes_the_sentence_before(body: str, cue: str) -> None:
    record = run(body, [Actor("البلدية")] if "البلدية" in body else [])
    assert [(c.cue.text, content(record, c)) for c in record.claims] == [
        (cue, "وأغلقت الشرطة الطريق الرئيسي")
    ]


def test_kama_opening_a_sentence_is_also_not_as() -> None:
    record = run("وأغلقت الشرطة الطريق. كما أشارت الوكالة إلى أن الجسر تضرر.", [Actor("الوكالة")])
    assert [content(record, c) for c in record.claims] == ["الجسر تضرر"]


def test_a_body_between_commas_before_anna_is_whom_the_source_told() -> None:
    record = run("وأبلغ مصدر أمني، وكالة الأنباء المحلية، أن الطريق أغلق.")
    assert source_text(record, record.claims[0]) == "مصدر أمني"


@pytest.mark.parametrize(
    "body",
    [
        "ونقلت وكالة سانا إلى جانب ذلك عن مصدر عسكري قوله إن الجيش تقدم في الريف.",
        "ونقلت وكالة سانا في تقرير عن مصدر عسكري قوله إن الجيش تقدم.",
    ],
)
def test_only_the_relay_preposition_introduces_the_one_a_relay_quotes(body: str) -> None:
    # relay_preposition in claim_markers.tsv (عن): "إلى جانب ذلك", "في تقرير" are circumstances
    record = run(body, [Actor("وكالة سانا")])
    [claim] = record.claims
    assert chain_texts(record, claim) == ["وكالة سانا", "مصدر عسكري"]
