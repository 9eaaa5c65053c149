"""Scoring hand-built records against hand-built gold: one change costs exactly what it should."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tests.evaluate.builders import CLEAN_TEXT, gold_dict, perfect_record, span, write_gold

from rasid.evaluate.baseline import metric
from rasid.evaluate.gold import LAYERS, load_gold
from rasid.evaluate.result import FileResult, aggregate
from rasid.evaluate.score import same_outlet, score_record
from rasid.record import ActorMention, Casualty, Content, Event, PlaceMention, Record, Trigger

Mutation = Callable[[Record], None]


def value(result: FileResult, key: str) -> float | int | None:
    """A metric key of baseline.metric, or 'layer:count' for a raw count (tp, fp, fn, ignored, unscored)."""
    if ":" in key:
        layer, count = key.split(":")
        number: int = getattr(result.layers[layer], count)
        return number
    return metric(aggregate([result]), key)


def score(tmp_path: Path, record: Record, **gold_changes: object) -> FileResult:
    gold = load_gold(write_gold(tmp_path, gold_dict(**gold_changes)))
    return score_record(gold, record)


def _at(needle: str, occurrence: int = 1) -> tuple[int, int]:
    return span(CLEAN_TEXT, needle, occurrence)


def _mention(record: Record, mention_id: str) -> object:
    return record.mention(mention_id)


def _casualty(record: Record, index: int) -> Casualty:
    return record.events[0].casualties[index]


def test_perfect_record_scores_one_everywhere(tmp_path: Path) -> None:
    result = score(tmp_path, perfect_record())
    report = aggregate([result])
    for layer in LAYERS:
        s = report.layers[layer]
        assert s.recall == 1.0, layer
        assert s.f1 == (None if layer == "entities" else 1.0), layer
        assert all(t.accuracy == 1.0 for t in s.attributes.values()), layer
    assert (report.body.accuracy, report.title.accuracy, report.publisher.accuracy) == (1.0, 1.0, 1.0)
    assert report.tags.f1 == 1.0
    assert report.macro_f1 == 1.0
    assert result.errors == []


def test_empty_record_recalls_nothing(tmp_path: Path) -> None:
    report = aggregate([score(tmp_path, Record(id="empty", title=None, text=CLEAN_TEXT))])
    assert {name: s.recall for name, s in report.layers.items()} == dict.fromkeys(LAYERS, 0.0)
    assert {name: s.f1 for name, s in report.layers.items()} == {
        **dict.fromkeys(LAYERS, 0.0),
        "entities": None,
    }
    assert report.macro_f1 == 0.0
    assert report.body.accuracy == 1.0  # the text itself is clean
    assert report.title.accuracy == 0.0


def _set_attr(get: Callable[[Record], object], name: str, new: object) -> Mutation:
    def mutate(record: Record) -> None:
        setattr(get(record), name, new)

    return mutate


def _add_mention(mention: object) -> Mutation:
    def mutate(record: Record) -> None:
        record.mentions.append(mention)  # type: ignore[arg-type]

    return mutate


def _add_event(trigger: str, occurrence: int = 1, event_type: str = "airstrike") -> Mutation:
    def mutate(record: Record) -> None:
        s = _at(trigger, occurrence)
        record.events.append(
            Event(id=f"e{len(record.events) + 1}", type=event_type, trigger=Trigger(span=s, text=trigger))  # type: ignore[arg-type]
        )

    return mutate


def _both(*mutations: Mutation) -> Mutation:
    def mutate(record: Record) -> None:
        for m in mutations:
            m(record)

    return mutate


def _move_claim_content(record: Record) -> None:
    record.claims[1].content = Content(span=_at("بجروح متفاوتة"))


CASES: list[tuple[str, Mutation, dict[str, float | int | None]]] = [
    (
        "wrong date value loses the value only",
        _set_attr(lambda r: r.mention("m6"), "value", "2024-03-09"),
        {"dates": 1.0, "dates.value": 0.0, "events.date": 0.0, "events": 1.0, "places.resolution": 1.0},
    ),
    (
        "a partial date span still overlaps",
        _set_attr(lambda r: r.mention("m6"), "span", _at("الأحد")),
        {"dates": 1.0, "dates.value": 1.0, "dates:tp": 1},
    ),
    (
        "wrong qualifier loses the quantity value",
        _set_attr(lambda r: r.mention("m9"), "qualifier", "about"),
        {"quantities": 1.0, "quantities.value": 0.75},
    ),
    (
        "wrong vague class loses the quantity value",
        _set_attr(lambda r: r.mention("m10"), "vague", "hundreds"),
        {"quantities": 1.0, "quantities.value": 0.75},
    ),
    (
        "a place named otherwise but 11 km away resolves",
        _both(
            _set_attr(lambda r: r.mention("m5"), "name", "Idlib District"),
            _set_attr(lambda r: r.mention("m5"), "lat", 35.93 + 0.1),
        ),
        {"places": 1.0, "places.resolution": 1.0},
    ),
    (
        "a place named otherwise and 33 km away does not",
        _both(
            _set_attr(lambda r: r.mention("m5"), "name", "Idlib District"),
            _set_attr(lambda r: r.mention("m5"), "lat", 35.93 + 0.3),
        ),
        {"places": 1.0, "places.resolution": 2 / 3},
    ),
    (
        "part_of missing",
        _set_attr(lambda r: _casualty(r, 1), "part_of", None),
        {"casualties": 1.0, "casualties.part_of": 0.75, "casualties.source": 1.0},
    ),
    (
        "part_of pointing at the wrong total",
        _set_attr(lambda r: _casualty(r, 1), "part_of", 2),
        {"casualties.part_of": 0.75},
    ),
    (
        "part_of where gold has none",
        _set_attr(lambda r: _casualty(r, 2), "part_of", 0),
        {"casualties.part_of": 0.75},
    ),
    (
        "casualty attributed to the wrong claim",
        _set_attr(lambda r: _casualty(r, 0), "claim", "c2"),
        {"casualties.source": 0.75, "casualties.value": 1.0},
    ),
    (
        "casualty in the article's voice given a claim",
        _set_attr(lambda r: _casualty(r, 3), "claim", "c1"),
        {"casualties.source": 0.75},
    ),
    (
        "casualty source lost when the claim has no source mention",
        _set_attr(lambda r: r.claims[0], "source", None),
        {"casualties.source": 0.5, "claims.source": 0.5},
    ),
    (
        "status and group",
        _both(
            _set_attr(lambda r: _casualty(r, 0), "status", "injured"),
            _set_attr(lambda r: _casualty(r, 2), "group", "civilians"),
        ),
        {"casualties.status": 0.75, "casualties.group": 1.0},
    ),
    (
        "cumulative",
        _set_attr(lambda r: _casualty(r, 3), "cumulative", True),
        {"casualties.cumulative": 0.75},
    ),
    (
        "an extra actor is not a false positive: entities are not exhaustive",
        _add_mention(ActorMention(id="m11", span=_at("الحدود"), text="الحدود", type="ORG")),
        {"entities:unscored": 1, "entities:fp": 0, "entities.precision": None, "entities.recall": 1.0},
    ),
    (
        "an extra place is a false positive: places are exhaustive",
        _add_mention(PlaceMention(id="m11", span=_at("الحدود"), text="الحدود", name="border")),
        {"places:fp": 1, "places.precision": 0.75, "places.recall": 1.0, "places": 6 / 7},
    ),
    (
        "a second prediction on a gold place is a false positive",
        _add_mention(PlaceMention(id="m11", span=_at("إدلب"), text="إدلب", name="Idlib")),
        {"places:fp": 1, "places:tp": 3},
    ),
    (
        "a prediction on an also-trigger of a matched event is not a false positive",
        _add_event("غارات على بلدة"),
        {"events": 1.0, "events:ignored": 1, "events:fp": 0},
    ),
    (
        "a prediction on an optional event counts neither way",
        _add_event("ونزحت", event_type="displacement"),
        {"events": 1.0, "events:ignored": 1, "events:fp": 0, "events:tp": 1},
    ),
    (
        "an event on no gold trigger is a false positive",
        _add_event("الحدود"),
        {"events:fp": 1, "events.precision": 0.5, "events.recall": 1.0},
    ),
    (
        "event type and perpetrator",
        _both(
            _set_attr(lambda r: r.events[0], "type", "shelling"),
            _set_attr(lambda r: r.events[0].actors, "perpetrator", ["m1"]),
        ),
        {"events": 1.0, "events.type": 0.0, "events.perpetrator": 0.0, "events.place": 1.0},
    ),
    (
        "event place by coordinates when named otherwise",
        _set_attr(lambda r: r.mention("m4"), "name", "Kafranbel"),
        {"events.place": 1.0, "places.resolution": 1.0},
    ),
    (
        "event place on the wrong town",
        _set_attr(lambda r: r.events[0], "place", "m5"),
        {"events.place": 0.0},
    ),
    (
        "claim content that misses the phrase",
        _move_claim_content,
        {"claims": 1.0, "claims.content": 0.5, "claims.stance": 1.0},
    ),
    (
        "claim source by source_text overlap when the name differs; casualties have names only",
        _set_attr(lambda r: r.mention("m2"), "name", "the observatory"),
        {"claims.source": 1.0, "casualties.source": 0.75, "entities.name": 0.5},
    ),
    (
        "claim stance",
        _set_attr(lambda r: r.claims[0], "stance", "deny"),
        {"claims.stance": 0.5},
    ),
]


@pytest.mark.parametrize(("mutate", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_change_costs_exactly_its_metric(
    tmp_path: Path, mutate: Mutation, expected: dict[str, float | int | None]
) -> None:
    record = perfect_record()
    mutate(record)
    result = score(tmp_path, record)
    got = {key: value(result, key) for key in expected}
    assert got == pytest.approx(expected)


def test_occurrence_picks_the_gold_item(tmp_path: Path) -> None:
    places = gold_dict()["places"][1:]  # only the body's كفرنبل (occurrence 2) and إدلب
    record = perfect_record()
    record.mentions = [m for m in record.mentions if m.id != "m4"]  # predict the title's occurrence only
    record.events[0].place = "m3"
    result = score(tmp_path, record, places=places)
    assert (result.layers["places"].tp, result.layers["places"].fp, result.layers["places"].fn) == (1, 1, 1)
    assert [(e.kind, e.text) for e in result.errors if e.layer == "places"] == [
        ("miss", "كفرنبل"),
        ("fp", "كفرنبل"),
    ]


def test_optional_item_counts_neither_way(tmp_path: Path) -> None:
    places = gold_dict()["places"]
    places[2]["optional"] = True
    with_it = score(tmp_path / "a", perfect_record(), places=places)
    record = perfect_record()
    record.mentions = [m for m in record.mentions if m.id != "m5"]
    without_it = score(tmp_path / "b", record, places=places)
    for result in (with_it, without_it):
        s = result.layers["places"]
        assert (s.gold, s.tp, s.fp, s.fn) == (2, 2, 0, 0)
    assert (with_it.layers["places"].ignored, without_it.layers["places"].ignored) == (1, 0)


def test_null_relative_date_matches_on_span_alone(tmp_path: Path) -> None:
    dates = [{"text": "أمس الأحد", "value": None, "relative": True}]
    events = gold_dict()["events"]
    events[0]["date"] = None
    record = perfect_record()
    record.mention("m6").value = None
    result = score(tmp_path / "a", record, published=None, dates=dates, events=events)
    assert (value(result, "dates"), value(result, "dates.value"), value(result, "events.date")) == (
        1.0,
        None,
        1.0,
    )
    resolved = score(tmp_path / "b", perfect_record(), published=None, dates=dates)
    assert (value(resolved, "dates"), value(resolved, "dates.value")) == (1.0, None)


def test_event_date_null_in_gold_without_publication_is_open_to_a_relative_date(tmp_path: Path) -> None:
    # gold knows no publication date: its relative dates have no value, nor has the event's date
    dates = [{"text": "أمس الأحد", "value": None, "relative": True}]
    events = gold_dict()["events"]
    events[0]["date"] = None
    resolved = score(tmp_path / "a", perfect_record(), published=None, dates=dates, events=events)
    assert value(resolved, "events.date") is None  # rasid read a publication date gold did not
    record = perfect_record()
    record.mention("m6").relative = False  # an absolute date is checked against gold's null
    absolute = score(tmp_path / "b", record, published=None, dates=dates, events=events)
    assert value(absolute, "events.date") == 0.0
    known = score(tmp_path / "c", perfect_record(), dates=dates, events=events)  # publication known
    assert value(known, "events.date") == 0.0


def test_exhaustive_controls_false_positives(tmp_path: Path) -> None:
    record = perfect_record()
    record.mentions.append(PlaceMention(id="m11", span=_at("الحدود"), text="الحدود", name="border"))
    exhaustive = score(tmp_path / "a", record)
    partial = score(tmp_path / "b", record, exhaustive=["body", "dates"])
    assert (exhaustive.layers["places"].fp, exhaustive.layers["places"].unscored) == (1, 0)
    assert (partial.layers["places"].fp, partial.layers["places"].unscored) == (0, 1)
    assert (
        value(partial, "places.precision"),
        value(partial, "places.f1"),
        value(partial, "places.recall"),
    ) == (
        None,
        None,
        1.0,
    )
    assert value(partial, "macro_f1") == 1.0  # only dates is exhaustive among the layers
    combined = aggregate([exhaustive, partial]).layers["places"]
    assert (combined.tp, combined.fp, combined.tp_exhaustive, combined.unscored) == (6, 1, 3, 1)
    assert combined.precision == pytest.approx(3 / 4)
    assert combined.recall == 1.0


def test_body_title_publisher_and_tags(tmp_path: Path) -> None:
    record = perfect_record()
    record.text = CLEAN_TEXT.replace("ونزحت", "ونزح") + "\n\nاقرأ أيضاً: ما لم ينشر"
    record.title = "غارات  على بلدة\nكفرنبل توقع قتلى وجرحى"  # same words, other white space
    record.source.publisher = "Test network"
    record.tags = ["إدلب", "حلب"]
    result = score(tmp_path, record)
    assert result.body.correct == 1
    assert result.body.total == 3
    assert (result.title.accuracy, result.publisher.accuracy) == (1.0, 1.0)
    assert result.tags.f1 == pytest.approx(0.5)
    assert sorted(e.detail for e in result.errors if e.layer == "body") == [
        "furniture kept in the body",
        "missing from the body",
    ]


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("اوراد نيوز", ["أوراد نيوز"], True),  # hamza left off
        ("الوقائع الاخبارية", ["الوقائع الإخبارية"], True),
        ("Test  Network", ["test network"], True),
        ("نبأ", ["قناة نبأ"], False),  # a short form is another name, not a spelling
        (None, ["أوراد نيوز"], False),
    ],
)
def test_an_outlet_is_the_same_whatever_its_hamza(predicted: str | None, gold: list[str], same: bool) -> None:
    assert same_outlet(predicted, gold) is same


@pytest.mark.parametrize(
    ("gold_value", "predicted", "expected"),
    [
        (["2024-03-10", "2024-03-09"], "2024-03-09", 1.0),
        (["2024-03-10", "2024-03-09"], "2024-03-08", 0.0),
        ("2024-03-10", "2024-03-10", 1.0),
    ],
)
def test_date_value_alternatives(tmp_path: Path, gold_value: object, predicted: str, expected: float) -> None:
    record = perfect_record()
    record.mention("m6").value = predicted
    result = score(tmp_path, record, dates=[{"text": "أمس الأحد", "value": gold_value}])
    assert value(result, "dates.value") == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ({"value": [30, 31], "qualifier": ["more_than", "at_least"]}, (31, "at_least", None), 1.0),
        ({"value": [30, 31], "qualifier": ["more_than", "at_least"]}, (31, "exact", None), 0.0),
        ({"value": 30}, (30, None, None), 1.0),  # no qualifier: exact
        ({"value": 30}, (30, "about", None), 0.0),
        ({"value": None, "vague": ["tens", "several"]}, (None, None, "several"), 1.0),
        ({"value": None}, (None, None, "tens"), 0.0),  # neither a number nor a vague class
        ({"value": None, "vague": "tens"}, (10, None, "tens"), 0.0),
    ],
)
def test_quantity_value_alternatives(
    tmp_path: Path,
    gold: dict[str, object],
    predicted: tuple[float | None, str | None, str | None],
    expected: float,
) -> None:
    record = perfect_record()
    m = record.mention("m9")
    m.value, m.qualifier, m.vague = predicted
    result = score(tmp_path, record, quantities=[{"text": "أكثر من 30 شخصاً", **gold}])
    assert value(result, "quantities.value") == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ({"value": None, "low": 30, "high": 40}, (None, "exact", None, 30, 40), 1.0),
        ({"value": None, "low": 30, "high": 40}, (None, None, None, 30, 40), 1.0),  # no qualifier: exact
        ({"value": None, "low": 30, "high": 40}, (40, "exact", None, 40, 40), 0.0),  # its end only
        ({"value": None, "low": 30, "high": 40}, (None, "exact", None, 31, 40), 0.0),
        ({"value": None, "low": 30, "high": 40, "qualifier": "about"}, (None, "exact", None, 30, 40), 0.0),
        ({"value": None, "low": 30, "high": 40, "qualifier": "about"}, (None, "about", None, 30, 40), 1.0),
    ],
)
def test_range_matches_on_its_ends(
    tmp_path: Path,
    gold: dict[str, object],
    predicted: tuple[float | None, str | None, str | None, int | None, int | None],
    expected: float,
) -> None:
    """A range (tests/gold/README.md, "Numeric ranges") is no single number and its two ends."""
    record = perfect_record()
    m = record.mention("m9")
    m.value, m.qualifier, m.vague, m.low, m.high = predicted
    result = score(tmp_path, record, quantities=[{"text": "أكثر من 30 شخصاً", **gold}])
    assert value(result, "quantities.value") == expected


def test_tally_event_is_no_false_positive_but_an_incident_is(tmp_path: Path) -> None:
    record = perfect_record()
    tally = Event(
        id="e2", type="displacement", trigger=Trigger(span=_at("الحدود"), text="الحدود"), cumulative=True
    )
    record.events.append(tally)
    result = score(tmp_path / "a", record)
    assert (result.layers["events"].fp, result.layers["events"].unscored, value(result, "events")) == (
        0,
        1,
        1.0,
    )
    tally.cumulative = False
    assert score(tmp_path / "b", record).layers["events"].fp == 1


def test_perpetrator_matches_by_the_state_a_force_belongs_to(tmp_path: Path) -> None:
    data = gold_dict()
    data["events"][0]["perpetrator"] = ["Russia"]
    record = perfect_record()
    force = ActorMention(
        id="m11",
        span=_at("غارات جوية"),
        text="غارات جوية",
        type="ORG",
        name="Russian Air Force",
        parent="Russia",
    )
    record.mentions.append(force)
    record.events[0].actors.perpetrator = ["m11"]
    assert value(score(tmp_path / "a", record, events=data["events"]), "events.perpetrator") == 1.0
    force.parent = None
    assert value(score(tmp_path / "b", record, events=data["events"]), "events.perpetrator") == 0.0


def test_a_title_where_the_page_has_none_is_a_false_title(tmp_path: Path) -> None:
    """A page whose body is annotated and whose gold title is null has no headline: a predicted one costs."""
    record = perfect_record()
    record.title = "إدلب - شبكة الاختبار"  # a dateline credit taken for the headline
    false_title = score(tmp_path, record, title=None)
    assert (false_title.title.correct, false_title.title.total) == (0, 1)
    assert [(e.text, e.detail) for e in false_title.errors if e.layer == "title"] == [
        ("(no title)", "got إدلب - شبكة الاختبار")
    ]
    record.title = None
    no_title = score(tmp_path, record, title=None)
    assert (no_title.title.correct, no_title.title.total) == (1, 1)


def test_a_file_without_body_or_title_leaves_the_title_unjudged(tmp_path: Path) -> None:
    record = perfect_record()
    record.title = "إدلب - شبكة الاختبار"
    result = score(tmp_path, record, title=None, body={"must_include": [], "must_exclude": []})
    assert result.title.total == 0
