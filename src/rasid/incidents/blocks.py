"""`Blocks`: which reports a report is compared with (blocking), for every merge that compares.

A report is compared only with reports of a common event family, in the same country or
one of the two unknown (`compat.block_country`), whose date windows lie within a day of
each other (`dates.days`) and end in the same calendar month (`dates.period`); a report without any date (no event date, no publication
date) is compared with every report of its families and country. `IncidentIndex` and
the batch's windowed merge (`rasid.incidents.sweep`) ask the same `Blocks`, so they
compare the same pairs and form the same incidents.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from rasid.incidents import dates
from rasid.incidents.compat import block_country
from rasid.incidents.facts import EventFacts

BlockKey = tuple[str, str | None]
#: (family, country, month of the window's end, day): the bucket of one day's reports.
DayKey = tuple[str, str | None, int, dt.date]


class Blocks:
    """Report keys by (family, country) and by day; `remove` forgets a report again."""

    def __init__(self) -> None:
        self._by_day: dict[DayKey, set[str]] = defaultdict(set)
        self._undated: dict[BlockKey, set[str]] = defaultdict(set)
        self._by_family: dict[BlockKey, set[str]] = defaultdict(set)
        self._countries: dict[str, set[str | None]] = defaultdict(set)

    def candidates(self, facts: EventFacts) -> set[str]:
        """Keys of the reports this one is compared with: a family in common, date windows
        within a day and ending in the same month, and the same country (or one of the two
        countries unknown)."""
        out: set[str] = set()
        w = dates.window(facts.when, facts.published)
        country = block_country(facts)
        for fam in facts.families:
            countries = self._countries[fam] if country is None else {country, None}
            for c in countries:
                if w is None:
                    out |= self._by_family.get((fam, c), set())
                    continue
                out |= self._undated.get((fam, c), set())
                month = dates.period(w)
                for day in dates.days(w):
                    out |= self._by_day.get((fam, c, month, day), set())
        out.discard(facts.key)
        return out

    def add(self, facts: EventFacts) -> None:
        for bucket in self._buckets(facts):
            bucket.add(facts.key)
        country = block_country(facts)
        for fam in facts.families:
            self._countries[fam].add(country)

    def remove(self, facts: EventFacts) -> None:
        for bucket in self._buckets(facts):
            bucket.discard(facts.key)
        country = block_country(facts)
        for fam in facts.families:
            if not self._by_family.get((fam, country)):
                self._by_family.pop((fam, country), None)
                self._undated.pop((fam, country), None)
                self._countries[fam].discard(country)
        for day_key in [k for k in self._day_keys(facts) if not self._by_day.get(k)]:
            self._by_day.pop(day_key, None)

    @staticmethod
    def reach(facts: EventFacts) -> tuple[dt.date, dt.date] | None:
        """The first day `candidates` looks at and the last day `add` files the report under;
        None for a report without a date, which every report of its block reaches."""
        w = dates.window(facts.when, facts.published)
        return None if w is None else (dates.days(w)[0], w[1])

    def _buckets(self, facts: EventFacts) -> list[set[str]]:
        w = dates.window(facts.when, facts.published)
        country = block_country(facts)
        out = [self._by_family[(fam, country)] for fam in facts.families]
        if w is None:
            return out + [self._undated[(fam, country)] for fam in facts.families]
        return out + [self._by_day[k] for k in self._day_keys(facts)]

    @staticmethod
    def _day_keys(facts: EventFacts) -> list[DayKey]:
        w = dates.window(facts.when, facts.published)
        if w is None:
            return []
        country = block_country(facts)
        month = dates.period(w)
        n = (w[1] - w[0]).days + 1
        return [
            (fam, country, month, w[0] + dt.timedelta(days=i)) for fam in facts.families for i in range(n)
        ]
