"""The edge trimmer: page furniture cut from the start and the end of an article's text.

Furniture sits at the edges (menus and datelines above the title; tags, related links,
share buttons, comments and the agency's profile below the body), so the trimmer works
inwards from both ends and stops at the first line of prose:

1. head: drop furniture lines and menu runs; the first line that reads like a headline
   is the title (a lead sentence ending in a full stop is not); drop the datelines,
   bylines and repeated titles under it;
2. cut: the first tail marker ("أخبار متعلقة", a tag line) ends the body;
3. tail: from the end, drop furniture lines, counters, signatures and menu runs;
4. body: only a few unmistakable pieces go from the middle (embedded posts, tickers,
   image file names, font-size buttons).

Patterns know the furniture of layouts seen before; the line classifier
(`rasid.clean.classifier`) judges the rest by shape. In the head and the tail it drops
the lines it rates as furniture, and in the middle the short ones; a title must be a
headline it rates as content; lines the site repeats on its other pages (a
`FurnitureMemory`'s) and repeats of the title go too; outlet credits glued to the start
of the first body lines ("X/ ...", "X – وكالات – ...") are cut off. In a list of headlines
the title is the one whose words the article's prose uses (the others are teasers); a short
headline amid the body that the prose speaks of is a subheading and stays. A page left
without a line of prose holds no article (`Trimmed.no_article`); but a page's only line of
prose is never dropped by its shape, and on a page cut into lines of a fixed width the
classifier judges no line of the article (lines' shapes tell nothing there).

Every line is a paragraph; what is dropped is kept in `removed` with its reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from rasid.clean.classifier import LineModel, rate
from rasid.clean.credits import copy_source, dateline_credit, name_piece, opening_credit
from rasid.clean.features import (
    NAMES,
    Page,
    date_or_clock,
    ellipsis_end,
    glued_tokens,
    has_link,
    is_furniture_word,
    is_prose,
    line_key,
    page_features,
    stems,
    tag_stems,
)
from rasid.clean.glued_title import split_glued_title, stopped_headline
from rasid.clean.headline_shape import headline_shaped
from rasid.clean.marks import (
    BRACKETS,
    CLAUSE_BREAKS,
    CLOSING_QUOTES,
    COMMAS,
    DOUBLE_QUOTES,
    FULL_STOPS,
    INTRODUCERS,
    PAIRED_QUOTES,
    QUOTE_GLYPHS,
    SENTENCE_ENDS,
)
from rasid.clean.metadata import is_filler, looks_like_publisher, parse_tags, publisher_named, unique
from rasid.clean.patterns import LineMatch, find_inline, match_glued, match_line
from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.clause_marks import char_class
from rasid.lang.ar.letters import ARABIC_BLOCK, FIRST_LETTER, LAST_LETTER
from rasid.lang.ar.lexicon import given_names, load_rows
from rasid.lang.ar.normalise import normalise_string
from rasid.link.gazetteer import default_gazetteer
from rasid.record import Removed

MENU_RUN = 3  # this many menu-item lines in a row at an edge are a menu
MENU_ITEM_WORDS = 3  # a menu item has at most this many words, no digits, no full stop
TITLE_MAX_WORDS = 30  # a longer first line is a lead paragraph, not a headline
TICKER_MIN_ITEMS = 4  # a line of this many headlines side by side is a ticker
TICKER_ITEM_WORDS = 2  # each ticker item has at least this many words
SIGNATURE_MAX_WORDS = 6  # an outlet's name alone on the last line
BULLET_MAX_WORDS = 6  # a bulleted short line at an edge is a menu entry
TITLE_LOOKAHEAD = 5  # a given title is sought this many lines down the text
LEAD_LINES = 2  # credit lines are sought in this many first body lines
FURNITURE_P = 0.5  # below this content probability a short head or tail line is furniture
BODY_FURNITURE_P = 0.3  # ... and a short line amid the body below this one
BODY_MIN_WORDS = 2  # a one-word line amid the body is never dropped by the classifier
SHORT_LINE_WORDS = 13  # a longer line is dropped by the classifier only at an edge, below CERTAIN_P
CERTAIN_P = 0.1
TITLE_P = 0.15  # a title's neighbours are furniture and lead, so its own rating may be low
TITLE_MIN_OVERLAP = 0.2  # a title shares at least this share of its content words with the prose
SUBHEADING_OVERLAP = 0.25  # a short line amid the body sharing this much with the prose is a subheading
CLAUSE_MIN_WORDS = 8  # a line this long with a comma inside is a clause of prose, however it ends
LIST_HEADING_WORDS = 3  # "عناوين ذات صلة:" glued to the end of the last line heads a list
LIST_HEADING_MAX_WORDS = 6  # a dropped line this short closed by a colon heads a list ("اقرأ من أخبار ...:")
LIST_MAX_ITEMS = 8  # ... of at most this many headlines
CRUMBS_MIN = 2  # a breadcrumb run into the title has this many crumbs before the headline ...
CRUMB_MAX_WORDS = 3  # ... each this short
INSERT_MIN_SHARED = 2  # the article going on under a read-also heading shares this many content words with it
TITLE_MIN_WORDS = 3
RUN_ON_WORDS = 20  # a longer line above the title with no sentence punctuation is a ticker
TEASER_MIN_WORDS = 3  # a short headline amid the body sharing none of this many words is a teaser  # a shorter headline is a section name ("سياسة عربية")
SHORT_PAGE_LINES = 3  # on a page this short the layout tells nothing: only patterns drop lines
SENTENCE_MIN_WORDS = 3  # a line this long closed by a full stop is a sentence, never the classifier's
PROSE_MIN_WORDS = 10  # a page holds an article when a kept line this long has sentence punctuation
CAPTION_MAX_WORDS = 25  # a line this short printed twice in a row is a caption and its alt text
DECORATION_MIN_CHARS = 3  # a line this long of neither letters nor digits is decoration
GLUED_TAIL_MAX_WORDS = 8  # furniture glued after the last sentence of the article is this short
TAG_LINE_MAX_WORDS = 8  # a line of topics under the article, unmarked, is this short
TAG_MIN_WORDS = 3  # topics glued after the article's last sentence are at least this many
CUT_LINE_MIN_WORDS = 5  # a last line this long after prose, no conjunction opening it, is a cut sentence
QUOTED_TITLE_MIN_WORDS = 5  # a headline this long quoted inside a line under the article is a read-more link
CUT_CLAUSE_MIN_WORDS = 2  # ... and this long when a function word opens it ("كما استهدفت طائرا")
CUT_PHRASE_MIN_WORDS = 4  # ... or this long with a function word inside ("أهمية النقاط في جدول")
CREDIT_LINE_MAX_WORDS = 5  # "بغداد - العرب اليوم": a place, a dash and an outlet's name, alone on a line
RUN_ON_PUNCT_WORDS = 15  # a run-on ticker has fewer than one sentence mark in this many words
SECTION_MIN_WORDS = 2  # a subheading between two paragraphs has this many words ...
SECTION_MAX_WORDS = 8  # ... up to this many
FRAGMENT_MAX_LETTERS = 2  # a last token this short is a cut word or a particle left hanging
WRAP_TAIL_MAX_WORDS = 4  # a sentence's last words wrapped onto a line of their own are this few ...
WRAP_LINE_MIN_WORDS = 6  # ... under a line this long left open
WRAP_MIN_TAILS = (
    2  # this many such pairs make a page cut into lines of a fixed width (an open word's counts twice)
)
OPEN_LINE_ENDS_FILE = "open_line_ends.tsv"
DOTTED_MIN_LINES = 2  # this many lines of prose side by side, all ending with "..", are the article
SHAPE_REASONS = frozenset({"low-content", "teaser"})  # the classifier's and the teaser rules', no pattern's
KEEP_REASONS = frozenset({"byline", "publisher"})  # lead credits name the publisher and stay
TITLE, GONE = "title", "-"  # line marks besides None (body) and a removal reason

#: Rank of each way of finding the publisher: the lowest rank found wins.
PUBLISHER_RANK = {
    "agency-profile": 1,
    "byline": 2,
    "signature": 3,
    "publisher": 4,
    "copyright": 5,
    "credit": 6,
    "outlet-credit": 6,
    "dateline-credit": 6,
    "opening-credit": 7,
}
#: Whether a publisher found that way must look like an outlet's name (see looks_like_publisher).
PUBLISHER_STRICT = {
    "agency-profile": False,
    "byline": True,
    "signature": True,
    "publisher": False,
    "copyright": False,
    "credit": False,  # and no place name: "شفق نيوز/ ..." names the outlet, "بغداد/ ..." the city
    "outlet-credit": True,  # "X - ..." is cut only when X names an outlet
    "dateline-credit": False,  # a place or "خاص" beside it is the evidence (clean/credits.py)
    "opening-credit": False,  # "X - أعلنت ...": X is no place, filler, date, agency or person
}

_TICKER_SPLIT = re.compile(r"\s{3,}|\s+[|•·]\s+")
_COUNTER = re.compile(r"^[\d\s.,:/|+\-]+$")
_BULLET = re.compile(r"^[•·▪◦►*]")
_BAR = re.compile(r"\s[|•]\s")  # fields of a widget side by side ("date | hijri date")
_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(f"[{ARABIC_BLOCK}]")
_COMMA_INSIDE = re.compile(rf"\S[{char_class(COMMAS)}]\s+\S")
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]+")  # counted by runs: findall makes no string a letter
_FULL_STOP = re.compile(rf"(?<!\.)[{char_class(FULL_STOPS)}][{char_class(CLOSING_QUOTES)})\]]*$")
_SENTENCE_PUNCT = re.compile(rf"[{char_class(SENTENCE_ENDS | COMMAS | INTRODUCERS)}]$")
# The end of the last sentence of a line, then a list heading ("عناوين ذات صلة: ...") with no sentence after it.
_GLUED_END = re.compile(r"(?<=[.!?؟…])\s+(?=[^.!?؟…\s][^.!?؟…]*$)")  # after the line's last sentence end
_GLUED_LIST = re.compile(
    rf"(?<=[.!?؟…])\s+(?=[^\s.:!?؟{char_class(COMMAS)}][^.:!?؟\n]{{1,40}}:\s*\S[^.!?؟]*$)"
)
_DATELINE = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s*[-–—]\s*\S")  # a place and a dash open the line
# Two names joined by a dash, a slash or an underscore ("بغداد - العرب اليوم", "بغداد _ أ.ش.أ"), or
# the second in brackets ("رام الله (الاتحاد)"); a name has up to three words, dotted initials too.
_CREDIT_NAME = r"[^\W\d_]+(?:[\s.][^\W\d_]+){0,2}"
_CREDIT_LINE = re.compile(rf"^({_CREDIT_NAME})\s*[-–—/ـ؛_]\s*({_CREDIT_NAME})$")
_BRACKET_CREDIT = re.compile(rf"^({_CREDIT_NAME})\s*\(\s*({_CREDIT_NAME})\s*\)$")
_OPEN_END = re.compile(r"[:/|\-–—]\s*$")
_CONTINUES = re.compile(r"^[وف][^\W\d_]{2,}\s+\S+\s+\S+")  # a conjunction opening a clause of 3+ words
_CONJUNCTION = re.compile(r"^[وف][^\W\d_]{2,}")  # "وتأتي", "فيما": a sentence going on
_PROSE_PUNCT = re.compile(rf"[{char_class(SENTENCE_ENDS | COMMAS)}]")
_TAG_PUNCT = re.compile(rf"[{char_class(SENTENCE_ENDS | COMMAS | INTRODUCERS | DOUBLE_QUOTES)}()]")
_QUOTE_MARKS = tuple(sorted(QUOTE_GLYPHS))
_CLAUSE_MARK = re.compile(rf"[{char_class(CLAUSE_BREAKS)}]")
# A line that stops after a comma: the capture cut its sentence.
_CLAUSE_END = re.compile(rf"[{char_class(COMMAS)}]\s*$")
# What a page's title never has: a full stop closing it, or an end that introduces the next line
# ("وكالات-", "عاجل:") or goes on with a lead's clause ("... عن إصابة خمسة عمال،").
_TITLE_NEVER = (_FULL_STOP, _OPEN_END, _CLAUSE_END)
_NAME_EDGES = " -–—" + "".join(sorted(BRACKETS | PAIRED_QUOTES))
_LIST_DASH = re.compile(r"^[-–—]\s+(?=\S)")
_JOINING_ELLIPSIS = re.compile(r"(?<=[^\W\d_])(?:…|\.{2,})(?=[^\W\d_])")
_EDGE_SPACE = " \t\r\n\f\v\u00a0\ufeff\u200e\u200f"
_CRUMB = re.compile(r"\s+[/>»›]\s+")  # between a breadcrumb's crumbs, spaced (a date's "/" is not)
_STAMP_ENDS = (":", "-", "–", "—")  # an outlet's stamp on a line of its own ends so, the sentence under it


@dataclass
class Trimmed:
    """The trimmer's result: title, body paragraphs, and what was dropped and learned."""

    title: str | None
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    publishers: list[tuple[int, str]] = field(default_factory=list)
    no_article: bool = False

    @property
    def text(self) -> str:
        """The clean article: the title, a blank line, then paragraphs separated by blank lines."""
        parts = ([self.title] if self.title else []) + self.paragraphs
        return "\n\n".join(parts)

    @property
    def publisher(self) -> str | None:
        """The publisher found the most reliable way; the first found among equals."""
        return min(self.publishers, key=lambda found: found[0])[1] if self.publishers else None


