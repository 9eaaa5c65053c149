"""The finder: every quantity of a normalised text, from the recognisers in order (numbers, vague
words, duals, singles, possessed and definite counts), each skipping what an earlier one took."""

from __future__ import annotations

from rasid.lang.ar.numbers import COUNT, find_numbers
from rasid.recognise.quantities.definite import definite_counts, possessed_counts
from rasid.recognise.quantities.duals import dual_counts, single_counts
from rasid.recognise.quantities.numeric import numeric_counts
from rasid.recognise.quantities.tokens import Spans
from rasid.recognise.quantities.vague import vague_counts
from rasid.recognise.quantities.value import Quantity

#: Number kinds (numbers.classify) that become quantities; "money" is added on request.
EMITTED_KINDS = frozenset({COUNT})
MONEY = "money"


def find_quantities(norm: str, *, money: bool = False) -> list[Quantity]:
    """All quantities of a normalised text, in text order; sums of money too when `money`."""
    numbers = find_numbers(norm)
    found = numeric_counts(norm, numbers, EMITTED_KINDS | {MONEY} if money else EMITTED_KINDS)
    found += vague_counts(
        norm, Spans([(n.start, n.end) for n in numbers] + [(q.start, q.end) for q in found])
    )
    found += dual_counts(norm, found)
    found += single_counts(norm, Spans((q.start, q.end) for q in found))
    found += possessed_counts(norm, Spans((q.start, q.end) for q in found), numbers)
    found += definite_counts(norm, Spans((q.start, q.end) for q in found), numbers)
    return sorted(found, key=lambda q: (q.start, q.end))
