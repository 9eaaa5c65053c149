"""The affixes of data/affixes.tsv: loaded by kind, longest first, unknown kinds refused."""

from __future__ import annotations

import pytest

from rasid.lang.ar.affixes import affixes, nisba_like, singular_nisba
from rasid.lang.ar.lexicon import load_rows


def test_object_pronouns_come_longest_first() -> None:
    assert affixes("object_pronoun") == ("هما", "هم", "هن", "ها", "ه")


def test_feminine_nisba_is_normalised_on_load() -> None:
    assert affixes("feminine_nisba") == ("يه",)  # written ية in the file


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(KeyError):
        affixes("suffix")


PREFIX_KINDS = (
    "imperfect_prefix",
    "definite_prefix",
    "clitic_article",
    "conjunction_clitic",
    "verb_clitic",
    "preposition_clitic",
)


def test_every_row_has_a_known_kind_and_its_example_carries_it() -> None:
    for row in load_rows("affixes.tsv", normalise_columns=("affix", "example")):
        assert row["affix"] in affixes(row["kind"])
        if row["kind"] in PREFIX_KINDS:
            assert row["example"].startswith(row["affix"]), row
        else:
            assert row["example"].endswith(row["affix"]), row


@pytest.mark.parametrize(
    ("word", "expected"),
    [("السوري", True), ("الروسيين", True), ("الجويه", True), ("قريه", False), ("الغاز", False)],
)
def test_nisba_like_reads_the_endings_and_the_feminine_only_on_long_words(word: str, expected: bool) -> None:
    assert nisba_like(word) is expected


def test_the_places_kinds_keep_their_own_sets() -> None:
    # the article alone is no sign against a name; ه and ها end many names (ة is ه)
    assert set(affixes("clitic_article")) == {"بال", "لل", "كال", "وال", "فال"}
    assert set(affixes("plural_pronoun")) == {"هما", "هم", "هن", "كم"}
    assert affixes("masculine_nisba") == ("ي",)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("التجاري", True), ("الحكوميه", True), ("الروسيين", False), ("الغاز", False)],
)
def test_singular_nisba_reads_the_masculine_and_the_feminine_ending_only(word: str, expected: bool) -> None:
    assert singular_nisba(word) is expected


def test_the_clause_grammar_reads_its_clitics_from_the_data() -> None:
    from rasid.lang.ar.clause import _conjunctions, _prep_clitics, _verb_clitics

    assert _conjunctions() == {"و", "ف"}
    assert _verb_clitics() == {"", "و", "ف", "ل"}
    # every form of clitics.tsv made with ب or ل whose article is not written out; not ك (وك)
    assert _prep_clitics() == {"ب", "ل", "وب", "ول", "فب", "فل", "لل", "ولل", "فلل"}