def split_lines(text: str) -> list[str]:
    """Non-empty lines of `text` in Unicode NFC, trimmed of surrounding space."""
    text = unicodedata.normalize("NFC", text)
    return [s for s in (line.strip(_EDGE_SPACE) for line in text.splitlines()) if s]


def _words(line: str) -> int:
    return len(line.split())


def _key(text: str) -> str:
    return " ".join(normalise_string(text).casefold().split())


def is_ticker(line: str) -> bool:
    """Several headlines side by side on one line, separated by wide gaps or bars."""
    items = [p for p in _TICKER_SPLIT.split(line) if p.strip()]
    return len(items) >= TICKER_MIN_ITEMS and all(_words(p) >= TICKER_ITEM_WORDS for p in items)


def headline_like(line: str) -> bool:
    """A title: letters, not too long, and not a sentence closed by a full stop."""
    return headline_shaped(line, max_words=TITLE_MAX_WORDS, never=(_FULL_STOP,), letters=True, dated=True)


def undated_headline(line: str) -> bool:
    """A title that names no date or clock time: a timestamp's line, or a lead that tells when, is
    no headline of a list, a teaser or a subheading."""
    return headline_shaped(line, max_words=TITLE_MAX_WORDS, never=(_FULL_STOP,), letters=True)


def _menu_item(line: str) -> bool:
    return _words(line) <= MENU_ITEM_WORDS and not _DIGIT.search(line) and not _SENTENCE_PUNCT.search(line)


def _same_title(line: str, title: str) -> bool:
    """The line is the given title, perhaps without the site name the page title adds."""
    a, b = _key(line), _key(title)
    return a == b or (_words(line) >= 3 and (b.startswith(a) or b.endswith(a)))


