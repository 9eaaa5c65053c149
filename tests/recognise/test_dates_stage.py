"""DateStage plumbing: layers, mention ids, clean-text spans, warnings and counters."""

from __future__ import annotations

import pytest
from tests.recognise.test_dates_support import dates, run_dates

from rasid.pipeline import Pipeline
from rasid.recognise.dates import DateStage, parse_anchor
from rasid.record import ActorMention, Published, Record
from rasid.segment import SegmentStage


def test_dates_stage_layers() -> None:
    stage = DateStage()
    # A dateline sets the publication date, so the stage writes metadata too.
    assert (stage.name, stage.reads, stage.writes) == (
        "dates",
        {"text", "metadata"},
        {"mentions:date", "metadata"},
    )
    Pipeline([SegmentStage(), stage], provided=frozenset({"raw", "source", "text", "metadata"}))


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("قُتِلَ ثلاثةُ مدنيين أَمْسِ في القصف", ["أَمْسِ"]),
        ("يعيش النازحون في المخيم منذ ثلاثةِ أعوامٍ", ["منذ ثلاثةِ أعوامٍ"]),
        ("تأسست الهيئة عام 1437 هـ بقرار", ["عام 1437 هـ"]),
        ("وصلت القافلة بالأمس ووصلت أخرى لليوم الثاني", ["الأمس"]),
        ("العنوان\n\nأعلن الجيش اليوم\nأن الهجوم وقع أمس", ["اليوم", "أمس"]),
    ],
)
def test_dates_stage_spans_quote_clean_text(text: str, quoted: list[str]) -> None:
    record = run_dates(text, "2016-02-15")
    found = dates(record)
    assert [m.text for m in found] == quoted
    assert all(record.text[m.span[0] : m.span[1]] == m.text for m in found)


def test_dates_stage_ids_follow_existing_mentions() -> None:
    record = Record(
        id="t", text="قال الوزير أمس إن الجيش سيهاجم غداً", published=Published(value="2016-02-15")
    )
    record.mentions.append(ActorMention(id="m1", span=(4, 10), text="الوزير", type="PER"))
    stage = DateStage()
    stage.process(record)
    assert [(m.id, m.text, m.kind) for m in record.mentions] == [
        ("m1", "الوزير", "actor"),
        ("m2", "أمس", "date"),
        ("m3", "غداً", "date"),
    ]
    assert (stage.stats.counters["dates"], stage.stats.counters["resolved"]) == (2, 2)


def test_dates_stage_output_json() -> None:
    record = run_dates("تستمر المعارك منذ 30 أيلول الماضي", "2016-02-15")
    (mention,) = record.to_dict()["mentions"]
    assert {k: mention[k] for k in ("kind", "text", "value", "precision", "relative", "range")} == {
        "kind": "date",
        "text": "منذ 30 أيلول الماضي",
        "value": "2015-09-30",
        "precision": "day",
        "relative": True,
        "range": {"from": "2015-09-30", "to": "2016-02-15"},
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-02-15", "2016-02-15"),
        ("2016-02-15T10:30:00+02:00", "2016-02-15"),
        ("2016-02", None),
        (None, None),
    ],
)
def test_dates_stage_anchor(value: str | None, expected: str | None) -> None:
    anchor = parse_anchor(value)
    assert (anchor.isoformat() if anchor else None) == expected


def test_a_dateline_removed_as_furniture_still_dates_the_article() -> None:
    import rasid

    record = rasid.extract(
        "قصف على بلدة سراقب\n\n15 شباط 2016\n\nقتل خمسة مدنيين أمس في قصف مدفعي على البلدة.\n"
    )
    assert [(r.text, r.reason) for r in record.removed] == [("15 شباط 2016", "dateline")]
    assert (record.published.value, record.published.from_) == ("2016-02-15", "text")
    assert [(m.text, m.value) for m in record.mentions_of("date")] == [("أمس", "2016-02-14")]


@pytest.mark.parametrize(
    ("head", "expected"),
    [  # the labelled line is a dateline (boilerplate.tsv) and dates the article, not a clock
        (
            "الأحد: 20/03/2022 بتوقيت القدس الشريف\n\nقصف على بلدة سراقب\n\n"
            "نشر بتاريخ: 14/02/2022 ( آخر تحديث: 14/02/2022 الساعة: 09:10 )\n\n",
            "2022-02-14",
        ),
        # a last-update stamp comes after any other dated line of the head
        ("قصف على بلدة سراقب\n\nآخر تحديث: 20/03/2022\n\n15/02/2022\n\n", "2022-02-15"),
    ],
)
def test_a_labelled_publication_date_comes_before_a_clock_or_an_update(head: str, expected: str) -> None:
    import rasid

    record = rasid.extract(head + "قتل خمسة مدنيين أمس في قصف مدفعي على البلدة.\n")
    assert record.published.value == expected
