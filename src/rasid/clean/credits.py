"""The outlet an article's dateline credits, and the outlet's name cut out of a longer label.

Many outlets stamp the top of the article with a place and their own name: alone on a line
("بغداد - العراق اليوم", "وهج الخليج – مسقط", "الميدان اليمني – خاص", "تعز «الأيام» خاص") or
glued to the first sentence ("الخرطوم – تاق برس- وصل ..."). The place (a gazetteer name) or a
filler ("خاص", "متابعات") beside the name is what tells a credit from a headline, so the name
need not be a known outlet; it must be no place, filler or date itself. A name cited inside a
sentence ("قال مراسل الجزيرة", "لـ"العربي الجديد"") never stands so, and is never read here.
"""

from __future__ import annotations

import re
from functools import cache

from rasid.clean.features import date_or_clock, is_particle
from rasid.clean.metadata import is_filler, looks_like_publisher, media_words_only, publisher_word
from rasid.lang.ar.clause_marks import char_class, commas
from rasid.lang.ar.lexicon import given_names, load_rows
from rasid.lang.ar.match import ARTICLE
from rasid.lang.ar.normalise import normalise_string
from rasid.link.gazetteer import default_gazetteer

ORG_HEADS_FILE = "actor_org_heads.tsv"
TITLES_FILE = "actor_titles.tsv"

CREDIT_MAX_WORDS = 6  # a dateline credit alone on a line: a place or filler and a name, this short
PERSON_CREDIT_MAX_WORDS = 8  # ... with a reporter's name beside them, this short
PERSON_MIN_WORDS = 2  # a reporter's name in a credit has two or three words
PERSON_MAX_WORDS = 3
NAME_MAX_WORDS = 4  # the outlet's name in a credit ("شبكة الشرق الأوسط نيوز")
NAME_MIN_LETTERS = 2
GLUED_MIN_WORDS = 4  # the sentence a glued credit opens has at least this many words
OPENING_MAX_WORDS = 3  # the outlet's name before the first sentence, with no place beside it

# Between the pieces of a credit: dashes, slashes, bars, commas and a colon; an underscore or a
# run of tatweel only with spaces around it (tatweel inside a word stretches the word).
_COMMAS = char_class(commas())
_SEPARATORS = re.compile(rf"\s*[-–—/|{_COMMAS}:]+\s*|\s+[_ـ]+\s+|\s*_\s*")
# A place, a separator, the name and a dash, then the sentence ("الخرطوم – تاق برس- وصل ...").
_GLUED = re.compile(
    rf"^([^-–—/|{_COMMAS}:_]+?)\s*(?:[-–—/|{_COMMAS}]|\s[_ـ]+\s|_)\s*([^-–—/|{_COMMAS}:_]+?)\s*(?:[-–—/|]|\s[_ـ]+\s|_)\s*(\S.*)$"
)
# The first sentence's outlet stamp: a name, a dash, the sentence ("مرايا – قال ...").
_OPENING = re.compile(rf"^([^-–—/|{_COMMAS}:()\"“”«»\d_]+?)\s*(?:[-–—]+|\s[_ـ]+)\s+(\S.*)$")
# ... or an outlet-shaped name, a colon and the sentence ("شبكة X نيوز : في الوقت ...").
_OPENING_COLON = re.compile(rf"^([^-–—/|{_COMMAS}:()\"“”«»\d]+?)\s*:\s+(\S.*)$")
_GUILLEMETS = re.compile(r"\s*[«»]\s*")
_EDGES = ' \t:.-–—/|_ـ«»"“”()'
_TRAILING_DASHES = "-–—/|_ـ"  # a line that ends with one is a credit or a byline, not a sentence


def _pieces(line: str, limit: int = 0) -> list[str]:
    return [_unfilled(p) for p in _SEPARATORS.split(line.strip(_EDGES), maxsplit=limit)]


def _unfilled(piece: str) -> str:
    """The piece without filler words at its ends ("متابعات تاق برس" → "تاق برس")."""
    words = piece.strip(_EDGES).split()
    while len(words) > 1 and is_filler(words[0]) and not media_words_only(" ".join(words[1:])):
        words = words[1:]  # but "المراسل نت" is a name
    while len(words) > 1 and is_filler(words[-1]):
        words = words[:-1]
    return " ".join(words)


def _place(piece: str) -> bool:
    return bool(default_gazetteer().lookup(piece))


def _stamp(piece: str) -> bool:
    """A piece that stands beside an outlet's name in a credit: a place or a filler ("خاص")."""
    return _place(piece) or is_filler(piece)


def _person(piece: str) -> bool:
    """A reporter's name beside the outlet's in a credit ("حسام حمودة – X"): two or three words
    opening with a given name (actor_given_names.tsv), no digit."""
    words = piece.split()
    return (
        PERSON_MIN_WORDS <= len(words) <= PERSON_MAX_WORDS
        and not any(ch.isdigit() for ch in piece)
        and normalise_string(words[0]) in given_names()
    )