class _Trimmer:
    """One pass over the lines of one article; `marks[i]` is None (body), "title" or a reason."""

    def __init__(
        self,
        lines: list[str],
        title: str | None,
        *,
        classify: bool,
        furniture: frozenset[str],
        model: LineModel | None = None,
    ) -> None:
        self.lines = lines
        self.marks: list[str | None] = [None] * len(lines)
        page = page_features(lines) if classify and lines else None
        self.content = rate(page, model) if page else [1.0] * len(lines)
        self.overlap = page.overlaps if page else [1.0] * len(lines)
        self.prose_overlap = page.prose_overlaps if page else [1.0] * len(lines)
        self.has_prose = any(_prose(line) for line in lines)
        # An Arabic article: a line of Latin letters alone at its edges is a theme's, a widget's or a button's.
        self.arabic_page = any(_prose(line) and _ARABIC.search(line) for line in lines)
        prose_at = [i for i, line in enumerate(lines) if _prose(line) or _sentence(line)]
        self.dotted = _dotted_article(lines)
        self.wrapped = _hard_wrapped(lines)
        self.last_prose = prose_at[-1] if prose_at else len(lines)
        self.copies = Counter(self.keys_of(lines, page))
        self.topic_words = [len(t) for t in page.topics] if page else [0] * len(lines)
        topics = page.topics if page else [set() for _ in lines]
        self.headline_overlap = self.prose_overlap if page is None else _firm_overlaps(lines, topics)
        at, fw = NAMES.index("furniture_words"), NAMES.index("function_word_density")
        opens = NAMES.index("function_word_start")
        self.furniture_share = [v[at] for v in page.vectors] if page else [0.0] * len(lines)
        self.function_words = [v[fw] for v in page.vectors] if page else [1.0] * len(lines)
        self.function_start = [v[opens] > 0 for v in page.vectors] if page else [False] * len(lines)
        self.keys = page.keys if page else [line_key(line) for line in lines]
        self.site_lines = furniture
        self.title = title
        self.title_given = title is not None
        self.pieces: list[tuple[int, int, Removed]] = []
        self.tags: list[str] = []
        self.publishers: list[tuple[int, str]] = []

    @staticmethod
    def keys_of(lines: list[str], page: Page | None) -> list[str]:
        return page.keys if page else [line_key(line) for line in lines]

    def run(self) -> Trimmed:
        start = self.head()
        end = self.cut(start)
        end = self.tail(start, end)
        self.body(start, end)
        self.glued(start, end)
        self.lead(start, end)
        self.inline()
        self.breadcrumb_title()
        if len(self.lines) <= SHORT_PAGE_LINES:
            # The classifier rates lines against their page; a wire snippet of a title and a
            # line or two has no page to rate them against (patterns still drop what they name).
            title = line_key(self.title) if self.title else None
            # A headline heading the list above the title is still another story's (a banner).
            top = self.marks.index(TITLE) if TITLE in self.marks and not self.title_given else 0
            self.marks = [
                ("teaser" if i < top and self.above_title(i) else None)
                if mark == "low-content" and self.keys[i] != title
                else mark
                for i, mark in enumerate(self.marks)
            ]
        self.keep_only_prose()
        paragraphs = [line for line, mark in zip(self.lines, self.marks, strict=True) if mark is None]
        # Furniture was found, and what is left is no prose: teasers, or nothing.
        found_furniture = any(mark not in (None, TITLE) for mark in self.marks)
        no_article = found_furniture and not any(_prose(line) or _sentence(line) for line in paragraphs)
        for i, (line, mark) in enumerate(zip(self.lines, self.marks, strict=True)):
            if mark not in (None, TITLE, GONE):
                self.pieces.append((i, 0, Removed(text=line, reason=mark)))
        removed = [piece for _, _, piece in sorted(self.pieces, key=lambda p: (p[0], p[1]))]
        return Trimmed(self.title, paragraphs, removed, unique(self.tags), self.publishers, no_article)

    def wrapped_article(self, i: int, zone: str) -> bool:
        """On a page cut into lines of a fixed width (`_hard_wrapped`), every line of the article
        from its first long line under the title on, a sentence's last words included, is its own:
        the classifier, which rates whole lines, judges none of them (patterns still drop what they
        name). In the tail only a line closing the sentence left open above it is kept so."""
        if not self.wrapped or date_or_clock(self.lines[i]):
            return False
        if zone == "tail":
            return i > 0 and _wrapped_end(self.lines[i - 1], self.lines[i])
        # Under the title the article starts at a line of the page's width (the headline printed
        # again or a date above it is still the head's).
        return zone == "body" or (TITLE in self.marks and _words(self.lines[i]) >= WRAP_LINE_MIN_WORDS)

    def keep_only_prose(self) -> None:
        """Never drop the article's only prose by its shape: when the page holds one line of prose
        and the classifier (no pattern) rated it furniture, it is the article, cut short by the
        capture ("أعلنت النقابة، الأربعاء، إصابة ... كما طالبت بـ”حماية ..."), and the page is no page of teasers
        (those come several to a page)."""
        prose = [i for i, line in enumerate(self.lines) if _prose(line) or _sentence(line)]
        if len(prose) == 1 and self.marks[prose[0]] in SHAPE_REASONS:
            self.marks[prose[0]] = None

    # -- classification ---------------------------------------------------------------

    def harvest(self, found: LineMatch) -> None:
        """Keep what a furniture line tells about the article: its tags or its publisher."""
        if found.reason == "tags":
            self.tags.extend(parse_tags(found.rest))
        named = publisher_named(found)
        if named:
            self.add_publisher(*named)

    def add_publisher(self, how: str, name: str) -> None:
        if how == "credit" and default_gazetteer().lookup(name):
            return
        if how not in PUBLISHER_RANK or (how != "agency-profile" and copy_source(name)):
            return  # "عمان (رويترز) –": a wire's credit names the copy's source, not the page's outlet
        name = name_piece(name, strict=PUBLISHER_STRICT[how])  # "أفق نيوز | محلي" → "أفق نيوز"
        if looks_like_publisher(name, strict=PUBLISHER_STRICT[how]):
            self.publishers.append((PUBLISHER_RANK[how], name))

    def classify(self, line: str, zone: str) -> str | None:
        """The furniture reason of `line` in `zone` (head, tail, body), or None for prose."""
        if is_ticker(line):
            return "ticker"
        found = match_line(line, zone)
        if found is not None:
            self.harvest(found)
            return found.reason
        if len(line) >= DECORATION_MIN_CHARS and not _LETTER.search(line) and not _DIGIT.search(line):
            return "decoration"  # "?????", "* * *": a rule, a broken emoji row, never a sentence
        if _COUNTER.match(line) and _DIGIT.search(line):
            return "counter"  # a clock, a counter or a player's "00:00", at an edge or amid the body
        if zone == "body":
            return None
        if self.arabic_page and _LETTER.search(line) and not _ARABIC.search(line):
            return "foreign-script"  # "Jannah Theme License is not validated, ...": a theme's or a widget's
        if _BULLET.match(line) and _words(line) <= BULLET_MAX_WORDS:
            return "menu"
        name = line.strip(_NAME_EDGES)
        if zone == "tail" and self.signature(name):
            if not copy_source(name, line):  # "(سكاي نيوز)" under the article: the copy's source
                self.add_publisher("signature", name)
            return "signature"
        return None

    def shape(self, i: int, zone: str) -> str | None:
        """The reason to drop line `i` that no pattern gives: the site repeats it, or the classifier."""
        key = self.keys[i]
        if key in self.site_lines:
            return "site-furniture"
        if zone == "body" and self.title and TITLE in self.marks and key == line_key(self.title):
            return "repeated-title"
        line = self.lines[i]
        if self.doubled(i) and not _sentence(line) and _words(line) <= CAPTION_MAX_WORDS:
            return "caption"  # a picture's caption right above its alt text (or below it)
        if zone != "tail" and self.title_captioned(i):
            return "caption"  # the picture's alt text (the headline) with its caption after it
        if zone == "tail" and self.quotes_title(i):
            return "read-more"  # "لمتابعة التفاصيل الكاملة حول <the headline>، يمكن الرجوع إلى ..."
        if _sentence(line) or i in self.dotted:
            return None  # an Arabic sentence closed by a full stop is prose; only a pattern drops it
        if zone == "body" and self.section_heading(i):
            return None  # a subheading between two paragraphs of the article
        if zone != "tail" and _DATELINE.match(line):
            return None  # "حلب - الثلاثاء 16 رمضان ...": the dates stage reads the dateline in the text
        if zone == "head" and TITLE not in self.marks and date_or_clock(line) and self.longer_title_below(i):
            return "dateline"  # the page's date and clock widget above the headline, however long
        if zone != "head" and self.cut_sentence(i):
            return None  # the capture ends mid-sentence: the article goes on here, it is no furniture
        if zone == "tail" and self.tag_line(i):
            return "tags"  # the article's topics listed under it, with no "الوسوم:" before them
        if zone == "tail" and (reason := self.below_article(i)):
            return reason
        if self.wrapped_article(i, zone):
            return None  # a page cut into lines of a fixed width: the lines' shapes tell nothing
        p, short = self.content[i], _words(line) <= SHORT_LINE_WORDS
        if zone == "tail" and self.snippet_headline(i):
            return "teaser"  # the headline of the snippet under it: that story's, whatever its rating
        if zone != "body" and ellipsis_end(line) and (self.snippet(i) or self.snippet_run(i, zone)):
            return "teaser"  # a snippet of another story, cut by the site, above or below the article
        run_on = zone == "head" and TITLE not in self.marks and _run_on(line)
        if run_on and (self.prose_below(i) or self.only_prose(i)) and not self.echoed(i):
            return "ticker"
        teaser = undated_headline(line) and short and self.off_topic(i, zone)
        if teaser and zone == "head" and self.in_headline_run(i):
            return "teaser"  # in a list of headlines above the article ("وظائف ..." opens no clause)
        if _CONTINUES.match(line) or _clause(line):
            short = False  # "وفي ..." goes on from the sentence above, even when the capture cuts it
        elif teaser and zone == "body":
            return "teaser"
        elif zone == "body" and self.off_topic_headline(i) and self.teaser_neighbour(i):
            return "teaser"  # a block of other stories' headlines amid the body
        if zone == "body":
            if _words(line) < BODY_MIN_WORDS:
                # "أولا" amid the body is the article's own structure; a Latin word alone amid
                # Arabic prose ("ADVERTISEMENT") is a widget's
                latin = not _ARABIC.search(line) and _LATIN.search(line)
                return "low-content" if latin and p < FURNITURE_P else None
            if self.subheading(i):
                short = False  # a subheading speaks of the article; a caption or a teaser may too
            return "low-content" if p < CERTAIN_P / 2 or (p < BODY_FURNITURE_P and short) else None
        if not (p < CERTAIN_P or (p < FURNITURE_P and short)):
            return None
        name = line.strip(_NAME_EDGES)
        if zone == "head" and self.signature(name):
            self.add_publisher("signature", name)  # the outlet's name over the article: a masthead
            return "masthead"
        return "low-content"

    def doubled(self, i: int) -> bool:
        """The line is repeated right above or below itself, and is not the title: exactly, or one
        copy the other's first words ("السلطان العماني هيثم" over "السلطان العماني هيثم بن طارق",
        a picture's caption and its alt text)."""
        key = self.keys[i]
        title = line_key(self.title) if self.title else None
        if key == title:
            return False
        for k in (i - 1, i + 1):
            if not 0 <= k < len(self.keys) or self.keys[k] == title:
                continue
            other = self.keys[k]
            if other == key:
                return True
            short, long = sorted((key, other), key=len)
            if len(short.split()) >= 2 and long.startswith(short + " ") and not _sentence(self.lines[k]):
                return True
        return False

    def below_article(self, i: int) -> str | None:
        """A widget's line under the article, after the last line of prose and the furniture right
        under it (a clock, a save or share button): the headline printed again (a share or save
        widget repeats it), or a line of no sentence mark the classifier rates as furniture,
        however long ("انشئ حساباً خاصاً بك لتحصل على ..."). The line right under the prose may be
        the article cut by the capture or a subheading, so it is judged as before, and so is all
        below a subheading."""
        below = self.last_prose + 1
        if i <= below or self.content[below] >= FURNITURE_P or self.subheading(below):
            return None  # the article may go on under a subheading
        line = self.lines[i]
        if _PROSE_PUNCT.search(line) or _sentence(line) or _CONTINUES.match(line):
            return None  # a clause ("ومن المرتقب أن ...") goes on from the article
        if self.copies[self.keys[i]] > 1 and headline_like(line):
            return "repeated-headline"
        return "low-content" if self.content[i] < FURNITURE_P else None

    def quotes_title(self, i: int) -> bool:
        """The line quotes the whole headline inside words of its own: a read-more or source link
        under the article that names it ("لمتابعة التفاصيل الكاملة حول <headline>، يمكن الرجوع إلى
        موقع ..."). A sentence closed by a full stop may repeat its headline word for word ("قُتل ...
        في قصف مدفعي على بلدة كفرنبل."), and so may the first line of prose: they stay."""
        if not self.title or TITLE not in self.marks or _words(self.title) < QUOTED_TITLE_MIN_WORDS:
            return False
        line, title, key = self.lines[i], line_key(self.title), self.keys[i]
        if _sentence(line) or not any(_prose(self.lines[k]) for k in range(i)):
            return False
        return key != title and f" {title}" in f" {key} " and not key.startswith(title)

    def off_topic_headline(self, i: int) -> bool:
        """A headline of three content words or more that the article's prose hardly speaks of (under
        a fifth of its words): another story's, or a caption's."""
        line = self.lines[i]
        if not undated_headline(line) or _sentence(line) or _clause(line):
            return False
        return self.topic_words[i] >= TEASER_MIN_WORDS and self.headline_overlap[i] < TITLE_MIN_OVERLAP

    def teaser_neighbour(self, i: int) -> bool:
        """A line right above or below is another off-topic headline: together a list of other
        stories (a subheading stands alone, and speaks of the article)."""
        return any(0 <= k < len(self.lines) and self.off_topic_headline(k) for k in (i - 1, i + 1))

    def title_captioned(self, i: int) -> bool:
        """The line is the title and a few words more, with no sentence mark: the picture under the
        headline, its alt text (the headline, as many sites write it) run into its caption ("مقتل 16
        متمردًا ... الفلبين الشرطة الفلبينية - أرشيفية"). A lead that repeats the headline goes on as
        a sentence, with its punctuation."""
        if not self.title or TITLE not in self.marks:
            return False
        line, title = self.keys[i], line_key(self.title)
        rest = line[len(title) :]
        if not line.startswith(title + " ") or _words(rest) > CAPTION_MAX_WORDS:
            return False
        return not _PROSE_PUNCT.search(self.lines[i]) and not _sentence(self.lines[i])

    def credit_line(self, line: str) -> bool:
        """A place and a name joined by a dash alone on a line, either way round ("بغداد - العرب
        اليوم", "فلسطين اليوم- غزة", "علي X - جازان", "بغداد _ أ.ش.أ"), or the name in brackets
        ("رام الله (الاتحاد)"): the article's dateline and its outlet's or reporter's credit, never
        its title, even where the name is a place's too ("رام الله - صفا"). The line stays: its
        place is where the report comes from."""
        found = _CREDIT_LINE.match(line) or _BRACKET_CREDIT.match(line)
        if found is None or _words(line) > CREDIT_LINE_MAX_WORDS:
            return False
        return any(default_gazetteer().lookup(found.group(k)) for k in (1, 2))

    def signed(self, line: str) -> bool:
        """A line of one or two words that names an outlet ("بلدي نيوز") or a reporter, opening
        with an unambiguous given name ("محمود X"): the page's signature or byline over the lead,
        never its title."""
        name = line.strip(_NAME_EDGES)
        if _words(name) >= TITLE_MIN_WORDS:
            return False
        first = normalise_string(name.split()[0]) if name else ""
        return self.signature(name) or first in given_names(unambiguous=True)  # "علي" may open a headline

    def tag_line(self, i: int) -> bool:
        """The page's last line lists the article's topics with no marker ("الفاشر الدعم السريع
        السودان"): names only (no function word, digit or punctuation), every one of them in the
        prose, right under it."""
        line = self.lines[i]
        if i != len(self.lines) - 1 or not 2 <= _words(line) <= TAG_LINE_MAX_WORDS:
            return False
        if self.function_words[i] > 0 or _DIGIT.search(line) or _TAG_PUNCT.search(line):
            return False
        after_prose = _prose(self.lines[i - 1]) or _sentence(self.lines[i - 1])
        return after_prose and self.topic_words[i] >= 2 and self.prose_overlap[i] >= 1.0

    def cut_sentence(self, i: int) -> bool:
        """The article's last line is the start of a sentence the capture cut ("وتأتي هذ", "يُذكر أن
        العدوان الإسرائيلي ع", "كما استهدفت طائرا"), the last line of the page: right after prose (or
        after a subheading under prose), Arabic words with none that furniture uses, a conjunction or
        a function word of the stoplist opening it (a clause goes on), or five words or more."""
        if i != len(self.lines) - 1 or i < 1:
            return False
        line = self.lines[i]
        prose = [_prose(line) or _sentence(line) for line in self.lines[max(0, i - 2) : i]]
        before = prose[-1] or (len(prose) == 2 and prose[0] and self.subheading(i - 1))
        if not before or not _ARABIC.search(line):
            return False
        if _CONJUNCTION.match(line) and _CLAUSE_END.search(line):
            return True  # "ومنذ أيام،": a clause cut after its comma, whatever words it holds
        if self.furniture_share[i] > 0:
            return False
        if has_link(line) or date_or_clock(line) or ellipsis_end(line) or _OPEN_END.search(line):
            return False
        if _BAR.search(line):
            return False  # "السبت 31 جانفي 2026 | 12 شعبان 1447": a widget's fields, never a sentence
        if _CONTINUES.match(line) or _CONJUNCTION.match(line):
            return True
        opens_clause = self.function_start[i] and _words(line) >= CUT_CLAUSE_MIN_WORDS
        # "أهمية النقاط في جدول": a phrase with a function word inside is a clause, not a list of topics
        holds_clause = self.function_words[i] > 0 and _words(line) >= CUT_PHRASE_MIN_WORDS
        holds_clause = holds_clause and self.content[i] >= CERTAIN_P  # "زر الذهاب إلى الأعلى" is a button
        return opens_clause or holds_clause or _fragment_end(line) or _words(line) >= CUT_LINE_MIN_WORDS

    def echoed(self, i: int) -> bool:
        """Another line of the head ends with this one ("الرئيسية » الرياضة » <headline>"): the page
        prints it twice, as a headline is, never as another story's run-on ticker."""
        key = self.keys[i]
        near = range(max(0, i - TITLE_LOOKAHEAD), min(len(self.keys), i + TITLE_LOOKAHEAD))
        return any(k != i and self.keys[k] != key and self.keys[k].endswith(" " + key) for k in near)

    def only_prose(self, i: int) -> bool:
        """No other line of the page is prose: a page of headlines whose only long line is their
        ticker (it has no article to keep it for). A text of that one line alone is no page of
        headlines: it is the article."""
        others = [line for k, line in enumerate(self.lines) if k != i and line.strip()]
        return bool(others) and not any(_prose(line) or _sentence(line) for line in others)

    def prose_below(self, i: int) -> bool:
        """An article follows line `i`: a line of prose comes after it."""
        return any(_prose(line) for line in self.lines[i + 1 :])

    def snippet(self, i: int) -> bool:
        """A line cut by an ellipsis is another story's snippet when that story's headline is right
        above it: a short headline none of whose words the article's prose uses. A paragraph of
        the article that ends its sentence with ".." or "..." (as many outlets write) stays."""
        k = i - 1
        if not self.has_prose or k < 0 or self.marks[k] not in (None, "teaser"):
            return False  # the title, a caption or a dateline above it: the article's own line
        line = self.lines[k]
        short = TITLE_MIN_WORDS <= _words(line) <= SHORT_LINE_WORDS
        return short and headline_like(line) and self.headline_overlap[k] == 0.0

    def snippet_headline(self, i: int) -> bool:
        """Line `i` is the headline of the snippet right under it (see `snippet`): the tail is read
        from the end, so the snippet is marked first, and its headline goes with it."""
        j = i + 1
        return (
            j < len(self.lines)
            and self.marks[j] == "teaser"
            and ellipsis_end(self.lines[j])
            and self.snippet(j)
        )

    def snippet_run(self, i: int, zone: str = "tail") -> bool:
        """Under the article, or above it before any title, lines cut by an ellipsis one after another
        are other stories' snippets when the article's prose hardly uses their words (a paragraph of
        the article that ends with ".." speaks of the article; under a title the article has begun).
        Above the article, the article is there: a line of prose below that ends its sentence (an
        article whose every paragraph ends with ".." is no list of snippets)."""
        if zone == "body" or (zone == "head" and (TITLE in self.marks or not self.firm_prose_below(i))):
            return False
        run = any(0 <= k < len(self.lines) and ellipsis_end(self.lines[k]) for k in (i - 1, i + 1))
        return run and self.has_prose and self.headline_overlap[i] < SUBHEADING_OVERLAP

    def firm_prose_below(self, i: int) -> bool:
        """A line of prose below line `i` that is not cut by an ellipsis."""
        return any(_prose(line) and not ellipsis_end(line) for line in self.lines[i + 1 :])

    def subheading(self, i: int) -> bool:
        """A headline amid the body that speaks of the article (its words come back in the prose)."""
        line = self.lines[i]
        on_topic = self.prose_overlap[i] >= SUBHEADING_OVERLAP and self.topic_words[i] >= 2
        return on_topic and undated_headline(line) and not has_link(line)

    def section_heading(self, i: int) -> bool:
        """A subheading between two paragraphs: a few words of the article's own letters (no digit,
        Latin, punctuation or furniture word) after a paragraph closed by a full stop and before a
        paragraph of prose, printed once. A caption sits there too, but it is printed twice (`doubled`), carries a
        credit, a date or a sentence mark, or holds a furniture word ("الصورة"); another story's
        headline comes in a list, or under a heading that names the list (`listed`), and the paragraph
        under it does not speak of it, as a section's first paragraph does of its heading."""
        if not 0 < i < len(self.lines) - 1:
            return False
        line = self.lines[i]
        if not SECTION_MIN_WORDS <= _words(line) <= SECTION_MAX_WORDS or self.furniture_share[i] > 0:
            return False
        if self.copies[self.keys[i]] > 1:
            return False  # "محتوى إعلاني" between every two paragraphs: an advert's label, printed again
        if _DIGIT.search(line) or _LATIN.search(line) or _TAG_PUNCT.search(line) or has_link(line):
            return False
        if not (_sentence(self.lines[i - 1]) and _prose(self.lines[i + 1])):
            return False
        # What follows tells it from another story's headline: the section speaks of its heading.
        below = stems(self.lines[i + 1])
        return any(a.startswith(b) or b.startswith(a) for a in stems(line) for b in below)

    def above_title(self, i: int) -> bool:
        """Another headline in the list of headlines above the title (a banner, a teaser): the
        article's prose hardly uses its words, and the title follows a few lines down."""
        line = self.lines[i]
        if i in self.dotted:
            return False
        if not (undated_headline(line) and self.has_prose and self.in_headline_run(i)):
            return False
        if _words(line) > RUN_ON_WORDS:
            return False  # headlines run together: a ticker (`_run_on`), not one headline
        if _clause(line):
            return (
                False  # a lead whose capture lost its full stop ("أكد المتحدث ...، أنه ...") is no headline
            )
        if self.headline_overlap[i] >= TITLE_MIN_OVERLAP:
            return False
        return any(self.title_like(k) for k in range(i + 1, min(len(self.lines), i + TITLE_LOOKAHEAD)))

    def in_headline_run(self, i: int) -> bool:
        """A headline of several words right above or below the line: a list of headlines."""
        near = (self.lines[k] for k in (i - 1, i + 1) if 0 <= k < len(self.lines))
        return any(headline_like(line) and _words(line) >= TITLE_MIN_WORDS for line in near)

    def off_topic(self, i: int, zone: str = "body") -> bool:
        """Another story's headline. Amid the body: no content word of the line comes back elsewhere
        on the page. At an edge, where teasers come in lists that share words with each other:
        none comes back in the article's prose."""
        if self.topic_words[i] < TEASER_MIN_WORDS:
            return False
        if zone == "body":
            return self.overlap[i] == 0.0
        return self.has_prose and self.headline_overlap[i] == 0.0

    def title_like(self, i: int) -> bool:
        """A headline: its shape, its length, and the classifier rates it as content.

        A headline of one or two words is a section name when a longer headline follows it
        ("سياسة عربية" above the title), and the title when the body follows it."""
        if i >= len(self.lines):
            return False
        line = self.lines[i]
        if i in self.dotted:
            return False  # a paragraph of an article whose every paragraph ends with ".."
        shaped = headline_shaped(line, max_words=RUN_ON_WORDS, never=_TITLE_NEVER, letters=True)
        if not shaped or self.content[i] < TITLE_P or self.credit_line(line) or glued_tokens(_unjoined(line)):
            return False  # menu items or tags run together ("خبر عاجلشؤون خارجية") are no headline
        if self.signed(line):
            return False
        if self.has_prose and self.headline_overlap[i] < TITLE_MIN_OVERLAP and self.in_headline_run(i):
            return False  # in a list of headlines, the title is the one the article's prose speaks of
        unspoken = self.topic_words[i] >= TITLE_MIN_WORDS and self.headline_overlap[i] < TITLE_MIN_OVERLAP
        if self.has_prose and unspoken and self.content[i] < FURNITURE_P:
            return False  # a doubtful headline whose words the prose hardly uses heads another story
        if self.unspoken_above_spoken(i):
            return False  # a masthead line ("رئيس التحرير") above the headline the prose speaks of
        if _words(line) >= TITLE_MIN_WORDS:
            return True
        return not self.longer_title_below(i)

    def printed_again(self, i: int) -> bool:
        """A headline the page prints again (its page title over its h1, the headline repeated over
        the picture or under the lead): the article's own headline, even where the classifier
        doubts it, a long word looks glued ("بالكونفدرالية") or a translated prose hardly uses its
        words, so long as the prose speaks of it at all."""
        line = self.lines[i]
        if not self.has_prose or self.copies[self.keys[i]] < 2 or i in self.dotted:
            return False
        shaped = headline_shaped(
            line, min_words=TITLE_MIN_WORDS, max_words=RUN_ON_WORDS, never=_TITLE_NEVER, letters=True
        )
        if not shaped or _prose(line):
            return False
        if self.credit_line(line):
            return False
        return self.headline_overlap[i] > 0.0 and self.content[i] >= TITLE_P

    def unspoken_above_spoken(self, i: int) -> bool:
        """None of the line's content words comes back in the article's prose, and a headline a few
        lines down, before the prose starts, is one the prose speaks of: that one is the title, and
        this one a masthead, an editor's line or a section's name."""
        if not self.has_prose or self.topic_words[i] < TITLE_MIN_WORDS - 1 or self.headline_overlap[i] > 0.0:
            return False
        for k in range(i + 1, min(len(self.lines), i + TITLE_LOOKAHEAD + 1)):
            line = self.lines[k]
            if _prose(line) or _sentence(line):
                return False
            if self.headline_overlap[k] >= TITLE_MIN_OVERLAP and undated_headline(line):
                return _words(line) >= TITLE_MIN_WORDS and self.content[k] >= TITLE_P
        return False

    def longer_title_below(self, i: int) -> bool:
        """A headline of three words or more follows line `i` before the prose starts: a short
        headline above it is a masthead or a section name ("الصباح اليوم", a date, "الأخبار",
        then the title)."""
        for k in range(i + 1, min(len(self.lines), i + TITLE_LOOKAHEAD + 1)):
            if _words(self.lines[k]) >= TITLE_MIN_WORDS and self.title_like(k):
                return True
            if _prose(self.lines[k]):
                break
        return False

    def section_name(self, i: int) -> bool:
        """A headline of one or two words above the title ("الأمطار الرعدية"): a section's name,
        whatever the classifier rates it (its shape is a short title's)."""
        line = self.lines[i]
        short = _words(line) < TITLE_MIN_WORDS and undated_headline(line)
        return short and not _sentence(line) and self.longer_title_below(i)

    def masthead(self, i: int) -> bool:
        """The outlet's name alone over a headline ("شبكة قدس الإخبارية" above the title): the
        masthead, whatever the classifier rates it; it names the publisher."""
        name = self.lines[i].strip(_NAME_EDGES)
        if not self.signature(name) or not self.longer_title_below(i):
            return False
        self.add_publisher("signature", name)
        return True

    @staticmethod
    def signature(line: str) -> bool:
        """An outlet's name alone on a line ("المركز الصحفي السوري")."""
        short = _words(line) <= SIGNATURE_MAX_WORDS and not _SENTENCE_PUNCT.search(line)
        return short and looks_like_publisher(line, strict=True)

    def menu_run(self, indices: range) -> int:
        """How many lines from the first of `indices` on are menu items in a row."""
        n = 0
        for i in indices:
            if self.marks[i] is not None or not _menu_item(self.lines[i]):
                break
            n += 1
        return n

    def is_menu(self, run: int, neighbour: int) -> bool:
        """A run of menu items is a menu when long enough, or when it continues a menu."""
        continues = 0 <= neighbour < len(self.marks) and self.marks[neighbour] == "menu"
        return run >= MENU_RUN or (run >= 2 and continues)

    def before_title(self, i: int) -> bool:
        """A menu item a few lines above the given title (a section name, a breadcrumb)."""
        if not self.title_given or TITLE in self.marks or not _menu_item(self.lines[i]):
            return False
        ahead = self.lines[i + 1 : i + TITLE_LOOKAHEAD]
        return any(_same_title(line, self.title or "") for line in ahead)

    # -- the passes --------------------------------------------------------------------

    def head(self) -> int:
        """Mark head furniture and the title line; return the index of the first body line."""
        i, n = 0, len(self.lines)
        title_open = True
        while i < n:
            line = self.lines[i]
            if title_open and self.title_given and _same_title(line, self.title or ""):
                self.title, self.marks[i], title_open = line, TITLE, False  # the headline as shown
            elif self.keys[i] in self.site_lines:
                self.marks[i] = "site-furniture"  # the site's own line, however headline-like
            elif reason := self.classify(line, "head"):
                self.marks[i] = reason
            elif self.credit(line):
                break
            elif self.is_menu(run := self.menu_run(range(i, n)), i - 1) or self.before_title(i):
                run = max(run, 1)
                self.marks[i : i + run] = ["menu"] * run
                i += run
                continue
            elif title_open and not self.title_given and self.masthead(i):
                self.marks[i] = "masthead"
            elif title_open and not self.title_given and (self.printed_again(i) or self.title_like(i)):
                self.lines[i] = line = _LIST_DASH.sub("", line)  # "- مقتل ...": a list's dash, no headline's
                self.title, self.marks[i], title_open = line, TITLE, False
            elif title_open and not self.title_given and self.above_title(i):
                self.marks[i] = "teaser"
            elif title_open and not self.title_given and self.section_name(i):
                self.marks[i] = "section"
            elif reason := self.shape(i, "head"):
                self.marks[i] = reason
            else:
                break
            i += 1
        if i < n and title_open and not self.title_given:
            return self.prose_title(i)
        return i

    def prose_title(self, i: int) -> int:
        """The page prints no headline of its own before line `i`, its first line of prose or
        sentence; return the first body line. A short sentence there that the lead under it
        restates is the headline closed by a full stop; a line of prose that opens with a headline
        run into the lead ("<headline> أفادت مصادر ...") is parted: the headline is the title, the
        lead the first line of the body (`clean.glued_title`)."""
        line = self.lines[i]
        below = self.lines[i + 1] if i + 1 < len(self.lines) else ""
        if _prose(below) and stopped_headline(line, below):
            self.title, self.marks[i] = line, TITLE
            return i + 1
        if _prose(line) and (parts := split_glued_title(line)) is not None:
            self.title, self.lines[i] = parts
        return i

    @staticmethod
    def credit(line: str) -> bool:
        """A credit line ("X – وكالات", "بقلم ...") opens the body; it is no headline."""
        return match_line(line, "lead") is not None

    def cut(self, start: int) -> int:
        """At the first tail marker after some body, mark it and everything after it; a read-also
        heading amid the article (`inserted_list`) goes with its items, and the body goes on."""
        n = len(self.lines)
        for i in range(start + 1, n):
            found = match_line(self.lines[i], "cut") if self.marks[i] is None else None
            if found is None:
                continue
            if found.position == "insert" and (resume := self.inserted_list(start, i)):
                self.marks[i:resume] = ["related-links"] * (resume - i)
                continue
            for k in range(i, n):
                if self.marks[k] is None:
                    self.marks[k] = self.classify(self.lines[k], "tail") or found.reason
            return i
        return n

    def inserted_list(self, start: int, i: int) -> int | None:
        """A read-also heading amid the article whose link the capture lost ("اقرأ أيضاً" between two
        paragraphs): right under it the article goes on, a line of prose, or the page's last line cut
        by the capture, that shares INSERT_MIN_SHARED content words with the prose above the heading.
        Returns where the article resumes, or None when the heading ends the body (a headline under
        it is another story's, and so is what follows that headline)."""
        above = [self.lines[k] for k in range(start, i) if self.marks[k] is None and _prose(self.lines[k])]
        j = i + 1
        if not above or j >= len(self.lines) or self.marks[j] is not None:
            return None
        line = self.lines[j]
        last = j == len(self.lines) - 1 and _words(line) >= CUT_LINE_MIN_WORDS
        if not (_prose(line) or last) or ellipsis_end(line):
            return None
        used = set().union(*(stems(prose) for prose in above))
        return j if len(stems(line) & used) >= INSERT_MIN_SHARED else None

    def tail(self, start: int, end: int) -> int:
        """Mark furniture from the end backwards; return the end of the body."""
        j = end - 1
        while j >= start:
            if self.marks[j] is not None:
                j -= 1
            elif reason := self.classify(self.lines[j], "tail"):
                self.marks[j] = reason
                j -= 1
            elif self.is_menu(run := self.menu_run(range(j, start - 1, -1)), j + 1):
                self.marks[j - run + 1 : j + 1] = ["menu"] * run
                j -= run
            elif reason := self.shape(j, "tail"):
                self.marks[j] = reason
                j -= 1
            else:
                break
        return j + 1

    def body(self, start: int, end: int) -> None:
        """Mark the few pieces of furniture that are recognisable anywhere."""
        for i in range(start, end):
            if self.marks[i] is not None:
                continue
            line = self.lines[i]
            if (reason := self.classify(line, "body")) or (
                (reason := self.shape(i, "body")) and not self.credit(line)
            ):
                self.marks[i] = reason
            elif self.listed(i):
                self.marks[i] = "related-links"

    def listed(self, i: int) -> bool:
        """An item of a list of headlines amid the body: a headline (no sentence, no prose) under a
        dropped heading that opens a list ("اقرأ من أخبار ...:"), the items between them dropped
        too. The heading names the list; its items are other stories, whatever words they share."""
        if not self.list_item(i):
            return False
        for k in range(i - 1, max(-1, i - LIST_MAX_ITEMS - 1), -1):
            if self.marks[k] in (None, TITLE, GONE):
                return False
            heading = self.lines[k].rstrip(_EDGE_SPACE)
            if heading.endswith((":", "：")) and _words(heading) <= LIST_HEADING_MAX_WORDS:
                return True
            if not self.list_item(k):
                return False
        return False

    def list_item(self, i: int) -> bool:
        """A headline as lists of other stories print them: a few words, no sentence, no prose."""
        line = self.lines[i]
        short = TITLE_MIN_WORDS <= _words(line) <= SHORT_LINE_WORDS and undated_headline(line)
        return short and not _sentence(line) and not _prose(line)

    def glued(self, start: int, end: int) -> None:
        """Cut an outlet's credit glued to the start of the first body lines ("شفق نيوز/ أفاد ..."),
        and a list of headlines glued to the end of the last one ("... المدنيين. عناوين ذات صلة: ...")."""
        kept = [i for i in range(start, end) if self.marks[i] is None]
        if kept and (m := _GLUED_LIST.search(self.lines[kept[-1]])) and _list_heading(m.string[m.end() :]):
            i, line = kept[-1], self.lines[kept[-1]]
            self.pieces.append((i, m.end(), Removed(text=line[m.end() :], reason="related-links")))
            self.lines[i] = line[: m.start()]
        elif kept:
            self.glued_tail(kept[-1])
        body = kept[:LEAD_LINES]
        for i in body:
            found = match_glued(self.lines[i])
            if found is None:
                continue
            cut, rest = found.line[: len(found.line) - len(found.rest)], found.rest.strip(_EDGE_SPACE)
            if _words(rest) < PROSE_MIN_WORDS:
                continue  # "يمن مونيتور / صنعاء / خاص" is a credit line of its own, kept
            if cut.rstrip().endswith(":") and rest.startswith(_QUOTE_MARKS):
                continue  # 'وقال:”لا يزال …' opens a quote: a speaker and his words, no outlet's stamp
            if found.reason == "outlet-credit" and not looks_like_publisher(
                (found.publisher or "").strip(_NAME_EDGES), strict=True
            ):
                continue  # "حلب - ..." is a dateline, not an outlet's stamp
            self.pieces.append((i, 0, Removed(text=cut.strip(_EDGE_SPACE), reason=found.reason)))
            self.lines[i] = rest
            if found.publisher:
                self.add_publisher(found.reason, found.publisher.strip(_NAME_EDGES))

    def glued_tail(self, i: int) -> None:
        """Cut a furniture line glued after the last sentence of the article's last line ("...
        المدنيين. شارك الخبر", "... لساعات. الوسوم: حرائق، الميناء"): what follows the last sentence
        end is cut when a tail pattern names it as a line of its own."""
        line = self.lines[i]
        m = _GLUED_END.search(line)
        if m is None:
            return
        rest = line[m.end() :].strip(_EDGE_SPACE)
        if not rest or _words(rest) > GLUED_TAIL_MAX_WORDS:
            return
        found = match_line(rest, "cut") or match_line(rest, "tail")
        if found is not None and found.reason not in KEEP_REASONS:
            self.harvest(found)
            reason = found.reason
        elif found is None and self.glued_tags(i, rest):
            self.tags.extend(rest.split())
            reason = "tags"
        else:
            return
        self.pieces.append((i, m.end(), Removed(text=rest, reason=reason)))
        self.lines[i] = line[: m.start()]

    def glued_tags(self, i: int, rest: str) -> bool:
        """What follows the last sentence of the article lists its topics ("... العشرات. مقتل بنغازي
        الجيش الليبي"): a few content words, no conjunction opening them (a sentence the capture cut
        goes on so), every one of them used in the article's prose."""
        tags = tag_stems(rest)
        if tags is None or len(tags) < TAG_MIN_WORDS or _CONJUNCTION.match(rest):
            return False
        line = self.lines[i]
        used = stems(line[: len(line) - len(rest)]).union(
            *(stems(other) for k, other in enumerate(self.lines) if k != i and _prose(other))
        )
        return tags <= used

    def lead(self, start: int, end: int) -> None:
        """Read the first body lines' credits for the publisher ("حلب (قاسيون) - ..."), and the
        dateline credits of the lines down to them ("بغداد - العراق اليوم", clean/credits.py)."""
        body = [i for i in range(start, end) if self.marks[i] is None][:LEAD_LINES]
        for i in body:
            found = match_line(self.lines[i], "lead")
            if found is not None and found.publisher:
                self.add_publisher(found.reason, found.publisher)
        for i in range(body[-1] + 1 if body else 0):
            if self.marks[i] != TITLE and (name := dateline_credit(self.glued_back(i))):
                self.add_publisher("dateline-credit", name)
        if body and (name := opening_credit(self.lines[body[0]])):
            self.add_publisher("opening-credit", name)
        elif body and body[0] > 0 and self.marks[body[0] - 1] == "low-content":
            # The stamp on a line of its own right above the first sentence ("شفقنا :"), that only the
            # classifier dropped (no widget's pattern: "حجم الخط:"), read as if glued to it.
            stamp = self.lines[body[0] - 1].strip(_EDGE_SPACE)
            words = stamp[:-1].split()
            if (
                stamp.endswith(_STAMP_ENDS)
                and words
                and all(_LETTERS.fullmatch(w) and not is_furniture_word(w) for w in words)  # "آخر تحديث:"
                and (name := opening_credit(f"{stamp[:-1]} - {self.lines[body[0]]}"))
            ):
                self.add_publisher("opening-credit", name)

    def glued_back(self, i: int) -> str:
        """Line `i` with the credit `glued` cut off its start put back ("متابعات _" + "X _ جدد ..."): the
        filler was the evidence that the name after it is the outlet's."""
        cut = [r.text for k, start, r in self.pieces if k == i and start == 0 and r.reason == "credit"]
        return f"{cut[0]} {self.lines[i]}" if cut else self.lines[i]

    def breadcrumb_title(self) -> None:
        """A breadcrumb run into the headline ("الرئيسية / الاخبار / <headline>"): the title is the
        headline, the crumbs a `menu`. Crumbs are a few words each, the first one a page word
        (clean_publishers.tsv's not-publisher rows: "الرئيسية", "محليات")."""
        if TITLE not in self.marks or self.title_given:
            return
        i = self.marks.index(TITLE)
        pieces = _CRUMB.split(self.lines[i])
        crumbs, headline = pieces[:-1], pieces[-1].strip(_EDGE_SPACE)
        if (
            len(crumbs) < CRUMBS_MIN
            or not is_filler(crumbs[0].strip(_EDGE_SPACE))
            or any(not 0 < _words(c) <= CRUMB_MAX_WORDS or _DIGIT.search(c) for c in crumbs)
            or _words(headline) < TITLE_MIN_WORDS
        ):
            return
        cut = len(self.lines[i]) - len(pieces[-1])
        self.pieces.append((i, 0, Removed(text=self.lines[i][:cut].strip(_EDGE_SPACE), reason="menu")))
        self.lines[i] = self.title = headline

    def inline(self) -> None:
        """Cut links and embedded-post handles out of the lines that stay."""
        for i, line in enumerate(self.lines):
            if self.marks[i] not in (None, TITLE):
                continue
            pieces = find_inline(line)
            for s, e, reason in reversed(pieces):
                self.pieces.append((i, s, Removed(text=line[s:e], reason=reason)))
                left, right = line[:s], line[e:]
                line = left + (right.lstrip(" ") if left.endswith(" ") else right)
            if not pieces:
                continue
            line = line.strip(_EDGE_SPACE)
            self.lines[i] = line
            if self.marks[i] == TITLE:
                self.title = line or None
            if not line:
                self.marks[i] = GONE


