"""`rasid.extract` takes a path, text, HTML or bytes; `extract_many` keeps order in a process pool."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import rasid
from rasid.errors import InputError
from rasid.read import Failure

TEXT = "قصف على بلدة سراقب\n\nقتل خمسة مدنيين أمس في قصف مدفعي على بلدة سراقب بريف إدلب.\n"
HTML = (
    "<!DOCTYPE html><html lang='ar'><head><meta charset='utf-8'><title>قصف على بلدة سراقب</title></head>"
    "<body><nav>الرئيسية | أخبار | رياضة</nav><article><h1>قصف على بلدة سراقب</h1>"
    "<p>قتل خمسة مدنيين أمس في قصف مدفعي على بلدة سراقب بريف إدلب، وفق ما أفاد ناشطون محليون.</p>"
    "<p>وقال الدفاع المدني إن فرقه انتشلت الجثث من تحت الأنقاض بعد ساعات من القصف.</p></article>"
    "<footer>جميع الحقوق محفوظة</footer></body></html>"
)


def _dates(record: rasid.Record) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in record.mentions_of("date")]


@pytest.mark.parametrize("kind", ["str-path", "Path", "text", "bytes"])
def test_extract_accepts_paths_text_and_bytes(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "saraqib.txt"
    path.write_text(TEXT, encoding="utf-8")
    source: str | Path | bytes = {
        "str-path": str(path),
        "Path": path,
        "text": TEXT,
        "bytes": TEXT.encode("utf-8"),
    }[kind]
    record = rasid.extract(source, published="2019-05-12")
    assert record.title == "قصف على بلدة سراقب"
    assert _dates(record) == [("أمس", "2019-05-11")]
    assert [(m.text, m.value) for m in record.mentions_of("quantity")] == [("خمسة مدنيين", 5.0)]
    assert record.source.uri == (str(path) if kind in ("str-path", "Path") else None)


def test_extract_detects_html_and_takes_a_date_object_and_url() -> None:
    record = rasid.extract(HTML, published=dt.date(2019, 5, 12), url="https://news.example/saraqib")
    assert record.source.format == "html"
    assert record.source.uri == "https://news.example/saraqib"
    assert record.title == "قصف على بلدة سراقب"
    assert "الرئيسية" not in record.text
    assert record.published.value == "2019-05-12" and record.published.from_ == "given"
    assert _dates(record) == [("أمس", "2019-05-11")]
    assert [c.stance for c in record.claims] == ["assert", "assert"]


def test_extract_rejects_a_bad_publication_date() -> None:
    with pytest.raises(InputError, match="published must be an ISO date"):
        rasid.extract(TEXT, published="12/05/2019")


def test_extract_many_keeps_input_order_in_a_process_pool(tmp_path: Path) -> None:
    names = ["b.txt", "a.txt", "missing.txt", "c.txt"]
    for i, name in enumerate(names):
        if name != "missing.txt":
            (tmp_path / name).write_text(
                TEXT.replace("خمسة", ["ستة", "سبعة", "", "ثمانية"][i]), encoding="utf-8"
            )
    specs = [str(tmp_path / n) for n in names]
    items = list(rasid.extract_many(specs, published="2019-05-12", workers=2))
    assert [type(i).__name__ for i in items] == ["Record", "Record", "Failure", "Record"]
    counts = [[m.value for m in i.mentions_of("quantity")] for i in items if isinstance(i, rasid.Record)]
    assert counts == [[6.0], [7.0], [8.0]]
    failure = items[2]
    assert isinstance(failure, Failure) and failure.source == specs[2]


def test_extract_reads_a_long_single_line_as_text_not_a_path() -> None:
    line = "قال مصدر طبي إن المستشفى استقبل عشرات الجرحى " * 12
    record = rasid.extract(line.strip())
    assert record.source.uri is None
    assert [m.vague for m in record.mentions_of("quantity")][:1] == ["tens"]
