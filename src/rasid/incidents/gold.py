"""Load cluster gold in the `rasid-incidents/1` format (tests/gold/incidents/README.md).

One `<set>.incidents.json` per set lists articles (input file, URL, outlet, publication
date) and, per article, the events that take part in clustering: an evidence string,
quoted exactly from the article, and the gold incident it belongs to. Any problem raises
`GoldError` naming the file and the item.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasid.errors import GoldError

FORMAT = "rasid-incidents/1"
KINDS = frozenset({"incident", "tally"})
SUFFIX = ".incidents.json"


@dataclass(frozen=True)
class GoldEvent:
    evidence: str
    incident: str


@dataclass(frozen=True)
class GoldArticle:
    id: str
    path: Path
    url: str | None
    outlet: str | None
    published: str | None
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True)
class GoldIncident:
    id: str
    kind: str
    summary: str = ""


@dataclass(frozen=True)
class ClusterGold:
    path: Path
    set: str
    articles: tuple[GoldArticle, ...]
    incidents: dict[str, GoldIncident]


def find_gold_files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(p.rglob(f"*{SUFFIX}")))
        elif p.is_file():
            out.append(p)
        else:
            raise GoldError(f"{p}: no such file or directory")
    return out


def load(path: Path) -> ClusterGold:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise GoldError(f"{path}: format must be {FORMAT!r}")
    incidents: dict[str, GoldIncident] = {}
    for item in _list(data, "incidents", path):
        iid, kind = item.get("id"), item.get("kind", "incident")
        if not isinstance(iid, str) or kind not in KINDS:
            raise GoldError(f"{path}: incident {iid!r}: needs a string id and kind incident|tally")
        if iid in incidents:
            raise GoldError(f"{path}: incident {iid!r} listed twice")
        incidents[iid] = GoldIncident(iid, kind, str(item.get("summary", "")))
    articles = [_article(a, path, incidents) for a in _list(data, "articles", path)]
    return ClusterGold(path, str(data.get("set", path.stem)), tuple(articles), incidents)


def _list(data: dict[str, Any], key: str, path: Path) -> list[dict[str, Any]]:
    items = data.get(key)
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise GoldError(f"{path}: {key!r} must be a list of objects")
    return items


def _article(a: dict[str, Any], path: Path, incidents: dict[str, GoldIncident]) -> GoldArticle:
    aid, name = a.get("id"), a.get("input")
    if not isinstance(aid, str) or not isinstance(name, str):
        raise GoldError(f"{path}: article {aid!r}: needs string id and input")
    text_path = path.parent / name
    try:
        text = unicodedata.normalize("NFC", text_path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: article {aid}: cannot read {name}: {exc}") from None
    events: list[GoldEvent] = []
    for e in a.get("events") or []:
        evidence, incident = e.get("evidence"), e.get("incident")
        if not isinstance(evidence, str) or not evidence or incident not in incidents:
            raise GoldError(f"{path}: article {aid}: event {evidence!r} needs evidence and a listed incident")
        evidence = unicodedata.normalize("NFC", evidence)
        if evidence not in text:
            raise GoldError(f"{path}: article {aid}: evidence {evidence!r} is not in {name}")
        events.append(GoldEvent(evidence, str(incident)))
    published = a.get("published")
    return GoldArticle(
        aid, text_path, a.get("url"), a.get("outlet"), str(published) if published else None, tuple(events)
    )
