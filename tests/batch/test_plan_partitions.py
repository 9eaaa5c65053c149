"""Partitions: every input item lands in exactly one partition, planned lazily, from any file system."""

from __future__ import annotations

import json
from pathlib import Path

import fsspec
import pytest

from rasid.batch.plan import Partition, Slice, plan
from rasid.batch.sources import partition_items
from rasid.read import Failure, iter_sources
from rasid.record import Record

ARTICLES = [
    "غارة جوية على سوق أريحا\n\nقتل 23 مدنيا بينهم ستة أطفال في غارة على سوق أريحا بريف إدلب.",
    "قصف على تعز\n\nقتل تسعة أشخاص وأصيب 23 آخرون بقذائف هاون سقطت على أحياء في مدينة تعز.",
    "اشتباكات غرب مأرب\n\nقتل عشرات المقاتلين في اشتباكات عنيفة غرب مدينة مأرب.",
]


def _jsonl(path: Path, lines: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for n in range(lines):
            item = {"text": ARTICLES[n % 3] + f" (تحديث رقم {n})", "published": "2017-10-17"}
            if n % 4:
                item["url"] = f"https://wire.example/{n}"
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        fh.write("{not json\n")  # a bad line is a failure of its range, reported once
    return path


def _uris(items: list[Record | Failure]) -> list[str]:
    return [i.source.uri if isinstance(i, Record) else f"failed {i.source}" for i in items]  # type: ignore[misc]


@pytest.mark.parametrize("size", [1, 700, 5000, 10**9])
def test_jsonl_ranges_read_every_line_once_with_its_line_number(tmp_path: Path, size: int) -> None:
    wire = _jsonl(tmp_path / "wire.jsonl", 40)
    partitions = list(plan([str(wire)], bytes_per_partition=size))
    whole = list(iter_sources([str(wire)]))
    pieces = [item for p in partitions for item in partition_items(p)]
    assert _uris(pieces) == _uris(whole)
    assert [i.id for i in pieces if isinstance(i, Record)] == [i.id for i in whole if isinstance(i, Record)]
    assert "failed " + str(wire) + ":41" in _uris(pieces)
    if size < 10**9:
        assert len(partitions) == -(-wire.stat().st_size // size)


def test_small_files_are_grouped_and_folders_walked_in_order(small_corpus: Path) -> None:
    partitions = list(plan([str(small_corpus / "txt")], bytes_per_partition=20_000))
    files = [s.url for p in partitions for s in p.slices]
    assert files == sorted(str(f) for f in (small_corpus / "txt").rglob("*.txt"))
    assert all(s.whole for p in partitions for s in p.slices)
    assert len(partitions) > 1
    assert [p.index for p in partitions] == list(range(len(partitions)))


def test_a_warc_file_is_one_partition_of_its_own(small_corpus: Path) -> None:
    warcs = sorted((small_corpus / "warc").glob("*.warc.gz"))
    partitions = list(plan([str(small_corpus / "warc")], bytes_per_partition=1))
    assert [p.slices for p in partitions] == [(Slice(str(w)),) for w in warcs]


def test_globs_match_like_the_shell(small_corpus: Path) -> None:
    pattern = f"{small_corpus}/**/*.jsonl"
    files = [s.url for p in plan([pattern], bytes_per_partition=10**9) for s in p.slices]
    assert files == sorted(str(f) for f in small_corpus.rglob("*.jsonl"))
    assert files


def test_plan_is_lazy_in_its_inputs(small_corpus: Path) -> None:
    pulled: list[str] = []

    def specs():  # type: ignore[no-untyped-def]
        for spec in (small_corpus / "txt", small_corpus / "html", small_corpus / "jsonl"):
            pulled.append(str(spec))
            yield str(spec)

    first = next(plan(specs(), bytes_per_partition=1))
    assert pulled == [str(small_corpus / "txt")]
    assert first.index == 0


def test_partition_names_depend_on_the_slices_only() -> None:
    a = Partition(3, (Slice("corpus/a.jsonl", 0, 100),))
    assert a.name == Partition(3, (Slice("corpus/a.jsonl", 0, 100),)).name
    assert a.name != Partition(3, (Slice("corpus/a.jsonl", 100, 200),)).name
    assert a.name.startswith("part-000003-")


def test_fsspec_urls_read_like_local_files(tmp_path: Path, small_corpus: Path) -> None:
    fs = fsspec.filesystem("memory")
    wire = _jsonl(tmp_path / "wire.jsonl", 12)
    text = next((small_corpus / "txt").rglob("*.txt"))
    fs.pipe("/rasid-test/wire.jsonl", wire.read_bytes())
    fs.pipe("/rasid-test/texts/one.txt", text.read_bytes())
    try:
        partitions = list(plan(["memory://rasid-test"], bytes_per_partition=600))
        items = [i for p in partitions for i in partition_items(p)]
        records = [i for i in items if isinstance(i, Record)]
        local = [i for i in iter_sources([str(text), str(wire)]) if isinstance(i, Record)]
        assert [r.id for r in records] == [r.id for r in local]
        assert records[0].source.uri == "memory:///rasid-test/texts/one.txt"
        assert records[1].source.uri == "memory:///rasid-test/wire.jsonl#L1"
        assert [i.source for i in items if isinstance(i, Failure)] == ["memory:///rasid-test/wire.jsonl:13"]
    finally:
        fs.rm("/rasid-test", recursive=True)
