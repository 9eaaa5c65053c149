"""What the trained name tagger adds to the actor mentions: names no rule or list finds."""

from __future__ import annotations

import pytest

from rasid.lang.ar.text import TextView
from rasid.recognise.actors import find_actors
from rasid.recognise.actors.rules import rule_candidates
from rasid.recognise.actors.states import infer_doc_country
from rasid.recognise.actors.tagged import (
    _before_conjunction,
    _before_preposition,
    _common_only,
    _skip,
    tagged_actor,
)
from rasid.recognise.names.tagger import view_doc

SPORT = "وسجل المهاجم فينيسيوس جونيور هدف الفوز لريال مدريد في مرمى برشلونة."


def _found(text: str, *, tagger: bool = True) -> list[tuple[str, str, str | None, str]]:
    return [(f.text, f.type, f.name, f.source) for f in find_actors(TextView(text), tagger=tagger)]


def test_a_club_without_any_cue_is_found_by_the_tagger() -> None:
    # the registry knows the player (actors.tsv, names round s16)
    assert _found(SPORT, tagger=False) == [("فينيسيوس جونيور", "PER", "Vinícius Júnior", "registry")]
    # what the model tags depends on its training (the model retrained on issue 11's third names
    # round tags the glued "لريال مدريد" again); what it tags over a registry club's name
    # (`tagged`) carries that club's English name
    assert _found(SPORT) == [
        ("فينيسيوس جونيور", "PER", "Vinícius Júnior", "registry"),
        ("ريال مدريد", "ORG", "Real Madrid", "tagger"),
        ("برشلونة", "ORG", "Barcelona", "tagger"),  # the club whose goal it was, not the city
    ]


def test_the_rules_keep_what_they_found() -> None:
    text = "ووقعت شركة سوناطراك اتفاقا مع البنك الأهلي في الجزائر العاصمة."
    assert _found(text) == _found(text, tagger=False)  # the tagger's "سوناطراك" lies inside a rule's org


def test_a_conjunction_is_left_out_only_when_it_surely_is_one() -> None:
    doc = view_doc(TextView("التقى عباس الوفد، وقال وعباس إن وينستون ووليد وويليام بالأمم المتحدة."))
    words = {doc.word(i): i for i in range(len(doc))}
    assert _skip(doc, words["وعباس"]) == 1  # the article also writes "عباس"
    assert _skip(doc, words["وينستون"]) == 0  # a foreign name may begin with و
    assert _skip(doc, words["ووليد"]) == 1  # a known first name after it
    assert _skip(doc, words["بالامم"]) == 1  # a preposition before the article


def test_a_club_named_by_an_ordinary_word_is_never_proposed_by_the_rules() -> None:
    """Registry aliases flagged `tagged` ("النصر" victory, "الهلال" crescent) need the tagger."""
    assert _found("وفاز النصر على الهلال بهدفين في الرياض.", tagger=False) == []
    assert _found("واحتفل الجنود بالنصر بعد معركة طويلة، ورفعوا الهلال على المئذنة.") == []


@pytest.mark.parametrize("tagger", [False, True])
def test_in_an_article_about_sport_a_club_needs_no_tagger(tagger: bool) -> None:
    """Two words of sports reporting (actor_sport_cues.tsv) make the `club` aliases clubs."""
    text = "وفاز النصر على الهلال بهدفين في المباراة التي جمعتهما في الرياض ضمن الدوري السعودي."
    found = [(t, name) for t, _, name, _ in _found(text, tagger=tagger)]
    assert ("النصر", "Al-Nassr") in found
    assert ("الهلال", "Al-Hilal") in found
    # one such word is not enough ("الدقيقة" alone): the ordinary words stay words
    assert _found("وانتظر الناس النصر في الدقيقة الأخيرة.", tagger=False) == []


def test_club_names_do_not_vote_for_the_articles_country() -> None:
    assert infer_doc_country(view_doc(TextView("وفاز الأهلي على الزمالك بهدفين في المباراة."))) is None


@pytest.mark.parametrize(
    ("text", "ahli", "ittihad"),
    [
        (
            "وفاز الأهلي على الاتحاد بهدفين في طرابلس ضمن الدوري الليبي.",
            "Al-Ahli Tripoli",
            "Al-Ittihad Tripoli",
        ),
        ("وفاز الأهلي على الاتحاد بهدفين في جدة ضمن الدوري السعودي.", "Al-Ahli", "Al-Ittihad"),
        ("وفاز الأهلي على الاتحاد بهدفين.", "Al Ahly", "Al-Ittihad"),  # no country: the first listed
    ],
)
def test_a_tagged_name_takes_the_club_of_the_articles_country(text: str, ahli: str, ittihad: str) -> None:
    doc = view_doc(TextView(text))
    rule_candidates(doc)  # sets the article's country
    names = {}
    for i in (1, 3):
        found = tagged_actor(doc, i, i, "ORG")
        assert found is not None
        names[i] = found[0].name
    assert names == {1: ahli, 3: ittihad}
    assert tagged_actor(doc, 1, 1, "PER") is None  # the tagger's type must be the actor's


def test_a_foreign_club_the_tagger_finds_takes_its_english_name_from_the_world_table() -> None:
    """actor_world_orgs.tsv: clubs, papers and companies named by their bare title are `tagged`."""
    text = "وتغلب بلاكبيرن على ضيفه فيردر بريمن بهدفين في مباراة ودية."
    assert _found(text, tagger=False) == []  # no rule proposes a bare club name
    assert _found(text) == [
        ("بلاكبيرن", "ORG", "Blackburn Rovers", "tagger"),
        ("فيردر بريمن", "ORG", "Werder Bremen", "tagger"),
    ]


