"""What the name tagger sees of a word: the features of its form, cached once per form."""

from __future__ import annotations

from rasid.lang.ar.text import TextView
from rasid.recognise.names.features import (
    _gap_features,
    _word_features,
    doc_features,
    table_hits,
    without_table_marks,
)
from rasid.recognise.names.tagger import view_doc


def test_the_features_of_a_word_form() -> None:
    assert _word_features("وللبنك") == (
        "bias",
        "w=وللبنك",
        "rest=البنك",
        "bare=بنك",
        "clitic=ولل",
        "al=True",
        "p2=بن",
        "p3=بنك",
        "s1=ك",
        "s2=نك",
        "s3=بنك",
        "p4=بنك",
        "s4=بنك",
        "len=3",
        "shape=arabic",
    )


def test_the_features_of_a_gap_before_and_after_a_word() -> None:
    assert _gap_features("، «") == (("gap:comma", "gap:quote"), ("gapnext:comma", "gapnext:quote"))
    assert _gap_features(" ") == ((), ())


def test_a_word_reads_the_same_in_any_article_and_its_form_is_computed_once() -> None:
    first = view_doc(TextView("أعلن البنك التجاري أرباحه."))
    second = view_doc(TextView("وقال رئيس مجلس إدارة البنك التجاري إن النمو مستمر."))
    a, b = doc_features(first)[1], doc_features(second)[4]
    assert a[:15] == b[:15] == list(_word_features("البنك"))
    assert a[15:] != b[15:]  # the context differs: a sentence start, other neighbours
    hits = _word_features.cache_info().hits
    _word_features("البنك")
    assert _word_features.cache_info().hits == hits + 1


def test_the_model_vocabulary_leaves_out_only_what_no_model_knows_and_tags_the_same() -> None:
    from rasid.recognise.names.features import Vocabulary
    from rasid.recognise.names.tagger import first_pass, load_tagger, model_attributes, sentences_of

    tagger = load_tagger()
    known = model_attributes(tagger._first)
    # the count changes with every retraining (`make ner-model`); thousands, and the constant ones
    assert len(known) > 10_000 and "bias" in known and "shape=arabic" in known
    doc = view_doc(TextView("وقال رئيس مجلس إدارة البنك التجاري محمد بركات إن النمو مستمر."))
    every = doc_features(doc, lexicon=tagger.lexicon)
    kept = doc_features(doc, vocabulary=tagger.vocabulary, lexicon=tagger.lexicon)
    # the tagger's vocabulary hands crfsuite the kept features as UTF-8 bytes, encoded once per form
    assert kept == [[f.encode() for f in fs if f in tagger.vocabulary.known] for fs in every]
    assert sum(map(len, kept)) < sum(map(len, every))
    sentences = sentences_of(doc)
    labels = first_pass(tagger._first, every, sentences)
    assert first_pass(tagger._first, kept, sentences) == labels
    # محمد بركات; the bank is an organisation, or left by the first pass to the second (tag_text),
    # as each retraining decides (`make ner-model`)
    assert labels[6:8] == ["B-PER", "I-PER"]
    assert labels[4:6] in (["O", "O"], ["B-ORG", "I-ORG"])
    text_kept = doc_features(doc, vocabulary=Vocabulary(tagger.vocabulary.known), lexicon=tagger.lexicon)
    assert [[f.encode() for f in fs] for fs in text_kept] == kept
    assert first_pass(tagger._first, text_kept, sentences) == labels
    assert Vocabulary(frozenset({"w=رئيس", "bias"})).form("رئيس")[0] == ("bias", "w=رئيس")