def _sentence(line: str) -> bool:
    """A sentence: a few words, mostly Arabic letters, closed by a full stop."""
    if _words(line) < SENTENCE_MIN_WORDS or not _FULL_STOP.search(line):
        return False
    return len(_LATIN.findall(line)) * 2 < sum(map(len, _LETTERS.findall(line)))


def _firm_overlaps(lines: list[str], topics: list[set[str]]) -> list[float]:
    """For each line, the share of its content words used by the other prose lines that end their
    sentence (no ellipsis); by all other prose lines when every one ends with an ellipsis. A teaser's
    headline shares its words only with its own snippet cut by the site ("... نائب مدي..."), so it
    speaks of no article; a title speaks of the article's prose."""
    prose = [k for k, line in enumerate(lines) if _prose(line)]
    firm = [k for k in prose if not ellipsis_end(lines[k])] or prose
    # Counted once, not re-united per line (a long page would cost the square of its lines): how many
    # firm lines use each word, and how many of them are copies of one text (a line and its copies
    # do not count for it).
    used: Counter[str] = Counter()
    by_text: dict[str, Counter[str]] = {}
    for k in firm:
        used.update(topics[k])
        by_text.setdefault(lines[k], Counter()).update(topics[k])
    out = []
    for i, own in enumerate(topics):
        copies = by_text.get(lines[i], Counter())
        shared = sum(1 for w in own if used[w] - copies[w] > 0)
        out.append(shared / len(own) if own else 0.0)
    return out


