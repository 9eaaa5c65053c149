"""QuantityStage on a record: mention ids, clean-text spans and units, and its place in a pipeline."""

from __future__ import annotations

from rasid.pipeline import Pipeline
from rasid.recognise.quantities import QuantityStage
from rasid.record import ActorMention, QuantityMention, Record
from rasid.segment import SegmentStage

TEXT = "قُتل ٤٥٢ طفلاً وأكثر من 200 امرأةٍ، وجُرح العشراتُ في غاراتٍ عام ٢٠١٥."


def run(text: str, record: Record | None = None) -> list[QuantityMention]:
    rec = QuantityStage().process(record or Record(id="t", text=text))
    return [m for m in rec.mentions if isinstance(m, QuantityMention)]


def test_quantities_stage_mentions() -> None:
    got = [(m.id, m.text, m.span, m.value, m.qualifier, m.low, m.high, m.vague, m.unit) for m in run(TEXT)]
    assert got == [
        ("m1", "٤٥٢ طفلاً", (5, 14), 452.0, "exact", 452, 452, None, "طفلاً"),
        ("m2", "أكثر من 200 امرأةٍ", (16, 34), 200.0, "more_than", 201, None, None, "امرأةٍ"),
        ("m3", "العشراتُ", (42, 50), None, None, 20, 99, "tens", None),
    ]


def test_quantities_stage_spans_quote_the_clean_text() -> None:
    for m in run(TEXT):
        assert TEXT[m.span[0] : m.span[1]] == m.text


def test_quantities_stage_ids_follow_existing_mentions() -> None:
    record = Record(id="t", text="قتل 5 أشخاص")
    record.mentions.append(ActorMention(id="m1", span=(0, 3), text="قتل", type="NORP"))
    assert [m.id for m in run("", record)] == ["m2"]


def test_quantities_stage_in_a_pipeline() -> None:
    pipeline = Pipeline([SegmentStage(), QuantityStage()], provided=frozenset({"raw", "source", "text"}))
    record = pipeline.run_one(Record(id="t", text="سقط عشرات القتلى. ونزح 300 شخص."))
    out = record.to_dict()["mentions"]
    assert [(m["kind"], m["text"], m["vague"], m["value"]) for m in out] == [
        ("quantity", "عشرات القتلى", "tens", None),
        ("quantity", "300 شخص", None, 300.0),
    ]
    stats = pipeline.stats()["quantities"]
    assert (stats.counters["vague"], stats.counters["numeric"]) == (1, 1)


def test_quantities_stage_money_on_request() -> None:
    text = "خسر المزارعون 3 ملايين دولار و20 بقرة"
    default = [(m.text, m.unit) for m in run(text)]
    record = QuantityStage(money=True).process(Record(id="t", text=text))
    with_money = [(m.text, m.unit) for m in record.mentions if isinstance(m, QuantityMention)]
    assert default == [("20 بقرة", "بقرة")]
    assert with_money == [("3 ملايين دولار", "دولار"), ("20 بقرة", "بقرة")]
