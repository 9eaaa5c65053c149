"""What the trained name tagger adds to the actor mentions: names no rule or list finds."""

from __future__ import annotations

from rasid.lang.ar.text import TextView
from rasid.recognise.actors import find_actors
from rasid.recognise.actors.tagged import _skip
from rasid.recognise.names.tagger import view_doc

SPORT = "وسجل المهاجم فينيسيوس جونيور هدف الفوز لريال مدريد في مرمى برشلونة."


def _found(text: str, *, tagger: bool = True) -> list[tuple[str, str, str | None, str]]:
    return [(f.text, f.type, f.name, f.source) for f in find_actors(TextView(text), tagger=tagger)]


def test_a_person_and_a_club_without_any_cue_are_found_by_the_tagger() -> None:
    assert _found(SPORT, tagger=False) == []
    assert _found(SPORT) == [
        ("فينيسيوس جونيور", "PER", "Fainisyus Junyur", "tagger"),
        ("لريال مدريد", "ORG", None, "tagger"),
        ("برشلونة", "ORG", None, "tagger"),  # the club whose goal it was
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