def _fragment_end(line: str) -> bool:
    """The line stops on a piece of a word or a particle of one or two Arabic letters ("... ف",
    "يذ", "... في"): a sentence the capture cut; no heading, tag or widget ends so."""
    tokens = line.split()
    if not tokens or (len(tokens) > 1 and all(len(t) <= FRAGMENT_MAX_LETTERS for t in tokens)):
        return False  # "أ ش أ": an agency's initials, letter by letter
    last = tokens[-1]
    return len(last) <= FRAGMENT_MAX_LETTERS and all(FIRST_LETTER <= c <= LAST_LETTER for c in last)


def _dotted_article(lines: list[str]) -> frozenset[int]:
    """The lines of prose of a page whose every line of prose ends with an ellipsis, when they follow
    one another with nothing between them: an outlet that ends its sentences with ".." writes them
    so. Teasers' snippets cut by the site come each under its own headline, never side by side
    without one, and beside an article that ends its sentences."""
    prose = [i for i, line in enumerate(lines) if _prose(line)]
    # The dots close the line itself: a snippet's read-more label ("... المزيد |") or clock is a list's.
    dotted = [lines[i].endswith(("..", "…")) and not date_or_clock(lines[i]) for i in prose]
    if len(prose) < DOTTED_MIN_LINES or not all(dotted):
        return frozenset()
    return frozenset(prose) if prose[-1] - prose[0] + 1 == len(prose) else frozenset()


