"""Furniture learned across the pages of one site: lines an outlet repeats on many pages.

Boilerplate detectors that see a whole site compare its pages: a line that comes back on
most of them (a masthead, a slogan, a newsletter box, the editor's line) is the site's,
not the article's. A `FurnitureMemory` counts each distinct line once per distinct page,
per site, and names the lines seen on at least `min_pages` pages and on at least
`min_share` of the site's pages. The clean stage drops them (reason "site-furniture").

Where it is wired: a corpus run gives the clean stage a fresh memory for its duration
(`rasid.clean.stage.site_memory`, a context variable of the thread): `rasid.runner.run_records`
when it runs in this process (`extract_many`, `rasid run`/`extract`, ingest with one worker)
and each partition of `rasid batch`. The stage learns each page as it cleans it, so the first pages of a site are
trimmed without it; the result depends only on the order of the pages, never on timing.

By hand: `CleanStage(furniture=memory)`; to trim every page with the whole corpus's
knowledge, first `memory.learn_record(r)` for every record read, then run the pipeline with
`memory.frozen()` (it answers and learns nothing more, so workers in a pool agree).

A site stops learning after `max_pages` pages and forgets the lines below the bar then, so
a long run holds only each site's furniture, not every line it has read.
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
MAX_PAGES = 200  # a site's furniture is known by then; learning stops and the rest is forgotten


@dataclass
class FurnitureMemory:
    """Per site: how many distinct pages hold each line (see the module docstring)."""

    min_pages: int = MIN_PAGES
    min_share: float = MIN_SHARE
    learning: bool = True
    max_pages: int = MAX_PAGES
    _lines: dict[str, Counter[str]] = field(default_factory=dict)
    _pages: dict[str, set[str]] = field(default_factory=dict)

    def learn(self, site: str, text: str) -> None:
        """Count the lines of one page of `site`; the same page seen twice counts once."""
        if not self.learning:
            return
        lines = split_lines(text)
        digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
        pages = self._pages.setdefault(site, set())
        if digest in pages or len(pages) >= self.max_pages:
            return
        pages.add(digest)
        counts = self._lines.setdefault(site, Counter())
        counts.update({line_key(line) for line in lines})
        if len(pages) == self.max_pages:  # learning ends here: keep only what answers
            keep = self.furniture(site)
            self._lines[site] = Counter({key: n for key, n in counts.items() if key in keep})

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
            self.max_pages,
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