def test_a_tagged_person_runs_on_over_a_family_name_no_list_knows() -> None:
    """The tagger's name ends where the person grammar says: an unknown word that is no common
    word, closed by a verb after it, joins it."""
    text = "وقال المدير الإقليمي للبنك الدولي بيمال كومار جاه وعرض معه مشاريع البنك في لبنان."
    names = [t for t, kind, _, _ in _found(text) if kind == "PER"]
    assert names == ["بيمال كومار جاه"]


def test_a_tagged_person_ends_before_a_preposition_and_a_known_name() -> None:
    """A preposition stands between names, never inside one: "الشهري لجيسوس" is "al-Shehri to
    Jesus" (a first name the article also writes alone); a family name may begin with the
    letter ("لبيني")."""
    doc = view_doc(TextView("الشهري لجيسوس: لماذا؟ ورد جيسوس بأن عبدالواحد لبيني جاهز."))
    words = {doc.word(i): i for i in range(len(doc))}
    assert _before_preposition(doc, words["الشهري"], words["لجيسوس"]) == words["الشهري"]
    assert _before_preposition(doc, words["عبدالواحد"], words["لبيني"]) == words["لبيني"]


def test_a_tagged_person_ends_before_a_conjunction_that_opens_a_second_name() -> None:
    """ "سالم ولد أحمد وسي مامادو" is two persons; "ولد" (a name particle) and "وليد" (a first
    name) are no conjunctions, and a و-word right after a first name alone cuts nothing."""
    doc = view_doc(TextView("عين الرئيس سالم ولد أحمد وسي مامادو وزيرين، وحضر عمر وليد حسن الاجتماع."))
    words = {doc.word(i): i for i in range(len(doc))}
    assert _before_conjunction(doc, words["سالم"], words["مامادو"]) == words["احمد"]
    assert _before_conjunction(doc, words["عمر"], words["حسن"]) == words["حسن"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force word that is a club's name: the club in a sports report, not the police
        (
            "وتغلب الشرطة على الطلبة بهدفين في مباراة الدوري العراقي، وقال مدرب الشرطة إن الفوز مستحق.",
            [("الشرطة", "Al-Shorta"), ("الطلبة", "Al-Talaba"), ("الشرطة", "Al-Shorta")],
        ),
        # a state's name is its home club's ("نادي الكويت" in the registry), not after a place word
        (
            "وتعادل الكويت مع القادسية في مباراة الدوري الكويتي، وقال المدرب إن الجماهير داخل الكويت غاضبة.",
            [("الكويت", "Kuwait SC"), ("القادسية", "Al-Qadsia")],
        ),
        # a club whose alias holds a state's name is the club, not the state
        (
            "وفاز مولودية الجزائر على شباب بلوزداد في مباراة الدوري بهدفين.",
            [("مولودية الجزائر", "MC Alger"), ("شباب بلوزداد", "CR Belouizdad")],
        ),
        # after a team noun the club is its whole alias, the noun left out
        (
            "وتغلب فريق نفط الوسط على فريق النفط في مباراة الدوري العراقي بهدف.",
            [("نفط الوسط", "Naft Al-Wasat"), ("النفط", "Al-Naft SC")],
        ),
    ],
)
def test_in_a_sports_report_a_state_or_force_word_that_is_a_clubs_name_is_the_club(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(t, name) for t, kind, name, _ in _found(text, tagger=False) if kind == "ORG"]
    assert found == expected


def test_outside_sport_the_police_stay_the_police() -> None:
    found = [
        (t, name) for t, _, name, _ in _found("وقالت الشرطة العراقية إن الطريق أغلق في بغداد.", tagger=False)
    ]
    assert ("الشرطة العراقية", "Iraqi Police") in found


def test_where_national_teams_play_a_states_name_is_not_its_namesake_club() -> None:
    """ "نادي قطر" is a club; in a report on the national team, "قطر" is the state's team."""
    text = "وفاز المنتخب القطري على نظيره العماني في المباراة، وقال مدرب قطر إن الفوز مستحق في الدوحة."
    assert [name for _, _, name, _ in _found(text, tagger=False) if name == "Qatar SC"] == []


def test_a_tagged_name_of_common_words_only_is_not_taken() -> None:
    """Nothing but the model's guess makes a name of words an annotated corpus uses as ordinary
    words (common_words.tsv)."""
    doc = view_doc(TextView("لفت النظر خلال هذه الجولة مدربون ولاعبون."))
    words = {doc.word(i): i for i in range(len(doc))}
    assert _common_only(doc, words["النظر"], words["النظر"])
    assert not _common_only(doc, words["مدربون"], words["ولاعبون"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وفاز الباطن على الشباب في مباراة الدوري السعودي ليتصدر الدوري.",
            [("الباطن", "ORG", "Al-Batin"), ("الشباب", "ORG", "Al-Shabab")],
        ),
        (
            "وتعادل العدالة مع الفيصلي السعودي في مباراة الدوري.",
            [("العدالة", "ORG", "Al-Adalah"), ("الفيصلي السعودي", "ORG", "Al-Faisaly FC")],
        ),
    ],
)
def test_saudi_clubs_of_recent_seasons(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [f[:3] for f in _found(text, tagger=False)] == expected
