"""The gold loader resolves quotes to input spans and names the file and item of every problem."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.evaluate.builders import INPUT_TEXT, gold_dict, span, write_gold

from rasid.errors import GoldError
from rasid.evaluate.gold import find_gold_files, load_gold


def test_loader_resolves_occurrences_to_input_spans(tmp_path: Path) -> None:
    gold = load_gold(write_gold(tmp_path))
    assert [p.quote.spans for p in gold.places] == [
        (span(INPUT_TEXT, "كفرنبل", 1),),
        (span(INPUT_TEXT, "كفرنبل", 2),),
        (span(INPUT_TEXT, "إدلب"),),
    ]
    assert [p.quote.indexes for p in gold.places] == [(0,), (1,), (0,)]
    event = gold.events[0]
    assert event.also[0].spans == (span(INPUT_TEXT, "غارات على بلدة"),)
    assert gold.casualties[1].part_of is not None
    assert gold.casualties[1].part_of.spans == (span(INPUT_TEXT, "12 مدنياً"),)
    assert gold.exhaustive == frozenset(
        {"body", "places", "dates", "quantities", "casualties", "events", "claims"}
    )
    assert gold.publisher == ("شبكة الاختبار", "Test Network")


def test_loader_matches_decomposed_quotes_after_nfc(tmp_path: Path) -> None:
    # "أ" written as alef + combining hamza above in the gold; the input has the composed letter.
    data = gold_dict(body={"must_include": ["\u0627\u0654طفال"], "must_exclude": []})
    gold = load_gold(write_gold(tmp_path, data))
    assert gold.body.must_include == ("أطفال",)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change to one key of the gold dict, addressed as 'layer.index.key' or a top-level key."""

    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for p in parents:
            target = target[int(p)] if p.isdigit() else target[p]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value

    return change


_DELETE = object()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set("format", "rasid-gold/2"), "format: unknown format 'rasid-gold/2'"),
        (_set("places.2.text", "حماة"), "places[2]: not in the input: 'حماة'"),
        (_set("places.0.occurrence", 3), "places[0]: occurrence 3 > 2 in the input"),
        (_set("places.0.occurrence", _DELETE), "places[0]: 2 occurrences in the input, give 'occurrence'"),
        (_set("places.2.lat", None), "places[2].lat: expected a coordinate"),
        (_set("casualties.0.status", ["dead"]), "casualties[0].status: 'dead' is not one of"),
        (_set("casualties.1.group", "kids"), "casualties[1].group: 'kids' is not one of"),
        (_set("casualties.1.part_of", "ثلاثون"), "casualties[1].part_of: not in the input"),
        (_set("quantities.2.qualifier", "over"), "quantities[2].qualifier: 'over' is not one of"),
        (_set("quantities.3.vague", "dozens"), "quantities[3].vague: 'dozens' is not one of"),
        (_set("claims.0.stance", ["claim"]), "claims[0].stance: 'claim' is not one of"),
        (_set("claims.1.content_contains", "لا يوجد"), "claims[1].content_contains: not in the input"),
        (_set("events.0.type", ["bombing"]), "events[0].type: 'bombing' is not one of"),
        (_set("events.0.also", ["غارة بحرية"]), "events[0].also[0]: not in the input"),
        (_set("entities.0.type", "PERSON"), "entities[0].type: 'PERSON' is not one of"),
        (_set("dates.0.value", None), 'dates[0].value: null value needs "relative": true'),
        (_set("dates.0.value", "10/03/2024"), "dates[0].value: expected YYYY-MM-DD"),
        (_set("dates.0.occurence", 1), "dates[0]: unknown key(s) occurence"),
        (_set("exhaustive", ["places", "weapons"]), "exhaustive: 'weapons' is not one of"),
        (_set("published", "11 March 2024"), "published: expected YYYY-MM-DD or null"),
        (_set("title", "عنوان غير موجود"), "title: not in the input"),
        (_set("publisher", []), "publisher: an empty list"),
        (_set("body", {"must_include": ["جملة غائبة"]}), "body.must_include[0]: not in the input"),
    ],
)
def test_loader_names_file_and_item(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    data = gold_dict()
    change(data)
    path = write_gold(tmp_path, data)
    with pytest.raises(GoldError) as err:
        load_gold(path)
    assert str(err.value).startswith(f"{path}: ")
    assert message in str(err.value)


def test_loader_reports_a_missing_input(tmp_path: Path) -> None:
    path = write_gold(tmp_path)
    (tmp_path / "kafranbel.txt").unlink()
    with pytest.raises(GoldError, match=r"kafranbel\.gold\.json: input: missing: .*kafranbel\.txt"):
        load_gold(path)


def test_loader_rejects_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.gold.json"
    path.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(GoldError, match=r"broken\.gold\.json: file: not JSON"):
        load_gold(path)


def test_find_gold_files_is_recursive_and_sorted(tmp_path: Path) -> None:
    write_gold(tmp_path / "b" / "deep", gold_dict(id="zeta"))
    write_gold(tmp_path / "a", gold_dict(id="alpha"))
    (tmp_path / "a" / "notes.json").write_text(json.dumps({}), encoding="utf-8")
    found = find_gold_files([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a/alpha.gold.json",
        "b/deep/zeta.gold.json",
    ]
    with pytest.raises(GoldError, match="no such file or directory"):
        find_gold_files([tmp_path / "missing"])
