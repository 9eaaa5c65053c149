"""Issue 12, casualty sources (session 19, src10): the person a source's title names, written
after the title, belongs to the source phrase, across the body the title belongs to after ل and
the person's ranks, or set off by a comma before a colon; a connective that opens a sentence
(إذ، حيث) is no subject; a news outlet in brackets after a clause is its credit, not its
speaker. Sentences written for these tests."""

from __future__ import annotations

from tests.relate.claims_support import Actor, chain_texts, run, source_text


def test_a_named_title_goes_on_over_its_body_after_lam_to_the_person() -> None:
    record = run(
        "وقال الناطق الرسمي لوزارة الداخلية سامي العلي إن 7 أشخاص أصيبوا في الحادث.",
        [
            Actor("الناطق الرسمي", "PER", "official spokesman"),
            Actor("وزارة الداخلية", "ORG", "Ministry of Interior"),
            Actor("سامي العلي", "PER", "Sami al-Ali"),
        ],
    )
    assert [chain_texts(record, c) for c in record.claims] == [
        ["الناطق الرسمي", "وزارة الداخلية", "سامي العلي"]
    ]


def test_an_unnamed_title_goes_on_over_a_rank_to_the_person() -> None:
    record = run(
        "وقال المتحدث باسم الحرس الوطني العقيد مازن الحسن إن 3 جنود قتلوا.",
        [Actor("الحرس الوطني", "ORG", "National Guard"), Actor("مازن الحسن", "PER", "Mazen al-Hassan")],
    )
    assert [chain_texts(record, c)[-2:] for c in record.claims] == [["الحرس الوطني", "مازن الحسن"]]


def test_a_director_of_a_hospital_after_lam_then_his_name() -> None:
    record = run(
        "وأكد المدير العام لمستشفى النور كريم سالم أن المستشفى استقبل 12 جريحا.",
        [Actor("مستشفى النور", "ORG", "Al-Nour Hospital"), Actor("كريم سالم", "PER", "Karim Salem")],
    )
    assert [chain_texts(record, c)[1:] for c in record.claims] == [["مستشفى النور", "كريم سالم"]]


def test_the_one_spoken_to_after_a_title_is_not_its_body() -> None:
    record = run(
        "وقال المتحدث العسكري لوكالة الأنباء الوطنية إن 4 جنود قتلوا.",
        [
            Actor("المتحدث العسكري", "PER", "military spokesman"),
            Actor("وكالة الأنباء الوطنية", "ORG", "National News Agency"),
        ],
    )
    assert [chain_texts(record, c) for c in record.claims] == [["المتحدث العسكري"]]


def test_a_person_followed_by_more_noun_phrase_is_not_taken() -> None:
    # the name is the start of what was announced, not the one who announced it
    record = run(
        "وأعلن المتحدث العسكري العقيد رامي ناصر قائدا جديدا للواء.",
        [Actor("المتحدث العسكري", "PER", "military spokesman"), Actor("رامي ناصر", "PER", "Rami Nasser")],
    )
    assert [chain_texts(record, c) for c in record.claims] == [["المتحدث العسكري"]]


def test_a_name_set_off_by_a_comma_before_a_colon_is_the_source() -> None:
    record = run(
        'وقال المتحدث باسم الشرطة، فادي يونس: "قتل 5 أشخاص في الهجوم".',
        [Actor("الشرطة", "ORG", "Police"), Actor("فادي يونس", "PER", "Fadi Younes")],
    )
    assert [chain_texts(record, c)[-1] for c in record.claims] == ["فادي يونس"]


def test_a_place_set_off_by_commas_before_a_colon_is_no_source() -> None:
    record = run('وقال المتحدث باسم الشرطة، في الخرطوم: "قتل 5 أشخاص".', [Actor("الشرطة", "ORG", "Police")])
    assert all("الخرطوم" not in t for c in record.claims for t in chain_texts(record, c))


def test_idh_opening_a_sentence_is_no_subject() -> None:
    record = run(
        "أعلن مصدر في الدفاع المدني انتشال جثتين. إذ أوضح المصدر أن فرق الإنقاذ عثرت على 3 جرحى.",
        [Actor("الدفاع المدني", "ORG", "Civil Defence")],
    )
    assert [source_text(record, c) for c in record.claims] == ["مصدر", "المصدر"]


def test_haythu_opening_a_sentence_is_no_subject() -> None:
    record = run(
        "أعلنت البلدية إغلاق الطريق. حيث أشار رئيس البلدية إلى أن 4 منازل تضررت.",
        [Actor("البلدية", "ORG", "Municipality"), Actor("رئيس البلدية", "PER", "Mayor")],
    )
    assert [source_text(record, c) for c in record.claims] == ["البلدية", "رئيس البلدية"]


def test_a_news_outlet_in_brackets_closing_a_clause_names_no_speaker() -> None:
    record = run(
        "وقتل 6 أشخاص في انفجار قرب السوق (سكاي نيوز).",
        [Actor("سكاي نيوز", "ORG", "Sky News Arabia")],
    )
    assert record.claims == []


def test_a_body_in_brackets_closing_a_clause_still_speaks() -> None:
    record = run(
        "وقتل 6 أشخاص في انفجار قرب السوق (الدفاع المدني).",
        [Actor("الدفاع المدني", "ORG", "Civil Defence")],
    )
    assert [source_text(record, c) for c in record.claims] == ["الدفاع المدني"]


def test_the_object_of_a_preposition_cue_goes_on_to_the_person_its_title_names() -> None:
    record = run(
        "وقتل 11 شخصا في القصف، وفقا للناطق الرسمي لوزارة الصحة سامي العلي.",
        [
            Actor("ناطق الرسمي", "PER", "official spokesman"),
            Actor("وزارة الصحة", "ORG", "Ministry of Health"),
            Actor("سامي العلي", "PER", "Sami al-Ali"),
        ],
    )
    assert [chain_texts(record, c) for c in record.claims] == [["ناطق الرسمي", "وزارة الصحة", "سامي العلي"]]


def test_a_relayed_title_goes_on_over_a_rank_to_the_person_before_qawluhu() -> None:
    record = run(
        "ونقلت الإذاعة عن المتحدث باسم الحرس الوطني العقيد مازن الحسن قوله إن 3 جنود قتلوا.",
        [
            Actor("الإذاعة", "ORG"),
            Actor("الحرس الوطني", "ORG", "National Guard"),
            Actor("مازن الحسن", "PER", "Mazen al-Hassan"),
        ],
    )
    assert [chain_texts(record, c)[-1] for c in record.claims] == ["مازن الحسن"]
