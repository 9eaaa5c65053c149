"""Main text and metadata of an HTML page: trafilatura first, a plain <body> reading second.

1. trafilatura (`bare_extraction`, comments off, precision favoured) gives the text, the
   title, the site name, tags and categories, and a date found in the page's markup only
   (htmldate's extensive search is off: it reads counts in the text as years);
2. when trafilatura finds nothing, the text blocks of <body> outside nav, header,
   footer, aside and form elements are the text.

The edge trimmer runs on either result afterwards; the blocks of the page that did not
make it into the text are reported as removed, for audit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from rasid.clean.metadata import split_tags, unique

#: Elements whose text is never article text.
SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "button", "select"})
#: Elements whose text is page furniture, and the removal reason they give it.
FURNITURE = {
    "nav": "menu", "menu": "menu", "header": "html-boilerplate", "footer": "html-boilerplate",
    "aside": "html-boilerplate", "form": "html-boilerplate",
}  # fmt: skip
#: Words in class or id attributes that mark furniture (checked in this order).
ROLE_HINTS = {
    "comment": "comments", "share": "share", "social": "share", "related": "related-links",
    "breadcrumb": "menu", "menu": "menu", "navbar": "menu", "tags": "tags", "footer": "html-boilerplate",
}  # fmt: skip
#: Elements that have no end tag.
VOID = frozenset({"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col"})
#: Elements that end a block of text.
BLOCKS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "section", "article", "main", "blockquote", "figure", "figcaption", "dd", "dt",
        "pre", "hr", "nav", "header", "footer", "aside", "form", "menu", "title", "body",
    }
)  # fmt: skip
DATE_PARAMS = {"extensive_search": False, "original_date": True}
TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Block:
    """A block of page text and the furniture role of the element around it, if any."""

    text: str
    role: str | None = None
    links: list[str] = field(default_factory=list)  # the texts of its <a> elements, e.g. one tag each


@dataclass
class HtmlContent:
    """What the page gives before trimming."""

    text: str
    title: str | None = None
    publisher: str | None = None
    tags: list[str] = field(default_factory=list)
    date: str | None = None
    dropped: list[Block] = field(default_factory=list)
    extractor: str = "trafilatura"


class _BlockParser(HTMLParser):
    """Text blocks of <body>, each with the furniture role of its innermost marked element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title_parts: list[str] = []
        self._buf: list[str] = []
        self._links: list[str] = []
        self._link: list[str] | None = None  # text of the <a> being read
        self._open: list[tuple[str, str | None]] = []  # open elements and their furniture roles
        self._skipping = 0  # how many of the open elements are SKIP ones (asked for every text)
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self._flush()
        if tag == "title":
            self._in_title = True
        if tag == "a":
            self._link = []
        if tag not in VOID:
            self._open.append((tag, _role(tag, attrs)))
            self._skipping += tag in SKIP

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self._flush()
        if tag == "title":
            self._in_title = False
        if tag == "a" and self._link is not None:
            link = " ".join("".join(self._link).split())
            if link:
                self._links.append(link)
            self._link = None
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == tag:
                self._skipping -= sum(t in SKIP for t, _ in self._open[i:])
                del self._open[i:]  # closes the unclosed elements inside it too
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skipping:
            self._buf.append(data)
            if self._link is not None:
                self._link.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        links, self._buf, self._links = self._links, [], []
        if text:
            roles = [role for _, role in self._open if role]
            self.blocks.append(Block(text, roles[-1] if roles else None, links))

    def close(self) -> None:
        super().close()
        self._flush()

    @property
    def title(self) -> str | None:
        return " ".join("".join(self.title_parts).split()) or None


def _role(tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
    """The furniture role of an element, from its tag or the words of its class and id."""
    if tag in FURNITURE:
        return FURNITURE[tag]
    names = " ".join(v for k, v in attrs if k in ("class", "id") and v).lower()
    return next((role for hint, role in ROLE_HINTS.items() if hint in names), None)


def parse_blocks(html: str) -> _BlockParser:
    parser = _BlockParser()
    parser.feed(html)
    parser.close()
    return parser


def _trafilatura(html: str, url: str | None) -> Any:
    """trafilatura's document, or None when it finds no main text (or fails on the page)."""
    import trafilatura  # lazy: a heavy import needed for HTML only

    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            favor_precision=True,
            with_metadata=True,
            date_extraction_params=DATE_PARAMS,
        )
    except Exception as exc:  # a third-party parser failing on one page must not stop a batch
        log.warning("trafilatura failed on %s: %s", url or "a page", exc)
        return None


def strip_site_name(title: str | None, site: str | None) -> str | None:
    """Drop the site name a page title carries ("Headline - Site" -> "Headline")."""
    if not title or not site:
        return title
    for sep in TITLE_SEPARATORS:
        head, _, tail = title.rpartition(sep)
        if head and tail.strip() == site.strip():
            return head.strip()
    return title


def extract_html(html: str, url: str | None = None) -> HtmlContent:
    """The page's main text and metadata; see the module docstring for the cascade."""
    page = parse_blocks(html)
    doc = _trafilatura(html, url)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if text and doc is not None:
        site = doc.sitename or None
        content = HtmlContent(
            text=text,
            title=strip_site_name(doc.title or page.title, site),
            publisher=site,
            tags=split_tags([*(doc.tags or []), *(doc.categories or [])]),
            date=doc.date or None,
        )
    else:
        kept = [b.text for b in page.blocks if b.role is None]
        content = HtmlContent(text="\n".join(kept), title=page.title, extractor="html.parser")
    extracted = " ".join(f"{content.title or ''} {content.text}".split())
    seen = set(unique(b.text for b in page.blocks if b.text not in extracted))
    for block in page.blocks:
        if block.text in seen:
            content.dropped.append(block)
            seen.discard(block.text)
    return content
