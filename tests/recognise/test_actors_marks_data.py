"""The actor and name finders read their quotation and clause marks from the data files.

quote_marks.tsv and clause_marks.tsv give the marks; these tests pin what the finders make of
them, including the one mark the move added: the low opening quote „ now counts as an opening
quote before a name, as the other unpaired glyph ‘ always did.
"""

from __future__ import annotations

from rasid.lang.ar.affixes import affixes
from rasid.recognise.actors.doc import CLOSING_QUOTES, OPENING_QUOTES, SENTENCE_BREAK, ActorText
from rasid.recognise.actors.lexicon import load_tables
from rasid.recognise.actors.outlets import _QUOTES
from rasid.recognise.names.features import _gap_marks


def _doc(text: str) -> ActorText:
    return ActorText(text, load_tables())


def test_the_quotes_are_every_glyph_of_the_data_file() -> None:
    assert frozenset("«“‘„\"'") == OPENING_QUOTES
    assert frozenset("»”’\"'") == CLOSING_QUOTES
    assert set(_QUOTES) == set("«»“”‘’„\"'()")


def test_a_word_after_an_opening_quote_is_quoted() -> None:
    doc = _doc("قالت منظمة „أطباء بلا حدود” إن المستشفى قصف")
    assert [doc.quoted(i) for i in range(len(doc))] == [False, False, True, False, False, False, False, False]
    doc = _doc("قالت منظمة «أطباء بلا حدود» إن المستشفى قصف")
    assert doc.quoted(2)


def test_the_sentence_ends_are_read_from_clause_marks() -> None:
    assert frozenset(".!?؟؛\n") == SENTENCE_BREAK
    doc = _doc("وصل الوفد؛ بدأ الاجتماع; ثم انتهى")
    assert [doc.sentence_break(i) for i in range(len(doc))] == [False, False, True, False, False, False]


def test_the_gap_features_keep_their_classes() -> None:
    assert _gap_marks("، ") == ["comma"]
    assert _gap_marks(": «") == ["comma", "quote"]
    assert _gap_marks("؛ ") == ["comma"]  # the Arabic semicolon is a clause mark for the tagger
    assert _gap_marks(". ") == ["break"]
    assert _gap_marks(" „") == []  # an unpaired glyph is no quote feature, as trained


def test_the_endings_that_close_no_family_name_are_affixes_kinds() -> None:
    assert affixes("adverb_ending") == ("ا",)
    assert affixes("feminine_dual") == ("تين", "تان")
    assert "صباحا".endswith((*affixes("adverb_ending"), *affixes("feminine_dual")))
    assert not "حسين".endswith((*affixes("adverb_ending"), *affixes("feminine_dual")))