def _bare_name(name: str) -> bool:
    """A name no place's, body's or title's word is in: with only a person beside it the name must be
    an outlet's ("الموقف الليبي"), not a post or a body ("وزير الخارجية", "محافظة X")."""
    return not any(_place(w) or _org_head(w) or normalise_string(w) in _titles() for w in name.split())


@cache
def _titles() -> frozenset[str]:
    """The one-word titles and role words of actor_titles.tsv ("وزير", "رئيس", "الناطق")."""
    forms = (normalise_string(row["form"]) for row in load_rows(TITLES_FILE))
    return frozenset(f for f in forms if " " not in f)


def _name(piece: str) -> bool:
    words = piece.split()
    return (
        0 < len(words) <= NAME_MAX_WORDS
        and len("".join(words)) >= NAME_MIN_LETTERS  # "خاص - ش": a letter cut off, no name
        and not any(ch.isdigit() for ch in piece)
        and not date_or_clock(piece)
        and not _stamp(piece)
        and not publisher_word("wire", piece)  # "الخرطوم – أ ف ب": agency copy, not the page's outlet
        and not media_words_only(piece)
        and normalise_string(words[0])
        not in given_names()  # ambiguous ones too: a reporter's name, seldom an outlet's
        and looks_like_publisher(piece, strict=False)
    )


def dateline_credit(line: str) -> str | None:
    """The outlet's name a dateline credit gives (module docstring), or None."""
    if len(line.split()) <= CREDIT_MAX_WORDS:
        line = _GUILLEMETS.sub(" - ", line)  # "تعز «الأيام» خاص": the name in guillemets between its stamps
    pieces = [p for p in _pieces(line) if p]
    if not pieces or any(publisher_word("source-label", p) for p in pieces[:1]):
        return None  # "المصدر: ...", "بقلم: ...": a label, no credit
    if len(line.split()) <= CREDIT_MAX_WORDS and 2 <= len(pieces) <= 3:
        names = [p for p in pieces if not _stamp(p)]
        if len(names) == 1 and _name(names[0]):
            return names[0]
        if len(names) == 2:
            return _beside_person(names)
        return None
    if len(line.split()) <= PERSON_CREDIT_MAX_WORDS and 2 <= len(pieces) <= 3:
        return _beside_person([p for p in pieces if not _stamp(p)])  # "الرهد – X – زهير هاشم"
    glued = _GLUED.match(line.strip())
    if (
        glued
        and _stamp(glued[1])
        and _name(name := _unfilled(glued[2]))
        and len(glued[3].split()) >= GLUED_MIN_WORDS
        # "متابعات – X – شهدت ...": after a filler, a name no body's word is in ("متابعات – وزارة ...")
        and (_place(glued[1]) or not any(_org_head(w) for w in name.split()))
    ):
        return name
    return None


def _beside_person(names: list[str]) -> str | None:
    """The outlet's name in a credit whose other piece is a reporter ("حسام حمودة – الموقف الليبي",
    "X - إنتصار عبدالله"): exactly one person and one name, a name no place or body is in."""
    people = [p for p in names if _person(p)]
    others = [p for p in names if not _person(p)]
    if len(names) != 2 or len(people) != 1 or len(others) != 1:
        return None
    name = others[0]
    return name if _name(name) and _bare_name(name) else None


def opening_credit(line: str) -> str | None:
    """The outlet's name stamped before the first sentence with no place beside it ("X - أعلنت
    الوزارة ..."): a name of one to three words that is no place, filler, date, agency or
    person, a dash or a colon, then the sentence."""
    found = _OPENING.match(line.strip())
    if found is None and (colon := _OPENING_COLON.match(line.strip())):
        name = _unfilled(colon[1])  # a colon follows a speaker too: only an outlet-shaped name
        strict = len(name.split()) <= NAME_MAX_WORDS and looks_like_publisher(name, strict=True)
        found = colon if strict and not _person(name) else None
    if found is None or len(found[2].split()) < GLUED_MIN_WORDS:
        return None
    if found[2].rstrip()[-1:] in _TRAILING_DASHES or normalise_string(found[2].split()[0]) in given_names():
        return None  # "المضيبي - علي بن خلفان الحبسي -": a place and a reporter's byline, no sentence
    name = _unfilled(found[1])
    if len(name.split()) > (NAME_MAX_WORDS if found.re is _OPENING_COLON else OPENING_MAX_WORDS) or not _name(
        name
    ):
        return None
    # "الجيش الوطني - ...", "محافظة ريف دمشق - ...", "المخا تهامة - ...": a body or a place speaks
    return None if any(_place(w) or _org_head(w) for w in name.split()) else name


