"""The document view's text: segments cover the text exactly, mentions keep their spans, text is escaped."""

from __future__ import annotations

import itertools
import re
from html import unescape
from pathlib import Path

import pytest

import rasid
from rasid.web.render import cards, mention_value, segments, text_html

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def record() -> rasid.Record:
    return rasid.extract_file(REPO / "examples" / "ariha-market-strike.txt")


def test_render_segments_cover_the_text_in_order(record: rasid.Record) -> None:
    segs = segments(record)
    assert segs[0].start == 0 and segs[-1].end == len(record.text)
    assert all(a.end == b.start for a, b in itertools.pairwise(segs))


def test_render_each_mention_is_the_union_of_its_segments(record: rasid.Record) -> None:
    segs = segments(record)
    assert record.mentions, "the sample article has mentions"
    for m in record.mentions:
        mine = [s for s in segs if m.id in s.mentions]
        assert (mine[0].start, mine[-1].end) == tuple(m.span)
        assert "".join(record.text[s.start : s.end] for s in mine) == m.text


def test_render_html_text_content_is_the_record_text(record: rasid.Record) -> None:
    html = str(text_html(record))
    assert unescape(re.sub(r"<[^>]+>", "", html)) == record.text


def test_render_escapes_script_in_article_text() -> None:
    record = rasid.extract("عنوان الخبر\n\nقصفت طائرات حلب <script>alert(1)</script> أمس.".encode())
    html = str(text_html(record))
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_render_cards_point_at_evidence(record: rasid.Record) -> None:
    event_cards = [c for c in cards(record) if c.kind == "event"]
    assert len(event_cards) == len(record.events)
    for card, event in zip(event_cards, record.events, strict=True):
        assert card.span == tuple(event.trigger.span)
        assert [c.span for c in card.children] == [tuple(c.span) for c in event.casualties]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("الأربعاء 18 تشرين الأول (أكتوبر) 2017", "date: 2017-10-18 day"),
        ("27 قتيلاً", "quantity: 27 exact low 27 high 27 قتيلاً"),
        ("سوق أريحا", "place: Ariha market, Idlib, SYR @ 35.8137, 36.6096 (facility)"),
        ("الدفاع المدني", "actor ORG: Syrian Civil Defence"),
        ("صواريخ", "weapon: missile"),
    ],
)
def test_render_hover_shows_the_normalised_value(record: rasid.Record, text: str, shown: str) -> None:
    mention = next(m for m in record.mentions if m.text == text)
    assert mention_value(mention) == shown
    assert f'title="{shown}"' in str(text_html(record)) or f"{shown} |" in str(text_html(record))