def _hard_wrapped(lines: list[str]) -> bool:
    """The page's text is cut into lines of a fixed width, sentences running over line ends: twice,
    a few words closing a sentence ("لساعات طويلة.", "الأسعار.") under a long line with no sentence
    mark at its end; or once, a long line ending on a word that leaves its sentence open ("... مما
    أدى إلى", `open_line_ends.tsv`) above a line that closes it. A caption or a subheading above a
    paragraph is no such pair."""
    weight = sum(_wrapped_end(above, line) * (1 + _open_end(above)) for above, line in pairwise(lines))
    return weight >= WRAP_MIN_TAILS


def _wrapped_end(above: str, line: str) -> bool:
    """`line` closes the sentence `above` leaves open at the line's end: its last few words, or any
    line after a word that cannot end a sentence."""
    if _words(above) < WRAP_LINE_MIN_WORDS or _SENTENCE_PUNCT.search(above) or date_or_clock(above):
        return False
    closes = bool(_FULL_STOP.search(line) and _ARABIC.search(line))
    return closes and (_words(line) <= WRAP_TAIL_MAX_WORDS or _open_end(above))


def _open_end(line: str) -> bool:
    """The line's last word leaves its sentence open (a preposition, "أن", "الذي" ...)."""
    words = normalise_string(line).split()
    return bool(words) and words[-1] in open_line_ends()


