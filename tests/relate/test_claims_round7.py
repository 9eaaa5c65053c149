"""Issue 12, claims round 7 (session 16): the attribution phrase as a unit. A verb whose subject
is a relative ما is the article's inference, not a claim; the topic adverb بدوره opens the
clause of the verb after it; a quoted name is the whole quotation; the relative clause after a
preposition cue's object and its فإن stay out of the content; coordinated sources all speak;
تناقل reports. Sentences written for these tests."""

from __future__ import annotations

from tests.relate.claims_support import Actor, chain_texts, content, run, source_text, summary


def test_a_verb_after_relative_ma_with_its_content_right_after_is_no_claim() -> None:
    record = run(
        "وأصيب أربعة عمال في الانفجار، ما يشير إلى أن العبوة زرعت ليلا. "
        "وظهرت آثار حروق على الجدران، مما يؤكد أن الحريق كان كبيرا."
    )
    assert record.claims == []


def test_ma_as_the_object_of_a_named_speaker_still_makes_a_claim() -> None:
    record = run(
        "وقصفت الطائرات السوق صباح أمس. وهو ما أكده المرصد الوطني لحقوق الإنسان.",
        [Actor("المرصد الوطني لحقوق الإنسان")],
    )
    assert summary(record) == [("أكده", "assert", "المرصد الوطني لحقوق الإنسان")]
    assert content(record, record.claims[0]) == "وقصفت الطائرات السوق صباح أمس"


def test_ma_before_a_verb_that_calls_something_so_keeps_the_speaker_before() -> None:
    record = run(
        "وحذرت النقابة من تصعيد جديد، داعية العمال إلى الحذر تجاه ما وصفته بـ “حملات التضليل” المنظمة.",
        [Actor("النقابة")],
    )
    assert [c.cue.text for c in record.claims][:2] == ["وحذرت", "داعية"]
    assert "الحذر" in content(record, record.claims[1])


def test_bidawrihi_opens_the_clause_so_the_subject_follows_the_verb() -> None:
    record = run(
        "وقال الطبيب إن المستشفى استقبل ستة جرحى. وبدوره بيّن مدير الصحة أن ثلاثة منهم في حال حرجة.",
        [Actor("الطبيب", "PER"), Actor("مدير الصحة", "PER")],
    )
    assert summary(record) == [("وقال", "assert", "الطبيب"), ("بيّن", "assert", "مدير الصحة")]


def test_bidawriha_without_a_comma_before_a_verb_subject_first() -> None:
    record = run("بدورها أعلنت البلدية إغلاق الطريق الساحلي.", [Actor("البلدية")])
    assert summary(record) == [("أعلنت", "announce", "البلدية")]


def test_a_quoted_outlet_name_with_a_number_is_the_whole_source() -> None:
    # the tagger covered only the first word ("فرانس" of "فرانس 24"), with no name
    record = run("وقتل ثلاثة صيادين قرب الشاطئ، بحسب “قناة 24 الإخبارية”.", [Actor("قناة")])
    assert [(c.cue.text, source_text(record, c)) for c in record.claims] == [("بحسب", "قناة 24 الإخبارية")]
    assert content(record, record.claims[0]) == "وقتل ثلاثة صيادين قرب الشاطئ"


def test_a_named_actor_inside_a_quoted_name_stays_the_source() -> None:
    record = run(
        'وأصيب سبعة أشخاص في التدافع، حسب "إذاعة الشمال اليوم".', [Actor("إذاعة الشمال", name="North Radio")]
    )
    assert source_text(record, record.claims[0]) == "إذاعة الشمال"


def test_the_relative_clause_after_a_preposition_object_is_not_content() -> None:
    record = run(
        "وحسب وزارة الصحة التي تديرها الحكومة المحلية، فإن عدد الجرحى ارتفع إلى أربعين.",
        [Actor("وزارة الصحة")],
    )
    claim = record.claims[0]
    assert source_text(record, claim) == "وزارة الصحة"
    assert content(record, claim) == "عدد الجرحى ارتفع إلى أربعين"


def test_fa_inna_after_a_preposition_object_is_not_content() -> None:
    record = run("وبحسب اللجنة فإن المعبر أغلق ثلاثة أيام.", [Actor("اللجنة")])
    assert content(record, record.claims[0]) == "المعبر أغلق ثلاثة أيام"


