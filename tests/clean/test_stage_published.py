"""The clean stage's publication date: given wins, then real date markup; counts are not years."""

from __future__ import annotations

import pytest

from rasid.clean import CleanStage
from rasid.pipeline import Pipeline
from rasid.record import Record, Source

ARTICLE = (
    "<h1>نزوح من المدينة بعد ليلة من القصف</h1>"
    "<p>قال ناشطون إن أكثر من 2000 شخص فروا من المدينة بعد القصف العنيف الذي استمر طوال الليل"
    " على الأحياء الشرقية، وإن معظمهم لجأ إلى القرى المجاورة.</p>"
    "<p>وأضافوا أن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض في الأحياء المتضررة من الغارات"
    " الجوية، وسط نقص كبير في المعدات.</p>"
)
NO_DATE = f"<html><head><title>نزوح من المدينة</title></head><body><article>{ARTICLE}</article></body></html>"
WITH_META = NO_DATE.replace(
    "<head>", '<head><meta property="article:published_time" content="2016-02-15T10:00:00Z">'
)
TEXT = "نزوح من المدينة\n\nقال ناشطون إن أكثر من 2000 شخص فروا من المدينة بعد القصف."


def _clean(raw: str, content_type: str, given: str | None = None) -> Record:
    record = Record(id="t", raw=raw.encode(), raw_text=raw, content_type=content_type, given_published=given)
    return CleanStage().process(record)


def _published(record: Record) -> tuple[str | None, str | None, str | None]:
    p = record.published
    return p.value, p.precision, p.from_


CASES = [
    (NO_DATE, "html", None, (None, None, None)),
    (WITH_META, "html", None, ("2016-02-15", "day", "html")),
    (WITH_META, "html", "2016-02-20", ("2016-02-20", "day", "given")),
    (NO_DATE, "html", "2016-02-20", ("2016-02-20", "day", "given")),
    (WITH_META, "html", "20/02/2016", ("2016-02-15", "day", "html")),
    (TEXT, "text", "2016-02-20", ("2016-02-20", "day", "given")),
    (TEXT, "text", None, (None, None, None)),
    (TEXT, "text", "2016-13-01", (None, None, None)),
]


@pytest.mark.parametrize(("raw", "content_type", "given", "expected"), CASES)
def test_published(raw: str, content_type: str, given: str | None, expected: tuple[str | None, ...]) -> None:
    assert _published(_clean(raw, content_type, given)) == expected


def test_htmldate_trap_page_keeps_text_and_no_date() -> None:
    record = _clean(NO_DATE, "html")
    assert "أكثر من 2000 شخص" in record.text
    assert record.to_dict()["published"] == {"value": None, "precision": None, "from": None}


def test_invalid_given_date_is_a_warning() -> None:
    record = _clean(TEXT, "text", "20/02/2016")
    assert record.warnings == [
        "clean: given publication date ignored: '20/02/2016' is not an ISO date (YYYY-MM-DD)"
    ]


def test_stage_declares_its_layers_and_fits_a_pipeline() -> None:
    stage = CleanStage()
    assert (stage.name, stage.reads, stage.writes) == ("clean", {"raw"}, {"text", "metadata"})
    record = Pipeline([stage]).run_one(Record(id="t", raw=TEXT.encode(), raw_text=TEXT))
    assert record.text == TEXT
    assert stage.stats.records == 1


def test_raw_bytes_decoded_when_no_text_given() -> None:
    record = CleanStage().process(Record(id="t", raw=TEXT.encode("utf-8")))
    assert record.title == "نزوح من المدينة"
    assert record.warnings == ["clean: no decoded input; raw bytes read as UTF-8"]


def test_furniture_only_input_leaves_empty_text() -> None:
    ticker = "    ".join(
        ["ارتفاع أسعار الذهب", "افتتاح معرض الكتاب", "فوز الفريق المحلي", "تحذير من موجة حر"]
    )
    record = _clean(ticker, "text")
    assert (record.text, record.title) == ("", None)
    assert [r.reason for r in record.removed] == ["ticker"]
    assert record.warnings == ["clean: no article text left after removing page furniture"]


def test_date_in_page_address_counts_as_markup() -> None:
    uri = "https://example.org/news/2016/02/15/story.html"
    record = Record(
        id="t", raw=b"", raw_text=NO_DATE, content_type="html", source=Source(uri=uri, format="html")
    )
    record = CleanStage().process(record)
    assert _published(record) == ("2016-02-15", "day", "html")
