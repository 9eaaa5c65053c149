"""The shallow clause analysis (rasid.lang.ar.clause) on sentences written for these tests."""

from __future__ import annotations

import pytest

from rasid.lang.ar.clause import Clause, Clauses, Phrase, clause_cues, clauses_of
from rasid.lang.ar.doc import Doc
from rasid.lang.ar.lexicon import DataFileError
from rasid.lang.ar.text import TextView, sentence_spans


def analyse(text: str) -> tuple[str, Clauses]:
    return text, clauses_of(Doc(TextView(text), sentence_spans(text)))


def said(text: str, phrase: Phrase | None) -> str | None:
    return text[phrase.start : phrase.end] if phrase is not None else None


def span(text: str, clause: Clause) -> str:
    return text[clause.start : clause.end]


def test_dropped_subject_continues_the_previous_speaker() -> None:
    text, cs = analyse(
        "قال المرصد السوري إن طائرات حربية قصفت بلدة كفرنبل صباح اليوم. وأضاف أن القصف أدى إلى مقتل ثلاثة مدنيين."
    )
    assert [span(text, c) for c in cs.clauses] == [
        "قال المرصد السوري",
        "إن طائرات حربية قصفت بلدة كفرنبل صباح اليوم",
        "وأضاف",
        "أن القصف أدى إلى مقتل ثلاثة مدنيين",
    ]
    assert [c.relation for c in cs.clauses] == ["first", "quotation", "continuation", "quotation"]
    assert [c.parent for c in cs.clauses] == [None, 0, 0, 2]
    _speaker, quoted, added, _ = cs.clauses
    assert said(text, quoted.subject) == "طائرات حربية"
    assert said(text, quoted.object) == "بلدة كفرنبل صباح اليوم"
    assert added.dropped_subject and added.subject is None
    assert said(text, cs.subject_of(added)) == "المرصد السوري"
    assert said(text, cs.sentence_subject(1)) == "المرصد السوري"


def test_svo_subject_negation_and_coordinated_verb() -> None:
    text, cs = analyse("لم تستهدف القوات الحكومية المدينة. وقصفت المدفعية القرية وقتلت امرأة.")
    first, shelled, killed = cs.clauses
    assert first.predicate.negated and first.predicate.kind == "verbal"
    assert said(text, first.subject) == "القوات الحكومية"
    assert said(text, first.object) == "المدينة"
    assert said(text, shelled.subject) == "المدفعية"
    assert killed.relation == "continuation" and killed.parent == 1
    assert killed.subject is None and said(text, killed.object) == "امرأة"
    assert said(text, cs.subject_of(killed)) == "المدفعية"


def test_subject_before_the_verb_and_a_relative_clause() -> None:
    text, cs = analyse("قوات النظام قصفت الأحياء السكنية بالمدفعية الثقيلة، التي تحاصر المدينة منذ أشهر.")
    main, relative = cs.clauses
    assert said(text, main.subject) == "قوات النظام"
    assert said(text, main.object) == "الأحياء السكنية"
    assert [said(text, a) for a in main.attachments] == ["بالمدفعية الثقيلة"]
    assert relative.relation == "relative" and relative.parent == 0
    assert relative.subject is None and not relative.dropped_subject
    assert said(text, relative.object) == "المدينة"


def test_passive_voice_from_the_lexicon_and_from_written_vowels() -> None:
    text, cs = analyse("أصيب جنديان في الانفجار. وأشار المتحدث إلى أن الهجوم نُسِبَ إلى مسلحين.")
    wounded = cs.clauses[0]
    assert wounded.predicate.voice == "passive" and not wounded.dropped_subject
    attributed = cs.at(text.index("نُسِبَ"))
    assert attributed is not None
    assert attributed.predicate.voice == "passive" and attributed.relation == "quotation"
    assert attributed.hedged
    assert not cs.hedged_at(text.index("المتحدث"))


def test_hedged_agent_and_tally_clauses() -> None:
    text, cs = analyse(
        "شنت طائرات يرجح أنها روسية غارات على ريف إدلب. وارتفع عدد القتلى منذ بداية الشهر إلى 40 شخصا، بين الضحايا نساء."
    )
    assert cs.hedged_at(text.index("روسية"))
    assert cs.tally_at(text.index("عدد"))
    assert cs.tally_at(text.index("نساء"))
    assert not cs.tally_at(text.index("غارات"))


def test_sentence_final_attribution_and_apposition() -> None:
    text, cs = analyse("قتل ثلاثة مدنيين في المدينة، حسبما أفاد مراسلنا، رئيس المكتب، في بيان.")
    relations = [(span(text, c), c.relation) for c in cs.clauses]
    assert relations[1:3] == [("حسبما أفاد مراسلنا", "attribution"), ("رئيس المكتب", "apposition")]
    assert said(text, cs.clauses[1].subject) == "مراسلنا"
    assert cs.clauses[1].parent == 0


def test_a_sentence_opened_by_kama_is_a_main_clause() -> None:
    text, cs = analyse("أغارت الطائرات على البلدة. كما أعلن الجيش الأردني إسقاط طائرة مسيرة.")
    second = cs.clauses[1]
    assert second.relation == "first"
    assert said(text, cs.sentence_subject(1)) == "الجيش الأردني"


