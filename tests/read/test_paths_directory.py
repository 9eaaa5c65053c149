"""read_path on a directory: recursive, sorted, supported suffixes only, hidden files skipped."""

from __future__ import annotations

from pathlib import Path

from tests.read.samples import BODY, SECOND, TITLE, page

from rasid.read import SUPPORTED_SUFFIXES, input_files, read_path

FILES = {
    "b.txt": f"{TITLE}\n{BODY}",
    "a.html": page(TITLE, SECOND),
    "sub/c.txt": SECOND,
    "sub/deeper/d.htm": page(SECOND, BODY),
    "z.jsonl": '{"text": "' + SECOND + '", "id": "z1"}\n',
    # Skipped: unsupported suffixes, hidden files and folders, a gzip that is not a WARC.
    "notes.md": BODY,
    "image.png": "not an image",
    "archive.gz": "not a warc",
    ".hidden.txt": BODY,
    ".cache/e.txt": BODY,
    "sub/.secret/f.txt": BODY,
}


def _tree(root: Path) -> None:
    for name, content in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def test_walk_order_and_filter(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in input_files(tmp_path)] == [
        "a.html",
        "b.txt",
        "sub/c.txt",
        "sub/deeper/d.htm",
        "z.jsonl",
    ]


def test_read_directory(tmp_path: Path) -> None:
    _tree(tmp_path)
    records = list(read_path(tmp_path))
    assert [(r.source.uri, r.source.format, r.content_type) for r in records] == [
        (str(tmp_path / "a.html"), "html", "html"),
        (str(tmp_path / "b.txt"), "text", "text"),
        (str(tmp_path / "sub" / "c.txt"), "text", "text"),
        (str(tmp_path / "sub" / "deeper" / "d.htm"), "html", "html"),
        (f"{tmp_path / 'z.jsonl'}#L1", "jsonl", "text"),
    ]
    assert [r.raw_text for r in records] == [
        page(TITLE, SECOND),
        f"{TITLE}\n{BODY}",
        SECOND,
        page(SECOND, BODY),
        SECOND,
    ]


def test_directory_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SECOND, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [r.raw_text for r in read_path(tmp_path)] == [SECOND]


def test_supported_suffixes() -> None:
    assert sorted(SUPPORTED_SUFFIXES) == [
        ".atom",
        ".htm",
        ".html",
        ".jsonl",
        ".ndjson",
        ".rss",
        ".txt",
        ".warc",
        ".warc.gz",
        ".xml",
    ]