def test_two_sources_joined_after_the_verb_both_speak() -> None:
    record = run(
        "وقال الهلال الأحمر والدفاع المدني إن ستة أشخاص قتلوا في السيول.",
        [Actor("الهلال الأحمر"), Actor("الدفاع المدني")],
    )
    claim = record.claims[0]
    assert chain_texts(record, claim) == ["الهلال الأحمر", "الدفاع المدني"]
    assert content(record, claim) == "ستة أشخاص قتلوا في السيول"


def test_two_sources_joined_before_a_definite_object_both_condemn() -> None:
    record = run("وأدانت تونس والجزائر الهجوم على القافلة.", [Actor("تونس", "GPE"), Actor("الجزائر", "GPE")])
    claim = record.claims[0]
    assert chain_texts(record, claim) == ["تونس", "الجزائر"]
    assert content(record, claim) == "الهجوم على القافلة"


def test_coordinated_subject_before_a_dual_verb_is_both_conjuncts() -> None:
    record = run(
        "الهلال الأحمر والدفاع المدني قالا إن السيول جرفت عشرين منزلا.",
        [Actor("الهلال الأحمر"), Actor("الدفاع المدني")],
    )
    claim = record.claims[0]
    assert source_text(record, claim) == "الهلال الأحمر"
    assert chain_texts(record, claim) == ["الهلال الأحمر", "الدفاع المدني"]


def test_a_joined_head_before_a_singular_verb_is_the_subject_alone() -> None:
    record = run("وفي المدينة سكان غاضبون ونقابة الأطباء تطالب بفتح تحقيق.", [Actor("نقابة الأطباء")])
    assert source_text(record, record.claims[0]) == "نقابة الأطباء"


def test_tanaqala_reports_what_media_circulate() -> None:
    record = run("وكانت مواقع محلية تناقلت أنباء عن اعتقال خمسة صحفيين في المدينة.")
    assert [(c.cue.text, c.stance, source_text(record, c)) for c in record.claims] == [
        ("تناقلت", "assert", "مواقع محلية")
    ]
    assert "اعتقال خمسة صحفيين" in content(record, record.claims[0])


def test_sources_close_to_a_body_keep_the_body_in_the_chain() -> None:
    record = run(
        "وأفادت مصادر طبية مقربة من الحركة الشعبية بمقتل ستة مزارعين في القصف.",
        [Actor("مصادر طبية مقربة", "NORP", name="close medical sources"), Actor("الحركة الشعبية")],
    )
    claim = record.claims[0]
    assert chain_texts(record, claim) == ["مصادر طبية مقربة", "الحركة الشعبية"]
    assert content(record, claim) == "بمقتل ستة مزارعين في القصف"


def test_a_sentence_final_verb_after_a_comma_says_the_clause_before_it() -> None:
    record = run(
        "غرق قارب يقل عشرين مهاجرا قبالة الساحل، قال مسؤول في خفر السواحل لرويترز.",
        [Actor("رويترز", name="Reuters")],
    )
    claim = record.claims[0]
    assert (claim.cue.text, source_text(record, claim)) == ("قال", "مسؤول في خفر السواحل")
    assert content(record, claim) == "غرق قارب يقل عشرين مهاجرا قبالة الساحل"


def test_a_verb_after_a_comma_with_its_own_object_is_not_sentence_final() -> None:
    record = run(
        "ومن جهته، دعا رئيس البلدية السكان إلى إخلاء المنازل القريبة من النهر.",
        [Actor("رئيس البلدية", "PER")],
    )
    assert content(record, record.claims[0]) == "السكان إلى إخلاء المنازل القريبة من النهر"


def test_a_preposition_cue_followed_only_by_where_it_was_said_attributes_the_clause_before() -> None:
    record = run("وقتل أربعة حراس في الهجوم بحسب ما أعلنت الشرطة في بيان.", [Actor("الشرطة")])
    claim = record.claims[0]
    assert content(record, claim) == "وقتل أربعة حراس في الهجوم"


def test_where_it_was_said_between_a_preposition_object_and_fa_inna_is_not_content() -> None:
    record = run("وبحسب الشرطة في بيان، فإن الحراس الأربعة قتلوا.", [Actor("الشرطة")])
    assert content(record, record.claims[0]) == "الحراس الأربعة قتلوا"


