"""Twelfth round of issue 12's perpetrators (session 23, pp23), run through the whole pipeline as
`rasid extract` runs it: the subject of "أقدم … على" before a verbal noun is its agent
(data/event_triggers.tsv, light_verb); a verbal noun whose genitive is its target keeps that reading
with a possessive pronoun ("إعدامها للشاب": the pronoun did it); protesters who burn or storm riot
(a protest they held); the claimer of "مسؤوليته" before an adverbial ("أعلن في اليوم ذاته");
the subject of a verb of witnessing ("شهدت نيجيريا") is a place, no agent (role witness).
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.relate.events_support import event_rows

from rasid.lang.ar.match import phrase_key
from rasid.relate.events.lexicon import event_lexicon

PUBLISHED = "2025-11-02"


def _agents(text: str) -> list[tuple[str, list[str | None]]]:
    return [(kind, names) for kind, _, names, _ in event_rows(text, PUBLISHED)]


def test_the_subject_of_aqdama_ala_is_the_agent_of_the_verbal_noun() -> None:
    text = "خطف في الشمال\nأقدم مسلحون على خطف تسعة مزارعين قرب قرية في الشمال مساء أمس."
    assert _agents(text) == [("abduction", ["gunmen"])]


def test_the_place_a_verb_of_witnessing_names_is_no_agent() -> None:
    text = (
        "خطف في نيجيريا\n"
        "شهدت نيجيريا حادثة اختطاف جديدة، بعدما أقدم مسلحون على خطف تسعة مزارعين قرب قرية في الشمال."
    )
    assert _agents(text) == [("abduction", ["gunmen"])]


def test_without_the_verb_of_witnessing_the_state_before_the_noun_stays_the_subject() -> None:
    # the same words with a verb of doing: the state is the subject of the act
    text = "حملة في الشمال\nنفذت نيجيريا حملة اعتقالات واسعة قرب قرية في الشمال أمس."
    assert ["Nigeria"] in [names for _, names in _agents(text)]


def test_a_possessive_pronoun_on_a_verbal_noun_leaves_the_lam_phrase_the_victim() -> None:
    text = "إعدام شاب\nنددت عائلة الشاب بإعدامها للشاب سامر خليل قرب مدينة نابلس أمس."
    rows = _agents(text)
    assert rows and all("Samer Khalil" not in names for _, names in rows)


def test_protesters_setting_fire_held_a_protest() -> None:
    text = "غضب في البصرة\nأضرم مئات المحتجين النار في مبنى المحافظة في البصرة مساء أمس."
    assert ("protest", ["protesters"]) in _agents(text)
    assert all(kind == "protest" for kind, _ in _agents(text))


def test_protesters_arrested_did_not_riot() -> None:
    text = "اعتقالات في البصرة\nوقال البيان إن عددا من المحتجين اعتقل في البصرة مساء أمس."
    assert all(kind != "protest" for kind, _ in _agents(text))


def test_the_claimer_before_an_adverbial_claims_the_bombing() -> None:
    text = (
        "انفجار في حمص\n"
        "قتل شرطي في حي الوعر بحمص إثر انفجار عبوة ناسفة في سيارته. "
        "تنظيم الدولة الإسلامية أعلن في اليوم ذاته مسؤوليته عن الاستهداف."
    )
    assert _agents(text) == [("explosion", ["Islamic State"])]


def test_a_denied_claim_before_an_adverbial_claims_nothing() -> None:
    text = (
        "انفجار في حمص\n"
        "قتل شرطي في حي الوعر بحمص إثر انفجار عبوة ناسفة في سيارته. "
        "ولم تعلن أية جهة حتى الآن مسؤوليتها عن الاستهداف."
    )
    assert _agents(text) == [("explosion", [])]


def test_the_new_words_come_from_the_data_file() -> None:
    lex = event_lexicon()
    assert {phrase_key(w) for w in ("أقدم", "أقدمت", "أقدموا")} <= lex.light_verbs
    assert {phrase_key(w) for w in ("شهدت", "تشهد")} <= lex.witnesses
    assert phrase_key("قتلت") not in lex.witnesses


def test_after_a_verb_with_its_subject_before_it_the_name_is_the_object() -> None:
    # subject, verb, object: the man named after the verb was arrested, he arrested nobody
    text = (
        "اعتقالات في الخليل\nوقالت مصادر محلية إن قوات الاحتلال اعتقلت سامر خليل بعد مداهمة منزله في الخليل."
    )
    assert _agents(text) == [("arrest", ["Israel Defense Forces"])]


def test_an_arm_with_its_state_before_the_verb_is_the_subject() -> None:
    text = "غارة على الجنوب\nوأفادت الوكالة أن مسيرة إسرائيلية استهدفت مجرى نهر الليطاني قرب بلدة القليلة."
    assert _agents(text) == [("airstrike", ["Israel Defense Forces"])]


def test_the_owner_of_a_convoy_hit_is_no_agent() -> None:
    # the convoy's owner stands right before the trigger, as a subject would
    text = (
        "تفجير على طريق أفجوي\n"
        "وقال شاهد إنه كان يسير خلف قافلة الاتحاد الإفريقي وقت التفجير قرب بلدة أفجوي أمس."
    )
    rows = _agents(text)
    assert rows and all("African Union" not in names for _, names in rows)


def test_the_media_that_told_of_a_blast_did_not_set_it_off() -> None:
    text = (
        "انفجار في بغداد\nويذكر أن آخر انفجار تحدثت عنه وسائل إعلام عراقية كان في بغداد منتصف الشهر الماضي."
    )
    rows = _agents(text)
    assert rows and all(names == [] for _, names in rows)


def test_an_owner_the_text_only_supposes_is_a_hedged_perpetrator() -> None:
    text = (
        "قصف في ريف حماة\n"
        "وقال ناشطون إن طائرة مسيرة يرجح أنها تابعة للتحالف الدولي استهدفت سيارة قرب بلدة كفرزيتا أمس."
    )
    rows = [(names, hedged) for _, _, names, hedged in event_rows(text, PUBLISHED) if names]
    assert rows == [(["US-led coalition"], True)]


def test_a_subject_set_off_by_a_comma_after_inna_carries_to_the_coordinated_verbs() -> None:
    text = (
        "اقتحام بلدة\n"
        "وقالت مصادر محلية إن عدة آليات لقوات الاحتلال، اقتحمت بلدة يعبد من الجهة الغربية، "
        "وانتشرت في أحيائها، واعتقلت شابا بعد مداهمة منزله."
    )
    assert _agents(text) == [("arrest", ["Israel Defense Forces"])]
