"""A lexicon's hits in an article, walked from match to match (`Hits.firsts`, `next_first`)."""

from __future__ import annotations

from rasid.lang.ar.normalise import normalise_string
from rasid.recognise.actors.doc import ActorText
from rasid.recognise.actors.lexicon import load_tables


def test_the_finders_walk_from_one_force_noun_to_the_next() -> None:
    doc = ActorText(normalise_string("قال مصدر في الجيش إن قوات الأمن والجيش العراقي انتشرت"), load_tables())
    forces = doc.forces
    assert forces.firsts() == [3, 5, 7]  # الجيش، قوات، والجيش
    assert [i for i in range(len(doc)) if i in forces] == [3, 5, 7]
    assert [forces.next_first(i) for i in (0, 3, 4, 8)] == [3, 3, 5, len(doc)]
    assert doc.groups.firsts() == [1]  # مصدر


def test_read_in_lists_the_words_word_in_reads_in_a_table() -> None:
    tables = load_tables()
    doc = ActorText(
        normalise_string("قال السوريون إن الجيش السوري والقوات اللبنانية انتشرت في المباراة"), tables
    )
    for table in (tables.nisba, tables.sport_cues, tables.given_names):
        expected = [i for i, word in enumerate(doc.texts) if tables.word_in(word, table) is not None]
        assert doc.read_in(table) == expected
    assert [doc.texts[i] for i in doc.read_in(tables.nisba)] == ["السوريون", "السوري", "اللبنانيه"]
