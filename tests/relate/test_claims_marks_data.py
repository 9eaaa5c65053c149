"""The marks and prepositions the claim finder reads from data, not code.

The commas come from data/clause_marks.tsv (`ClaimText.is_comma`); the prepositions that open
what is said after a role noun (saying_preposition) and those that take a noun, never a verb
(noun_preposition), from claim_markers.tsv.
"""

from __future__ import annotations

from tests.relate.claims_support import Actor, run

from rasid.lang.ar.markers import marker_words
from rasid.relate.claims.text import ClaimText, clause_punct


def test_the_saying_prepositions_are_an_and_ala_normalised() -> None:
    # "مسؤول أمني عن ..." / "على ...": what is said follows, not the body the speaker is in
    assert marker_words("saying_preposition") == frozenset({"عن", "علي"})


def test_the_noun_prepositions_with_the_content_ones() -> None:
    # after these a cue form is a verbal noun ("دعت إلى إدانة"), never a finite verb
    assert marker_words("noun_preposition") == frozenset({"الي", "من"})
    assert marker_words("content_preposition") | marker_words("noun_preposition") == frozenset(
        {"الي", "عن", "علي", "في", "ب", "من"}
    )


def test_a_comma_token_is_one_of_the_files_commas_and_none_lies_outside_the_text() -> None:
    record = run("قال الوزير، إن الوضع هادئ; وأضاف, كذلك", [Actor("الوزير", "PER")])
    ct = ClaimText(record)
    marks = [(t.text, ct.is_comma(i)) for i, t in enumerate(ct.toks) if t.kind == "punct"]
    assert marks == [("،", True), (";", False), (",", True)]
    assert not ct.is_comma(-1) and not ct.is_comma(len(ct))


def test_a_comma_segment_ends_at_a_clause_break_a_colon_a_dash_or_a_bracket() -> None:
    assert clause_punct() == frozenset("،,;؛:-–—()[]")