@cache
def _org_heads() -> frozenset[str]:
    """Head nouns of organisations' names (actor_org_heads.tsv), outlets' own nouns left out."""
    heads = (normalise_string(row["head"]) for row in load_rows(ORG_HEADS_FILE))
    return frozenset(h for h in heads if not media_words_only(h))


def _org_head(word: str) -> bool:
    key = normalise_string(word)
    return key in _org_heads() or (key.startswith(ARTICLE) and key[len(ARTICLE) :] in _org_heads())


def name_piece(name: str, *, strict: bool) -> str:
    """The piece of a label that names the outlet: "أفق نيوز |" → "أفق نيوز", "البيضاء نت | محلي"
    → "البيضاء نت", "متابعات _ اوراد نيوز" → "اوراد نيوز"; the label itself when it is one piece or
    no single piece looks like an outlet's name."""
    pieces = [p for p in _pieces(name) if p and not _stamp(p) and not media_words_only(p)]
    if len(pieces) < 1 or (len(pieces) == 1 and pieces[0] == name):
        return name
    for want_strict in (True, strict):
        found = [p for p in pieces if looks_like_publisher(p, strict=want_strict)]
        if found:
            return found[0]
    return name


EDGE_LINES = 3  # the page's first and last lines, where a masthead or a footer prints the outlet's name
_SENTENCE_MARK = re.compile(rf"[.!?؟{_COMMAS}؛;:]")  # a colon inside: a label and its value ("المصدر : X")
_LATIN_WORD = re.compile(r"^[A-Za-z]")
_BRACKETED = re.compile(r"^\s*[(\[].*[)\]]\s*$")


def copy_source(name: str, line: str | None = None) -> bool:
    """A name that credits the copy's source, not the page's outlet: a wire agency wherever it
    stands ("عمان (رويترز) –", "(أ ف ب)"), or any outlet's name alone in brackets on its line
    ("(سكاي نيوز)" under an article reposted from it)."""
    return publisher_word("wire", name) or (line is not None and bool(_BRACKETED.match(line)))


def edge_masthead(text: str) -> str | None:
    """An outlet's name alone on one of the page's first or last lines (a masthead, a footer, the
    site's name over the headline): one to four words that carry a media word or open with an
    outlet noun ("مقديشو برس", "شبكة الخامسة للأنباء"), no sentence, date, place, agency, person
    or filler, and not in brackets (that credits the copy's source). A name cited inside the body
    never stands so."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[EDGE_LINES:][-EDGE_LINES:][::-1]:  # the foot, below the page's first lines
        if name := _footer_credit(line) or _about_box(line):
            return name
    for line in [*lines[:EDGE_LINES], *lines[-EDGE_LINES:][::-1]]:
        pieces = [p for p in _SEPARATORS.split(line.strip(_EDGES)) if p]
        if len(pieces) == 2 and media_words_only(pieces[1]):
            pieces = [" ".join(pieces)]  # "المشهد- ميديا": the media word cut off by a dash
        if len(pieces) != 1:
            continue  # pieces side by side are a credit or a label (dateline_credit reads those)
        name = pieces[0]
        if copy_source(name, line) or _SENTENCE_MARK.search(name) or not _name(name):
            continue
        if any(is_particle(w) for w in name.split()[1:]):
            continue  # "الحجر الصحفي في زمن الحوثي": a preposition inside, a headline's phrase
        if any(_LATIN_WORD.match(w) and not w[0].isupper() for w in name.split()):
            continue  # "Share this post", "Post a Comment": a Latin name is written in capitals
        if looks_like_publisher(name, strict=True):
            return name
    return None


def _about_box(line: str) -> str | None:
    """The outlet's "about" box under the article ("عن X": the about-label rows of
    clean_publishers.tsv): X an outlet's name, no person, place or filler."""
    first, _, rest = line.strip(_EDGES).partition(" ")
    name = rest.strip(_EDGES)
    if not publisher_word("about-label", first) or not name or _SENTENCE_MARK.search(name):
        return None
    if any(is_particle(w) for w in name.split()) or not _bare_name(name) or _person(name):
        return None  # "عن الحرب في اليمن": a headline; "عن محمد علي": the author's box
    return name if _name(name) and not copy_source(name, line) else None


def _footer_credit(line: str) -> str | None:
    """The outlet's credit under the article: its name and a filler, alone on a line ("X: وكالات",
    "X - متابعات"); under the article nothing else stands so (a place beside a name there may be a
    reporter's, and a headline is never a footer)."""
    pieces = [p for p in _pieces(line) if p]
    if len(pieces) != 2 or len(line.split()) > CREDIT_MAX_WORDS or copy_source(line.strip(_EDGES), line):
        return None
    names = [p for p in pieces if not is_filler(p)]
    return names[0] if len(names) == 1 and _name(names[0]) and not _place(names[0]) else None
