"""Greedy one-to-one matching by overlap: required items first, leftovers ignored or false."""

from __future__ import annotations

import pytest

from rasid.evaluate.match import greedy_match, overlap

Span = tuple[int, int]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [((0, 5), (3, 9), 2), ((0, 5), (5, 9), 0), ((2, 4), (0, 10), 2), ((7, 9), (0, 3), 0)],
)
def test_overlap(a: Span, b: Span, expected: int) -> None:
    assert overlap(a, b) == expected


@pytest.mark.parametrize(
    ("gold", "optional", "predicted", "absorb", "expected"),
    [
        # the larger overlap wins; the other prediction is a false positive
        ([[(0, 10)]], [False], [(8, 12), (2, 9)], False, ([(0, 1)], [], [0], [])),
        # one prediction, two gold items: the one it overlaps more
        ([[(0, 4)], [(4, 12)]], [False, False], [(2, 10)], False, ([(1, 0)], [0], [], [])),
        # required before optional even with less overlap
        ([[(0, 4)], [(0, 10)]], [False, True], [(0, 10)], False, ([(0, 0)], [], [], [])),
        # a leftover touching an optional item is ignored
        (
            [[(0, 4)], [(10, 14)]],
            [False, True],
            [(0, 4), (11, 12), (20, 22)],
            False,
            ([(0, 0), (1, 1)], [], [2], []),
        ),
        (
            [[(0, 4)], [(10, 14)]],
            [False, True],
            [(0, 4), (12, 13), (11, 12)],
            False,
            ([(0, 0), (1, 1)], [], [], [2]),
        ),
        # events: several spans per gold item; duplicates absorbed
        ([[(0, 4), (20, 24)]], [False], [(21, 23), (1, 3), (30, 33)], True, ([(0, 0)], [], [2], [1])),
        ([[(0, 4), (20, 24)]], [False], [(21, 23), (0, 3)], True, ([(0, 1)], [], [], [0])),
        ([[(0, 4), (20, 24)]], [False], [(21, 23), (1, 3)], False, ([(0, 0)], [], [1], [])),
        # a gold item that could not be located is simply missed
        ([[], [(0, 3)]], [False, False], [(0, 3)], False, ([(1, 0)], [0], [], [])),
    ],
)
def test_greedy_match(
    gold: list[list[Span]],
    optional: list[bool],
    predicted: list[Span],
    absorb: bool,
    expected: tuple[list[tuple[int, int]], list[int], list[int], list[int]],
) -> None:
    m = greedy_match(gold, optional, predicted, absorb=absorb)
    assert (m.pairs, m.missed, m.false_positives, m.ignored) == expected
