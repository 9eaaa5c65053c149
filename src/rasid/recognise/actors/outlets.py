"""News outlets: who published an article, and the English name of an outlet an article names.

The outlet list (`data/outlets.tsv`) maps each outlet's web address to its Arabic and
English names and its country. It answers three questions:
  - the publisher of a page from its address (`Outlets.of_url`: "https://www.aawsat.com/..."
    → الشرق الأوسط), the most reliable source when the caller knows the URL;
  - the publisher an article credits itself as, in its first or last lines (`Outlets.credited`):
    a line that is the outlet's name, begins with it ("شفق نيوز/ أفاد ..."), follows a
    dateline ("رام الله - دنيا الوطن", "أربيل (كوردستان 24)-") or a source label
    ("المصدر: ..."). Only names on the list count, so a city's dateline is never a publisher;
  - the English name of an outlet named in the text ("صحيفة «تايمز أوف إسرائيل»" → The Times of
    Israel, `Outlets.english`), for organisation mentions no other list names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from rasid.lang.ar.clause_marks import char_class, commas
from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.match import ARTICLE
from rasid.lang.ar.outlets import Outlet, outlet_key, outlet_rows, publisher_words
from rasid.lang.ar.quotes import quote_marks
from rasid.recognise.actors.lexicon import load_places

NOUNS_FILE = "outlet_nouns.tsv"
#: Lines read at each end of an article for its own credit.
CREDIT_LINES = 4
#: Host labels that only say which edition or device a page is for.
EDITION_LABELS = frozenset({"www", "m", "amp", "ar", "arabic", "news", "cms", "www-staging"})
#: Marks that end a credit: a dash, slash, bar, colon, semicolon or tatweel, or the line's end.
_CREDIT_END = r"\s*(?:[-–—/|:؛ـ]|$)"
#: What may enclose a credited name: every quotation glyph of data/quote_marks.tsv, and parentheses.
_QUOTES = "".join(sorted(quote_marks().glyphs)) + "()"
#: The commas of data/clause_marks.tsv, for a regular expression's character class.
_COMMAS = char_class(commas())


@dataclass(frozen=True)
class Credit:
    """An outlet an article credits itself as: the outlet and its name as written there."""

    outlet: Outlet
    written: str


class Outlets:
    """The outlet list, indexed by address and by every name (normalised, Latin lower-cased)."""

    def __init__(
        self,
        outlets: Iterable[tuple[Outlet, tuple[str, ...]]],
        nouns: Iterable[str],
        is_place: Callable[[str], bool] = lambda name: False,
    ) -> None:
        self.is_place = is_place  # a name that is also a place ("الرياض") opens a dateline, not a credit
        self.by_domain: dict[str, Outlet] = {}
        self.by_label: dict[str, Outlet] = {}  # "nashwannews" → nashwannews.com, for aggregators' paths
        self.by_name: dict[str, list[Outlet]] = {}
        for outlet, aliases in outlets:
            self.by_domain.setdefault(outlet.domain, outlet)
            self.by_label.setdefault(outlet.domain.split(".", 1)[0], outlet)
            for name in (outlet.name_ar, outlet.name_en, *aliases):
                key = outlet_key(name)
                if key and outlet not in self.by_name.setdefault(key, []):
                    self.by_name[key].append(outlet)
        self.nouns = tuple(sorted({outlet_key(n) for n in nouns}, key=len, reverse=True))
        names = sorted(self.by_name, key=len, reverse=True)
        alternatives = "|".join(re.escape(n) for n in names)
        nouns_re = "|".join(re.escape(n) for n in self.nouns)
        # [dateline of one to three words and a separator] [outlet noun] NAME, then a credit end.
        self._line = re.compile(
            rf"^(?P<dateline>(?:خاص|[^\s\-–—/|:؛{_COMMAS}(]+(?:\s[^\s\-–—/|:؛{_COMMAS}(]+){{0,2}})\s*(?:[-–—/|:؛(]+)\s*)?"
            rf"(?:(?:{nouns_re})\s)?[{re.escape(_QUOTES)}]?(?P<name>{alternatives})[{re.escape(_QUOTES)}]?{_CREDIT_END}"
        )
        self._label = re.compile(rf"^(?:ال)?مصدر\s*:\s*(?:(?:{nouns_re})\s)?(?P<name>{alternatives})\s*$")

    def of_url(self, url: str | None) -> Outlet | None:
        """The outlet whose address the URL is on: host and first path segment, then the host,
        then the host without its edition labels ("www.", "arabic.", "m."), then its parents.
        On an aggregator, the outlet its path names ("masress.com/ona/..."), if listed."""
        host, first = _address(url)
        labels = host.split(".")
        while len(labels) >= 2:
            here = ".".join(labels)
            for key in (f"{here}/{first}" if first else None, here):
                if key and key in self.by_domain:
                    found = self.by_domain[key]
                    return self.by_label.get(first) if found.kind == "aggregator" else found
            labels = labels[1:]
        return None

    def site(self, url: str | None) -> str | None:
        """The address of an outlet not on the list, as its name ("npa.ps"): the host without
        edition labels; None for an aggregator (it names no publisher of its own)."""
        host, _ = _address(url)
        labels = host.split(".")
        while len(labels) > 2 and labels[0] in EDITION_LABELS:
            labels = labels[1:]
        here = ".".join(labels)
        if len(labels) < 2 or here.replace(".", "").isdigit():
            return None  # no host, or a bare IP address
        if any(
            o.kind == "aggregator" for d, o in self.by_domain.items() if here == d or here.endswith("." + d)
        ):
            return None
        return here

    def credited(self, text: str) -> Credit | None:
        """The outlet an article's first or last lines credit it to (module docstring)."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        ends = lines[:CREDIT_LINES] + lines[-CREDIT_LINES:][::-1]
        for line in ends:
            key = outlet_key(line)
            if key.startswith("(") and key.endswith(")"):
                continue  # "(سبوتنيك)" under the article: the copy's source, not the page's outlet
            for pattern in (self._label, self._line):
                found = pattern.match(key)
                if found and not (pattern is self._line and self._page_word(found)):
                    outlets = [o for o in self.by_name[found.group("name")] if o.kind == "outlet"]
                    if outlets:
                        return Credit(outlets[0], _written(line, found.group("name")))
        return None

    def _page_word(self, found: re.Match[str]) -> bool:
        """A credit's name that is a page's word, not an outlet's: a place, unless a place stands
        before it as its dateline ("الرياض - الجزيرة"; "فاطمة المولد – مكة" is a reporter and her
        city, "الرياض" alone opens a dateline), or a furniture word ("عاجل:", "الأخبار")."""
        name, dateline = found.group("name"), found.group("dateline")
        before = (dateline or "").strip(" -–—/|:؛(")
        return _filler(name) or (self.is_place(name) and not (before and self.is_place(before)))

    def english(
        self,
        words: str,
        country: str | None = None,
        adjective_country: Callable[[str], str | None] | None = None,
    ) -> str | None:
        """The English name of the outlet the words name, with or without an outlet noun and
        quotation marks; a name several outlets share is taken only in its own country. A state's
        adjective after the name ("صحيفة القبس الكويتية", "الوطن القطرية") says whose outlet it
        is (`adjective_country` reads it): it is no part of the name and picks among namesakes."""
        key = outlet_key(words.strip(_QUOTES + " "))
        for noun in self.nouns:
            if key.startswith(noun + " "):
                key = key[len(noun) + 1 :].strip(_QUOTES + " ")
                break
        found = self._named(key, country)
        if found is None and adjective_country is not None and " " in key:
            rest, last = key.rsplit(" ", 1)
            own = adjective_country(last)
            if (
                own is not None
            ):  # the adjective's state must be the outlet's: "الأنباء التونسية" is no Al-Anba
                found = self._named(rest.strip(_QUOTES + " "), own, strict=True)
        return found

    def after_noun(self, words: str) -> bool:
        """Whether the words begin with an outlet noun ("صحيفة الأنباء", "موقع هسبريس"): an
        outlet the list names is then that outlet, whatever the words would compose to."""
        key = outlet_key(words.strip(_QUOTES + " "))
        return any(key.startswith(noun + " ") for noun in self.nouns)

    def _named(self, key: str, country: str | None, strict: bool = False) -> str | None:
        outlets = self.by_name.get(key, [])
        names = {o.name_en for o in outlets}
        if len(names) == 1 and not (strict and outlets[0].country != country):
            return outlets[0].name_en
        local = {o.name_en for o in outlets if country and o.country == country}
        return local.pop() if len(local) == 1 else None


