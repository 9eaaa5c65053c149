"""CoNLL reading, mention-to-entity conversion and exact-match NER scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.errors import InputError
from rasid.evaluate import ner
from rasid.evaluate.ner import (
    NerSpan,
    bio_spans,
    build_document,
    normalise_tag,
    parse_conll,
    read_conll,
    read_sentences,
    record_entities,
    run_ner,
    score_ner,
    snap_to_tokens,
    split_part,
)
from rasid.pipeline import Pipeline, Stage
from rasid.record import ActorMention, PlaceMention, Record

CORPUS = """\
-DOCSTART- O

قال O
محمد B-PERS
العلي I-PERS
إن O
الأمم B-ORG
المتحدة I-ORG
أرسلت O
مساعدات O
إلى O
حلب B-LOC
. O

وصل O
الوفد O
وحمص B-LOC
إلى O
دمشق B-LOC
برفقة O
سوريين B-MISC
. O
"""
TEXT = "قال محمد العلي إن الأمم المتحدة أرسلت مساعدات إلى حلب .\nوصل الوفد وحمص إلى دمشق برفقة سوريين ."


def _span(needle: str, kind: str) -> NerSpan:
    start = TEXT.index(needle)
    return NerSpan(start, start + len(needle), kind)


GOLD = [_span("محمد العلي", "PER"), _span("الأمم المتحدة", "ORG"), _span("حلب", "LOC"), _span("وحمص", "LOC"),
        _span("دمشق", "LOC")]  # fmt: skip


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("B-PERS", "B-PER"), ("I-PER", "I-PER"), ("B-LOC", "B-LOC"), ("i-org", "I-ORG"), ("LOC", "I-LOC"),
     ("B-MISC", "O"), ("MIS0", "O"), ("I-MIS3", "O"), ("O", "O"), ("E-LOC", "O")],
)  # fmt: skip
def test_normalise_tag(tag: str, expected: str) -> None:
    assert normalise_tag(tag) == expected


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["I-LOC", "I-LOC", "B-LOC"], [(0, 2, "LOC"), (2, 3, "LOC")]),  # I- opens an entity, B- splits
        (["B-ORG", "I-PER"], [(0, 1, "ORG"), (1, 2, "PER")]),
        (["O", "O"], []),
    ],
)
def test_bio_spans(tags: list[str], expected: list[tuple[int, int, str]]) -> None:
    assert bio_spans(tags) == expected


def test_document_text_offsets_and_gold() -> None:
    sentences = list(parse_conll(CORPUS.splitlines()))
    doc = build_document(sentences)
    assert doc.text == TEXT
    assert doc.entities == GOLD
    assert all(
        TEXT[s:e] == w for (s, e), (w, _) in zip(doc.tokens, [t for s in sentences for t in s], strict=True)
    )


def test_parse_conll_rejects_a_line_without_tag() -> None:
    with pytest.raises(InputError, match="line 2: expected 'token tag'"):
        list(parse_conll(["قال O", "محمد"], "c.conll"))


def test_parse_conll_splits_sentences_without_blank_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ner, "MAX_SENTENCE_TOKENS", 3)
    lines = ["أ O", "ب O", ". O", "ج B-LOC", "د I-LOC", ". O", "هـ O"]
    assert [len(s) for s in parse_conll(lines)] == [3, 3, 1]


def test_read_conll_limit_and_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.conll"
    path.write_text(CORPUS, encoding="utf-8")
    monkeypatch.setattr(ner, "SENTENCES_PER_DOC", 1)
    assert [d.text for d in read_conll(path)] == TEXT.split("\n")
    assert [d.sentences for d in read_conll(path, limit=1)] == [1]


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ((TEXT.index("حمص"), TEXT.index("حمص") + 3), _span("وحمص", "LOC")),  # clitic inside the token
        ((TEXT.index("محمد"), TEXT.index("محمد") + 4), _span("محمد", "LOC")),
        ((TEXT.index("محمد") + 1, TEXT.index("العلي") + 2), _span("محمد العلي", "LOC")),
        ((TEXT.index("محمد") - 1, TEXT.index("محمد")), None),  # only the space
    ],
)
def test_snap_to_tokens(span: tuple[int, int], expected: NerSpan | None) -> None:
    doc = build_document(list(parse_conll(CORPUS.splitlines())))
    got = snap_to_tokens([NerSpan(span[0], span[1], "LOC")], doc.tokens)
    assert got == ([] if expected is None else [expected])


def _record(text: str, *found: tuple[str, str]) -> Record:
    """A record with one mention per (words, kind) pair: 'place' or an actor type."""
    record = Record(id="r", text=text)
    for words, kind in found:
        start = text.index(words)
        span = (start, start + len(words))
        mention_id = record.next_mention_id()
        if kind == "place":
            record.mentions.append(PlaceMention(id=mention_id, span=span, text=words))
        else:
            record.mentions.append(ActorMention(id=mention_id, span=span, text=words, type=kind))  # type: ignore[arg-type]
    return record


def test_record_entities_conversion() -> None:
    record = _record(TEXT, ("محمد", "PER"), ("الأمم المتحدة", "ORG"), ("حلب", "place"), ("دمشق", "GPE"),
                     ("دمشق", "place"), ("سوريين", "NORP"))  # fmt: skip
    assert record_entities(record) == [
        _span("محمد", "PER"),
        _span("الأمم المتحدة", "ORG"),
        _span("حلب", "LOC"),
        _span("دمشق", "LOC"),
    ]


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        (GOLD, {"PER": (1, 0, 0), "LOC": (3, 0, 0), "ORG": (1, 0, 0), "micro": (5, 0, 0)}),
        ([], {"PER": (0, 0, 1), "LOC": (0, 0, 3), "ORG": (0, 0, 1), "micro": (0, 0, 5)}),
        (
            [_span("محمد", "PER"), _span("الأمم المتحدة", "LOC"), _span("حلب", "LOC")],
            {"PER": (0, 1, 1), "LOC": (1, 1, 2), "ORG": (0, 0, 1), "micro": (1, 2, 4)},
        ),
    ],
)
def test_score_ner(predicted: list[NerSpan], expected: dict[str, tuple[int, int, int]]) -> None:
    score = score_ner(GOLD, predicted)
    got = {t: (c.tp, c.fp, c.fn) for t, c in score.per_type.items()}
    got["micro"] = (score.micro.tp, score.micro.fp, score.micro.fn)
    assert got == expected


class _Gazetteer(Stage):
    """A hand-made recogniser for the test corpus: fixed words become mentions."""

    name = "test-gazetteer"
    reads = frozenset({"text"})
    writes = frozenset({"mentions:actor", "mentions:place"})
    WORDS = (("محمد", "PER"), ("الأمم المتحدة", "ORG"), ("حلب", "place"), ("حمص", "place"), ("دمشق", "GPE"),
             ("سوريين", "NORP"))  # fmt: skip

    def process(self, record: Record) -> Record:
        present = [(w, k) for w, k in self.WORDS if w in record.text]
        return _record(record.text, *present).model_copy(update={"id": record.id})


def test_run_ner_with_a_hand_made_recogniser(tmp_path: Path) -> None:
    path = tmp_path / "c.conll"
    path.write_text(CORPUS, encoding="utf-8")
    pipeline = Pipeline([_Gazetteer()], provided=frozenset({"raw", "source", "text", "metadata"}))
    run = run_ner(path, pipeline=pipeline)
    got = {t: (c.tp, c.fp, c.fn) for t, c in run.score.per_type.items()}
    assert got == {"PER": (0, 1, 1), "LOC": (3, 0, 0), "ORG": (1, 0, 0)}
    assert (run.sentences, run.tokens) == (2, 19)
    assert run.score.micro.f1 == pytest.approx(2 * 4 / (2 * 4 + 1 + 1))


def test_a_white_space_token_is_skipped() -> None:
    assert list(parse_conll(["قال O", " O", "محمد B-PERS"])) == [[("قال", "O"), ("محمد", "B-PER")]]


def test_wojood_outer_column_and_types_map_onto_per_loc_org() -> None:
    lines = ["مجلس B-ORG", "الأمن I-ORG", "ضد I-ORG", "الأسد I-ORG B-PERS", "$#$ O", "في O", "دمشق B-GPE",
             "قرب O", "المطار B-FAC"]  # fmt: skip
    types = {"PERS": "PER", "GPE": "LOC"}
    got = list(parse_conll(lines, tag_column=1, types=types))
    assert got == [
        [("مجلس", "B-ORG"), ("الأمن", "I-ORG"), ("ضد", "I-ORG"), ("الأسد", "I-ORG")],
        [("في", "O"), ("دمشق", "B-LOC"), ("قرب", "O"), ("المطار", "O")],
    ]


def test_the_held_back_part_is_the_last_tenth_of_the_tokens_from_a_sentence_start() -> None:
    sentences = [[("و", "O")] * n for n in (40, 30, 20, 6, 4)]  # 100 tokens
    assert [len(s) for s in split_part(sentences, "train")] == [40, 30, 20]
    assert [len(s) for s in split_part(sentences, "held-back")] == [6, 4]
    assert split_part(sentences, "all") == sentences


def test_an_unknown_part_or_system_is_named(tmp_path: Path) -> None:
    path = tmp_path / "c.conll"
    path.write_text(CORPUS, encoding="utf-8")
    with pytest.raises(InputError, match="unknown part 'tail'; parts are all, train, held-back"):
        read_sentences(path, part="tail")
    with pytest.raises(InputError, match="unknown system 'crf'; systems are combined, rules, tagger"):
        run_ner(path, system="crf")
