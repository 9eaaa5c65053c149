"""A small article of our own, its gold file, and hand-built records to score against it.

The input has a furniture line after the body; the clean record text drops it, so
input and record offsets differ at the end and gold must be located by its words.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from rasid.record import (
    ActorMention,
    Casualty,
    Claim,
    Content,
    Cue,
    DateMention,
    Event,
    EventActors,
    PlaceMention,
    QuantityMention,
    Record,
    Trigger,
)

TITLE = "غارات على بلدة كفرنبل توقع قتلى وجرحى"
PARAGRAPHS = [
    "قتل 12 مدنياً بينهم 5 أطفال في غارات جوية استهدفت بلدة كفرنبل في ريف إدلب أمس الأحد، بحسب الدفاع المدني.",
    "وقال المرصد إن الغارات أصابت أكثر من 30 شخصاً بجروح متفاوتة.",
    "ونزحت عشرات العائلات من البلدة نحو الحدود.",
]
FURNITURE = "اقرأ أيضاً: ارتفاع أسعار الخبز في حلب"
CLEAN_TEXT = "\n\n".join([TITLE, *PARAGRAPHS])
INPUT_TEXT = CLEAN_TEXT + "\n\n" + FURNITURE + "\n"

KAFRANBEL = (35.53, 36.56)
IDLIB = (35.93, 36.63)


def span(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """[start, end) of the n-th (1-based) occurrence of `needle` in `text`."""
    pos = -1
    for _ in range(occurrence):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


GOLD: dict[str, Any] = {
    "format": "rasid-gold/1",
    "id": "kafranbel",
    "input": "kafranbel.txt",
    "published": "2024-03-11",
    "exhaustive": ["body", "places", "dates", "quantities", "casualties", "events", "claims"],
    "title": TITLE,
    "publisher": ["شبكة الاختبار", "Test Network"],
    "tags": ["إدلب", "غارات"],
    "body": {
        "must_include": ["قتل 12 مدنياً بينهم 5 أطفال", "ونزحت عشرات العائلات من البلدة نحو الحدود."],
        "must_exclude": ["اقرأ أيضاً"],
    },
    "entities": [
        {"text": "الدفاع المدني", "type": "ORG", "name": ["Syrian Civil Defence", "White Helmets"]},
        {"text": "المرصد", "type": "ORG", "name": ["Syrian Observatory for Human Rights"]},
    ],
    "places": [
        {"text": "كفرنبل", "occurrence": 1, "name": ["Kafr Nabl"], "lat": KAFRANBEL[0], "lon": KAFRANBEL[1]},
        {"text": "كفرنبل", "occurrence": 2, "name": ["Kafr Nabl"], "lat": KAFRANBEL[0], "lon": KAFRANBEL[1]},
        {"text": "إدلب", "name": ["Idlib"], "lat": IDLIB[0], "lon": IDLIB[1]},
    ],
    "dates": [{"text": "أمس الأحد", "value": "2024-03-10"}],
    "quantities": [
        {"text": "12 مدنياً", "value": 12, "qualifier": "exact"},
        {"text": "5 أطفال", "value": 5, "qualifier": "exact"},
        {"text": "أكثر من 30 شخصاً", "value": 30, "qualifier": "more_than"},
        {"text": "عشرات العائلات", "value": None, "vague": "tens"},
    ],
    "casualties": [
        {"text": "12 مدنياً", "status": ["killed"], "group": ["civilians"], "value": 12, "qualifier": "exact",
         "vague": None, "cumulative": False, "part_of": None, "source": ["Syrian Civil Defence"]},
        {"text": "5 أطفال", "status": ["killed"], "group": ["children"], "value": 5, "qualifier": "exact",
         "vague": None, "cumulative": False, "part_of": "12 مدنياً", "source": ["Syrian Civil Defence"]},
        {"text": "أكثر من 30 شخصاً", "status": ["injured"], "group": ["people", "civilians"], "value": 30,
         "qualifier": "more_than", "vague": None, "cumulative": False, "part_of": None,
         "source": ["Syrian Observatory for Human Rights", "SOHR"]},
        {"text": "عشرات العائلات", "status": ["displaced"], "group": ["people"], "value": None,
         "qualifier": None, "vague": "tens", "cumulative": False, "part_of": None, "source": None},
    ],
    "events": [
        {"trigger": "غارات جوية", "also": ["غارات على بلدة"], "type": ["airstrike"], "date": "2024-03-10",
         "place": ["Kafr Nabl"], "perpetrator": None, "optional": False},
        {"trigger": "ونزحت", "type": ["displacement"], "date": None, "place": ["Kafr Nabl"],
         "perpetrator": None, "optional": True},
    ],
    "claims": [
        {"cue": "بحسب", "stance": ["assert"], "source": ["Syrian Civil Defence"], "source_text": "الدفاع المدني",
         "content_contains": "12 مدنياً"},
        {"cue": "وقال", "stance": ["assert"], "source": ["Syrian Observatory for Human Rights"],
         "source_text": "المرصد", "content_contains": "أكثر من 30 شخصاً"},
    ],
}  # fmt: skip


def gold_dict(**changes: Any) -> dict[str, Any]:
    """A deep copy of GOLD with top-level keys replaced."""
    data = copy.deepcopy(GOLD)
    data.update(copy.deepcopy(changes))
    return data


def write_gold(directory: Path, data: dict[str, Any] | None = None, *, input_text: str = INPUT_TEXT) -> Path:
    """Write the input and the gold file into `directory`; return the gold path."""
    data = gold_dict() if data is None else data
    directory.mkdir(parents=True, exist_ok=True)
    (directory / data["input"]).write_text(input_text, encoding="utf-8")
    path = directory / f"{data['id']}.gold.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _at(needle: str, occurrence: int = 1) -> tuple[int, int]:
    return span(CLEAN_TEXT, needle, occurrence)


def _words(s: tuple[int, int]) -> str:
    return CLEAN_TEXT[s[0] : s[1]]


def perfect_record() -> Record:
    """The record a perfect pipeline would produce for the article (every required gold item)."""
    t = CLEAN_TEXT
    mentions: list[Any] = [
        ActorMention(id="m1", span=_at("الدفاع المدني"), text="الدفاع المدني", type="ORG",
                     name="Syrian Civil Defence"),
        ActorMention(id="m2", span=_at("المرصد"), text="المرصد", type="ORG",
                     name="Syrian Observatory for Human Rights"),
        PlaceMention(id="m3", span=_at("كفرنبل", 1), text="كفرنبل", name="Kafr Nabl",
                     lat=KAFRANBEL[0], lon=KAFRANBEL[1]),
        PlaceMention(id="m4", span=_at("كفرنبل", 2), text="كفرنبل", name="Kafr Nabl",
                     lat=KAFRANBEL[0], lon=KAFRANBEL[1]),
        PlaceMention(id="m5", span=_at("إدلب"), text="إدلب", name="Idlib", lat=IDLIB[0], lon=IDLIB[1]),
        DateMention(id="m6", span=_at("أمس الأحد"), text="أمس الأحد", value="2024-03-10", precision="day",
                    relative=True),
        QuantityMention(id="m7", span=_at("12 مدنياً"), text="12 مدنياً", value=12, qualifier="exact"),
        QuantityMention(id="m8", span=_at("5 أطفال"), text="5 أطفال", value=5, qualifier="exact"),
        QuantityMention(id="m9", span=_at("أكثر من 30 شخصاً"), text="أكثر من 30 شخصاً", value=30,
                        qualifier="more_than"),
        QuantityMention(id="m10", span=_at("عشرات العائلات"), text="عشرات العائلات", vague="tens"),
    ]  # fmt: skip
    casualties = [
        Casualty(status="killed", group="civilians", value=12, qualifier="exact", span=_at("12 مدنياً"),
                 claim="c1"),
        Casualty(status="killed", group="children", value=5, qualifier="exact", span=_at("5 أطفال"),
                 part_of=0, claim="c1"),
        Casualty(status="injured", group="people", value=30, qualifier="more_than",
                 span=_at("أكثر من 30 شخصاً"), claim="c2"),
        Casualty(status="displaced", group="people", vague="tens", span=_at("عشرات العائلات")),
    ]  # fmt: skip
    trigger = _at("غارات جوية")
    events = [
        Event(id="e1", type="airstrike", trigger=Trigger(span=trigger, text=_words(trigger)), date="m6",
              place="m4", actors=EventActors(), casualties=casualties),
    ]  # fmt: skip
    content1 = (t.index("قتل 12"), t.index("، بحسب"))
    content2 = _at("الغارات أصابت أكثر من 30 شخصاً بجروح متفاوتة")
    claims = [
        Claim(id="c1", source="m1", cue=Cue(span=_at("بحسب"), text="بحسب"), stance="assert",
              content=Content(span=content1)),
        Claim(id="c2", source="m2", cue=Cue(span=_at("وقال"), text="وقال"), stance="assert",
              content=Content(span=content2)),
    ]  # fmt: skip
    return Record(
        id="test",
        title=TITLE,
        tags=["إدلب", "غارات"],
        text=t,
        mentions=mentions,
        events=events,
        claims=claims,
        source={"publisher": "شبكة الاختبار", "format": "text"},
    )


def empty_record() -> Record:
    """What a pipeline that only cleans would produce: the text and nothing else."""
    return Record(id="empty", title=TITLE, text=CLEAN_TEXT)