def test_quotations_opened_with_the_right_hand_mark_are_quotations() -> None:
    record = run(
        "وقالت مصادر محلية لـ”إذاعة الساحل” إن السيول جرفت الجسر. "
        "وقال رئيس البلدية:” الطريق مقطوع منذ يومين”، مشيرا إلى أن فرق الإنقاذ وصلت.",
        [Actor("إذاعة الساحل"), Actor("رئيس البلدية", "PER")],
    )
    assert summary(record) == [
        ("وقالت", "assert", "مصادر محلية"),
        ("وقال", "assert", "رئيس البلدية"),
        ("مشيرا", "assert", "رئيس البلدية"),
    ]
    assert content(record, record.claims[0]) == "السيول جرفت الجسر"
    assert content(record, record.claims[2]) == "فرق الإنقاذ وصلت"


def test_quotation_marks_written_the_other_way_round_close_after_a_word() -> None:
    record = run(
        "وقالت ”اللجنة“ إن ثلاثة صيادين فقدوا، فيما أكد ”الهلال الأحمر“ أن البحث مستمر.",
        [Actor("اللجنة"), Actor("الهلال الأحمر")],
    )
    assert summary(record) == [("وقالت", "assert", "اللجنة"), ("أكد", "assert", "الهلال الأحمر")]


def test_a_nested_quotation_inside_a_right_hand_opened_one_stays_inside() -> None:
    record = run(
        "وأضاف في تصريح:” بعد بيان الوزارة “المالية” قال المدير إن الرواتب تأخرت.",
        [Actor("المدير", "PER")],
    )
    assert [c.cue.text for c in record.claims] == ["وأضاف"]


def test_a_relayed_statement_leaves_the_speaker_for_the_next_dropped_subject() -> None:
    record = run(
        'وقال المتحدث باسم الشرطة - حسبما ذكرت قناة الشمال اليوم -: "إن الاشتباكات انتهت". '
        "وأوضح أن الطريق فتح مجددا.",
        [Actor("المتحدث باسم الشرطة", "PER"), Actor("قناة الشمال")],
    )
    assert summary(record) == [
        ("وقال", "assert", "المتحدث باسم الشرطة"),
        ("حسبما ذكرت", "assert", "قناة الشمال"),
        ("وأوضح", "assert", "المتحدث باسم الشرطة"),
    ]


def test_a_verb_with_an_object_pronoun_after_an_indefinite_statement_describes_it() -> None:
    record = run(
        "وأوضحت قيادة اللواء، في بيان نقلته وكالة الأنباء الوطنية، أن المسلحين انسحبوا من القرية.",
        [Actor("قيادة اللواء"), Actor("وكالة الأنباء الوطنية")],
    )
    assert summary(record) == [("وأوضحت", "assert", "قيادة اللواء")]
    assert content(record, record.claims[0]) == "المسلحين انسحبوا من القرية"


def test_a_statement_the_speaker_issued_keeps_the_verb_said_in_it() -> None:
    record = run("وأصدرت النقابة بيانا قالت فيه إن الإضراب مستمر.", [Actor("النقابة")])
    assert [(c.cue.text, content(record, c)) for c in record.claims] == [("قالت", "الإضراب مستمر")]


def test_mudhakkiran_with_a_complementizer_reminds_what_the_speaker_holds() -> None:
    record = run("وأكدت البعثة أن الضحايا من المدنيين، مذكرة بأن القانون يحمي المستشفيات.", [Actor("البعثة")])
    assert summary(record) == [("وأكدت", "assert", "البعثة"), ("مذكرة", "assert", "البعثة")]
    assert content(record, record.claims[1]) == "القانون يحمي المستشفيات"


def test_ja_a_fi_a_document_reports_what_the_document_says() -> None:
    record = run(
        "وجاء في تقرير للجنة الإغاثة أن أربعين عائلة نزحت من القرية.",
        [Actor("لجنة الإغاثة", name="Relief Committee")],
    )
    claim = record.claims[0]
    assert (claim.cue.text, source_text(record, claim)) == ("وجاء في", "لجنة الإغاثة")
    assert content(record, claim) == "أربعين عائلة نزحت من القرية"


def test_ja_a_fi_with_no_document_is_no_cue() -> None:
    record = run("وجاء في المرتبة الأولى فريق المدينة بعد أن فاز في المباراة الأخيرة.")
    assert record.claims == []


def test_ma_before_a_verb_whose_complementizer_carries_a_pronoun_is_its_object() -> None:
    record = run("وأظهر فيديو من مركز الإعلام ما يزعم أنها آثار قصف على البلدة.", [Actor("مركز الإعلام")])
    assert [c.cue.text for c in record.claims] == ["وأظهر", "يزعم"]
