"""Mention replacement for the name tagger's training (recognise/names/augment.py)."""

from __future__ import annotations

from rasid.evaluate.ner import bio_spans
from rasid.recognise.names.augment import name_clitic, pools, replace_mentions


def test_pools_hold_each_type_from_the_tables() -> None:
    table = pools()
    assert set(table) == {"PER", "LOC", "ORG"}
    assert "القاهرة" in table["LOC"] or "القاهره" in table["LOC"]
    assert all(len(names) > 500 for names in table.values())


def test_a_listed_name_keeps_no_clitic_and_a_glued_one_keeps_its_own() -> None:
    assert name_clitic("لبنان") == ""
    assert name_clitic("بيروت") == ""
    assert name_clitic("وسوريا") == "و"
    assert name_clitic("بلبنان") == "ب"


def test_names_are_replaced_by_type_the_same_way_throughout_a_copy() -> None:
    sentences = [
        [
            ("زار", "O"),
            ("وزير", "O"),
            ("خارجية", "O"),
            ("فرنسا", "B-LOC"),
            ("مدينة", "O"),
            ("طرابلس", "B-LOC"),
        ],
        [
            ("وقال", "O"),
            ("إن", "O"),
            ("فرنسا", "B-LOC"),
            ("ستدعم", "O"),
            ("شركة", "B-ORG"),
            ("النور", "I-ORG"),
        ],
    ]
    copy = replace_mentions(sentences, 0)
    first, second = copy
    assert [w for w, t in first if t == "O"] == ["زار", "وزير", "خارجية", "مدينة"]
    assert [w for w, t in second if t == "O"][:2] == ["وقال", "إن"]
    # the same name, the same replacement; each replacement a name of its type from the tables
    names = [
        [(" ".join(w for w, _ in s[a:b]), kind) for a, b, kind in bio_spans([t for _, t in s])] for s in copy
    ]
    assert [kind for _, kind in names[0]] == ["LOC", "LOC"]
    assert names[1][0] == names[0][0]
    assert names[0][0][0] in pools()["LOC"]
    assert names[1][1][1] == "ORG" and names[1][1][0] in pools()["ORG"]
    assert replace_mentions(sentences, 0) == copy  # deterministic
    assert replace_mentions(sentences, 1) != copy  # another copy draws other names


def test_rate_zero_replaces_nothing() -> None:
    sentences = [[("التقى", "O"), ("محمد", "B-PER"), ("سالم", "I-PER")]]
    assert replace_mentions(sentences, 0, rate=0.0) == sentences
