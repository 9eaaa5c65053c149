"""ActorStage in a pipeline: mention ids, spans that quote the text, the rasid/1 schema."""

from __future__ import annotations

import jsonschema

from rasid.pipeline import Pipeline
from rasid.recognise.actors import ActorStage
from rasid.record import ActorMention, DateMention, Record, json_schema
from rasid.segment import SegmentStage

TEXT = (
    "نشطاء يطلقون حملة ضد القصف\n\n"
    "أطلق ناشطون سوريون حملة إعلامية، وقال المرصد السوري لحقوق الإنسان إن الطيران الروسي "
    "قصف حلب. وأعلنت روسيا أن غاراتها تستهدف تنظيم الدولة، وقال المرصد إن بين الضحايا أطفالاً."
)


def _run(record: Record) -> Record:
    pipeline = Pipeline(
        [SegmentStage(), ActorStage()],
        provided=frozenset({"raw", "source", "text", "metadata", "mentions:place"}),  # none found
    )
    return pipeline.run_one(record)


def test_actors_stage_layers() -> None:
    stage = ActorStage()
    assert (stage.name, stage.reads, stage.writes) == (
        "actors",
        frozenset({"text", "mentions:place"}),  # the places: the article's own country
        frozenset({"mentions:actor", "metadata", "country"}),  # metadata: the publisher when clean found none
    )


def test_actors_stage_mentions() -> None:
    record = _run(Record(id="t", text=TEXT))
    found = [(m.id, m.text, m.type, m.name) for m in record.mentions]
    assert found == [
        ("m1", "نشطاء", "NORP", "activists"),
        ("m2", "ناشطون سوريون", "NORP", "Syrian activists"),
        ("m3", "المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
        ("m4", "الطيران الروسي", "ORG", "Russian Air Force"),
        ("m5", "روسيا", "GPE", "Russia"),
        ("m6", "تنظيم الدولة", "ORG", "Islamic State"),
        ("m7", "المرصد", "ORG", "Syrian Observatory for Human Rights"),
    ]
    assert all(record.text[m.span[0] : m.span[1]] == m.text for m in record.mentions)


def test_actors_stage_ids_follow_earlier_mentions() -> None:
    record = Record(id="t", text="وأعلنت روسيا بدء الغارات.")
    record.mentions.append(DateMention(id="m1", span=(0, 1), text="و"))
    record = _run(record)
    actors = [m for m in record.mentions if isinstance(m, ActorMention)]
    assert [(m.id, m.text) for m in actors] == [("m2", "روسيا")]


def test_actors_stage_record_is_valid() -> None:
    record = _run(Record(id="t", text=TEXT))
    jsonschema.validate(record.to_dict(), json_schema())
    assert ActorStage().run([Record(id="e", text="")]).__next__().mentions == []
