"""What the training corpus labelled a word and a name as, the name tagger's lexicon marks."""

from __future__ import annotations

from pathlib import Path

from rasid.recognise.names.features import bare_form, lexicon_features
from rasid.recognise.names.lexicon import NameCounts, NameLexicon


def _counts(text: str, names: list[tuple[int, int, str]]) -> NameCounts:
    return NameCounts.of_document([bare_form(w) for w in text.split()], names)


def test_a_word_takes_its_most_frequent_type_and_how_often_it_was_one() -> None:
    total = NameCounts()
    total.add(_counts("زار شافيز كراكاس", [(1, 1, "PER"), (2, 2, "LOC")]))
    total.add(_counts("قال شافيز إن النفط", [(1, 1, "PER")]))
    total.add(_counts("شافيز قال", []))
    lexicon = total.lexicon()
    assert lexicon.word_marks(bare_form("شافيز")) == ("PER", "PER:mid")  # a name twice in three
    assert lexicon.word_marks(bare_form("كراكاس")) == ("LOC", "LOC:hi")
    assert lexicon.word_marks(bare_form("قال")) == ("O",)
    assert lexicon.word_marks(bare_form("بوغوتا")) == ()


def test_a_training_document_reads_the_lexicon_without_its_own_labels() -> None:
    mine = _counts("زار شافيز كراكاس", [(1, 1, "PER"), (2, 2, "LOC")])
    other = _counts("قال شافيز", [(1, 1, "PER")])
    total = NameCounts()
    total.add(mine)
    total.add(other)
    lexicon = total.without(mine)
    assert lexicon.word_marks(bare_form("شافيز")) == ("PER", "PER:hi")
    assert lexicon.word_marks(bare_form("كراكاس")) == ()  # only its own document named it
    assert bare_form("زار") not in lexicon.words


def test_a_listed_name_of_several_words_is_marked_longest_first() -> None:
    counts = _counts(
        "قالت المنظمة العالمية للملكية الفكرية إن المنظمة العالمية للصحة",
        [(1, 4, "ORG"), (6, 8, "ORG")],
    )
    lexicon = counts.lexicon()
    bares = [bare_form(w) for w in ["وأكدت", "المنظمة", "العالمية", "للملكية", "الفكرية", "أمس"]]
    assert lexicon.phrase_marks(bares) == [(), ("B-ORG",), ("I-ORG",), ("I-ORG",), ("I-ORG",), ()]


def test_the_lexicon_is_written_and_read_back_and_gives_features(tmp_path: Path) -> None:
    counts = _counts("زار هوغو شافيز كراكاس", [(1, 2, "PER"), (3, 3, "LOC")])
    path = tmp_path / "lexicon.tsv"
    counts.lexicon().write(path)
    lexicon = NameLexicon.read(path)
    assert lexicon == counts.lexicon()
    words = ["التقى", "هوغو", "شافيز"]
    features = lexicon_features(words, [["bias"]] * 3, lexicon)
    assert features == [
        ["bias"],
        ["bias", "tg:PER", "tg:PER:hi", "tgp:B-PER"],
        ["bias", "tg:PER", "tg:PER:hi", "tgp:I-PER"],
    ]
