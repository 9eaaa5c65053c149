"""RSS and Atom files: one HTML record per item, with its title, link, id and date."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from tests.read.samples import BODY, SECOND, TITLE, sha

from rasid.errors import InputError
from rasid.read import Failure, iter_sources, read_path
from rasid.record import Record

RSS = f"""<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>أخبار البلدة</title><link>https://news.example/</link>
<item>
  <title>{TITLE}</title>
  <link>https://news.example/2016/02/1</link>
  <guid isPermaLink="false">news-1</guid>
  <pubDate>Mon, 15 Feb 2016 01:30:00 +0300</pubDate>
  <description>ملخص قصير</description>
  <content:encoded><![CDATA[<p>{BODY}</p>]]></content:encoded>
</item>
<item>
  <title>افتتاح مدرسة &amp; مكتبة</title>
  <link>https://news.example/2016/02/2</link>
  <dc:date>2016-02-14T10:00:00+02:00</dc:date>
  <description>&lt;p&gt;{SECOND}&lt;/p&gt;</description>
</item>
<item><title>عنوان بلا نص</title><link>https://news.example/2016/02/3</link></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>أخبار البلدة</title><id>urn:feed</id><updated>2016-02-16T00:00:00Z</updated>
<entry>
  <title type="html">&lt;b&gt;{TITLE}&lt;/b&gt;</title>
  <id>urn:news:1</id>
  <link href="https://news.example/atom/1"/>
  <published>2016-02-15T00:30:00+03:00</published>
  <updated>2016-02-17T09:00:00Z</updated>
  <content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content>
</entry>
<entry>
  <title>{SECOND}</title>
  <id>urn:news:2</id>
  <updated>2016-02-16T00:00:00Z</updated>
  <content type="text">{BODY}
{SECOND} &lt;3</content>
</entry>
</feed>
"""


def _page(title_text: str, title_html: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title_text}</title></head>\n'
        f"<body>\n<h1>{title_html}</h1>\n{body}\n</body></html>\n"
    )


def _rows(items: Iterable[Record | Failure]) -> list[object]:
    return [
        item
        if isinstance(item, Failure)
        else (item.source.uri, item.source.item_id, item.given_published, item.raw_text)
        for item in items
    ]


def test_rss(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_bytes(RSS.encode("cp1256"))
    assert _rows(iter_sources([str(path)])) == [
        ("https://news.example/2016/02/1", "news-1", "2016-02-15", _page(TITLE, TITLE, f"<p>{BODY}</p>")),
        (
            "https://news.example/2016/02/2",
            "https://news.example/2016/02/2",
            "2016-02-14",
            _page("افتتاح مدرسة &amp; مكتبة", "افتتاح مدرسة &amp; مكتبة", f"<p>{SECOND}</p>"),
        ),
        Failure(f"{path}#item3", "item has no content or summary"),
    ]


def test_atom(tmp_path: Path) -> None:
    path = tmp_path / "news.atom"
    path.write_text(ATOM, encoding="utf-8")
    assert _rows(read_path(path)) == [
        (
            "https://news.example/atom/1",
            "urn:news:1",
            "2016-02-15",
            _page(TITLE, f"<b>{TITLE}</b>", f"<p>{BODY}</p>"),
        ),
        # No link: the uri names the item; Atom's <updated> is not a publication date.
        (f"{path}#item2", "urn:news:2", None, _page(SECOND, SECOND, f"<p>{BODY}</p><p>{SECOND} &lt;3</p>")),
    ]


def test_feed_record_fields(tmp_path: Path) -> None:
    path = tmp_path / "news.xml"
    path.write_text(ATOM, encoding="utf-8")
    record = next(read_path(path))
    assert (record.content_type, record.source.format, record.source.encoding) == ("html", "feed", "utf-8")
    assert record.raw == record.raw_text.encode("utf-8")
    assert record.id == sha(record.raw)


def test_feed_sniffed_without_suffix(tmp_path: Path) -> None:
    path = tmp_path / "feed"
    path.write_bytes(RSS.encode("cp1256"))
    assert [r.source.item_id for r in iter_sources([str(path)]) if not isinstance(r, Failure)] == [
        "news-1",
        "https://news.example/2016/02/2",
    ]


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://news.example/</loc></url></urlset>')
    with pytest.raises(InputError) as caught:
        list(read_path(path))
    assert str(caught.value) == f"{path}: not an RSS or Atom feed"
