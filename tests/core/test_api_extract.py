"""`rasid.extract` takes content (text, HTML or bytes), `extract_file` a path; `extract_many` takes
one source or many and keeps their order in a process pool."""

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


@pytest.mark.parametrize("kind", ["text", "bytes"])
def test_extract_takes_the_article_as_text_or_bytes(kind: str) -> None:
    content: str | bytes = TEXT if kind == "text" else TEXT.encode("utf-8")
    record = rasid.extract(content, published="2019-05-12")
    assert record.title == "قصف على بلدة سراقب"
    assert _dates(record) == [("أمس", "2019-05-11")]
    assert [(m.text, m.value) for m in record.mentions_of("quantity")] == [("خمسة مدنيين", 5.0)]
    assert record.source.uri is None


@pytest.mark.parametrize("kind", ["str", "Path"])
def test_extract_file_reads_a_path_given_as_str_or_path(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "saraqib.txt"
    path.write_text(TEXT, encoding="utf-8")
    record = rasid.extract_file(str(path) if kind == "str" else path, published="2019-05-12")
    assert record.title == "قصف على بلدة سراقب"
    assert _dates(record) == [("أمس", "2019-05-11")]
    assert record.source.uri == str(path)


def test_extract_file_names_a_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError) as err:
        rasid.extract_file(missing)
    assert str(err.value) == f"{missing}: no such file or directory"


def test_extract_never_reads_a_string_as_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "saraqib.txt" names a file in the working directory, yet extract() reads the words themselves.
    (tmp_path / "saraqib.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    record = rasid.extract("saraqib.txt")
    assert record.text == "saraqib.txt"
    assert record.mentions == []


def test_extract_refuses_a_path_object_and_points_to_extract_file(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match=r"rasid.extract_file\(path\)"):
        rasid.extract(tmp_path / "saraqib.txt")  # type: ignore[arg-type]


@pytest.mark.parametrize("published", [123, 2019.5, ["2019-05-12"]])
def test_a_published_of_the_wrong_type_is_a_one_line_input_error(published: object) -> None:
    with pytest.raises(InputError) as err:
        rasid.extract(TEXT, published=published)  # type: ignore[arg-type]
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith("<input>: published must be a date or an ISO date string")
    assert type(published).__name__ in message


def test_load_builds_the_default_pipeline_once_and_extract_uses_it() -> None:
    pipeline = rasid.load()
    assert rasid.load() is pipeline
    before = pipeline.stats()["segment"].records
    rasid.extract(TEXT)
    assert pipeline.stats()["segment"].records == before + 1


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


@pytest.mark.parametrize("kind", ["str", "Path"])
def test_extract_many_takes_one_source_as_one(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "saraqib.txt"
    path.write_text(TEXT, encoding="utf-8")
    items = list(rasid.extract_many(str(path) if kind == "str" else path, published="2019-05-12"))
    assert [type(i).__name__ for i in items] == ["Record"]
    assert isinstance(items[0], rasid.Record) and items[0].source.uri == str(path)


def test_extract_many_takes_path_items(tmp_path: Path) -> None:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for p, word in zip(paths, ["ستة", "سبعة"], strict=True):
        p.write_text(TEXT.replace("خمسة", word), encoding="utf-8")
    items = list(rasid.extract_many(paths, published="2019-05-12"))
    assert [[m.value for m in i.mentions_of("quantity")] for i in items if isinstance(i, rasid.Record)] == [
        [6.0],
        [7.0],
    ]


def test_extract_many_in_one_process_reuses_the_loaded_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "saraqib.txt"
    path.write_text(TEXT, encoding="utf-8")
    before = rasid.load().stats()["events"].records
    assert len(list(rasid.extract_many([path, path]))) == 2
    assert rasid.load().stats()["events"].records == before + 2
