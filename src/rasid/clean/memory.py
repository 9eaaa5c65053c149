"""Furniture learned across the pages of one site: lines an outlet repeats on many pages.

Boilerplate detectors that see a whole site compare its pages: a line that comes back on
most of them (a masthead, a slogan, a newsletter box, the editor's line) is the site's,
not the article's. A `FurnitureMemory` counts each distinct line once per distinct page,
per site, and names the lines seen on at least `min_pages` pages and on at least
`min_share` of the site's pages. The clean stage drops them (reason "site-furniture").

How to wire it (runner, ingest, batch, `extract_many`):

- one process: `memory = FurnitureMemory()` and `CleanStage(furniture=memory)`; the stage
  learns each page as it goes, so the first pages of a site are trimmed without it.
  To trim every page with the whole batch's knowledge, first `memory.learn_record(r)`
  for every record read (the stage reads only `raw_text`/`raw`, `content_type` and
  `source`), then run the pipeline with the same memory;
- a process pool: learn in the parent as above, then give each worker
  `CleanStage(furniture=memory.frozen())`: a frozen memory answers and learns nothing
  more, so workers agree whatever order they run in.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from rasid.clean.features import line_key
from rasid.clean.html import extract_html
from rasid.clean.text import split_lines
from rasid.record import Record

MIN_PAGES = 3  # a line seen on fewer pages of a site may be two copies of one story
MIN_SHARE = 0.5  # ... and it is on at least half of the site's pages


@dataclass
class FurnitureMemory:
    """Per site: how many distinct pages hold each line (see the module docstring)."""

    min_pages: int = MIN_PAGES
    min_share: float = MIN_SHARE
    learning: bool = True
    _lines: dict[str, Counter[str]] = field(default_factory=dict)
    _pages: dict[str, set[str]] = field(default_factory=dict)

    def learn(self, site: str, text: str) -> None:
        """Count the lines of one page of `site`; the same page seen twice counts once."""
        if not self.learning:
            return
        lines = split_lines(text)
        digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
        pages = self._pages.setdefault(site, set())
        if digest in pages:
            return
        pages.add(digest)
        self._lines.setdefault(site, Counter()).update({line_key(line) for line in lines})

    def furniture(self, site: str | None) -> frozenset[str]:
        """The line keys (`features.line_key`) `site` repeats on enough of its pages."""
        if site is None or site not in self._lines:
            return frozenset()
        need = max(self.min_pages, self.min_share * len(self._pages[site]))
        return frozenset(key for key, n in self._lines[site].items() if n >= need)

    def learn_record(self, record: Record) -> None:
        """Learn a record's page before the pipeline runs (the first pass of two)."""
        site = site_of(record)
        if site is not None:
            self.learn(site, page_text(record))

    def frozen(self) -> FurnitureMemory:
        """A copy that answers from what was learned and learns nothing more."""
        return FurnitureMemory(
            self.min_pages,
            self.min_share,
            False,
            {site: Counter(lines) for site, lines in self._lines.items()},
            {site: set(pages) for site, pages in self._pages.items()},
        )


def page_text(record: Record) -> str:
    """The text the trimmer sees: the input as text, or what trafilatura extracts from HTML."""
    source = record.raw_text or (record.raw or b"").decode("utf-8", errors="replace")
    if record.content_type == "html":
        return extract_html(source, record.source.uri).text
    return source


def site_of(record: Record) -> str | None:
    """The site a page belongs to: its URL's host, else the publisher the caller gave, else None."""
    uri = record.source.uri or ""
    host = urlsplit(uri).hostname if "://" in uri else None
    if host:
        return host.removeprefix("www.")
    return record.source.publisher or None
