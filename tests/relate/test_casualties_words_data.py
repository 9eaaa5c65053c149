"""The casualty relater reads its conjunction and its partitive preposition from
number_particles.tsv (the number grammar's table), not from literals in its code."""

from __future__ import annotations

from rasid.relate.casualties.words import conjunctions, joiner, partitives


def test_the_conjunction_and_the_partitive_come_from_the_number_particles() -> None:
    assert conjunctions() == ("و",)  # not ف: "فجرحى" joins no list
    assert partitives() == frozenset({"من"})


def test_the_conjunction_joins_two_figures_and_a_letter_does_not() -> None:
    assert [joiner(ch) for ch in ("و", " ", "ف", "ب")] == [True, True, False, False]
