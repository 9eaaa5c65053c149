"""The cluster gold in tests/gold/incidents/ is well formed, whichever sets are present.

Every `<set>.incidents.json` there follows the `rasid-incidents/1` format described in
tests/gold/incidents/README.md. These checks protect the measurement itself: an evidence
string that is not in its article, an incident nobody reports or a cluster that only one
outlet reports would make `rasid eval-incidents` score something other than what it claims.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

FOLDER = Path(__file__).resolve().parent / "incidents"
SET_FILES = sorted(FOLDER.glob("*.incidents.json"))
FORMAT = "rasid-incidents/1"
KINDS = {"incident", "tally"}
# DESIGN.md's event taxonomy.
TYPES = {
    "airstrike", "shelling", "explosion", "suicide_bombing", "chemical_attack", "armed_clash",
    "territory_change", "attack_on_civilians", "abduction", "arrest", "protest", "campaign",
    "military_intervention", "agreement", "cooperation", "request", "displacement", "aid",
}  # fmt: skip
ARTICLE_KEYS = {"id", "input", "url", "outlet", "published", "events"}
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def every_set() -> list[dict[str, Any]]:
    return [load(p) for p in SET_FILES]


def is_iso_day(value: object) -> bool:
    if not isinstance(value, str) or not ISO_DAY.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def test_the_folder_holds_at_least_one_set() -> None:
    assert SET_FILES, f"no *.incidents.json in {FOLDER}"


@pytest.mark.parametrize("path", SET_FILES, ids=lambda p: p.name)
def test_set_header_and_prefixes(path: Path) -> None:
    data = load(path)
    name = path.name.removesuffix(".incidents.json")
    assert data["format"] == FORMAT
    assert data["set"] == name
    prefix = f"{name}-"
    for article in data["articles"]:
        assert article["id"].startswith(prefix), article["id"]
        assert article["input"].startswith(prefix), article["input"]
    for incident in data["incidents"]:
        assert incident["id"].startswith(prefix), incident["id"]


@pytest.mark.parametrize("path", SET_FILES, ids=lambda p: p.name)
def test_articles_are_complete_and_their_evidence_is_in_the_text(path: Path) -> None:
    data = load(path)
    known = {i["id"] for i in data["incidents"]}
    for article in data["articles"]:
        where = f"{path.name}: {article.get('id')}"
        assert set(article) >= ARTICLE_KEYS, f"{where}: missing {ARTICLE_KEYS - set(article)}"
        text_file = FOLDER / article["input"]
        assert text_file.is_file(), f"{where}: {article['input']} does not exist"
        text = text_file.read_text(encoding="utf-8")
        assert text.strip(), f"{where}: empty text"
        assert article["url"].startswith(("http://", "https://")), where
        assert article["outlet"].strip(), where
        assert is_iso_day(article["published"]), f"{where}: published {article['published']!r}"
        assert article["events"], f"{where}: no events"
        for event in article["events"]:
            assert event["evidence"], where
            assert event["evidence"] in text, f"{where}: evidence not in text: {event['evidence']!r}"
            assert event["incident"] in known, f"{where}: unknown incident {event['incident']}"


@pytest.mark.parametrize("path", SET_FILES, ids=lambda p: p.name)
def test_incidents_are_typed_dated_and_referenced(path: Path) -> None:
    data = load(path)
    referenced = {e["incident"] for a in data["articles"] for e in a["events"]}
    for incident in data["incidents"]:
        where = f"{path.name}: {incident['id']}"
        assert incident["kind"] in KINDS, where
        assert incident["summary"].strip(), where
        assert incident["id"] in referenced, f"{where}: no article reports it"
        if incident["kind"] == "incident":
            assert incident["type"] in TYPES, f"{where}: type {incident.get('type')!r}"
            assert is_iso_day(incident["date"]), f"{where}: date {incident.get('date')!r}"
            assert incident["place"].strip(), where


def test_ids_are_unique_across_sets_and_each_text_is_used_once() -> None:
    incident_ids = [i["id"] for d in every_set() for i in d["incidents"]]
    article_ids = [a["id"] for d in every_set() for a in d["articles"]]
    inputs = [a["input"] for d in every_set() for a in d["articles"]]
    for ids in (incident_ids, article_ids, inputs):
        duplicated = sorted({x for x in ids if ids.count(x) > 1})
        assert not duplicated, duplicated


def test_every_text_in_the_folder_belongs_to_a_set() -> None:
    listed = {a["input"] for d in every_set() for a in d["articles"]}
    on_disk = {p.name for p in FOLDER.glob("*.txt")}
    assert on_disk == listed, {"unlisted": sorted(on_disk - listed), "missing": sorted(listed - on_disk)}


def test_reported_incidents_have_two_outlets_and_each_set_has_clusters() -> None:
    """An incident reported by several articles is a cluster of at least two outlets.

    Outlets are counted across the whole folder. A distractor reported by a single article
    is allowed: it tests that the merger leaves it alone.
    """
    outlets: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, str] = {}
    for data in every_set():
        kinds.update({i["id"]: i["kind"] for i in data["incidents"]})
        for article in data["articles"]:
            for event in article["events"]:
                outlets[event["incident"]].add(article["outlet"].strip())
                articles[event["incident"]].add(article["id"])
    single = sorted(
        i for i, k in kinds.items() if k == "incident" and len(articles[i]) > 1 and len(outlets[i]) < 2
    )
    assert not single, f"clusters with one outlet only: {single}"
    for data in every_set():
        clusters = [i for i in data["incidents"] if i["kind"] == "incident" and len(outlets[i["id"]]) >= 2]
        assert clusters, f"set {data['set']} has no multi-outlet cluster"


def test_the_a_set_covers_what_it_promises() -> None:
    """Set a (Syria, Iraq, Yemen): 32+ articles in 8+ multi-outlet clusters and every distractor kind."""
    data = load(FOLDER / "a.incidents.json")
    by_id = {i["id"]: i for i in data["incidents"]}
    outlets: dict[str, set[str]] = defaultdict(set)
    published: dict[str, set[str]] = defaultdict(set)
    for article in data["articles"]:
        for event in article["events"]:
            outlets[event["incident"]].add(article["outlet"])
            published[event["incident"]].add(article["published"])
    incidents = [i for i in data["incidents"] if i["kind"] == "incident"]
    clusters = [i for i in incidents if len(outlets[i["id"]]) >= 2]
    assert len(data["articles"]) >= 32
    assert len(clusters) >= 8
    pairs = [(x, y) for x in incidents for y in incidents if x["id"] < y["id"]]
    # The same place on another day.
    assert any(x["place"] == y["place"] and x["date"] != y["date"] for x, y in pairs)
    # The same day in the same city or province ("Town, Province, Country"), another attack.
    assert any(
        x["date"] == y["date"]
        and x["place"] != y["place"]
        and x["place"].split(", ")[-2:] == y["place"].split(", ")[-2:]
        for x, y in pairs
    )
    # A tally in an article that also reports one of the incidents.
    assert any(
        {by_id[e["incident"]]["kind"] for e in a["events"]} == {"incident", "tally"} for a in data["articles"]
    )
    # Updates: clusters whose reports were published on different days.
    assert sum(len(published[i["id"]]) > 1 for i in clusters) >= 3