@cache
def _fillers() -> frozenset[str]:
    """Words that fill a page's furniture without naming an outlet ("عاجل", "أخبار": the
    not-publisher rows of clean_publishers.tsv), in lookup form."""
    return frozenset(outlet_key(name) for name in publisher_words()["not-publisher"])


def _filler(name: str) -> bool:
    """A listed outlet's name that is also a page word, with or without the article ("الأخبار")."""
    return name in _fillers() or (name.startswith(ARTICLE) and name[len(ARTICLE) :] in _fillers())


def _address(url: str | None) -> tuple[str, str]:
    """(host, first path segment) of a web address, lower-cased; empty for a file path."""
    if not url or "://" not in url:
        return "", ""
    parts = urlsplit(url.strip())
    return (parts.hostname or "").lower(), parts.path.strip("/").split("/", 1)[0].lower()


def _written(line: str, key: str) -> str:
    """The outlet's name as the line writes it (the original letters of the normalised key)."""
    words = key.split()
    for start in range(len(line)):
        for end in range(start + len(key), min(len(line), start + 3 * len(key)) + 1):
            if outlet_key(line[start:end]) == key and (end == len(line) or not line[end].isalnum()):
                return line[start:end].strip(_QUOTES + " ")
    return " ".join(words)


@cache
def load_outlets() -> Outlets:
    """The outlet list of `data/outlets.tsv` and the outlet nouns of `data/outlet_nouns.tsv`."""
    places = load_places()
    return Outlets(outlet_rows(), (row["word"] for row in load_rows(NOUNS_FILE)), lambda name: name in places)


def publisher_of(url: str | None, text: str) -> str | None:
    """The publisher of an article: the outlet of its address, else the one it credits itself as
    (the Arabic name as the outlet writes it), else the address of an outlet not on the list."""
    outlets = load_outlets()
    outlet = outlets.of_url(url)
    if outlet is not None:
        return outlet.name_ar
    credit = outlets.credited(text)
    return credit.written if credit else outlets.site(url)
