"""rasid's date grammar against dateparser's search_dates on the dev gold dates.

Run: `make bench` (installs the `bench` extra, which brings dateparser) or
`.venv/bin/python bench/bench_dates.py`. For every gold date with a value (files with a
publication date), a system scores when a date it finds overlaps the gold words and has
the gold value (at the gold's precision). Spurious = found dates overlapping no gold
date (such as "2000" in "2000 شخص"); the raw texts are used, so dates in page furniture
count as spurious for both. Time is reported as a ratio to rasid's, measured
in the same process on the same texts.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rasid.evaluate.gold import Gold, find_gold_files, load_gold
from rasid.pipeline import Pipeline
from rasid.recognise.dates import DateStage
from rasid.record import Published, Record
from rasid.segment import SegmentStage

REPO = Path(__file__).resolve().parents[1]
GOLD_DIRS = [REPO.parent / "shared" / "gold" / "dev", REPO / "tests" / "gold"]

Found = tuple[int, int, str | None]  # span in the input text and the ISO value found


@dataclass
class Tally:
    correct: int = 0
    spurious: int = 0
    seconds: float = 0.0


def golds() -> Iterator[Gold]:
    for path in find_gold_files([d for d in GOLD_DIRS if d.exists()]):
        gold = load_gold(path)
        if gold.published and gold.input_path.suffix == ".txt":
            yield gold


def rasid_dates(gold: Gold) -> list[Found]:
    record = Record(id=gold.id, text=gold.input_text)
    record.published = Published(value=gold.published, precision="day", from_="given")
    record = Pipeline(
        [SegmentStage(), DateStage()], provided=frozenset({"raw", "source", "text", "metadata"})
    ).run_one(record)
    return [(m.span[0], m.span[1], m.value) for m in record.mentions_of("date")]


def dateparser_dates(gold: Gold) -> list[Found]:
    from dateparser.search import search_dates

    anchor = dt.datetime.fromisoformat(gold.published or "")
    hits = search_dates(gold.input_text, languages=["ar"], settings={"RELATIVE_BASE": anchor}) or []
    found: list[Found] = []
    pos = 0
    for words, when in hits:
        start = gold.input_text.find(words, pos)
        if start < 0:
            continue
        pos = start + len(words)
        found.append((start, pos, when.date().isoformat()))
    return found


def agrees(found: str | None, gold_values: tuple[str, ...]) -> bool:
    """A found ISO day agrees with a gold value of any precision it refines (2015-09-30 ~ 2015-09)."""
    return found is not None and any(
        found == g or (len(g) < 10 and "W" not in g and found.startswith(g)) for g in gold_values
    )


def score(find: object, golds_: list[Gold]) -> Tally:
    tally = Tally()
    for gold in golds_:
        start = time.perf_counter()
        found = find(gold)  # type: ignore[operator]
        tally.seconds += time.perf_counter() - start
        gold_spans = [(s, d) for d in gold.dates for s in d.quote.spans]
        for s, e, value in found:
            overlapping = [d for (gs, ge), d in gold_spans if s < ge and gs < e]
            if not overlapping:
                tally.spurious += 1  # in page furniture too: these texts are not cleaned here
            elif any(not d.optional and agrees(value, d.value) for d in overlapping):
                tally.correct += 1
    return tally


def main() -> None:
    golds_ = list(golds())
    total = sum(1 for g in golds_ for d in g.dates if not d.optional and d.value)
    ours = score(rasid_dates, golds_)
    theirs = score(dateparser_dates, golds_)
    print(f"{len(golds_)} gold texts with a publication date, {total} gold dates with a value")
    for name, t in (("rasid", ours), ("dateparser", theirs)):
        print(
            f"  {name:<11} correct {t.correct:>4} ({t.correct / total:.0%})  spurious {t.spurious:>4}  "
            f"time {t.seconds / ours.seconds:.2f} x rasid"
        )


if __name__ == "__main__":
    main()
