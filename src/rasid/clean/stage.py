"""The clean stage: the article's text, title and metadata from a reader's raw input.

HTML goes through trafilatura and then the edge trimmer; plain text through the trimmer
alone. With a `FurnitureMemory` the lines a site repeats across its pages go too; a page
with no article (teasers, furniture) is left without text, with a warning. The publication date comes from the caller ("given") or from the page's date
markup ("html"); a date in the text itself is left to the dates stage.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import ClassVar

from rasid.clean.controls import strip_controls
from rasid.clean.credits import edge_masthead
from rasid.clean.html import extract_html
from rasid.clean.memory import FurnitureMemory, site_of
from rasid.clean.metadata import (
    check_html_date,
    check_iso_day,
    looks_like_publisher,
    parse_tags,
    publisher_named,
    unique,
)
from rasid.clean.patterns import LineMatch, match_line
from rasid.clean.text import Trimmed, trim
from rasid.errors import InputError
from rasid.read.limits import current
from rasid.record import Published, Record, Removed
from rasid.stage import Stage

HTML_DROPPED = "html-boilerplate"
#: The memory of the corpus being run (`site_memory`), for stages given none of their own.
_CORPUS_MEMORY: ContextVar[FurnitureMemory | None] = ContextVar("rasid_corpus_memory", default=None)
NO_ARTICLE = "no-article"


class CleanStage(Stage):
    """Sets text, title, removed (layer "text") and publisher, tags, published ("metadata")."""

    name: ClassVar[str] = "clean"
    reads: ClassVar[frozenset[str]] = frozenset({"raw"})
    writes: ClassVar[frozenset[str]] = frozenset({"text", "metadata"})

    def __init__(self, furniture: FurnitureMemory | None = None) -> None:
        super().__init__()
        self.memory = furniture

    def _site_lines(self, record: Record, text: str) -> frozenset[str]:
        """The lines this page's site repeats on its other pages (learning this page first)."""
        memory = self.memory or _CORPUS_MEMORY.get()
        site = site_of(record) if memory is not None else None
        if memory is None or site is None:
            return frozenset()
        memory.learn(site, text)
        return memory.furniture(site)

    def process(self, record: Record) -> Record:
        source = record.raw_text
        if not source and record.raw:
            source = record.raw.decode("utf-8", errors="replace")
            record.warnings.append("clean: no decoded input; raw bytes read as UTF-8")
        source, controls = strip_controls(source)
        if controls:
            self.stat("control_characters", controls)
            record.warnings.append(f"clean: {controls} control character(s) removed (NUL, escape, …)")
        html_date: str | None = None
        publisher: str | None = None
        tags: list[str] = []
        dropped: list[Removed] = []
        furniture_publisher: str | None = None  # named in a dropped block, such as a copyright footer
        if record.content_type == "html":
            content = extract_html(source, record.source.uri)
            page_text = content.text
            self.stat(f"extractor:{content.extractor}")
            trimmed = trim(
                content.text, title=content.title, furniture=self._site_lines(record, content.text)
            )
            html_date, publisher, tags = content.date, content.publisher, list(content.tags)
            for block in content.dropped:
                found = match_line(block.text, "tail")
                if found is not None and found.reason == "tags":
                    # Each link of a tag block is one tag, even when it holds spaces.
                    tags.extend(block.links or parse_tags(found.rest))
                if found is not None and not furniture_publisher:
                    furniture_publisher = _publisher_of(found)
                reason = found.reason if found else block.role or HTML_DROPPED
                dropped.append(Removed(text=block.text, reason=reason))
        else:
            page_text = source
            trimmed = trim(source, furniture=self._site_lines(record, source))
        self._set_text(record, trimmed, dropped)
        record.tags = unique([*tags, *trimmed.tags])
        record.source.publisher = (
            record.source.publisher
            or publisher
            or trimmed.publisher
            or furniture_publisher
            or edge_masthead(page_text)  # the outlet's name alone atop or at the foot of the page
        )
        # The markup check also accepts the date in the page's address (/2016/02/15/).
        record.published = self._published(record, html_date, f"{source}\n{record.source.uri or ''}")
        return record

    def _set_text(self, record: Record, trimmed: Trimmed, dropped: list[Removed]) -> None:
        limit = current().max_text_chars
        if len(trimmed.text) > limit:
            where = record.source.uri or record.id
            raise InputError(
                where, f"article text longer than the limit of {limit:,} characters (--max-chars)"
            )
        if trimmed.no_article:
            # Teasers and furniture only: no text, so no later stage finds mentions or events in it.
            kept = [trimmed.title] if trimmed.title else []
            gone = [Removed(text=line, reason=NO_ARTICLE) for line in [*kept, *trimmed.paragraphs]]
            record.title, record.text = None, ""
            record.removed = [*gone, *trimmed.removed, *dropped]
            self.stat(NO_ARTICLE)
        else:
            record.title = trimmed.title
            record.text = trimmed.text
            record.removed = [*trimmed.removed, *dropped]
        for piece in record.removed:
            self.stat(f"removed:{piece.reason}")
        if not record.title:
            self.stat("no_title")
        if not record.text:
            self.stat("empty_text")
            record.warnings.append("clean: no article text left after removing page furniture")

    def _published(self, record: Record, html_date: str | None, markup: str) -> Published:
        """The caller's date when valid, else a date the page's markup spells out, else none."""
        if record.given_published:
            given = check_iso_day(record.given_published)
            if given.value is not None:
                self.stat("published:given")
                return _day(given.value, "given")
            record.warnings.append(f"clean: given publication date ignored: {given.problem}")
        if html_date:
            found = check_html_date(html_date, markup)
            if found.value is not None:
                self.stat("published:html")
                return _day(found.value, "html")
            record.warnings.append(f"clean: HTML date ignored: {found.problem}")
        return Published.model_validate({})


def _day(value: str, origin: str) -> Published:
    return Published.model_validate({"value": value, "precision": "day", "from": origin})


def _publisher_of(found: LineMatch) -> str | None:
    """The outlet a dropped block of an HTML page names (a copyright footer, an agency profile)."""
    named = publisher_named(found)
    return named[1] if named and looks_like_publisher(named[1], strict=False) else None


@contextmanager
def site_memory() -> Iterator[FurnitureMemory]:
    """For the run of one corpus, clean stages without a memory of their own learn the lines each
    site repeats, in a fresh `FurnitureMemory` of this thread (a context variable), so one
    corpus never trims another and partitions run side by side in threads never share one."""
    memory = FurnitureMemory()
    token = _CORPUS_MEMORY.set(memory)
    try:
        yield memory
    finally:
        _CORPUS_MEMORY.reset(token)
