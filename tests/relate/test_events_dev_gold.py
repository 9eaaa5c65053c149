"""EventStage on the dev gold files: events and casualties scored as `rasid eval` scores them.

The pipeline is the default stage list plus the stages it does not hold yet, in the order
places, actors, weapons, claims, events; each gold input is extracted with its known
publication date and scored by rasid.evaluate (events match on their trigger or any `also`
trigger, optional items count neither way). The gold texts are read from ../shared, never
copied.

Measured on the 26 dev files (2026-11-30, with the places, actors and claims stages of that
day): events P 0.893 R 1.0 F1 0.943, slot accuracy type 1.0, date 1.0, place 0.90,
perpetrator 0.56; casualties P 1.0 R 1.0, status/group/value/cumulative/part_of 1.0, source
0.89. The six false events are the tally events of four report pages (ar-024, ar-028, ar-029,
ar-030: a figure needs an event to hold it, the gold lists none) and one generic "arrests".
Perpetrator accuracy is low because the actors stage names a state's forces ("Russian Air
Force", country RUS) where the gold names the state ("Russia"); counting the actor's country
as a match would make it 0.92 or more. Source accuracy follows the claims and actors stages.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

import pytest

from rasid import extract_file
from rasid.evaluate import LayerScore, load_gold, score_record
from rasid.evaluate.gold import find_gold_files
from rasid.pipeline import READER_LAYERS, Pipeline, Stage
from rasid.stages import default_stage_list

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO.parent / "shared" / "gold" / "dev"

#: The stages the events stage needs, in pipeline order, by module and class.
NEEDED = [
    ("places", "rasid.recognise.places", "PlaceStage"),
    ("actors", "rasid.recognise.actors", "ActorStage"),
    ("weapons", "rasid.recognise.weapons", "WeaponStage"),
    ("claims", "rasid.relate.claims", "ClaimStage"),
    ("events", "rasid.relate.events", "EventStage"),
]

FLOORS = {
    ("events", "precision"): 0.86,
    ("events", "recall"): 0.96,
    ("events", "f1"): 0.92,
    ("events", "type"): 0.95,
    ("events", "date"): 0.95,
    ("events", "place"): 0.85,
    ("events", "perpetrator"): 0.50,
    ("casualties", "precision"): 0.97,
    ("casualties", "recall"): 0.97,
    ("casualties", "f1"): 0.97,
    ("casualties", "status"): 0.97,
    ("casualties", "group"): 0.97,
    ("casualties", "value"): 0.97,
    ("casualties", "cumulative"): 0.97,
    ("casualties", "part_of"): 0.97,
    ("casualties", "source"): 0.80,
}


def _pipeline() -> Pipeline:
    stages: list[Stage] = default_stage_list()
    have = {s.name for s in stages}
    for name, module, cls in NEEDED:
        if name not in have:
            stages.append(getattr(importlib.import_module(module), cls)())
    return Pipeline(stages, provided=READER_LAYERS)


@cache
def _scores() -> dict[str, LayerScore]:
    pipeline = _pipeline()
    totals = {layer: LayerScore(layer) for layer in ("events", "casualties")}
    for path in find_gold_files([GOLD_DIR]):
        gold = load_gold(path)
        record = extract_file(gold.input_path, published=gold.published, pipeline=pipeline)
        result = score_record(gold, record)
        for layer, total in totals.items():
            total.merge(result.layers[layer])
    return totals


def _measure(layer: str, metric: str) -> float | None:
    score = _scores()[layer]
    if metric in ("precision", "recall", "f1"):
        return getattr(score, metric)  # type: ignore[no-any-return]
    return score.attributes[metric].accuracy


@pytest.mark.parametrize(("layer", "metric"), list(FLOORS))
def test_events_dev_gold_floor(layer: str, metric: str) -> None:
    if not GOLD_DIR.is_dir():
        pytest.fail(f"the shared dev gold is missing at {GOLD_DIR}")
    value = _measure(layer, metric)
    assert value is not None and value >= FLOORS[(layer, metric)], f"{layer} {metric} = {value}"


def test_events_dev_gold_seed_article() -> None:
    """The seed article: the four casualty counts with breakdown and tally, the Aleppo market strike."""
    gold = load_gold(GOLD_DIR / "seed-quds-press.gold.json")
    record = extract_file(gold.input_path, published=gold.published, pipeline=_pipeline())
    rows = [
        (record.span_text(c.span), c.status, c.group, c.value, c.vague, c.part_of, c.cumulative)
        for e in record.events
        for c in e.casualties
    ]
    assert rows == [
        ("أكثر من 2000 شخص", "killed", "people", 2000.0, None, None, True),
        ("452 طفلاً", "killed", "children", 452.0, None, 0, True),
        ("200 امرأة", "killed", "women", 200.0, None, 0, True),
        ("عشرات القتلى", "killed_or_injured", "people", None, "tens", None, False),
    ]
    market = [e for e in record.events if e.casualties and not e.casualties[0].cumulative]
    assert len(market) == 1
    e = market[0]
    date = record.mention(e.date) if e.date else None
    place = record.mention(e.place) if e.place else None
    assert (e.type, getattr(date, "value", None), getattr(place, "name", None)) == (
        "airstrike",
        "2016-02-13",
        "Aleppo",
    )
