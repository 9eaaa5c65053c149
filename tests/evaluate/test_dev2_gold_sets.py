"""The dev2 gold sets (tests/gold/dev2-tune, dev2-check) are valid, sourced and kept apart.

Only files are checked here; dev2-check is never scored by a test (see its README).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from rasid.evaluate.gold import Gold, find_gold_files, load_gold

REPO = Path(__file__).resolve().parents[2]
# cs25-check: the kept-aside half of the cs25- round on casualty sources (body, casualties and claims)
# pp25-check: kept aside, events only
# pg25-check: body-only, kept aside (issue 11); ed25-check: event dates, kept aside
SETS = {"dev2-tune": 16, "dev2-check": 15, "cs25-check": 0, "pp25-check": 0, "pg25-check": 0, "ed25-check": 0}
HELDOUT_GUARD = REPO.parent / "shared" / "tools" / "heldout_guard.py"
LAYERS = {"body", "dates", "places", "quantities", "casualties", "events", "claims"}
CORE = {"body", "casualties", "claims"}  # the least a file annotates (dev2-tune's src- files: sources only)
EVENTS_ONLY = {"body", "events"}  # or, for event perpetrators (dev2-tune's perp2- files), events only
# or, for places on unseen outlets (dev2-tune's pl3- files, the vil21- files with their kept-aside half in
# dev2-tune/vil21-check, and the pl22- check set in dev2-tune/pl22-check), places only
PLACES_ONLY = {"body", "places"}
# or, for English names on unseen outlets (dev2-tune's nm3-, nm4-, nm5-, nm10-, nm11- and per8- files, the org8-
# files on organisations, the org22- check set on non-conflict organisations in dev2-tune/org22-check, and the org23-
# files on organisations nobody listed in dev2-tune/org23-tune; their kept-aside half is in tests/gold/org23-check; the nm23 and nm25 person and organisation sets lie outside dev2-tune, in
# tests/gold/nm23, tests/gold/nm25 and tests/gold/nm25-check, entities exhaustive), entities only: no layer exhaustive, the entities listed with their names (entities
# are never scored for precision)
NAMES_ONLY = ("nm3-", "nm4-", "nm5-", "per8-", "org8-", "nm10-", "nm11-", "org22-", "org23-")
# or, for the English names of official sources (dev2-tune's onm- files), entities listed with
# their names and casualties exhaustive: their sources are the names scored
NAMES_AND_TOLLS = ("onm-",)
# or, for the sources of casualty figures on unseen outlets (dev2-tune's src10- files), casualties only,
# exhaustive, each figure with its source
TOLLS_ONLY = ("src10-",)
# or, for the main content of pages with furniture (dev2-tune's body6- files, and their kept-aside
# half in dev2-tune/body6-check; the body7- check set in dev2-tune/body7-check; the pb21- files on publishers in
# dev2-tune/pb21-tune and their kept-aside half in dev2-tune/pb21-check, with title and publisher; the ttl21- title
# round, and its kept-aside half in dev2-tune/ttl21-check; the bd22- pages that train the line model on unseen
# layouts, and their kept-aside half in dev2-tune/bd22-check; the pg25- pages of session 24, with their kept-aside
# half in tests/gold/pg25-check), body (and title and publisher) only
BODY_ONLY = ("body6-", "body7-", "pb21-", "ttl21-", "bd22-", "pg25-")
# or, for dates and event dates on unseen outlets (dev2-tune's dt11- files, and their kept-aside half in
# dev2-tune/dt11-check; the evd21- and evd22- files on event dates and their kept-aside halves in dev2-tune/evd21-check
# and dev2-tune/evd22-check),
# dates only, exhaustive, the events listed for their date slot
DATES_ONLY = ("dt11-", "evd21-", "evd22-")
# or, for counts on unseen outlets (dev2-tune's q12- and q21- files, and their kept-aside halves in dev2-tune/q12-check
# and dev2-tune/q21-check),
# quantities and casualties only, both exhaustive
QUANTITIES_ONLY = ("q12-", "q21-")
# or, for event dates on unseen outlets (dev2-tune's ed25- files; their kept-aside half is in tests/gold/ed25-check),
# dates and events, both exhaustive
DATES_AND_EVENTS = ("ed25-",)


def golds(name: str) -> list[Gold]:
    return [load_gold(p) for p in find_gold_files([REPO / "tests" / "gold" / name])]


def url(gold: Gold) -> str:
    found = re.search(r"https?://\S+", gold.notes)
    assert found, f"{gold.path.name}: notes must give the article's URL"
    return found.group(0).rstrip(".,;")


@pytest.mark.parametrize("name", sorted(SETS))
def test_each_file_is_exhaustive_gold_with_its_url_and_outlet(name: str) -> None:
    files = golds(name)
    assert sum(gold.exhaustive >= LAYERS for gold in files) >= SETS[name]
    for gold in files:
        names_only = not gold.exhaustive and bool(gold.entities) and gold.id.startswith(NAMES_ONLY)
        names_tolls = (
            gold.exhaustive == {"casualties"} and bool(gold.entities) and gold.id.startswith(NAMES_AND_TOLLS)
        )
        body_only = gold.exhaustive == {"body"} and gold.id.startswith(BODY_ONLY)
        tolls_only = gold.exhaustive == {"casualties"} and gold.id.startswith(TOLLS_ONLY)
        dates_only = gold.exhaustive == {"dates"} and gold.id.startswith(DATES_ONLY)
        quantities_only = gold.exhaustive == {"quantities", "casualties"} and gold.id.startswith(
            QUANTITIES_ONLY
        )
        dates_events = gold.exhaustive == {"dates", "events"} and gold.id.startswith(DATES_AND_EVENTS)
        assert (
            gold.exhaustive >= CORE
            or gold.exhaustive >= EVENTS_ONLY
            or gold.exhaustive >= PLACES_ONLY
            or names_only
            or names_tolls
            or body_only
            or tolls_only
            or dates_only
            or quantities_only
            or dates_events
        ), gold.path.name
        assert gold.publisher, f"{gold.path.name}: the outlet is missing"
        assert url(gold), gold.path.name


def test_no_article_is_in_both_sets() -> None:
    tune, check = golds("dev2-tune"), golds("dev2-check")
    assert not {g.id for g in tune} & {g.id for g in check}
    assert not {url(g) for g in tune} & {url(g) for g in check}


def test_every_text_passes_the_heldout_guard() -> None:
    assert HELDOUT_GUARD.is_file(), f"the held-out guard is missing at {HELDOUT_GUARD}"
    texts = [str(g.input_path) for name in SETS for g in golds(name)]
    run = subprocess.run([sys.executable, str(HELDOUT_GUARD), *texts], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
