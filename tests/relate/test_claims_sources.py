"""Sources: the phrase the cue names, resolved to actor mentions, with nested chains and back-references."""

from __future__ import annotations

import pytest
from tests.relate.claims_support import Actor, chain_texts, content, run, source_text


def test_claims_nested_chain_runs_from_the_speaker_to_the_document_it_cites() -> None:
    record = run('ويتهم الأهالي، وفق تقرير للمرصد المحلي اليوم، الميليشيا بأنها "أحرقت المحاصيل عمداً".')
    assert len(record.claims) == 1  # the preposition qualifies the verb's claim
    claim = record.claims[0]
    assert (claim.cue.text, claim.stance) == ("ويتهم", "accuse")
    assert chain_texts(record, claim) == ["الأهالي", "تقرير", "للمرصد المحلي"]
    assert source_text(record, claim) == "الأهالي"
    assert content(record, claim) == 'الميليشيا بأنها "أحرقت المحاصيل عمداً"'
    assert claim.quoted is True
    assert record.mention(claim.date).text == "اليوم"


def test_claims_anonymous_source_gets_a_mention_of_its_own() -> None:
    record = run("وقال مصدر طبي في المستشفى الميداني إن حالة اثنين من الجرحى خطرة.")
    claim = record.claims[0]
    source = record.mention(claim.source)
    # named from its head and adjective (claim_sources.tsv, actor_adjectives.tsv); the hospital is where it is
    assert (source.text, source.type, source.name, source.name_ar) == (
        "مصدر طبي",
        "NORP",
        "medical source",
        "مصدر طبي",
    )
    assert content(record, claim) == "حالة اثنين من الجرحى خطرة"


def test_claims_source_phrase_splits_into_the_speaker_and_the_body_it_belongs_to() -> None:
    record = run(
        "وأفاد مسؤولون في الدفاع المدني أن فرق الإنقاذ انتشلت جثتين.",
        [Actor("الدفاع المدني", "ORG", "Syrian Civil Defence")],
    )
    claim = record.claims[0]
    assert chain_texts(record, claim) == ["مسؤولون", "الدفاع المدني"]
    assert source_text(record, claim) == "مسؤولون"


def test_claims_a_document_speaks_for_its_author() -> None:
    record = run("وتحدثت إحصائيات الشبكة المحلية عن نزوح ثلاثة آلاف عائلة.")
    claim = record.claims[0]
    assert chain_texts(record, claim) == ["إحصائيات", "الشبكة المحلية"]
    assert source_text(record, claim) == "الشبكة المحلية"


@pytest.mark.parametrize(
    ("body", "second_cue"),
    [
        ("وقالت المفوضية إن ألفي شخص نزحوا خلال الأسبوع. وأضافت أن المخيمات تجاوزت طاقتها.", "وأضافت"),
        ("ويتهم السكان الشركة بتلويث النهر. كما يتهمونها بإخفاء نتائج التحاليل.", "يتهمونها"),
        ("وقال المتحدث إن الوضع هادئ، مؤكداً أن الدوريات مستمرة.", "مؤكداً"),
    ],
)
def test_claims_pronoun_and_participle_take_the_previous_source(body: str, second_cue: str) -> None:
    record = run(body)
    first, second = record.claims
    assert second.cue.text == second_cue
    assert second.source == first.source
    assert second.source_chain == first.source_chain


def test_claims_participle_takes_the_subject_of_a_suppressed_call() -> None:
    record = run("ودعا المحتجون الجميع إلى المشاركة في الاعتصام، مطالبين بالإفراج عن المعتقلين.")
    assert [(c.cue.text, c.stance, source_text(record, c)) for c in record.claims] == [
        ("مطالبين", "demand", "المحتجون")
    ]


def test_claims_anaphor_refers_back_and_copies_the_name() -> None:
    record = run(
        "قال المرصد المحلي إن القصف استمر طوال الليل. وأوضح المصدر ذاته أن ثلاثة منازل دمرت.",
        [Actor("المرصد المحلي", "ORG", "Local Observatory")],
    )
    first, second = record.claims
    anaphor = record.mention(second.source)
    assert (anaphor.text, anaphor.name, anaphor.type) == ("المصدر ذاته", "Local Observatory", "ORG")
    assert second.source_chain == [second.source, first.source]


def test_claims_shortened_repeat_of_a_source_is_the_same_source() -> None:
    record = run("وقالت وكالة الأنباء المحلية إن الطريق أغلق. وأضافت الوكالة أن الجسر تضرر.")
    first, second = record.claims
    assert source_text(record, second) == "الوكالة"
    assert chain_texts(record, second) == ["الوكالة", "وكالة الأنباء المحلية"]
    assert first.source in second.source_chain


def test_claims_relay_gives_the_claim_to_the_one_quoted() -> None:
    record = run("ونقلت وكالة الأنباء عن مصدر أمني قوله إن الانفجار نجم عن عبوة ناسفة.")
    claim = record.claims[0]
    assert chain_texts(record, claim) == ["وكالة الأنباء", "مصدر أمني"]
    assert source_text(record, claim) == "مصدر أمني"
    assert content(record, claim) == "الانفجار نجم عن عبوة ناسفة"


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        ("وبينما تقول الحكومة إن الهدنة صامدة، إلا أن المعارضة، تؤكد أن القصف مستمر.", "تؤكد", "المعارضة"),
        ("وكان المجلس المحلي قد حذر من انهيار الجسر.", "حذر", "المجلس المحلي"),
        ("قتل شخصان، بحسب الأهالي في البلدة، التي قالت إن القصف بدأ فجرا.", "قالت", "البلدة"),
    ],
)
def test_claims_subject_before_the_verb(body: str, cue: str, source: str) -> None:
    record = run(body)
    claim = next(c for c in record.claims if c.cue.text == cue)
    assert source_text(record, claim) == source


def test_contrast_word_before_a_preverbal_subject_is_not_the_source() -> None:
    record = run("لكن المرصد السوري لحقوق الإنسان أكد أن الطائرات التي نفذت الغارة روسية.")
    [claim] = record.claims
    assert record.mention(claim.source).text == "المرصد السوري لحقوق الإنسان"