@cache
def open_line_ends() -> frozenset[str]:
    """The words of `open_line_ends.tsv`, normalised."""
    return frozenset(row["word"] for row in load_rows(OPEN_LINE_ENDS_FILE, normalise_columns=("word",)))


def _unjoined(line: str) -> str:
    """The line with an ellipsis between two words spaced out ("احتجاجٌ بالخضار…مزارعون"): a
    headline's pause, not words run together as menu items or tags are."""
    return _JOINING_ELLIPSIS.sub(" … ", line)


def _clause(line: str) -> bool:
    """A clause of prose: long enough, with a comma inside it (headlines and captions seldom have one)."""
    return _words(line) >= CLAUSE_MIN_WORDS and bool(_COMMA_INSIDE.search(line))


def _run_on(line: str) -> bool:
    """Headlines run together without separators: many words, hardly a sentence mark among them
    (a headline's own "!" or ".." may be there), and no sentence closed at the end."""
    n = _words(line)
    if n <= RUN_ON_WORDS or _SENTENCE_PUNCT.search(line) or _CLAUSE_MARK.search(line):
        return False  # a lead cut by the capture has its commas
    return len(_PROSE_PUNCT.findall(line)) * RUN_ON_PUNCT_WORDS < n


def _list_heading(rest: str) -> bool:
    """A few words and a colon, then a list: not a quote going on ("وأضاف: إن ...")."""
    heading, _, items = rest.partition(":")
    return (
        _words(heading) <= LIST_HEADING_WORDS
        and not heading.startswith(affixes("conjunction_clitic"))
        and _words(items) >= 6
    )


def _prose(line: str) -> bool:
    """A line of an article's prose: long enough, with sentence punctuation."""
    return is_prose(line)


def trim(
    text: str,
    *,
    title: str | None = None,
    classify: bool = True,
    furniture: frozenset[str] = frozenset(),
    model: LineModel | None = None,
) -> Trimmed:
    """Trim page furniture off `text`; with `title` given (from HTML metadata) no title is sought.

    `classify=False` trims with the patterns alone (the training script labels lines so);
    `furniture` holds the line keys (`features.line_key`) the site repeats on its pages;
    `model` replaces the shipped line classifier (the training script cross-validates so).
    """
    lines = split_lines(text)
    return _Trimmer(lines, title, classify=classify, furniture=furniture, model=model).run()
