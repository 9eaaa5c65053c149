"""The article's own country: one rule, decided once per record and read by every later stage.

A body named without its state ("وزارة الصحة", bare "الشرطة") is the article's country's. The
actors stage decides it, from the country its words tell (states, nisba adjectives and places
counted together: `told`) and from the countries of the record's resolved places, names such
bodies by it (the police too, when the words tell no state), and stores it as `Record.country`
for any later stage.

The places overrule what the words tell only when none of them lies in the told country
while most of them (two or more, more than any other country) lie in one other state: a
Lebanese report on "العدوان الإسرائيلي" names Israel most, but its ministry, like its towns,
is Lebanon's. With nothing told, the country most of the places lie in (the first named on a
tie); with neither, none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

#: Places of one other country it takes to overrule the told country when none lies in it.
OVERRULE_AT = 2


def article_country(place_countries: Iterable[str | None], told: str | None = None) -> str | None:
    """The article's country from its places' countries (in text order) and the told one."""
    votes = Counter(c for c in place_countries if c)  # insertion order: the first named wins a tie
    if not votes:
        return told
    if told is not None and votes[told]:
        return told
    ranked = votes.most_common(2)
    top, n = ranked[0]
    if told is None:
        return top
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return top if n >= OVERRULE_AT and n > runner_up else told