def test_lookups_outside_the_text_and_the_cache() -> None:
    text = "انفجرت عبوة ناسفة."
    doc = Doc(TextView(text), sentence_spans(text))
    cs = clauses_of(doc)
    assert clauses_of(doc) is cs
    assert cs.at(-1) is None and cs.index_at(0) == 0
    assert clauses_of(Doc(TextView(""), [])).clauses == []


def test_unknown_cue_kind_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import rasid.lang.ar.clause as clause

    clause_cues.cache_clear()
    monkeypatch.setattr(clause, "load_rows", lambda *a, **k: ({"form": "قال", "kind": "adverb", "note": ""},))
    with pytest.raises(DataFileError, match="unknown kind 'adverb'"):
        clause_cues()
    clause_cues.cache_clear()


def test_a_dropped_subject_goes_back_past_a_verbless_list() -> None:
    text, cs = analyse("كما اقتحمت القوات بلدة بيت فجار، ومدينة نابلس، ثم اعتقلت 12 شابا.")
    assert [c.relation for c in cs.clauses] == ["first", "apposition", "adverbial"]
    arrested = cs.clauses[2]
    assert arrested.dropped_subject and arrested.parent == 1
    assert said(text, cs.subject_of(arrested)) == "القوات"


def test_a_continued_verb_inside_a_quotation_keeps_the_quoted_subject() -> None:
    text, cs = analyse("أفادت الوكالة بأن القوات اقتحمت القرية، واحتجزت عشرة شبان.")
    held = cs.clauses[2]
    assert held.relation == "continuation" and held.predicate.kind == "verbal"
    assert said(text, cs.subject_of(held)) == "القوات"


def test_a_verb_with_an_object_pronoun_and_the_raid_as_its_subject() -> None:
    text, cs = analyse("المستودع استهدفته الغارة الجوية مساء أمس.")
    (clause,) = cs.clauses
    assert text[clause.predicate.start : clause.predicate.end] == "استهدفته"
    assert said(text, clause.subject) == "المستودع"
    text, cs = analyse("قال الأهالي، استهدفته الغارة الجوية.")
    assert said(text, cs.clauses[1].subject) == "الغارة الجوية"


def test_a_passive_verb_has_no_dropped_subject_to_carry() -> None:
    text, cs = analyse("قصفت الطائرات البلدة. وأصيب ثلاثة مدنيين، ثم قتل شاب.")
    wounded = cs.clauses[1]
    assert wounded.predicate.voice == "passive" and not wounded.dropped_subject
    assert cs.subject_of(cs.clauses[2]) is None or said(text, cs.subject_of(cs.clauses[2])) == "شاب"


def test_the_analysis_goes_with_its_doc() -> None:
    """A Doc, once its record is dropped, is freed with its clause analysis (a worker's memory
    must not grow with the articles it has read)."""
    import gc
    import weakref

    text = "قال المتحدث إن القصف استهدف السوق، وأضاف أن الطائرات عادت."
    doc = Doc(TextView(text), sentence_spans(text))
    assert clauses_of(doc) is clauses_of(doc)
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None


def test_an_unvowelled_verb_before_a_patient_noun_reads_passive() -> None:
    text, cs = analyse("دخلت القوة القرية، واعتقل الشاب سامر خليل قرب منزله. وقتل شاب برصاص الشرطة.")
    arrested = cs.at(text.index("واعتقل"))
    assert arrested is not None and arrested.predicate.voice == "passive"
    assert said(text, arrested.subject) == "الشاب" and not arrested.dropped_subject
    killed = cs.at(text.index("وقتل"))
    assert killed is not None and killed.predicate.voice == "passive"
    assert said(text, killed.subject) == "شاب"  # the patient ends before "برصاص"
    active = cs.at(text.index("دخلت"))
    assert active is not None and active.predicate.voice == "active"


def test_a_short_name_in_quotation_marks_opens_no_quotation() -> None:
    text, cs = analyse('داهمت قوة من الجيش منزل المواطن خالد "أبو سالم" واعتقلته فجر اليوم.')
    assert [c.relation for c in cs.clauses] == ["first", "continuation"]
    assert span(text, cs.clauses[1]).startswith("واعتقلته")


def test_a_closing_straight_mark_opens_no_quotation_but_a_quoted_sentence_is_one() -> None:
    text, cs = analyse('وقال المتحدث "إن قواتنا قصفت مواقع المسلحين في الجبل" واعتبر أن العملية نجحت.')
    relations = [(span(text, c).split()[0], c.relation) for c in cs.clauses]
    assert ("إن", "quotation") in relations
    assert ("واعتبر", "quotation") not in relations


def test_the_complement_of_a_hedge_is_hedged() -> None:
    # "يرجح" closes its clause; "أنها تابعة لـ..." is what it supposes, though its parent is the quotation
    text, cs = analyse("وقال ناشطون إن طائرة مسيرة يرجح أنها تابعة للتحالف الدولي استهدفت سيارة قرب البلدة.")
    assert cs.hedged_at(text.index("للتحالف"))
    assert not cs.hedged_at(text.index("ناشطون"))


def test_a_complement_after_a_clause_without_a_hedge_is_not_hedged() -> None:
    text, cs = analyse("وقال ناشطون إن طائرة مسيرة حلقت فوق البلدة وأكدوا أنها تابعة للتحالف الدولي.")
    assert not cs.hedged_at(text.index("للتحالف"))