def test_a_words_lexicon_marks_are_read_once_per_form_and_match_the_tables() -> None:
    from rasid.recognise.names.features import Vocabulary, _lexicon_marks

    doc = view_doc(TextView("وقال محمد إن الحكومة السورية والحكومة اللبنانية اتفقتا."))
    vocabulary = Vocabulary()
    marks = _lexicon_marks(doc, vocabulary)
    assert marks == _lexicon_marks(doc)  # the shared memory gives the same marks
    words = [doc.word(i) for i in range(len(doc))]
    assert "given" in marks[words.index("محمد")]
    assert "nisba" in marks[words.index("السوريه")]
    assert "stop" in marks[words.index("ان")]
    assert len(vocabulary._word_marks) == len(set(words))  # one entry per form


def test_how_the_article_uses_a_word_counts_its_bare_form_and_the_article_on_any_occurrence() -> None:
    from rasid.recognise.names.features import doc_use_marks

    doc = view_doc(TextView("زار كوستيلو المدينة أمس، وقال كوستيلو إن مدينة الساحل جميلة."))
    words = [doc.word(i) for i in range(len(doc))]
    uses = doc_use_marks(words)
    assert words[1] == words[5] == "كوستيلو"
    assert uses[1] == ("2|0", True) and uses[5] == ("2|0", False)  # never with the article
    assert words[2] == "المدينه" and words[7] == "مدينه"
    assert uses[2] == ("2|1", True) and uses[7] == ("2|1", False)  # once is enough for both
    assert words[4] == "وقال" and uses[4] == ("1|0", True)  # the bare form is "قال"
    assert words[6] == "ان" and uses[6] is None  # too short to say anything
    features = doc_features(doc)
    assert {"docn=2|0", "docfirst=True", "docn[-1]=1|0", "docn[1]=2|1"} <= set(features[1])
    assert "docn[1]=2|0" in features[4] and not any(f.startswith("docn=") for f in features[6])


def test_the_lexicon_marks_added_in_the_tagging_pass_are_those_training_adds() -> None:
    from rasid.recognise.names.features import lexicon_features
    from rasid.recognise.names.tagger import load_tagger

    lexicon = load_tagger().lexicon
    doc = view_doc(TextView("استقبل وزير الخارجية سامي العلي وفدا من الأمم المتحدة، ثم غادر."))
    assert doc_features(doc, lexicon=lexicon) == lexicon_features(doc.texts, doc_features(doc), lexicon)


def test_the_gaps_of_a_document_are_the_gaps_before_each_word() -> None:
    doc = view_doc(TextView("«قال» الوزير، أمس: نعم."))
    assert doc.gaps == [doc.gap(i) for i in range(len(doc))] == ["«", "» ", "، ", ": "]
    assert doc.gap(len(doc)) == "\n"


def test_training_hides_a_table_row_on_its_words_and_as_its_neighbours_mark() -> None:
    doc = view_doc(TextView("وصل الوزير إلى القاهرة قادما من الولايات المتحدة أمس"))
    features = doc_features(doc)
    words = [doc.word(i) for i in range(len(doc))]
    assert table_hits(features) == [(3, 3, "gaz"), (3, 3, "reg:GPE"), (6, 7, "gaz"), (6, 7, "reg:GPE")]
    asked: list[str] = []

    def hidden(key: str) -> bool:
        asked.append(key)
        return key == "ولايات|متحده"

    out = without_table_marks(words, features, hidden)
    assert asked == ["قاهره", "قاهره", "ولايات|متحده", "ولايات|متحده"]

    def marks(i: int, fs: list[list[str | bytes]]) -> list[str | bytes]:
        return [f for f in fs[i] if "gaz" in str(f) or "reg:" in str(f)]

    assert marks(3, out) == marks(3, features) == ["lex:B-gaz", "lex:B-reg:GPE"]
    assert marks(5, out) == [] and marks(5, features) == ["lex[1]:B-gaz", "lex[1]:B-reg:GPE"]
    assert marks(6, out) == [] and marks(7, out) == [] and marks(8, out) == []
    assert [f for f in out[6] if f not in features[6]] == []  # only marks are taken away
    assert features[6].count("lex:B-gaz") == 1  # the document's own lists are left as they were
